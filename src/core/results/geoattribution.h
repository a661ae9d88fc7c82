#pragma once

#include <QString>
#include <QStringList>

namespace regionmap {

// The credit that must be visible wherever located results are shown, from the geo_source values
// of the rows in view. GeoSource (geo/geosource.h) says which source needs which credit.
class GeoAttribution
{
public:
    // Rich text with links, for a QLabel (one sentence per source); empty when nothing needs
    // credit.
    static QString html(const QStringList &geoSources);
    // The same as plain text with the addresses spelled out, for images and CSV files.
    static QString plainText(const QStringList &geoSources);
};

} // namespace regionmap
