#include "runcommand.h"

#include "clicontext.h"
#include "consolefeedback.h"
#include "exitcodes.h"
#include "secretscommand.h"

#include "common/feedback.h"
#include "db/embeddedpostgres.h"
#include "etl/etljob.h"
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

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("regionmap::cli::RunCommand", text, disambiguation, n);
}

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

int exitCodeFor(EtlJob::Failure failure)
{
    switch (failure) {
    case EtlJob::Failure::None:
        return ExitOk;
    case EtlJob::Failure::Input:
        return ExitInput;
    case EtlJob::Failure::Database:
        return ExitDatabase;
    case EtlJob::Failure::Geolocation:
        return ExitGeolocation;
    case EtlJob::Failure::Cancelled:
        return ExitCancelled;
    }
    return ExitUsage;
}

void printSummary(CliContext &ctx, const EtlSummary &s)
{
    const QLocale locale;
    QTextStream &out = ctx.out();
    const auto num = [&](qint64 v) {
        return locale.toString(v);
    };
    out << tr("Run %1 %2 in %3 s: table \"%4\"")
               .arg(s.runId)
               .arg(runStatusName(s.status))
               .arg(QString::number(s.durationSeconds, 'f', 1), s.table)
        << Qt::endl;
    out << QStringLiteral("  %1 %2").arg(tr("rows read").leftJustified(16),
                                         num(s.rowsRead).rightJustified(12))
        << Qt::endl;
    out << QStringLiteral("  %1 %2").arg(tr("rows loaded").leftJustified(16),
                                         num(s.rowsLoaded).rightJustified(12))
        << Qt::endl;
    out << QStringLiteral("  %1 %2").arg(tr("rows rejected").leftJustified(16),
                                         num(s.rowsRejected).rightJustified(12));
    if (s.rowsRejected > 0)
        out << "   " << tr("(SELECT * FROM etl_rejects WHERE run_id = %1)").arg(s.runId);
    out << Qt::endl;
    if (s.status == RunStatus::Succeeded) {
        out << Qt::endl << "  " << tr("geo_status") << Qt::endl;
        for (auto it = s.statusCounts.cbegin(); it != s.statusCounts.cend(); ++it)
            out << QStringLiteral("  %1 %2").arg(it.key().leftJustified(22),
                                                 num(it.value()).rightJustified(10))
                << Qt::endl;
        if (!s.regions.isEmpty()) {
            out << Qt::endl << "  " << tr("top regions") << Qt::endl;
            for (int i = 0; i < s.regions.size() && i < 10; ++i) {
                const RegionCount &r = s.regions.at(i);
                out << QStringLiteral("  %1 %2 %3")
                           .arg(r.code.leftJustified(16), r.name.leftJustified(30),
                                num(r.rows).rightJustified(10))
                    << Qt::endl;
            }
            if (s.regions.size() > 10)
                out << "  " << tr("... and %n more region(s)", nullptr, int(s.regions.size() - 10))
                    << Qt::endl;
        }
        out << Qt::endl
            << "  " << tr("Geolocation: %1 (%2)").arg(s.provider, s.geoDatabase) << Qt::endl;
        if (s.provider == QLatin1String("offline"))
            out << "  " << tr("IP geolocation by DB-IP (https://db-ip.com), CC BY 4.0.")
                << Qt::endl;
    }
}

} // namespace

