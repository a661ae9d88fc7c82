#pragma once

#include "geo/region.h"

#include <QVector>

namespace regionmap::test {

// The first n of three regions the stage tests place points against: us-east-1 "Virginia"
// (38.13, -78.45), eu-west-2 "London" (51.0, -0.1) and ap-southeast-2 "Sydney" (-33.86, 151.2).
inline QVector<Region> testRegions(int n = 3)
{
    const struct
    {
        const char *code;
        const char *name;
        double latitude;
        double longitude;
    } all[] = {{"us-east-1", "Virginia", 38.13, -78.45},
               {"eu-west-2", "London", 51.0, -0.1},
               {"ap-southeast-2", "Sydney", -33.86, 151.2}};
    QVector<Region> out;
    for (int i = 0; i < n && i < 3; ++i) {
        Region r;
        r.code = QString::fromLatin1(all[i].code);
        r.name = QString::fromLatin1(all[i].name);
        r.latitude = all[i].latitude;
        r.longitude = all[i].longitude;
        out.append(r);
    }
    return out;
}

} // namespace regionmap::test
