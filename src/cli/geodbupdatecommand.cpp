#include "geodbupdatecommand.h"

#include "clicontext.h"
#include "exitcodes.h"

#include "geo/geodbupdate.h"
#include "secrets/blockingcredentials.h"
#include "secrets/qtkeychainstore.h"
#include "secrets/secretkeys.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimer>

#include <atomic>
#include <csignal>

namespace regionmap::cli {

namespace {

struct GeoDbUpdateText
{
    Q_DECLARE_TR_FUNCTIONS(regionmap::cli::GeoDbUpdateCommand)
};

std::atomic<bool> g_interrupted {false};

extern "C" void onUpdateInterrupt(int)
{
    g_interrupted.store(true);
    std::signal(SIGINT, SIG_DFL); // a second Ctrl-C ends the process the usual way
}

QString megabytes(qint64 bytes)
{
    return QLocale().toString(double(bytes) / 1e6, 'f', 1);
}

// "12.3 of 63.0 MB, 5.1 MB/s, 10 s left"
QString progressText(const GeoDbProgress &p)
{
    QString text
        = p.total > 0
              ? GeoDbUpdateText::tr("%1 of %2 MB").arg(megabytes(p.received), megabytes(p.total))
              : GeoDbUpdateText::tr("%1 MB").arg(megabytes(p.received));
    text += QStringLiteral(", ")
            + GeoDbUpdateText::tr("%1 MB/s").arg(megabytes(qint64(p.bytesPerSecond)));
    if (p.etaSeconds)
        text += QStringLiteral(", ") + GeoDbUpdateText::tr("%1 s left").arg(qRound(*p.etaSeconds));
    return text;
}

void printJson(CliContext &ctx, const QJsonObject &o)
{
    ctx.out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
}

int failWith(CliContext &ctx, const Error &e, bool json)
{
    if (json)
        printJson(ctx, {{QStringLiteral("status"), QStringLiteral("failed")},
                        {QStringLiteral("error"), e.message},
                        {QStringLiteral("error_kind"), errorKindName(e.kind)}});
    ctx.error(e.message, e.details);
    return exitCodeFor(e.kind == ErrorKind::Unclassified ? ErrorKind::Geolocation : e.kind);
}

} // namespace

// MaxMind's account ID and licence key: the environment (the names geoipupdate uses), else the
// keychain ("ACCOUNT_ID:LICENCE_KEY"). Never printed.
Result<std::pair<QString, QString>> maxMindCredentials()
{
    const QString account = qEnvironmentVariable("GEOIPUPDATE_ACCOUNT_ID");
    const QString key = qEnvironmentVariable("GEOIPUPDATE_LICENSE_KEY");
    if (!account.isEmpty() && !key.isEmpty())
        return std::pair {account, key};
    QtKeychainStore store;
    const CredentialResult read = BlockingCredentials(&store).read(secretkeys::maxMindLicence());
    if (read.isOk()) {
        const qsizetype colon = read.value.indexOf(QLatin1Char(':'));
        if (colon > 0)
            return std::pair {read.value.left(colon), read.value.mid(colon + 1)};
    }
    return Error(ErrorKind::Credentials,
                 GeoDbUpdateText::tr("No MaxMind account ID and licence key were found. Store "
                                     "them with regionmap-cli secrets set maxmind-licence "
                                     "(ACCOUNT_ID:LICENCE_KEY), or set GEOIPUPDATE_ACCOUNT_ID "
                                     "and GEOIPUPDATE_LICENSE_KEY."),
                 read.isOk() ? QString() : read.error.message);
}

int runGeoDbUpdate(CliContext &ctx, const QString &urlTemplate, bool json, bool quiet, bool maxMind)
{
    const QString tmpl = !urlTemplate.isEmpty() ? urlTemplate
                         : maxMind              ? GeoDbUpdater::maxMindUrl()
                                                : GeoDbUpdater::defaultUrlTemplate();
    const QList<QUrl> urls = GeoDbUpdater::candidateUrls(tmpl, QDate::currentDate());
    GeoDbUpdater updater;
    if (maxMind) {
        Result<std::pair<QString, QString>> credentials = maxMindCredentials();
        if (!credentials)
            return failWith(ctx, credentials.error(), json);
        updater.setCredentials(credentials->first, credentials->second);
        credentials->second.fill(QChar(u'\0'));
    }
    std::optional<GeoDbUpdateResult> done;
    Error error;
    QEventLoop loop;
    qint64 lastLine = -1;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&updater, &GeoDbUpdater::progress, &loop, [&](const GeoDbProgress &p) {
        if (quiet)
            return;
        if (ctx.stderrIsTerminal()) {
            ctx.err() << '\r' << GeoDbUpdateText::tr("downloading: %1").arg(progressText(p))
                      << QStringLiteral("   ") << Qt::flush;
        } else if (lastLine < 0 || clock.elapsed() - lastLine >= 2000) {
            lastLine = clock.elapsed();
            ctx.err() << GeoDbUpdateText::tr("downloading: %1").arg(progressText(p)) << Qt::endl;
        }
    });
    QObject::connect(&updater, &GeoDbUpdater::succeeded, &loop, [&](const GeoDbUpdateResult &r) {
        done = r;
        loop.quit();
    });
    QObject::connect(&updater, &GeoDbUpdater::failed, &loop, [&](const Error &e) {
        error = e;
        loop.quit();
    });
    QTimer interruptPoll;
    QObject::connect(&interruptPoll, &QTimer::timeout, &loop, [&] {
        if (g_interrupted.load())
            updater.cancel();
    });
    g_interrupted.store(false);
    auto previousHandler = std::signal(SIGINT, onUpdateInterrupt);
    auto previousTerm = std::signal(SIGTERM, onUpdateInterrupt);
    interruptPoll.start(100);
    if (!quiet)
        ctx.err() << GeoDbUpdateText::tr("Downloading %1").arg(urls.first().toDisplayString())
                  << Qt::endl;
    updater.start(urls);
    loop.exec();
    std::signal(SIGINT, previousHandler);
    std::signal(SIGTERM, previousTerm);
    if (!quiet && ctx.stderrIsTerminal())
        ctx.err() << Qt::endl;
    if (!done)
        return failWith(ctx, error, json);