int runRunCommand(CliContext &ctx, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Locate the IP addresses in CSV files, assign each to its nearest cloud region, and load "
        "the rows into PostgreSQL. Without --db, RegionMap's local database is used."));
    parser.addHelpOption();
    const QCommandLineOption data({QStringLiteral("data"), QStringLiteral("d")},
                                  tr("A CSV file to load (repeat for several files)."), tr("file"));
    const QCommandLineOption regions(QStringLiteral("regions"), tr("A region catalog CSV file."),
                                     tr("file"));
    const QCommandLineOption catalog(QStringLiteral("catalog"),
                                     tr("A built-in region catalog: aws."), tr("name"));
    const QCommandLineOption db(
        QStringLiteral("db"),
        tr("A PostgreSQL URI (postgresql://user@host:port/db). PG* variables "
           "and ~/.pgpass are honoured."),
        tr("uri"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"),
                                          tr("Read the database password from this file."),
                                          tr("file"));
    const QCommandLineOption geo(QStringLiteral("geo"),
                                 tr("The geolocation provider: offline (default)."), tr("provider"),
                                 QStringLiteral("offline"));
    const QCommandLineOption geodb(QStringLiteral("geodb"),
                                   tr("The offline database (.mmdb) for IPv4, or for both."),
                                   tr("file"));
    const QCommandLineOption geodb6(QStringLiteral("geodb6"),
                                    tr("The offline database (.mmdb) for IPv6."), tr("file"));
    const QCommandLineOption table(QStringLiteral("table"),
                                   tr("The target table (default: from the first file's name)."),
                                   tr("name"));
    const QCommandLineOption mode(QStringLiteral("mode"),
                                  tr("replace (default), append or upsert."), tr("mode"),
                                  QStringLiteral("replace"));
    const QCommandLineOption key(QStringLiteral("key"), tr("The key column for the upsert mode."),
                                 tr("column"));
    const QCommandLineOption ipColumn(QStringLiteral("ip-column"),
                                      tr("The column that holds the IP addresses."), tr("name"));
    const QCommandLineOption delimiter(QStringLiteral("delimiter"),
                                       tr("The field delimiter: , ; tab or |."), tr("char"));
    const QCommandLineOption noHeader(QStringLiteral("no-header"),
                                      tr("The files have no header row."));
    const QCommandLineOption encoding(QStringLiteral("encoding"), tr("utf8 (default) or latin1."),
                                      tr("name"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Print the summary as JSON on stdout."));
    const QCommandLineOption quiet({QStringLiteral("quiet"), QStringLiteral("q")},
                                   tr("No progress and no notes on stderr."));
    for (const auto &o : {data, regions, catalog, db, passwordFile, geo, geodb, geodb6, table, mode,
                          key, ipColumn, delimiter, noHeader, encoding, json, quiet})
        parser.addOption(o);

    if (!parser.parse(arguments)) {
        ctx.error(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        ctx.out() << parser.helpText();
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        ctx.error(tr("Unexpected argument \"%1\". Give data files with --data.")
                      .arg(parser.positionalArguments().first()));
        return ExitUsage;
    }

    EtlOptions options;
    const QStringList files = parser.values(data);
    if (files.isEmpty()) {
        ctx.error(tr("Name at least one CSV file with --data."));
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
            ctx.error(tr("The delimiter must be one of , ; tab |."));
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
            ctx.error(tr("The encoding must be utf8 or latin1."));
            return ExitUsage;
        }
    }
    if (parser.isSet(ipColumn))
        overrides.ipColumnName = parser.value(ipColumn);
    for (const QString &f : files)
        options.inputs.append({f, overrides});

    if (parser.isSet(regions) && parser.isSet(catalog)) {
        ctx.error(tr("Use either --regions FILE or --catalog NAME, not both."));
        return ExitUsage;
    }
    if (parser.isSet(regions))
        options.catalogFile = parser.value(regions);
    else if (parser.isSet(catalog))
        options.builtinCatalog = parser.value(catalog);
    else {
        ctx.error(tr("Name the regions: --catalog aws, or --regions FILE."));
        return ExitUsage;
    }

    const std::optional<LoadMode> loadMode = parseLoadMode(parser.value(mode));
    if (!loadMode) {
        ctx.error(tr("The mode must be replace, append or upsert."));
        return ExitUsage;
    }
    options.mode = *loadMode;
    options.keyColumn = parser.value(key);
    if (options.mode == LoadMode::Upsert && options.keyColumn.isEmpty()) {
        ctx.error(tr("The upsert mode needs a key column: --key COLUMN."));
        return ExitUsage;
    }
    options.table = parser.value(table);

    const QString provider = parser.value(geo).toLower();
    if (provider != QLatin1String("offline")) {
        ctx.error(tr("Unknown geolocation provider \"%1\". Use offline.").arg(provider));
        return ExitUsage;
    }
    options.provider = GeoProviderKind::Offline;
    options.geoDatabase = parser.value(geodb);
    options.geoDatabaseV6 = parser.value(geodb6);

    // The database: a server named by URI, or the managed local one.
    std::unique_ptr<EmbeddedPostgres> embedded;
    if (parser.isSet(db)) {
        Result<ConnectionSettings> settings = ConnectionSettings::fromUri(parser.value(db));
        if (!settings) {
            ctx.error(settings.error().message, settings.error().details);
            return ExitUsage;
        }
        options.connection = settings.value();
        // The password: the URI, --password-file, PGPASSWORD, ~/.pgpass, the keychain, a prompt.
        QtKeychainStore keychain;
        SecretResolver::Options secretOptions;
        secretOptions.passwordFile = parser.value(passwordFile);
        secretOptions.keychain = &keychain;
        secretOptions.prompt = [&ctx](const QString &question) {
            return promptForSecret(ctx, question);
        };
        const Result<ResolvedSecret> password
            = SecretResolver(secretOptions).databasePassword(options.connection);
        if (!password) {
            ctx.error(password.error().message, password.error().details);
            return ExitDatabase;
        }
        if (!parser.isSet(quiet)) {
            for (const QString &note : password->notes)
                ctx.err() << tr("note: %1").arg(note) << Qt::endl;
        }
        if (password->isFound()) {
            options.connection.password = password->value;
            if (!parser.isSet(quiet))
                ctx.err() << tr("Database password from %1.").arg(password->describeOrigin())
                          << Qt::endl;
        }
    } else {
        embedded = std::make_unique<EmbeddedPostgres>();
        const Status st = embedded->start();
        if (!st) {
            ctx.error(st.error().message, st.error().details);
            return ExitDatabase;
        }
        options.connection = embedded->connectionSettings();
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
    if (summary.status != RunStatus::Succeeded)
        ctx.error(summary.error.message, summary.error.details);
    return exitCodeFor(job.failure());
}

} // namespace regionmap::cli
