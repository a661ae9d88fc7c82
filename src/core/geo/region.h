#pragma once

#include <QString>

namespace regionmap {

// A cloud region: its code ("us-east-1"), display name ("N. Virginia"), optional city, and
// the WGS84 coordinates used for the nearest-region search.
struct Region
{
    QString code;
    QString name;
    QString city;
    double latitude = 0;
    double longitude = 0;
};

} // namespace regionmap
