#pragma once

#include "geostatus.h"

#include <QByteArray>
#include <QString>

namespace regionmap {

// Where an address is, as far as a provider knows. Coordinates are WGS84 degrees and are
// meaningful only when status is GeoStatus::Located.
struct Location
{
    GeoStatus status = GeoStatus::NotFound;
    double latitude = 0;
    double longitude = 0;
    QByteArray countryCode; // ISO 3166-1 alpha-2, e.g. "US"; may be empty
    QByteArray city; // UTF-8; may be empty
    int accuracyKm = -1; // the database's accuracy radius in km (GeoLite2/GeoIP2); -1: none
    QString reason; // for the analyst when status is not Located; may be empty
    // What the provider's answer had that could not be kept, stored with the row (geo_note):
    // e.g. a city name that is not UTF-8 text, left empty. Usually empty.
    QByteArray note;
};

} // namespace regionmap
