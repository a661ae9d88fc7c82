#include "region.h"

namespace regionmap {

QString regionStatusName(RegionStatus status)
{
    switch (status) {
    case RegionStatus::Ga:
        return QStringLiteral("ga");
    case RegionStatus::Restricted:
        return QStringLiteral("restricted");
    case RegionStatus::Announced:
        return QStringLiteral("announced");
    }
    return {};
}

std::optional<RegionStatus> parseRegionStatus(const QString &name)
{
    for (const RegionStatus s :
         {RegionStatus::Ga, RegionStatus::Restricted, RegionStatus::Announced}) {
        if (name.compare(regionStatusName(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

} // namespace regionmap
