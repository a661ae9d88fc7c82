#include "geosource.h"

#include <QStringList>

namespace regionmap {

const QString GeoSource::DbIpCityLite = QStringLiteral("dbip-city-lite");
const QString GeoSource::GeoLite2City = QStringLiteral("geolite2-city");
const QString GeoSource::GeoIp2City = QStringLiteral("geoip2-city");
const QString GeoSource::Ipinfo = QStringLiteral("ipinfo");

QString GeoCredit::plainText() const
{
    if (isEmpty())
        return {};
    return QStringLiteral("%1 (%2)").arg(text, url);
}

QString GeoCredit::sentence() const
{
    if (isEmpty())
        return {};
    if (licence.isEmpty())
        return plainText() + QLatin1Char('.');
    return QStringLiteral("%1, %2.").arg(plainText(), licence);
}

QString GeoCredit::html() const
{
    if (isEmpty())
        return {};
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(url, text.toHtmlEscaped());
}

QString GeoSource::labelFor(const QString &id)
{
    if (id == DbIpCityLite)
        return QStringLiteral("DB-IP Lite City");
    if (id == GeoLite2City)
        return QStringLiteral("GeoLite2 City");
    if (id == GeoIp2City)
        return QStringLiteral("GeoIP2 City");
    if (id == Ipinfo)
        return QStringLiteral("ipinfo.io");
    return id;
}

GeoCredit GeoSource::creditFor(const QString &id)
{
    if (id == DbIpCityLite)
        return {tr("IP geolocation by DB-IP"), QStringLiteral("https://db-ip.com"),
                QStringLiteral("CC BY 4.0")};
    if (id == GeoLite2City)
        return {tr("This product includes GeoLite2 data created by MaxMind"),
                QStringLiteral("https://www.maxmind.com"), QStringLiteral("CC BY-SA 4.0")};
    if (id == Ipinfo)
        return {tr("IP geolocation by ipinfo.io"), QStringLiteral("https://ipinfo.io"), {}};
    // GeoIP2 (a paid licence) and unknown sources need no public credit.
    return {};
}

QList<GeoCredit> GeoSource::creditsFor(const QStringList &ids)
{
    QList<GeoCredit> out;
    for (const QString &known : {DbIpCityLite, GeoLite2City, Ipinfo}) {
        if (ids.contains(known))
            out << creditFor(known);
    }
    return out;
}

} // namespace regionmap
