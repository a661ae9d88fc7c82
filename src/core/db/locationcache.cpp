#include "locationcache.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <optional>

namespace regionmap {

namespace {

// '{1.2.3.4,2001:db8::1}': addresses in canonical text need no quoting in an array literal.
QString inetArray(const std::vector<IpAddress> &addresses)
{
    QByteArray text;
    text.reserve(qsizetype(addresses.size()) * 16 + 2);
    text += '{';
    char buf[IpAddress::MaxTextLength];
    bool first = true;
    for (const IpAddress &ip : addresses) {
        const int n = ip.format(buf);
        if (n == 0)
            continue;
        if (!first)
            text += ',';
        first = false;
        text.append(buf, n);
    }
    text += '}';
    return QString::fromLatin1(text);
}

std::optional<GeoStatus> statusFromCache(const QString &name)
{
    if (name == QLatin1String("located"))
        return GeoStatus::Located;
    if (name == QLatin1String("country_only"))
        return GeoStatus::CountryOnly;
    if (name == QLatin1String("not_found"))
        return GeoStatus::NotFound;
    if (name == QLatin1String("bogon"))
        return GeoStatus::PrivateOrReserved;
    return std::nullopt;
}

} // namespace

LocationCache::LocationCache(ConnectionSettings settings, QString source)
    : m_settings(std::move(settings))
    , m_source(std::move(source))
    , m_connectionName(QStringLiteral("regionmap-cache-")
                       + QUuid::createUuid().toString(QUuid::Id128))
{ }

LocationCache::~LocationCache()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<QSqlDatabase> LocationCache::connection()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            return db;
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    Result<QSqlDatabase> opened = m_settings.open(m_connectionName);
    if (!opened)
        return Error(tr("The location cache could not be opened: %1").arg(opened.error().message),
                     opened.error().details);
    return opened;
}

QLatin1String LocationCache::cachedStatusName(GeoStatus status)
{
    switch (status) {
    case GeoStatus::Located:
        return QLatin1String("located");
    case GeoStatus::CountryOnly:
        return QLatin1String("country_only");
    case GeoStatus::NotFound:
        return QLatin1String("not_found");
    case GeoStatus::PrivateOrReserved:
        return QLatin1String("bogon");
    case GeoStatus::InvalidIp:
    case GeoStatus::LookupFailed:
        break;
    }
    return QLatin1String();
}

Status LocationCache::lookup(const std::vector<IpAddress> &addresses, int maxAgeDays,
                             const Visitor &found)
{
    if (addresses.empty() || maxAgeDays <= 0)
        return {};
    Result<QSqlDatabase> db = connection();
    if (!db)
        return db.error();
    return lookup(db.value(), m_source, addresses, maxAgeDays, found);
}

Status LocationCache::store(const std::vector<std::pair<IpAddress, Location>> &answers)
{
    if (answers.empty())
        return {};
    Result<QSqlDatabase> db = connection();
    if (!db)
        return db.error();
    return store(db.value(), m_source, answers);
}

Status LocationCache::lookup(QSqlDatabase &db, const QString &source,
                             const std::vector<IpAddress> &addresses, int maxAgeDays,
                             const Visitor &found)
{
    if (addresses.empty() || maxAgeDays <= 0)
        return {};
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT host(ip), status, latitude, longitude, country_code, city FROM ip_locations"
        " WHERE source = ? AND ip = ANY(?::inet[])"
        " AND fetched_at > now() - make_interval(days => ?)"));
    q.addBindValue(source);
    q.addBindValue(inetArray(addresses));
    q.addBindValue(maxAgeDays);
    if (!q.exec())
        return Error(tr("The location cache (ip_locations) could not be read."),
                     q.lastError().text());
    while (q.next()) {
        IpAddress ip;
        if (!IpAddress::parse(q.value(0).toString().toLatin1(), &ip))
            continue;
        const std::optional<GeoStatus> status = statusFromCache(q.value(1).toString());
        if (!status)
            continue;
        Location loc;
        loc.status = *status;
        if (loc.status == GeoStatus::Located) {
            if (q.value(2).isNull() || q.value(3).isNull())
                continue; // a damaged entry: ask again rather than guess
            loc.latitude = q.value(2).toDouble();
            loc.longitude = q.value(3).toDouble();
        }
        loc.countryCode = q.value(4).toString().toLatin1();
        loc.city = q.value(5).toString().toUtf8();
        found(ip, loc);
    }
    return {};
}