    const QDate today = QDate::currentDate();
    if (json) {
        printJson(ctx, {{QStringLiteral("status"), QStringLiteral("installed")},
                        {QStringLiteral("url"), done->url.toString()},
                        {QStringLiteral("downloaded_bytes"), double(done->downloadedBytes)},
                        {QStringLiteral("seconds"), done->seconds},
                        {QStringLiteral("database"), done->installed.toJson(today)},
                        {QStringLiteral("previous"),
                         done->previous.isEmpty() ? QJsonValue() : done->previous}});
        return ExitOk;
    }
    ctx.out() << GeoDbUpdateText::tr("Installed %1 (%2, built %3) as %4.")
                     .arg(done->url.toDisplayString(), done->installed.kind,
                          done->installed.buildDate.toString(Qt::ISODate), done->installed.path)
              << Qt::endl
              << GeoDbUpdateText::tr("Downloaded %1 MB in %2 s; it passed the checks (it "
                                     "decompressed whole, its metadata is sane, and the spot "
                                     "checks landed on the right continents).")
                     .arg(megabytes(done->downloadedBytes),
                          QLocale().toString(done->seconds, 'f', 1))
              << Qt::endl;
    if (!done->previous.isEmpty())
        ctx.out() << GeoDbUpdateText::tr("The database it replaced is kept as %1: regionmap-cli "
                                         "geodb rollback goes back to it.")
                         .arg(done->previous)
                  << Qt::endl;
    if (!done->installed.credit.isEmpty())
        ctx.out() << done->installed.credit.sentence() << Qt::endl;
    return ExitOk;
}

int runGeoDbRollback(CliContext &ctx, bool json)
{
    if (Status st = GeoDbStore::rollback(); !st)
        return failWith(ctx, st.error(), json);
    const Result<GeoDatabaseInfo> info = GeoDatabaseInfo::inspect(GeoDbStore::currentPath());
    if (!info)
        return failWith(ctx, info.error(), json);
    const QDate today = QDate::currentDate();
    if (json) {
        printJson(ctx, {{QStringLiteral("status"), QStringLiteral("rolled_back")},
                        {QStringLiteral("database"), info->toJson(today)},
                        {QStringLiteral("previous"), GeoDbStore::previousPath()}});
        return ExitOk;
    }
    ctx.out() << GeoDbUpdateText::tr("The database is %1 again (%2, built %3). The one it "
                                     "replaced is kept as %4; another rollback goes back to it.")
                     .arg(info->path, info->kind, info->buildDate.toString(Qt::ISODate),
                          GeoDbStore::previousPath())
              << Qt::endl;
    return ExitOk;
}

} // namespace regionmap::cli
