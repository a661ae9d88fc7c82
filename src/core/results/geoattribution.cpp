#include "geoattribution.h"

#include "geo/geosource.h"

namespace regionmap {

QString GeoAttribution::html(const QStringList &geoSources)
{
    QStringList parts;
    for (const GeoCredit &c : GeoSource::creditsFor(geoSources))
        parts << c.html();
    return parts.join(QStringLiteral(" · "));
}

QString GeoAttribution::plainText(const QStringList &geoSources)
{
    QStringList parts;
    for (const GeoCredit &c : GeoSource::creditsFor(geoSources))
        parts << c.plainText();
    return parts.join(QStringLiteral(" · "));
}

} // namespace regionmap
