#pragma once

#include "common/result.h"
#include "csv/csvsniffer.h"
#include "db/connectionsettings.h"
#include "db/loadmode.h"
#include "etl/addressprivacy.h"
#include "geo/latencymodel.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace regionmap {

enum class GeoProviderKind { Offline, Ipinfo };
QString geoProviderName(GeoProviderKind kind);

struct InputFile
{
    QString path;
    SniffOverrides overrides; // delimiter, header, encoding and IP column, when the analyst chose
};

// The options of a run that can be wrong, by name, so that a front end can point at the field
// (the app) or the flag (the CLI: "--" + optionName()).
enum class EtlOption {
    Data,
    Catalog,
    RttRouteFactor,
    RttOverhead,
    Table,
    Mode,
    Key,
    GeoDatabase,
    IpinfoUrl,
    IpinfoParallel,
    IpinfoRetries,
    IpinfoTimeout,
    CacheMaxAge,
    ChunkRecords,
    CrossCheck,
    Privacy,
    MinCount,
};
// "data", "catalog", "rtt-route-factor", "rtt-overhead", "table", "mode", "key", "geodb",
// "ipinfo-url", "ipinfo-parallel", ...
QString optionName(EtlOption option);

// One thing wrong with the options: the option(s) involved (a wrong combination names each) and
// a sentence for the analyst that names no front end's controls.
struct OptionProblem
{
    QList<EtlOption> options;
    QString message;
};

// Everything one run needs to know. Secrets (the database password, the ipinfo token) are filled
// in by the front end from the keychain or the environment and never stored from here.
struct EtlOptions
{
    QList<InputFile> inputs;

    // The regions: built-in catalogs ("aws", "gcp", ...) and a catalog CSV, combined in that
    // order (RegionCatalog::combine: the file may add regions or replace built-in ones).
    QStringList builtinCatalogs {QStringLiteral("aws")};
    QString catalogFile;
    // Regions that are closed to most accounts, or announced and not open yet, take part only
    // when asked for (docs/catalog-format.md).
    bool includeRestricted = false;
    bool includeAnnounced = false;

    // The est. RTT of each located row: the model, and a table of measured round trips that
    // overrides it where it has a value (docs/latency-model.md). Empty: the model only.
    LatencyModel latency;
    QString latencyFile;

    ConnectionSettings connection; // where to load (the managed database's settings
                                   // when the front end uses it)
    // The connection is the managed database's own socket, which no connection pooler can sit
    // in front of: the run skips the pooler check (PoolerCheck) and its three extra sessions.
    bool managedDatabase = false;
    QString table; // empty: derived from the first file's name
    LoadMode mode = LoadMode::Replace;
    QString keyColumn; // upsert only

    GeoProviderKind provider = GeoProviderKind::Offline;
    QString geoDatabase; // offline: the IPv4 (or combined) .mmdb file
    QString geoDatabaseV6; // offline: the IPv6 .mmdb file, optional
    // A second opinion: every located row is located again with this .mmdb file (either
    // provider), assigned by the same finder, and stored with the agreement (alt_* columns).
    QString crossCheckDatabase;
    // Or ipinfo.io as the second opinion (crossCheckDatabase empty), for a random sample of at
    // most this many rows (its requests count against the plan); 0: no ipinfo cross-check.
    int crossCheckIpinfoSample = 0;
    static constexpr int kMaxCrossCheckSample = 100000;

    QUrl ipinfoUrl = QUrl(QStringLiteral("https://ipinfo.io"));
    QString ipinfoToken; // never logged, never stored in the run record
    int ipinfoParallelRequests = 4; // requests in flight at once (1..6)
    int ipinfoMaxRetries = 4; // per request, after 429, 5xx, timeouts and dropped connections
    int ipinfoTimeoutMs = 30000; // a request that transfers nothing for this long is retried
    int ipinfoMaxBackoffMs = 60000; // the longest wait before a retry without Retry-After
    int cacheMaxAgeDays = 30; // cached answers older than this are asked again; 0: none used
    bool dryRun = false; // estimate the cost only, send nothing, load nothing

    int chunkRecords = 16384; // records per chunk through the pipeline

    // What is stored of each address (docs/privacy.md). The hash mode's key comes from the
    // keychain through the front end (never from a file, never logged, never in the run record);
    // only its id is recorded.
    PrivacyMode privacy = PrivacyMode::Keep;
    QByteArray privacyKey;
    // Places, map cells and exported aggregates of fewer rows than this are merged or withheld
    // from what the results show and export; recorded with the run. 0: the mode's default
    // (kDefaultMinCount for every mode but keep, 1 for keep).
    int minCount = 0;
    static constexpr int kDefaultMinCount = 5;
    static constexpr int kMaxMinCount = 1000000;
    int effectiveMinCount() const
    {
        return minCount > 0 ? minCount : privacy == PrivacyMode::Keep ? 1 : kDefaultMinCount;
    }

    // Every problem with these options, before anything runs; empty when they are usable. The
    // files themselves are checked when the run reads them.
    QList<OptionProblem> validate() const;
    // The problems as one Error of the kind Options, or OK.
    Status check() const;
};

// The table name RegionMap proposes for a file: its base name, sanitised ("people.csv" -> people).
QString defaultTableName(const QString &path);

} // namespace regionmap
