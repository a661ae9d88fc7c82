#pragma once

#include "common/result.h"
#include "geo/geosource.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>

namespace regionmap {

// What one .mmdb file is, from its metadata and a look at its records, for `regionmap-cli geodb
// info` and the Geolocation page: its kind, its age, what it covers and the credit it needs.
struct GeoDatabaseInfo
{
    Q_DECLARE_TR_FUNCTIONS(GeoDatabaseInfo)

public:
    // DB-IP publishes a new Lite file every month; past this age the app says to update.
    static constexpr int kStaleAfterDays = 45;

    QString path;
    qint64 fileSize = 0;
    QString kind; // "DB-IP Lite City", "GeoLite2 City", "GeoIP2 City", "country-only", ...
    QString sourceId; // GeoSource::DbIpCityLite, ...; empty when RegionMap cannot use the file
    QString databaseType; // the metadata's database_type, as written
    QDate buildDate; // build_epoch, UTC
    bool ipv4 = false; // holds IPv4 data
    bool ipv6 = false; // holds IPv6 data (an IPv6 tree)
    quint64 nodeCount = 0;
    int recordSize = 0; // bits
    QString description; // the metadata's English description, may be empty
    GeoCredit credit;

    // Opens the file read-only and reads what it is; an Error (naming the file) when it is not
    // a MaxMind DB at all. A database RegionMap cannot use (country-only) is described, with
    // usable() false.
    static Result<GeoDatabaseInfo> inspect(const QString &path);

    bool usable() const { return !sourceId.isEmpty(); }
    int ageDays(const QDate &today) const;
    bool isStale(const QDate &today) const { return ageDays(today) > kStaleAfterDays; }
    // "IPv4 and IPv6", "IPv4", "IPv6".
    QString ipVersions() const;
    // One sentence: how old the file is and, past kStaleAfterDays, that a newer one exists and
    // where to get it. Empty for a file without a build date.
    QString ageSentence(const QDate &today) const;
    QJsonObject toJson(const QDate &today) const;
};

} // namespace regionmap
