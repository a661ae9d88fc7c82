#pragma once

#include <QLatin1String>
#include <QString>

namespace regionmap {

// What a second source of locations (a run's cross-check) says about a row's region, as the
// row's agreement column stores it.
enum class Agreement {
    None, // no cross-check, or the row has no region
    SameRegion, // the second location's nearest region is the row's region
    DifferentRegion, // it is another region
    NotLocated, // the second source has no coordinates for the address
};

inline QLatin1String agreementName(Agreement a)
{
    switch (a) {
    case Agreement::SameRegion:
        return QLatin1String("same_region");
    case Agreement::DifferentRegion:
        return QLatin1String("different_region");
    case Agreement::NotLocated:
        return QLatin1String("not_located");
    case Agreement::None:
        break;
    }
    return QLatin1String();
}

inline Agreement agreementFromName(const QString &name)
{
    for (Agreement a : {Agreement::SameRegion, Agreement::DifferentRegion, Agreement::NotLocated}) {
        if (name == agreementName(a))
            return a;
    }
    return Agreement::None;
}

} // namespace regionmap
