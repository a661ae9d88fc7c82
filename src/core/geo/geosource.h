#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace regionmap {

// The credit a source of locations requires wherever its results are shown (DB-IP Lite under
// CC BY 4.0, MaxMind GeoLite2 under its EULA). Empty when none is required.
struct GeoCredit
{
    QString text; // "IP geolocation by DB-IP"
    QString url; // "https://db-ip.com"
    QString licence; // "CC BY 4.0"; may be empty

    bool isEmpty() const { return text.isEmpty(); }
    // "IP geolocation by DB-IP (https://db-ip.com)" for a terminal, an image or a CSV.
    QString plainText() const;
    // "IP geolocation by DB-IP (https://db-ip.com), CC BY 4.0." for a summary.
    QString sentence() const;
    // The same as a link, for a QLabel.
    QString html() const;
};

// Where a run's locations come from, as its locator describes it: the one place that names a
// source, dates it and says what credit it needs. The id is what the rows' geo_source holds.
struct GeoSource
{
    Q_DECLARE_TR_FUNCTIONS(GeoSource)

public:
    // The geo_source values RegionMap writes.
    static const QString DbIpCityLite; // "dbip-city-lite"
    static const QString GeoLite2City; // "geolite2-city"
    static const QString GeoIp2City; // "geoip2-city"
    static const QString Ipinfo; // "ipinfo"

    QString id; // one of the above
    QString provider; // "offline" or "ipinfo"
    QString label; // "DB-IP Lite City", "GeoLite2 City", "ipinfo.io"
    QString description; // for the run record: files, layout and builds, or the service's URL
    QDate build; // the database's build date (the older one of two files); invalid online

    GeoCredit credit() const { return creditFor(id); }

    // "DB-IP Lite City", "GeoLite2 City", ... for a geo_source value (the value itself for others).
    static QString labelFor(const QString &id);
    // The credit the rows of one geo_source value need (exact ids only; none for others).
    static GeoCredit creditFor(const QString &id);
    // The credits for the geo_source values of the rows in view, each once, in a fixed order.
    static QList<GeoCredit> creditsFor(const QStringList &ids);
};

} // namespace regionmap