Status LocationCache::store(QSqlDatabase &db, const QString &source,
                            const std::vector<std::pair<IpAddress, Location>> &answers)
{
    // One row per address (ON CONFLICT may touch a row only once per statement): the last wins.
    QHash<IpAddress, int> slot;
    QJsonArray rows;
    for (const auto &[ip, loc] : answers) {
        const QLatin1String status = cachedStatusName(loc.status);
        if (status.isEmpty() || !ip.isValid())
            continue;
        QJsonObject row {{QStringLiteral("ip"), QString::fromLatin1(ip.toText())},
                         {QStringLiteral("status"), QString(status)}};
        if (loc.status == GeoStatus::Located) {
            row.insert(QStringLiteral("latitude"), loc.latitude);
            row.insert(QStringLiteral("longitude"), loc.longitude);
        }
        if (!loc.countryCode.isEmpty())
            row.insert(QStringLiteral("country_code"), QString::fromLatin1(loc.countryCode));
        if (!loc.city.isEmpty())
            row.insert(QStringLiteral("city"), QString::fromUtf8(loc.city));
        const auto it = slot.constFind(ip);
        if (it != slot.constEnd()) {
            rows[it.value()] = row;
        } else {
            slot.insert(ip, int(rows.size()));
            rows.append(row);
        }
    }
    if (rows.isEmpty())
        return {};
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO ip_locations (ip, source, status, latitude, longitude, country_code, city,"
        " fetched_at)"
        " SELECT r.ip, ?, r.status, r.latitude, r.longitude, r.country_code, r.city, now()"
        " FROM jsonb_to_recordset(?::jsonb) AS r(ip inet, status text, latitude double precision,"
        " longitude double precision, country_code text, city text)"
        " ON CONFLICT (ip, source) DO UPDATE SET status = EXCLUDED.status,"
        " latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude,"
        " country_code = EXCLUDED.country_code, city = EXCLUDED.city,"
        " fetched_at = EXCLUDED.fetched_at"));
    q.addBindValue(source);
    q.addBindValue(QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return Error(tr("The answers could not be written to the location cache (ip_locations)."),
                     q.lastError().text());
    return {};
}

Result<bool> LocationCache::exists(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('ip_locations') IS NOT NULL")) || !q.next())
        return Error(tr("The database could not be asked for the location cache."),
                     q.lastError().text());
    return q.value(0).toBool();
}

Result<qint64> LocationCache::clear(QSqlDatabase &db, const QString &source)
{
    const Result<bool> present = exists(db);
    if (!present)
        return present.error();
    if (!present.value())
        return qint64(0);
    QSqlQuery q(db);
    if (source.isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM ip_locations"));
    } else {
        q.prepare(QStringLiteral("DELETE FROM ip_locations WHERE source = ?"));
        q.addBindValue(source);
    }
    if (!q.exec())
        return Error(tr("The location cache could not be cleared."), q.lastError().text());
    return qint64(q.numRowsAffected());
}

Result<qint64> LocationCache::clear(const ConnectionSettings &settings, const QString &source)
{
    ScopedConnection db(settings, QStringLiteral("regionmap-cache-clear"));
    if (!db)
        return db.error();
    return clear(db.database(), source);
}

Result<QList<LocationCache::SourceStats>> LocationCache::stats(QSqlDatabase &db)
{
    const Result<bool> present = exists(db);
    if (!present)
        return present.error();
    QList<SourceStats> list;
    if (!present.value())
        return list;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT source, count(*), min(fetched_at), max(fetched_at)"
                               " FROM ip_locations GROUP BY source ORDER BY source")))
        return Error(tr("The location cache could not be read."), q.lastError().text());
    while (q.next()) {
        SourceStats s;
        s.source = q.value(0).toString();
        s.entries = q.value(1).toLongLong();
        s.oldest = q.value(2).toDateTime().toUTC();
        s.newest = q.value(3).toDateTime().toUTC();
        list << s;
    }
    return list;
}

} // namespace regionmap
