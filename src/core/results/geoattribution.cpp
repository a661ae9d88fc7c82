#include "geoattribution.h"

namespace regionmap {

QList<GeoAttribution::Credit> GeoAttribution::credits(const QStringList &geoSources)
{
    QList<Credit> out;
    bool dbip = false;
    bool geolite = false;
    bool ipinfo = false;
    for (const QString &s : geoSources) {
        dbip |= s.startsWith(QLatin1String("dbip"));
        geolite |= s.startsWith(QLatin1String("geolite2"));
        ipinfo |= s.startsWith(QLatin1String("ipinfo"));
    }
    if (dbip)
        out << Credit {tr("IP geolocation by DB-IP"), QStringLiteral("https://db-ip.com")};
    if (geolite) {
        out << Credit {tr("This product includes GeoLite2 data created by MaxMind"),
                       QStringLiteral("https://www.maxmind.com")};
    }
    if (ipinfo)
        out << Credit {tr("IP geolocation by ipinfo.io"), QStringLiteral("https://ipinfo.io")};
    return out;
}

QString GeoAttribution::html(const QStringList &geoSources)
{
    QStringList parts;
    for (const Credit &c : credits(geoSources)) {
        parts << QStringLiteral("<a href=\"%1\">%2</a>").arg(c.url, c.text.toHtmlEscaped());
    }
    return parts.join(QStringLiteral(" · "));
}

QString GeoAttribution::plainText(const QStringList &geoSources)
{
    QStringList parts;
    for (const Credit &c : credits(geoSources))
        parts << QStringLiteral("%1 (%2)").arg(c.text, c.url);
    return parts.join(QStringLiteral(" · "));
}

} // namespace regionmap
