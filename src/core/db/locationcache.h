#pragma once

#include "common/result.h"
#include "db/connectionsettings.h"
#include "geo/locationstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <utility>
#include <vector>

namespace regionmap {

// The answers of online providers in the table ip_locations, keyed by (ip, source), so that a
// re-run spends no quota twice.
//
// An instance keeps its own connection, opened on first use in the calling thread, in autocommit
// mode: the ETL's load runs in one transaction on another connection, and answers that were paid
// for must stay even when that load is cancelled or fails. The static functions work on a
// connection of the caller's (the GUI's, the CLI's).
//
// Cached statuses: located, country_only, not_found and bogon (GeoStatus::PrivateOrReserved).
// A failed lookup is never cached.
class LocationCache : public LocationStore
{
    Q_DECLARE_TR_FUNCTIONS(LocationCache)

public:
    struct SourceStats
    {
        QString source; // "ipinfo"
        qint64 entries = 0;
        QDateTime oldest; // fetched_at, UTC
        QDateTime newest;
    };

    LocationCache(ConnectionSettings settings, QString source);
    ~LocationCache() override;

    const QString &source() const { return m_source; }

    // One query for all the addresses: found gets each one whose answer is younger than
    // maxAgeDays. maxAgeDays <= 0 reads nothing (every address is asked again).
    Status lookup(const std::vector<IpAddress> &addresses, int maxAgeDays,
                  const Visitor &found) override;

    // Inserts or refreshes the answers in one statement (fetched_at = now()). Entries with a
    // status that is not cached are skipped; for an address given twice the last one counts.
    Status store(const std::vector<std::pair<IpAddress, Location>> &answers) override;

    // The same on the caller's connection. A database without ip_locations (never migrated)
    // has nothing cached: lookup finds nothing, clear removes nothing, stats is empty.
    static Status lookup(QSqlDatabase &db, const QString &source,
                         const std::vector<IpAddress> &addresses, int maxAgeDays,
                         const Visitor &found);
    static Status store(QSqlDatabase &db, const QString &source,
                        const std::vector<std::pair<IpAddress, Location>> &answers);
    // Removes the cached answers of one source, or of all sources when source is empty. Returns
    // how many were removed.
    static Result<qint64> clear(QSqlDatabase &db, const QString &source = {});
    // Opens a connection of its own for clear() (for a front end that has none at hand).
    static Result<qint64> clear(const ConnectionSettings &settings, const QString &source = {});
    static Result<QList<SourceStats>> stats(QSqlDatabase &db);

    // True when the schema has the table ip_locations.
    static Result<bool> exists(QSqlDatabase &db);

    // "located", "country_only", "not_found", "bogon"; empty for a status that is not kept
    // (LocationStore::keeps).
    static QLatin1String cachedStatusName(GeoStatus status);

private:
    Result<QSqlDatabase> connection();

    ConnectionSettings m_settings;
    QString m_source;
    QString m_connectionName;
};

} // namespace regionmap
