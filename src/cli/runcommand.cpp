#include "runcommand.h"

#include "clicontext.h"
#include "commanddatabase.h"
#include "consolefeedback.h"
#include "exitcodes.h"

#include "common/feedback.h"
#include "etl/etljob.h"
#include "etl/ipinfocostestimate.h"
#include "geo/ipinfoclient.h"
#include "secrets/qtkeychainstore.h"
#include "secrets/secretresolver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

#include <atomic>
#include <csignal>

namespace regionmap::cli {

namespace {

// This file's texts, under one translation context that lupdate can see.
struct RunCommandText
{
    Q_DECLARE_TR_FUNCTIONS(regionmap::cli::RunCommand)
};

std::atomic<Feedback *> g_feedback {nullptr};

extern "C" void onInterrupt(int)
{
    if (Feedback *fb = g_feedback.load())
        fb->requestCancel();
    // A second Ctrl-C ends the process the usual way.
    std::signal(SIGINT, SIG_DFL);
}

// Installs the Ctrl-C handler for the lifetime of a run.
class InterruptGuard
{
public:
    explicit InterruptGuard(Feedback &fb)
    {
        g_feedback.store(&fb);
        m_previousInt = std::signal(SIGINT, onInterrupt);
        m_previousTerm = std::signal(SIGTERM, onInterrupt);
    }
    ~InterruptGuard()
    {
        std::signal(SIGINT, m_previousInt);
        std::signal(SIGTERM, m_previousTerm);
        g_feedback.store(nullptr);
    }

private:
    void (*m_previousInt)(int) = nullptr;
    void (*m_previousTerm)(int) = nullptr;
};

void printSummary(CliContext &ctx, const EtlSummary &s)
{
    const QLocale locale;
    QTextStream &out = ctx.out();
    const auto num = [&](qint64 v) {
        return locale.toString(v);
    };
    const QString seconds = locale.toString(s.durationSeconds, 'f', 1);
    QString headline;
    switch (s.status) {
    case RunStatus::Succeeded:
        headline = RunCommandText::tr("Run %1 succeeded in %2 s: table \"%3\"");
        break;
    case RunStatus::Failed:
        headline = RunCommandText::tr("Run %1 failed after %2 s: table \"%3\"");
        break;
    case RunStatus::Cancelled:
        headline = RunCommandText::tr("Run %1 was cancelled after %2 s: table \"%3\"");
        break;
    default:
        headline = RunCommandText::tr("Run %1 ended after %2 s: table \"%3\"");
        break;
    }
    out << headline.arg(s.runId).arg(seconds, s.table) << Qt::endl;
    out << QStringLiteral("  %1 %2").arg(RunCommandText::tr("rows read").leftJustified(16),
                                         num(s.rowsRead).rightJustified(12))
        << Qt::endl;
    out << QStringLiteral("  %1 %2").arg(RunCommandText::tr("rows loaded").leftJustified(16),
                                         num(s.rowsLoaded).rightJustified(12))
        << Qt::endl;
    out << QStringLiteral("  %1 %2").arg(RunCommandText::tr("rows rejected").leftJustified(16),
                                         num(s.rowsRejected).rightJustified(12));
    if (s.rowsRejected > 0)
        out << "   "
            << RunCommandText::tr("(SELECT * FROM etl_rejects WHERE run_id = %1)").arg(s.runId);
    out << Qt::endl;
    if (s.status == RunStatus::Succeeded) {
        out << Qt::endl << "  " << RunCommandText::tr("geo_status") << Qt::endl;
        for (auto it = s.statusCounts.cbegin(); it != s.statusCounts.cend(); ++it)
            out << QStringLiteral("  %1 %2").arg(it.key().leftJustified(22),
                                                 num(it.value()).rightJustified(10))
                << Qt::endl;
        if (!s.regions.isEmpty()) {
            out << Qt::endl << "  " << RunCommandText::tr("top regions") << Qt::endl;
            for (int i = 0; i < s.regions.size() && i < 10; ++i) {
                const RegionCount &r = s.regions.at(i);
                out << QStringLiteral("  %1 %2 %3")
                           .arg(r.code.leftJustified(16), r.name.leftJustified(30),
                                num(r.rows).rightJustified(10))
                    << Qt::endl;
            }
            if (s.regions.size() > 10)
                out << "  "
                    << RunCommandText::tr("... and %n more region(s)", nullptr,
                                          int(s.regions.size() - 10))
                    << Qt::endl;
        }
        out << Qt::endl
            << "  " << RunCommandText::tr("Geolocation: %1 (%2)").arg(s.provider, s.geoDatabase)
            << Qt::endl;
        if (s.provider == QLatin1String("ipinfo"))
            out << "  "
                << RunCommandText::tr("ipinfo.io requests: %1 (%2 retries)")
                       .arg(s.requestsSent)
                       .arg(s.requestRetries)
                << Qt::endl;
        if (!s.credit.isEmpty())
            out << "  " << s.credit.sentence() << Qt::endl;
    }
}

// The ipinfo.io token: --token-file, IPINFO_TOKEN, the keychain. No prompt: without a token the
// unauthenticated endpoint is used. Returns ExitOk or the exit code after printing the error.
int resolveToken(CliContext &ctx, const QString &tokenFile, bool quiet, QString *token)
{
    QtKeychainStore keychain;
    SecretResolver::Options secretOptions;
    secretOptions.tokenFile = tokenFile;
    secretOptions.keychain = &keychain;
    const Result<ResolvedSecret> found = SecretResolver(secretOptions).ipinfoToken();
    if (!found) {
        ctx.error(found.error().message, found.error().details);
        return ExitGeolocation;
    }
    if (!quiet) {
        for (const QString &note : found->notes)
            ctx.err() << RunCommandText::tr("note: %1").arg(note) << Qt::endl;
        if (found->isFound())
            ctx.err() << RunCommandText::tr("ipinfo.io token from %1.").arg(found->describeOrigin())
                      << Qt::endl;
        else
            ctx.err() << RunCommandText::tr(
                "No ipinfo.io token was found (--token-file, IPINFO_TOKEN, the "
                "keychain): the unauthenticated endpoint is used.")
                      << Qt::endl;
    }
    *token = found->value;
    return ExitOk;
}

// What the ipinfo.io run will send, on its own connection. Returns ExitOk or an exit code.
int estimate(CliContext &ctx, const EtlOptions &options, IpinfoCostEstimate *out)
{
    ScopedConnection db(options.connection, QStringLiteral("regionmap-cli-estimate"));
    if (!db) {
        ctx.error(db.error().message, db.error().details);
        return ExitDatabase;
    }
    const Result<IpinfoCostEstimate> e = estimateIpinfoCost(options, db.database());
    if (!e) {
        ctx.error(e.error().message, e.error().details);
        return exitCodeFor(e.error().orKind(ErrorKind::Input).kind);
    }
    *out = e.value();
    return ExitOk;
}

} // namespace

int runRunCommand(CliContext &ctx, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(RunCommandText::tr(
        "Locate the IP addresses in CSV files, assign each to its nearest cloud region, and load "
        "the rows into PostgreSQL. Without --db, RegionMap's local database is used."));
    parser.addHelpOption();
    const QCommandLineOption data(
        {QStringLiteral("data"), QStringLiteral("d")},
        RunCommandText::tr("A CSV file to load (repeat for several files)."),
        RunCommandText::tr("file"));
    const QCommandLineOption regions(QStringLiteral("regions"),
                                     RunCommandText::tr("A region catalog CSV file."),
                                     RunCommandText::tr("file"));
    const QCommandLineOption catalog(QStringLiteral("catalog"),
                                     RunCommandText::tr("A built-in region catalog: aws."),
                                     RunCommandText::tr("name"));
    const QCommandLineOption db(
        QStringLiteral("db"),
        RunCommandText::tr("A PostgreSQL URI (postgresql://user@host:port/db). PG* variables "
                           "and ~/.pgpass are honoured."),
        RunCommandText::tr("uri"));
    const QCommandLineOption passwordFile(
        QStringLiteral("password-file"),
        RunCommandText::tr("Read the database password from this file."),
        RunCommandText::tr("file"));
    const QCommandLineOption geo(
        QStringLiteral("geo"),
        RunCommandText::tr("The geolocation provider: offline (default) or ipinfo."),
        RunCommandText::tr("provider"), QStringLiteral("offline"));
    const QCommandLineOption ipinfoUrl(
        QStringLiteral("ipinfo-url"),
        RunCommandText::tr("The base URL of the ipinfo.io API (default: https://ipinfo.io)."),
        RunCommandText::tr("url"));
    const QCommandLineOption tokenFile(
        QStringLiteral("token-file"),
        RunCommandText::tr(
            "Read the ipinfo.io token from this file (else IPINFO_TOKEN, else the keychain)."),
        RunCommandText::tr("file"));
    const QCommandLineOption ipinfoParallel(
        QStringLiteral("ipinfo-parallel"),
        RunCommandText::tr("ipinfo.io requests in flight at once, 1 to 6 (default: 4)."),
        RunCommandText::tr("n"));
    const QCommandLineOption cacheMaxAge(
        QStringLiteral("cache-max-age"),
        RunCommandText::tr(
            "Use cached ipinfo.io answers up to this many days old (default: 30; 0: ask again)."),
        RunCommandText::tr("days"));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"),
        RunCommandText::tr(
            "With --geo ipinfo: print what the run would send to ipinfo.io, send nothing and load "
            "nothing."));
    const QCommandLineOption geodb(
        QStringLiteral("geodb"),
        RunCommandText::tr("The offline database (.mmdb) for IPv4, or for both."),
        RunCommandText::tr("file"));
    const QCommandLineOption geodb6(QStringLiteral("geodb6"),
                                    RunCommandText::tr("The offline database (.mmdb) for IPv6."),
                                    RunCommandText::tr("file"));
    const QCommandLineOption table(
        QStringLiteral("table"),
        RunCommandText::tr("The target table (default: from the first file's name)."),
        RunCommandText::tr("name"));
    const QCommandLineOption mode(QStringLiteral("mode"),
                                  RunCommandText::tr("replace (default), append or upsert."),
                                  RunCommandText::tr("mode"), QStringLiteral("replace"));
    const QCommandLineOption key(QStringLiteral("key"),
                                 RunCommandText::tr("The key column for the upsert mode."),
                                 RunCommandText::tr("column"));
    const QCommandLineOption ipColumn(QStringLiteral("ip-column"),
                                      RunCommandText::tr("The column that holds the IP addresses."),
                                      RunCommandText::tr("name"));
    const QCommandLineOption delimiter(QStringLiteral("delimiter"),
                                       RunCommandText::tr("The field delimiter: , ; tab or |."),
                                       RunCommandText::tr("char"));
    const QCommandLineOption noHeader(QStringLiteral("no-header"),
                                      RunCommandText::tr("The files have no header row."));
    const QCommandLineOption encoding(QStringLiteral("encoding"),
                                      RunCommandText::tr("utf8 (default) or latin1."),
                                      RunCommandText::tr("name"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  RunCommandText::tr("Print the summary as JSON on stdout."));
    const QCommandLineOption quiet({QStringLiteral("quiet"), QStringLiteral("q")},
                                   RunCommandText::tr("No progress and no notes on stderr."));
    for (const auto &o :
         {data,      regions,   catalog,        db,          passwordFile, geo,   geodb, geodb6,
          ipinfoUrl, tokenFile, ipinfoParallel, cacheMaxAge, dryRun,       table, mode,  key,
          ipColumn,  delimiter, noHeader,       encoding,    json,         quiet})
        parser.addOption(o);

    if (const std::optional<int> done = ctx.parse(parser, arguments))
        return *done;
    if (!parser.positionalArguments().isEmpty()) {
        ctx.error(RunCommandText::tr("Unexpected argument \"%1\". Give data files with --data.")
                      .arg(parser.positionalArguments().first()));
        return ExitUsage;
    }

    EtlOptions options;
    const QStringList files = parser.values(data);
    if (files.isEmpty()) {
        ctx.error(RunCommandText::tr("Name at least one CSV file with --data."));
        return ExitUsage;
    }
    SniffOverrides overrides;
    if (parser.isSet(delimiter)) {
        const QString d = parser.value(delimiter);
        if (d == QLatin1String("tab") || d == QLatin1String("\\t"))
            overrides.delimiter = '\t';
        else if (d.size() == 1 && QStringLiteral(",;|\t").contains(d))
            overrides.delimiter = d.at(0).toLatin1();
        else {
            ctx.error(RunCommandText::tr("The delimiter must be one of , ; tab |."));
            return ExitUsage;
        }
    }
    if (parser.isSet(noHeader))
        overrides.hasHeader = false;
    if (parser.isSet(encoding)) {
        const QString e = parser.value(encoding).toLower().remove(QLatin1Char('-'));
        if (e == QLatin1String("utf8"))
            overrides.encoding = TextEncoding::Utf8;
        else if (e == QLatin1String("latin1") || e == QLatin1String("iso88591"))
            overrides.encoding = TextEncoding::Latin1;
        else {
            ctx.error(RunCommandText::tr("The encoding must be utf8 or latin1."));
            return ExitUsage;
        }
    }
    if (parser.isSet(ipColumn))
        overrides.ipColumnName = parser.value(ipColumn);
    for (const QString &f : files)
        options.inputs.append({f, overrides});

    if (parser.isSet(regions) && parser.isSet(catalog)) {
        ctx.error(RunCommandText::tr("Use either --regions FILE or --catalog NAME, not both."));
        return ExitUsage;
    }
    if (parser.isSet(regions))
        options.catalogFile = parser.value(regions);
    else if (parser.isSet(catalog))
        options.builtinCatalog = parser.value(catalog);
    else {
        ctx.error(RunCommandText::tr("Name the regions: --catalog aws, or --regions FILE."));
        return ExitUsage;
    }

    const std::optional<LoadMode> loadMode = parseLoadMode(parser.value(mode));
    if (!loadMode) {
        ctx.error(RunCommandText::tr("The mode must be replace, append or upsert."));
        return ExitUsage;
    }
    options.mode = *loadMode;
    options.keyColumn = parser.value(key);
    options.table = parser.value(table);

    const QString provider = parser.value(geo).toLower();
    if (provider == QLatin1String("offline")) {
        options.provider = GeoProviderKind::Offline;
        for (const QCommandLineOption &o :
             {ipinfoUrl, tokenFile, ipinfoParallel, cacheMaxAge, dryRun}) {
            if (parser.isSet(o)) {
                ctx.error(
                    RunCommandText::tr("--%1 goes with --geo ipinfo.").arg(o.names().constFirst()));
                return ExitUsage;
            }
        }
    } else if (provider == QLatin1String("ipinfo")) {
        options.provider = GeoProviderKind::Ipinfo;
        if (parser.isSet(geodb) || parser.isSet(geodb6)) {
            ctx.error(RunCommandText::tr("--geodb and --geodb6 go with --geo offline."));
            return ExitUsage;
        }
    } else {
        ctx.error(RunCommandText::tr("Unknown geolocation provider \"%1\". Use offline or ipinfo.")
                      .arg(provider));
        return ExitUsage;
    }
    options.geoDatabase = parser.value(geodb);
    options.geoDatabaseV6 = parser.value(geodb6);
    if (parser.isSet(ipinfoUrl))
        options.ipinfoUrl = QUrl(parser.value(ipinfoUrl), QUrl::StrictMode);
    if (parser.isSet(ipinfoParallel)) {
        bool ok = false;
        options.ipinfoParallelRequests = parser.value(ipinfoParallel).toInt(&ok);
        if (!ok) {
            ctx.error(RunCommandText::tr("--ipinfo-parallel takes a number from 1 to %1.")
                          .arg(IpinfoSettings::kMaxParallelRequests));
            return ExitUsage;
        }
    }
    if (parser.isSet(cacheMaxAge)) {
        bool ok = false;
        options.cacheMaxAgeDays = parser.value(cacheMaxAge).toInt(&ok);
        if (!ok || options.cacheMaxAgeDays < 0) {
            ctx.error(RunCommandText::tr("--cache-max-age takes a number of days (0 or more)."));
            return ExitUsage;
        }
    }
    options.dryRun = parser.isSet(dryRun);
    const bool beQuiet = parser.isSet(quiet);
    if (options.provider == GeoProviderKind::Ipinfo) {
        if (const int code
            = resolveToken(ctx, parser.value(tokenFile), beQuiet, &options.ipinfoToken);
            code != ExitOk)
            return code;
    }
    // Every problem with the options at once, each with the flags it is about.
    if (const QList<OptionProblem> problems = options.validate(); !problems.isEmpty()) {
        for (const OptionProblem &p : problems) {
            QStringList flags;
            for (const EtlOption o : p.options)
                flags << QStringLiteral("--") + optionName(o);
            ctx.error(QStringLiteral("%1: %2").arg(flags.join(QStringLiteral(", ")), p.message));
        }
        return ExitUsage;
    }

    // The database: a server named by URI, or the managed local one.
    CommandDatabase database;
    if (const int code = database.resolve(ctx, parser.isSet(db) ? parser.value(db) : QString(),
                                          parser.value(passwordFile), beQuiet);
        code != ExitOk)
        return code;
    options.connection = database.settings();

    // The cost of an ipinfo.io run, before it starts; a dry run stops here.
    if (options.provider == GeoProviderKind::Ipinfo && (options.dryRun || !beQuiet)) {
        IpinfoCostEstimate cost;
        if (const int code = estimate(ctx, options, &cost); code != ExitOk)
            return code;
        if (options.dryRun) {
            if (parser.isSet(json)) {
                ctx.out() << QString::fromUtf8(
                    QJsonDocument(cost.toJson()).toJson(QJsonDocument::Indented));
            } else {
                ctx.out() << RunCommandText::tr("Dry run: nothing was sent and nothing was loaded.")
                          << Qt::endl;
                for (const QString &line : cost.describe())
                    ctx.out() << "  " << line << Qt::endl;
            }
            ctx.out().flush();
            return ExitOk;
        }
        for (const QString &line : cost.describe())
            ctx.err() << RunCommandText::tr("Estimate: %1").arg(line) << Qt::endl;
    }

    Feedback feedback;
    ConsoleFeedback console(ctx, feedback, parser.isSet(quiet));
    EtlJob job(options);
    EtlSummary summary;
    {
        InterruptGuard guard(feedback);
        summary = job.run(feedback);
    }
    console.done();

    if (parser.isSet(json)) {
        ctx.out() << QString::fromUtf8(
            QJsonDocument(summary.toJson()).toJson(QJsonDocument::Indented));
        ctx.out().flush();
    } else if (summary.runId > 0) {
        printSummary(ctx, summary);
    }
    if (summary.status == RunStatus::Succeeded)
        return ExitOk;
    ctx.error(summary.error.message, summary.error.details);
    if (summary.error.kind == ErrorKind::Input)
        ctx.err() << RunCommandText::tr(
            "hint: --ip-column, --delimiter, --encoding and --no-header override what RegionMap "
            "detected in a file (regionmap-cli run --help).")
                  << Qt::endl;
    return exitCodeFor(summary.error.kind);
}

} // namespace regionmap::cli
