// `regionmap-cli run`'s command line: its options table, their combinations, and with --project
// a saved job under the options given.
#include "runrequest.h"

#include "clicontext.h"
#include "exitcodes.h"

#include "etl/runproject.h"
#include "geo/ipinfosettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QLocale>

#include <utility>

namespace regionmap::cli {

namespace {

// The run command's texts, under its translation context.
struct RunCommandText
{
    Q_DECLARE_TR_FUNCTIONS(regionmap::cli::RunCommand)
};

using Problem = std::optional<QString>;

Problem parseCrossCheck(RunRequest &r, const QString &value)
{
    if (value.compare(QLatin1String("ipinfo"), Qt::CaseInsensitive) == 0)
        r.crossCheckIpinfo = true;
    else
        r.options.crossCheckDatabase = value;
    return std::nullopt;
}

Problem parseCrossCheckSample(RunRequest &r, const QString &value)
{
    bool ok = false;
    r.crossCheckSample = value.toInt(&ok);
    if (!ok || r.crossCheckSample < 1 || r.crossCheckSample > EtlOptions::kMaxCrossCheckSample)
        return RunCommandText::tr("--cross-check-sample takes a number of rows from 1 to %1.")
            .arg(EtlOptions::kMaxCrossCheckSample);
    return std::nullopt;
}

Problem parseDelimiter(RunRequest &r, const QString &d)
{
    if (d == QLatin1String("tab") || d == QLatin1String("\\t"))
        r.overrides.delimiter = '\t';
    else if (d.size() == 1 && QStringLiteral(",;|\t").contains(d))
        r.overrides.delimiter = d.at(0).toLatin1();
    else
        return RunCommandText::tr("The delimiter must be one of , ; tab |.");
    return std::nullopt;
}

Problem parseEncoding(RunRequest &r, const QString &value)
{
    const QString e = value.toLower().remove(QLatin1Char('-'));
    if (e == QLatin1String("utf8"))
        r.overrides.encoding = TextEncoding::Utf8;
    else if (e == QLatin1String("latin1") || e == QLatin1String("iso88591"))
        r.overrides.encoding = TextEncoding::Latin1;
    else
        return RunCommandText::tr("The encoding must be utf8 or latin1.");
    return std::nullopt;
}

Problem parseProvider(RunRequest &r, const QString &value)
{
    const QString provider = value.toLower();
    if (provider == QLatin1String("offline"))
        r.options.provider = GeoProviderKind::Offline;
    else if (provider == QLatin1String("ipinfo"))
        r.options.provider = GeoProviderKind::Ipinfo;
    else
        return RunCommandText::tr("Unknown geolocation provider \"%1\". Use offline or ipinfo.")
            .arg(provider);
    return std::nullopt;
}

Problem parsePrivacy(RunRequest &r, const QString &value)
{
    const std::optional<PrivacyMode> mode = parsePrivacyMode(value);
    if (!mode)
        return RunCommandText::tr("--privacy takes keep, truncate, hash or drop.");
    r.options.privacy = *mode;
    return std::nullopt;
}

Problem parseMinCount(RunRequest &r, const QString &value)
{
    bool ok = false;
    const int k = value.toInt(&ok);
    if (!ok || k < 1 || k > EtlOptions::kMaxMinCount)
        return RunCommandText::tr("--min-count takes a number of rows from 1 to %1.")
            .arg(EtlOptions::kMaxMinCount);
    r.options.minCount = k;
    return std::nullopt;
}

Problem parseMode(RunRequest &r, const QString &value)
{
    const std::optional<LoadMode> mode = parseLoadMode(value);
    if (!mode)
        return RunCommandText::tr("The mode must be replace, append or upsert.");
    r.options.mode = *mode;
    return std::nullopt;
}

Problem parseParallel(RunRequest &r, const QString &value)
{
    bool ok = false;
    r.options.ipinfoParallelRequests = value.toInt(&ok);
    if (!ok)
        return RunCommandText::tr("--ipinfo-parallel takes a number from 1 to %1.")
            .arg(IpinfoSettings::kMaxParallelRequests);
    return std::nullopt;
}

Problem parseCacheMaxAge(RunRequest &r, const QString &value)
{
    bool ok = false;
    r.options.cacheMaxAgeDays = value.toInt(&ok);
    if (!ok || r.options.cacheMaxAgeDays < 0)
        return RunCommandText::tr("--cache-max-age takes a number of days (0 or more).");
    return std::nullopt;
}

Problem parseRouteFactor(RunRequest &r, const QString &value)
{
    bool ok = false;
    r.options.latency.routeFactor = QLocale::c().toDouble(value, &ok);
    if (!ok)
        return RunCommandText::tr("--rtt-route-factor takes a number from %1 to %2.")
            .arg(LatencyModel::kMinRouteFactor)
            .arg(LatencyModel::kMaxRouteFactor);
    return std::nullopt;
}

Problem parseOverhead(RunRequest &r, const QString &value)
{
    bool ok = false;
    r.options.latency.overheadMs = QLocale::c().toDouble(value, &ok);
    if (!ok)
        return RunCommandText::tr("--rtt-overhead takes a number of milliseconds from 0 to %1.")
            .arg(LatencyModel::kMaxOverheadMs);
    return std::nullopt;
}

// Stores the value in a text field of the request.
template<typename Field>
auto into(Field field)
{
    return [field](RunRequest &r, const QString &value) -> Problem {
        field(r) = value;
        return std::nullopt;
    };
}

// Sets a flag of the request.
template<typename Field>
auto flag(Field field)
{
    return [field](RunRequest &r, const QString &) -> Problem {
        field(r) = true;
        return std::nullopt;
    };
}

// The run command's options, in the order --help lists them.
const std::vector<CliOption<RunRequest>> kRunOptions = {
    {{QStringLiteral("project")},
     QT_TRANSLATE_NOOP("regionmap::cli::RunCommand",
                       "Run the job a .regionmap project saved (docs/projects.md); the other "
                       "options given override what it says."),
     QT_TRANSLATE_NOOP("regionmap::cli::RunCommand", "file"),
     into([](RunRequest &r) -> QString & { return r.projectFile; })},
    {{QStringLiteral("accept-changes")},
     QT_TRANSLATE_NOOP("regionmap::cli::RunCommand",
                       "With --project: run even though its files changed or moved since it was "
                       "saved (their sha256 differ)."),
     nullptr,
     flag([](RunRequest &r) -> bool & { return r.acceptChanges; })},
    {{QStringLiteral("data"), QStringLiteral("d")},
     QT_TRANSLATE_NOOP("regionmap::cli::RunCommand",
                       "A CSV file to load (repeat for several files)."),
     QT_TRANSLATE_NOOP("regionmap::cli::RunCommand", "file"),
     [](RunRequest &r, const QString &v) -> Problem {
         r.files << v;
         return std::nullopt;
     }},
    {{QStringLiteral("regions")},
     QT_TRANSLATE_NOOP("regionmap::cli::RunCommand", "A region catalog CSV file."),
     QT_TRANSLATE_NOOP("regionmap::cli::RunCommand", "file"),
     into([](RunRequest &r) -> QString & { return r.regionsFile; })},
    {{QStringLiteral("catalog")},
     QT_TRANSLATE_NOOP("regionmap::cli::RunCommand",
                       "Built-in region catalogs: aws, gcp, azure, oci, or several (aws,gcp). With "
                       "--regions, the file adds regions or replaces built-in ones."),
     QT_TRANSLATE_NOOP("regionmap::cli::RunCommand", "name"),
     into([](RunRequest &r) -> QString & { return r.catalogName; })},
    {{QStringLiteral("include-restricted")},
     QT_TRANSLATE_NOOP("regionmap::cli::RunCommand",
                       "Let restricted regions (AWS GovCloud and China, Azure's restricted-access "
                       "regions) take part."),
     nullptr,
     flag([](RunRequest &r) -> bool & { return r.options.includeRestricted; })},
    {{QStringLiteral("include-announced")},
     QT_TRANSLATE_NOOP("regionmap::cli::RunCommand",
                       "Let announced regions, not open yet, take part."),
     nullptr,
     flag([](RunRequest &r) -> bool & { return r.options.includeAnnounced; })},
    {{QStringLiteral("latency")},
     QT_TRANSLATE_NOOP("regionmap::cli::RunCommand",
                       "Measured round trips (CSV: region_code,country_code[,city],rtt_ms); they "
                       "replace the est. RTT model where they apply."),
     QT_TRANSLATE_NOOP("regionmap::cli::RunCommand", "file"),
     into([](RunRequest &r) -> QString & { return r.options.latencyFile; })},
    {{QStringLiteral("rtt-route-factor")},
     QT_TRANSLATE_NOOP("regionmap::cli::RunCommand",
                       "How much longer network paths are than the geodesic, for the est. RTT "
                       "(default: 1.5)."),
     QT_TRANSLATE_NOOP("regionmap::cli::RunCommand", "x"),
     parseRouteFactor},
    {{QStringLiteral("rtt-overhead")},
     QT_TRANSLATE_NOOP("regionmap::cli::RunCommand",
                       "The fixed part of the est. RTT in ms: access network and processing "
                       "(default: 8)."),
     QT_TRANSLATE_NOOP("regionmap::cli::RunCommand", "ms"),
     parseOverhead},
    {{QStringLiteral("db")},
     QT_TRANSLATE_NOOP("regionmap::cli::RunCommand",
                       "A PostgreSQL URI (postgresql://user@host:port/db). PG* variables and "
                       "~/.pgpass are honoured."),
     QT_TRANSLATE_NOOP("regionmap::cli::RunCommand", "uri"),
     into([](RunRequest &r) -> QString & { return r.db; })},
    {{QStringLiteral("password-file")},
     QT_TRANSLATE_NOOP("regionmap::cli::RunCommand", "Read the database password from this file."),
     QT_TRANSLATE_NOOP("regionmap::cli::RunCommand", "file"),
     into([](RunRequest &r) -> QString & { return r.passwordFile; })},
    {{QStringLiteral("geo")},
     QT_TRANSLATE_NOOP("regionmap::cli::RunCommand",
                       "The geolocation provider: offline (default) or ipinfo."),
     QT_TRANSLATE_NOOP("regionmap::cli::RunCommand", "provider"),
     parseProvider,
     "offline"},
    {{QStringLiteral("geodb")},
     QT_TRANSLATE_NOOP("regionmap::cli::RunCommand",
                       "The offline database (.mmdb) for IPv4, or for both."),
     QT_TRANSLATE_NOOP("regionmap::cli::RunCommand", "file"),
     into([](RunRequest &r) -> QString & { return r.options.geoDatabase; })},
    {{QStringLiteral("geodb6")},
     QT_TRANSLATE_NOOP("regionmap::cli::RunCommand", "The offline database (.mmdb) for IPv6."),
     QT_TRANSLATE_NOOP("regionmap::cli::RunCommand", "file"),
     into([](RunRequest &r) -> QString & { return r.options.geoDatabaseV6; })},
    {{QStringLiteral("cross-check")},
     QT_TRANSLATE_NOOP("regionmap::cli::RunCommand",
                       "A second opinion: locate every row again with this .mmdb file (a "
                       "GeoLite2 or DB-IP City database), or with ipinfo.io for a random sample "
                       "(ipinfo), and store whether it puts the row in the same region (alt_* "
                       "columns, agreement)."),
     QT_TRANSLATE_NOOP("regionmap::cli::RunCommand", "file|ipinfo"),
     parseCrossCheck},
    {{QStringLiteral("cross-check-sample")},
     QT_TRANSLATE_NOOP("regionmap::cli::RunCommand",
                       "With --cross-check ipinfo: ask about at most this many rows, picked at "
                       "random (default: 1000)."),
     QT_TRANSLATE_NOOP("regionmap::cli::RunCommand", "n"),
     parseCrossCheckSample},
    {{QStringLiteral("ipinfo-url")},
     QT_TRANSLATE_NOOP("regionmap::cli::RunCommand",
                       "The base URL of the ipinfo.io API (default: https://ipinfo.io)."),
     QT_TRANSLATE_NOOP("regionmap::cli::RunCommand", "url"),
     [](RunRequest &r, const QString &v) -> Problem {
         r.options.ipinfoUrl = QUrl(v, QUrl::StrictMode);
         return std::nullopt;
     }},
    {{QStringLiteral("token-file")},
     QT_TRANSLATE_NOOP(
         "regionmap::cli::RunCommand",
         "Read the ipinfo.io token from this file (else IPINFO_TOKEN, else the keychain)."),
     QT_TRANSLATE_NOOP("regionmap::cli::RunCommand", "file"),
     into([](RunRequest &r) -> QString & { return r.tokenFile; })},
    {{QStringLiteral("ipinfo-parallel")},
     QT_TRANSLATE_NOOP("regionmap::cli::RunCommand",
                       "ipinfo.io requests in flight at once, 1 to 6 (default: 4)."),
     QT_TRANSLATE_NOOP("regionmap::cli::RunCommand", "n"),
     parseParallel},
    {{QStringLiteral("cache-max-age")},
     QT_TRANSLATE_NOOP(
         "regionmap::cli::RunCommand",
         "Use cached ipinfo.io answers up to this many days old (default: 30; 0: ask again)."),
     QT_TRANSLATE_NOOP("regionmap::cli::RunCommand", "days"),
     parseCacheMaxAge},
    {{QStringLiteral("dry-run")},
     QT_TRANSLATE_NOOP("regionmap::cli::RunCommand",
                       "With --geo ipinfo: print what the run would send to ipinfo.io, send "
                       "nothing and load nothing."),
     nullptr,
     flag([](RunRequest &r) -> bool & { return r.options.dryRun; })},
    {{QStringLiteral("table")},
     QT_TRANSLATE_NOOP("regionmap::cli::RunCommand",
                       "The target table (default: from the first file's name)."),
     QT_TRANSLATE_NOOP("regionmap::cli::RunCommand", "name"),
     into([](RunRequest &r) -> QString & { return r.options.table; })},
    {{QStringLiteral("mode")},
     QT_TRANSLATE_NOOP("regionmap::cli::RunCommand", "replace (default), append or upsert."),
     QT_TRANSLATE_NOOP("regionmap::cli::RunCommand", "mode"),
     parseMode,
     "replace"},
    {{QStringLiteral("key")},
     QT_TRANSLATE_NOOP("regionmap::cli::RunCommand", "The key column for the upsert mode."),
     QT_TRANSLATE_NOOP("regionmap::cli::RunCommand", "column"),
     into([](RunRequest &r) -> QString & { return r.options.keyColumn; })},
    {{QStringLiteral("privacy")},
     QT_TRANSLATE_NOOP("regionmap::cli::RunCommand",
                       "What is stored of each address: keep (default), truncate (IPv4 /24, IPv6 "
                       "/48), hash (a keyed pseudonym; the key stays in the keychain) or drop. "
                       "Rejected rows and messages follow the same mode."),
     QT_TRANSLATE_NOOP("regionmap::cli::RunCommand", "mode"),
     parsePrivacy,
     "keep"},
    {{QStringLiteral("min-count")},
     QT_TRANSLATE_NOOP("regionmap::cli::RunCommand",
                       "Places and map cells of fewer rows are merged or withheld from what the "
                       "results show and export (default: 5 when the addresses are not kept, "
                       "else 1)."),
     QT_TRANSLATE_NOOP("regionmap::cli::RunCommand", "k"),
     parseMinCount},
    {{QStringLiteral("ip-column")},
     QT_TRANSLATE_NOOP("regionmap::cli::RunCommand", "The column that holds the IP addresses."),
     QT_TRANSLATE_NOOP("regionmap::cli::RunCommand", "name"),
     into([](RunRequest &r) -> QString & { return r.overrides.ipColumnName; })},
    {{QStringLiteral("delimiter")},
     QT_TRANSLATE_NOOP("regionmap::cli::RunCommand", "The field delimiter: , ; tab or |."),
     QT_TRANSLATE_NOOP("regionmap::cli::RunCommand", "char"),
     parseDelimiter},
    {{QStringLiteral("no-header")},
     QT_TRANSLATE_NOOP("regionmap::cli::RunCommand", "The files have no header row."),
     nullptr,
     [](RunRequest &r, const QString &) -> Problem {
         r.overrides.hasHeader = false;
         return std::nullopt;
     }},
    {{QStringLiteral("encoding")},
     QT_TRANSLATE_NOOP("regionmap::cli::RunCommand", "utf8 (default) or latin1."),
     QT_TRANSLATE_NOOP("regionmap::cli::RunCommand", "name"),
     parseEncoding},
    {{QStringLiteral("json")},
     QT_TRANSLATE_NOOP("regionmap::cli::RunCommand", "Print the summary as JSON on stdout."),
     nullptr,
     flag([](RunRequest &r) -> bool & { return r.json; })},
    {{QStringLiteral("quiet"), QStringLiteral("q")},
     QT_TRANSLATE_NOOP("regionmap::cli::RunCommand", "No progress and no notes on stderr."),
     nullptr,
     flag([](RunRequest &r) -> bool & { return r.quiet; })},
};

// What no single option can see: the combinations. Each message names the options involved.
QStringList combinationProblems(const RunRequest &r, const GivenOptions &given)
{
    QStringList problems;
    const bool project = !r.projectFile.isEmpty(); // it names the files and the regions
    if (r.files.isEmpty() && !project)
        problems << RunCommandText::tr("Name at least one CSV file with --data.");
    if (!given.contains(QStringLiteral("regions")) && !given.contains(QStringLiteral("catalog"))
        && !project)
        problems << RunCommandText::tr("Name the regions: --catalog aws, or --regions FILE.");
    if (r.acceptChanges && !project)
        problems << RunCommandText::tr("--accept-changes goes with --project.");
    if (given.contains(QStringLiteral("cross-check-sample")) && !r.crossCheckIpinfo && !project)
        problems << RunCommandText::tr("--cross-check-sample goes with --cross-check ipinfo.");
    // With a project, its provider and cross-check decide; the core checks the merged options.
    if (r.options.provider == GeoProviderKind::Offline && !project) {
        for (const char *ipinfoOnly :
             {"ipinfo-url", "token-file", "ipinfo-parallel", "cache-max-age", "dry-run"}) {
            // An ipinfo.io cross-check uses ipinfo.io too.
            if (given.contains(QLatin1String(ipinfoOnly)) && !r.crossCheckIpinfo)
                problems << RunCommandText::tr("--%1 goes with --geo ipinfo.")
                                .arg(QLatin1String(ipinfoOnly));
        }
    } else if (!project
               && (given.contains(QStringLiteral("geodb"))
                   || given.contains(QStringLiteral("geodb6")))) {
        problems << RunCommandText::tr("--geodb and --geodb6 go with --geo offline.");
    }
    return problems;
}

// The job of a project, with the options given on the command line over it. Stops, saying what
// differs, when the project's files changed since it was saved, unless --accept-changes.
std::optional<int> mergeProject(CliContext &ctx, RunRequest &request, const GivenOptions &given)
{
    const Result<RunProject> project = RunProject::read(request.projectFile);
    if (!project) {
        ctx.error(project.error().message, project.error().details);
        return ExitInput;
    }
    const EtlOptions &cli = request.options;
    EtlOptions merged = project->options;
    const auto has = [&given](const char *name) {
        return given.contains(QLatin1String(name));
    };
    if (has("data")) {
        merged.inputs = cli.inputs;
    } else {
        // A dialect option given alone applies to each of the project's files.
        for (InputFile &in : merged.inputs) {
            if (has("ip-column")) {
                in.overrides.ipColumnName = request.overrides.ipColumnName;
                in.overrides.ipColumnIndex = -1; // the name given wins over a saved position
            }
            if (has("delimiter"))
                in.overrides.delimiter = request.overrides.delimiter;
            if (has("no-header"))
                in.overrides.hasHeader = request.overrides.hasHeader;
            if (has("encoding"))
                in.overrides.encoding = request.overrides.encoding;
        }
    }
    if (has("regions") || has("catalog")) {
        merged.catalogFile = cli.catalogFile;
        merged.builtinCatalogs = has("catalog") ? cli.builtinCatalogs : QStringList();
    }
    // The options that override one field of the project each.
    using Copy = void (*)(EtlOptions &, const EtlOptions &);
    static const std::pair<const char *, Copy> kOverrides[] = {
        {"include-restricted",
         [](EtlOptions &t, const EtlOptions &f) {
             t.includeRestricted = f.includeRestricted;
         }},
        {"include-announced",
         [](EtlOptions &t, const EtlOptions &f) {
             t.includeAnnounced = f.includeAnnounced;
         }},
        {"latency",
         [](EtlOptions &t, const EtlOptions &f) {
             t.latencyFile = f.latencyFile;
         }},
        {"rtt-route-factor",
         [](EtlOptions &t, const EtlOptions &f) {
             t.latency.routeFactor = f.latency.routeFactor;
         }},
        {"rtt-overhead",
         [](EtlOptions &t, const EtlOptions &f) {
             t.latency.overheadMs = f.latency.overheadMs;
         }},
        {"geo",
         [](EtlOptions &t, const EtlOptions &f) {
             t.provider = f.provider;
         }},
        {"geodb",
         [](EtlOptions &t, const EtlOptions &f) {
             t.geoDatabase = f.geoDatabase;
         }},
        {"geodb6",
         [](EtlOptions &t, const EtlOptions &f) {
             t.geoDatabaseV6 = f.geoDatabaseV6;
         }},
        {"ipinfo-url",
         [](EtlOptions &t, const EtlOptions &f) {
             t.ipinfoUrl = f.ipinfoUrl;
         }},
        {"ipinfo-parallel",
         [](EtlOptions &t, const EtlOptions &f) {
             t.ipinfoParallelRequests = f.ipinfoParallelRequests;
         }},
        {"cache-max-age",
         [](EtlOptions &t, const EtlOptions &f) {
             t.cacheMaxAgeDays = f.cacheMaxAgeDays;
         }},
        {"dry-run",
         [](EtlOptions &t, const EtlOptions &f) {
             t.dryRun = f.dryRun;
         }},
        {"table",
         [](EtlOptions &t, const EtlOptions &f) {
             t.table = f.table;
         }},
        {"mode",
         [](EtlOptions &t, const EtlOptions &f) {
             t.mode = f.mode;
         }},
        {"key",
         [](EtlOptions &t, const EtlOptions &f) {
             t.keyColumn = f.keyColumn;
         }},
        {"privacy",
         [](EtlOptions &t, const EtlOptions &f) {
             t.privacy = f.privacy;
         }},
        {"min-count",
         [](EtlOptions &t, const EtlOptions &f) {
             t.minCount = f.minCount;
         }},
    };
    for (const auto &[name, copy] : kOverrides) {
        if (has(name))
            copy(merged, cli);
    }
    if (has("cross-check")) {
        merged.crossCheckDatabase = cli.crossCheckDatabase;
        merged.crossCheckIpinfoSample = 0; // --cross-check ipinfo sets it after this
    } else if (merged.crossCheckIpinfoSample > 0) {
        request.crossCheckIpinfo = true;
        if (!has("cross-check-sample"))
            request.crossCheckSample = merged.crossCheckIpinfoSample;
    }
    // The project's server, unless --db names another; its password is found as for --db.
    if (!has("db") && !project->managedDatabase)
        request.db = project->options.connection.toUri();
    request.options = merged;

    // Only the files this run reads: --data may have replaced the project's.
    QList<RunProject::Change> changes;
    if (!has("data"))
        changes = project->changes();
    if (!changes.isEmpty()) {
        for (const RunProject::Change &c : changes)
            ctx.err() << (request.acceptChanges ? RunCommandText::tr("note: %1")
                                                : RunCommandText::tr("error: %1"))
                             .arg(c.describe())
                      << Qt::endl;
        if (!request.acceptChanges) {
            ctx.error(RunCommandText::tr(
                "The project's files changed or moved since it was saved. Check them; to load "
                "them as they are now, run again with --accept-changes, or save the project "
                "again."));
            return ExitInput;
        }
    }
    if (!request.quiet)
        ctx.err() << RunCommandText::tr("Project %1: %n file(s).", nullptr,
                                        int(merged.inputs.size()))
                         .arg(QDir::toNativeSeparators(request.projectFile))
                  << Qt::endl;
    return std::nullopt;
}

} // namespace

// Reads the command line into a request, with every problem found. Returns the exit code when
// the command is done already (--help, or a usage error).
std::optional<int> readRequest(CliContext &ctx, const QStringList &arguments, RunRequest &request)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(RunCommandText::tr(
        "Locate the IP addresses in CSV files, assign each to its nearest cloud region, and load "
        "the rows into PostgreSQL. Without --db, RegionMap's local database is used."));
    parser.addHelpOption();
    GivenOptions given;
    if (const std::optional<int> done = readOptions(
            ctx, parser, arguments, "regionmap::cli::RunCommand", kRunOptions, request, &given))
        return done;
    if (!parser.positionalArguments().isEmpty()) {
        ctx.error(RunCommandText::tr("Unexpected argument \"%1\". Give data files with --data.")
                      .arg(parser.positionalArguments().first()));
        return ExitUsage;
    }
    if (const QStringList problems = combinationProblems(request, given); !problems.isEmpty()) {
        for (const QString &problem : problems)
            ctx.error(problem);
        return ExitUsage;
    }
    for (const QString &f : std::as_const(request.files))
        request.options.inputs.append({f, request.overrides});
    request.options.catalogFile = request.regionsFile;
    request.options.builtinCatalogs.clear();
    for (const QString &name : request.catalogName.split(QLatin1Char(','), Qt::SkipEmptyParts))
        request.options.builtinCatalogs << name.trimmed().toLower();
    if (!request.projectFile.isEmpty())
        return mergeProject(ctx, request, given);
    return std::nullopt;
}

} // namespace regionmap::cli
