// geodb update and rollback: a database downloaded from a local HTTP server (started here), good
// and bad, through the updater the app uses and through regionmap-cli. A bad download never
// touches the installed file, and leaves no partial file behind.
#include "clirun.h"
#include "common/paths.h"
#include "downloadserver.h"
#include "geo/geodbupdate.h"
#include "mmdbwriter.h"

#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace regionmap;
using namespace regionmap::test;

namespace {

MmdbValue dbIpRecord(const char *country, const char *city, float lat, float lon)
{
    return MmdbValue::map()
        .insert("city", MmdbValue::string(city))
        .insert("country_code", MmdbValue::string(country))
        .insert("latitude", MmdbValue::singleFloat(lat))
        .insert("longitude", MmdbValue::singleFloat(lon));
}

// A small DB-IP Lite City file that knows the update's spot-check addresses (one of them
// misplaced when asked) and one more, built `ageDays` ago.
QByteArray cityDatabase(int ageDays, bool misplaceGoogle = false)
{
    MmdbWriter w(6, 24);
    w.setDatabaseType("DBIP-City-Lite");
    w.setBuildEpoch(quint64(QDateTime::currentSecsSinceEpoch() - qint64(ageDays) * 86400));
    w.insert("8.8.8.0/24", misplaceGoogle ? dbIpRecord("DE", "Berlin", 52.5f, 13.4f)
                                          : dbIpRecord("US", "Mountain View", 37.42f, -122.08f));
    w.insert("193.0.6.0/24", dbIpRecord("NL", "Amsterdam", 52.37f, 4.89f));
    w.insert("200.160.0.0/20", dbIpRecord("BR", "Sao Paulo", -23.56f, -46.69f));
    w.insert("196.216.2.0/24", dbIpRecord("ZA", "Johannesburg", -26.2f, 28.03f));
    w.insert("203.119.101.0/24", dbIpRecord("AU", "Brisbane", -27.47f, 153.03f));
    w.insert("81.2.69.0/24", dbIpRecord("GB", "London", 51.51f, -0.09f));
    return w.build();
}

QByteArray countryDatabase()
{
    MmdbWriter w(6, 24);
    w.setDatabaseType("GeoLite2-Country");
    w.setBuildEpoch(quint64(QDateTime::currentSecsSinceEpoch()));
    for (const char *net : {"8.8.8.0/24", "193.0.6.0/24", "81.2.69.0/24"})
        w.insert(net, MmdbValue::map().insert(
                          "country", MmdbValue::map().insert("iso_code", MmdbValue::string("US"))));
    return w.build();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestGeoDbUpdate : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    DownloadServer m_server;
    QByteArray m_v1 = cityDatabase(3);
    QByteArray m_v2 = cityDatabase(1);

    QProcessEnvironment cliEnv() const
    {
        QProcessEnvironment e = cLocaleEnvironment();
        e.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path());
        e.insert(QStringLiteral("REGIONMAP_GEODB_DIR"), QString());
        return e;
    }

    // Runs the updater in this process; the error, or an empty message on success.
    Error update(const QByteArray &path, int stallMs = 60000, QList<GeoDbProgress> *seen = nullptr,
                 int cancelAfterMs = -1)
    {
        return updateFrom({QUrl(QString::fromLatin1(m_server.url(path)))}, stallMs, seen,
                          cancelAfterMs);
    }
    Error updateFrom(const QList<QUrl> &urls, int stallMs = 60000,
                     QList<GeoDbProgress> *seen = nullptr, int cancelAfterMs = -1)
    {
        GeoDbUpdater updater;
        updater.setStallTimeout(stallMs);
        QSignalSpy ok(&updater, &GeoDbUpdater::succeeded);
        Error error;
        bool failed = false;
        connect(&updater, &GeoDbUpdater::failed, this, [&](const Error &e) {
            error = e;
            failed = true;
        });
        if (seen)
            connect(&updater, &GeoDbUpdater::progress, this,
                    [seen](const GeoDbProgress &p) { *seen << p; });
        if (cancelAfterMs >= 0)
            QTimer::singleShot(cancelAfterMs, &updater, [&updater] { updater.cancel(); });
        updater.start(urls);
        if (!QTest::qWaitFor([&] { return failed || !ok.isEmpty(); }, 60000))
            return Error(QStringLiteral("the update did not end within 60 s"));
        return error;
    }

    void expectUntouched(const QByteArray &installed)
    {
        QCOMPARE(readAll(GeoDbStore::currentPath()), installed);
        const QStringList leftovers
            = QDir(QFileInfo(GeoDbStore::currentPath()).absolutePath())
                  .entryList({QStringLiteral(".download-*")}, QDir::Files | QDir::Hidden);
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char(' '))));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(m_server.isListening());
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.path()));
        qunsetenv("REGIONMAP_GEODB_DIR");
        QVERIFY(GeoDbStore::currentPath().startsWith(m_home.path()));
        m_server.set("v1.mmdb.gz", {200, gzipCompress(m_v1)});
        m_server.set("v2.mmdb.gz", {200, gzipCompress(m_v2)});
        m_server.set("plain.mmdb", {200, m_v2});
        const QByteArray v2gz = gzipCompress(m_v2);
        m_server.set("cut.mmdb.gz", {200, v2gz.left(v2gz.size() - 40)});
        m_server.set("partial.mmdb.gz", {200, v2gz, DownloadServer::Mode::Truncated});
        m_server.set("html.mmdb.gz",
                     {200, gzipCompress("<html><body>Please log in</body></html>")});
        m_server.set("country.mmdb.gz", {200, gzipCompress(countryDatabase())});
        m_server.set("misplaced.mmdb.gz", {200, gzipCompress(cityDatabase(1, true))});
        m_server.set("old.mmdb.gz", {200, gzipCompress(cityDatabase(365 * 20))});
        // In 40 pieces, one every 40 ms: some 1.6 s.
        m_server.set("slow.mmdb.gz", {200, v2gz, DownloadServer::Mode::Slow,
                                      int(std::max<qsizetype>(1, v2gz.size() / 40)), 40});
        m_server.set("stall.mmdb.gz", {200, gzipCompress(m_v2), DownloadServer::Mode::Stall, 256});
    }

    void aGoodDownloadIsInstalled()
    {
        QVERIFY(!QFileInfo::exists(GeoDbStore::currentPath()));
        const Error e = update("v1.mmdb.gz");
        QVERIFY2(e.message.isEmpty(), qPrintable(e.message));
        QCOMPARE(readAll(GeoDbStore::currentPath()), m_v1);
        QVERIFY(!QFileInfo::exists(GeoDbStore::previousPath())); // nothing was replaced
        // Readable by others, like any installed file.
        QVERIFY(QFileInfo(GeoDbStore::currentPath()).permissions() & QFile::ReadOther);
        // Every later run uses it when no database is chosen.
        QCOMPARE(paths::defaultGeoDatabase(false), GeoDbStore::currentPath());
    }

    void badDownloadsChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QString>("says");
        QTest::newRow("404") << QByteArray("missing.mmdb.gz") << QStringLiteral("HTTP 404");
        QTest::newRow("truncated gzip")
            << QByteArray("cut.mmdb.gz") << QStringLiteral("gzip stream ends early");
        QTest::newRow("cut transfer")
            << QByteArray("partial.mmdb.gz") << QStringLiteral("partial.mmdb.gz");
        QTest::newRow("not an mmdb")
            << QByteArray("html.mmdb.gz") << QStringLiteral("not a MaxMind DB");
        QTest::newRow("country-only")
            << QByteArray("country.mmdb.gz") << QStringLiteral("country-only database");
        QTest::newRow("spot check")
            << QByteArray("misplaced.mmdb.gz") << QStringLiteral("locates 8.8.8.8 at 52.5");
        QTest::newRow("insane metadata")
            << QByteArray("old.mmdb.gz") << QStringLiteral("metadata is not sane");
    }
    void badDownloadsChangeNothing()
    {
        QFETCH(QByteArray, path);
        QFETCH(QString, says);
        const QByteArray installed = readAll(GeoDbStore::currentPath());
        QVERIFY(!installed.isEmpty());
        const Error e = update(path);
        QVERIFY2(e.message.contains(says), qPrintable(e.message));
        QCOMPARE(e.kind, ErrorKind::Geolocation);
        expectUntouched(installed);
    }

    void aStalledServerTimesOut()
    {
        const QByteArray installed = readAll(GeoDbStore::currentPath());
        const Error e = update("stall.mmdb.gz", 500);
        QVERIFY2(e.message.contains(QLatin1String("stalled")), qPrintable(e.message));
        expectUntouched(installed);
    }

    void aSlowDownloadShowsProgressAndCanBeCancelled()
    {
        const QByteArray installed = readAll(GeoDbStore::currentPath());
        QList<GeoDbProgress> seen;
        const Error e = update("slow.mmdb.gz", 60000, &seen, 700);
        QCOMPARE(e.kind, ErrorKind::Cancelled);
        QVERIFY2(e.message.contains(QLatin1String("cancelled")), qPrintable(e.message));
        QVERIFY(!seen.isEmpty());
        QVERIFY(seen.last().received > 0);
        QCOMPARE(seen.last().total, qint64(gzipCompress(m_v2).size()));
        QVERIFY(seen.last().bytesPerSecond > 0);
        QVERIFY(seen.last().etaSeconds.has_value());
        expectUntouched(installed);

        // Left alone, the same slow download completes, with progress on the way.
        seen.clear();
        const Error done = update("slow.mmdb.gz", 60000, &seen);
        QVERIFY2(done.message.isEmpty(), qPrintable(done.message));
        QVERIFY(seen.size() >= 2);
        QCOMPARE(readAll(GeoDbStore::currentPath()), m_v2);
        QCOMPARE(readAll(GeoDbStore::previousPath()), m_v1); // kept for a rollback
        QVERIFY(!QFileInfo(GeoDbStore::previousPath()).isSymLink());
    }

    // The real thing: MaxMind's GeoLite2 City (scripts/fetch-geolite2), as its .mmdb.gz.
    void aRealGeoLite2DownloadPassesTheChecks()
    {
        QFile gz(QStringLiteral(REGIONMAP_SOURCE_PATH "/data/geolite2/GeoLite2-City.mmdb.gz"));
        QVERIFY2(gz.open(QIODevice::ReadOnly),
                 "GeoLite2 City is missing: run scripts/fetch-geolite2 (scripts/test does)");
        m_server.set("GeoLite2-City.mmdb.gz", {200, gz.readAll()});
        const Error e = update("GeoLite2-City.mmdb.gz");
        QVERIFY2(e.message.isEmpty(), qPrintable(e.message));
        const Result<GeoDatabaseInfo> info = GeoDatabaseInfo::inspect(GeoDbStore::currentPath());
        QVERIFY(info);
        QCOMPARE(info->sourceId, GeoSource::GeoLite2City);
        QVERIFY(info->ipv4 && info->ipv6);
        QCOMPARE(
            QFileInfo(GeoDbStore::currentPath()).size(),
            QFileInfo(QStringLiteral(REGIONMAP_SOURCE_PATH "/data/geolite2/GeoLite2-City.mmdb"))
                .size());
        m_server.set("GeoLite2-City.mmdb.gz", {});
    }

    // MaxMind's way: an account ID and a licence key (HTTP basic authentication) for a .tar.gz
    // that the endpoint sends on to a storage host, which must not see the credentials.
    void aMaxMindDownloadWithALicenceKey()
    {
        const QByteArray archive
            = gzipCompress(tarArchive({{"GeoLite2-City_20261201/", {}},
                                       {"GeoLite2-City_20261201/COPYRIGHT.txt", "MaxMind"},
                                       {"GeoLite2-City_20261201/GeoLite2-City.mmdb", m_v1}}));
        m_server.set("storage/GeoLite2-City.tar.gz", {200, archive});
        DownloadServer::Answer endpoint;
        endpoint.credentials = "4242:s3cret-licence";
        endpoint.redirectTo = "http://localhost:" + QByteArray::number(m_server.port())
                              + "/storage/GeoLite2-City.tar.gz";
        m_server.set("maxmind/download", endpoint);
        const QList<QUrl> urls {QUrl(QString::fromLatin1(m_server.url("maxmind/download")))};
        const QByteArray installed = readAll(GeoDbStore::currentPath());

        // Wrong credentials: refused, said so, nothing changed, the key never echoed.
        {
            GeoDbUpdater updater;
            updater.setCredentials(QStringLiteral("4242"), QStringLiteral("wrong"));
            QSignalSpy failed(&updater, &GeoDbUpdater::failed);
            updater.start(urls);
            QVERIFY(failed.wait(30000));
            const Error e = failed.first().first().value<Error>();
            QCOMPARE(e.kind, ErrorKind::Credentials);
            QVERIFY2(e.message.contains(QLatin1String("licence key")), qPrintable(e.message));
            QVERIFY(!e.message.contains(QLatin1String("wrong")));
            expectUntouched(installed);
        }
        const int before = int(m_server.authorizations().size());
        GeoDbUpdater updater;
        updater.setCredentials(QStringLiteral("4242"), QStringLiteral("s3cret-licence"));
        QSignalSpy ok(&updater, &GeoDbUpdater::succeeded);
        QSignalSpy failed(&updater, &GeoDbUpdater::failed);
        updater.start(urls);
        QVERIFY(QTest::qWaitFor([&] { return !ok.isEmpty() || !failed.isEmpty(); }, 30000));
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).value<Error>().message));
        QCOMPARE(readAll(GeoDbStore::currentPath()), m_v1); // the .mmdb out of the archive
        const QList<QByteArray> auths = m_server.authorizations().mid(before);
        QCOMPARE(auths.size(), 2);
        QCOMPARE(auths.at(0), "Basic " + QByteArray("4242:s3cret-licence").toBase64());
        QVERIFY(auths.at(1).isEmpty()); // the storage host gets no credentials

        // An archive without a database.
        m_server.set("empty.tar.gz", {200, gzipCompress(tarArchive({{"README.txt", "nothing"}}))});
        const Error e = update("empty.tar.gz");
        QVERIFY2(e.message.contains(QLatin1String("no .mmdb file")), qPrintable(e.message));
        // Credentials never travel in clear text to another machine.
        GeoDbUpdater clear;
        clear.setCredentials(QStringLiteral("4242"), QStringLiteral("s3cret-licence"));
        QSignalSpy refused(&clear, &GeoDbUpdater::failed);
        clear.start({QUrl(QStringLiteral("http://geodb.example.invalid/x.tar.gz"))});
        QCOMPARE(refused.size(), 1);
        QVERIFY(refused.first().first().value<Error>().message.contains(QLatin1String("https")));
        // Nor to a host that is not MaxMind's, even over https.
        GeoDbUpdater elsewhere;
        elsewhere.setCredentials(QStringLiteral("4242"), QStringLiteral("s3cret-licence"));
        QSignalSpy notMaxMind(&elsewhere, &GeoDbUpdater::failed);
        elsewhere.start({QUrl(QStringLiteral("https://mirror.example.invalid/x.tar.gz"))});
        QCOMPARE(notMaxMind.size(), 1);
        QVERIFY(notMaxMind.first().first().value<Error>().message.contains(
            QLatin1String("download.maxmind.com")));
    }

    void addressesThatAreNoDownloadAreRefused_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("user info") << QStringLiteral("https://ana:pw@example.invalid/db.mmdb");
        QTest::newRow("key in the query")
            << QStringLiteral("https://download.maxmind.com/app/geoip_download?license_key=K");
        QTest::newRow("a file") << QStringLiteral("file:///etc/passwd");
    }
    void addressesThatAreNoDownloadAreRefused()
    {
        QFETCH(QString, url);
        GeoDbUpdater updater;
        QSignalSpy failed(&updater, &GeoDbUpdater::failed);
        updater.start({QUrl(url)});
        QCOMPARE(failed.size(), 1);
        const Error e = failed.first().first().value<Error>();
        QCOMPARE(e.kind, ErrorKind::Options);
        QVERIFY2(!e.message.contains(QLatin1String("pw@"))
                     && !e.message.contains(QLatin1String("=K")),
                 qPrintable(e.message));
    }

    void lastMonthsFileWhenThisMonthsIsMissing()
    {
        const QDate today = QDate::currentDate();
        const QString tmpl = QString::fromLatin1(m_server.url("dbip-{year}-{month}.mmdb.gz"));
        const QList<QUrl> urls = GeoDbUpdater::candidateUrls(tmpl, today);
        QCOMPARE(urls.size(), 2);
        const QDate last = today.addMonths(-1);
        const QByteArray lastName = QStringLiteral("dbip-%1-%2.mmdb.gz")
                                        .arg(last.year())
                                        .arg(last.month(), 2, 10, QLatin1Char('0'))
                                        .toLatin1();
        QVERIFY(urls.at(1).toString().endsWith(QString::fromLatin1(lastName)));
        m_server.set(lastName, {200, gzipCompress(m_v1)});
        const Error e = updateFrom(urls);
        QVERIFY2(e.message.isEmpty(), qPrintable(e.message));
        QCOMPARE(readAll(GeoDbStore::currentPath()), m_v1);
        // The default follows DB-IP's documented pattern.
        QCOMPARE(GeoDbUpdater::candidateUrls(GeoDbUpdater::defaultUrlTemplate(), QDate(2026, 3, 2))
                     .first()
                     .toString(),
                 QStringLiteral("https://download.db-ip.com/free/dbip-city-lite-2026-03.mmdb.gz"));
    }

    void theSystemProxyIsHonoured()
    {
        // The server answers as a proxy too: the request reaches it with the absolute URL of a
        // host that does not exist.
        qputenv("http_proxy", m_server.url("").chopped(1));
        qputenv("no_proxy", "");
        const Error e
            = updateFrom({QUrl(QStringLiteral("http://geodb.example.invalid/plain.mmdb"))});
        qunsetenv("http_proxy");
        qunsetenv("no_proxy");
        QVERIFY2(e.message.isEmpty(), qPrintable(e.message));
        QVERIFY(m_server.requests().contains(
            QStringLiteral("GET http://geodb.example.invalid/plain.mmdb HTTP/1.1")));
        QCOMPARE(readAll(GeoDbStore::currentPath()), m_v2); // a plain .mmdb works too
    }

    void theCliUpdatesAndRollsBack()
    {
        // Install v1, then v2 (as JSON), then roll back to v1, then forward again.
        CliRun r
            = runCli({QStringLiteral("geodb"), QStringLiteral("update"), QStringLiteral("--url"),
                      QString::fromLatin1(m_server.url("v1.mmdb.gz"))},
                     cliEnv());
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("passed the checks"), r.out.constData());
        QVERIFY2(r.err.contains("Downloading"), r.err.constData());
        r = runCli({QStringLiteral("geodb"), QStringLiteral("update"), QStringLiteral("--json"),
                    QStringLiteral("--url"), QString::fromLatin1(m_server.url("v2.mmdb.gz"))},
                   cliEnv());
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o[QStringLiteral("status")].toString(), QStringLiteral("installed"));
        QCOMPARE(o[QStringLiteral("previous")].toString(), GeoDbStore::previousPath());
        QCOMPARE(o[QStringLiteral("database")].toObject()[QStringLiteral("geo_source")].toString(),
                 QStringLiteral("dbip-city-lite"));
        QCOMPARE(readAll(GeoDbStore::currentPath()), m_v2);

        r = runCli({QStringLiteral("geodb"), QStringLiteral("rollback")}, cliEnv());
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(readAll(GeoDbStore::currentPath()), m_v1);
        QCOMPARE(readAll(GeoDbStore::previousPath()), m_v2);
        r = runCli({QStringLiteral("geodb"), QStringLiteral("rollback"), QStringLiteral("--json")},
                   cliEnv());
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object()[QStringLiteral("status")].toString(),
                 QStringLiteral("rolled_back"));
        QCOMPARE(readAll(GeoDbStore::currentPath()), m_v2);

        // geodb info shows the installed file when no folder is forced.
        r = runCli({QStringLiteral("geodb"), QStringLiteral("info")}, cliEnv());
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains(GeoDbStore::currentPath().toUtf8()), r.out.constData());
    }

    void theCliSaysWhatWasWrong()
    {
        const QByteArray installed = readAll(GeoDbStore::currentPath());
        CliRun r = runCli({QStringLiteral("geodb"), QStringLiteral("update"),
                           QStringLiteral("--json"), QStringLiteral("--url"),
                           QString::fromLatin1(m_server.url("country.mmdb.gz"))},
                          cliEnv());
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains("country-only"), r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object()[QStringLiteral("status")].toString(),
                 QStringLiteral("failed"));
        expectUntouched(installed);

        r = runCli({QStringLiteral("geodb"), QStringLiteral("rollback"), QStringLiteral("--url"),
                    QStringLiteral("x")},
                   cliEnv());
        QCOMPARE(r.code, 1);
    }

    void theCliTakesTheMaxMindLicenceFromTheEnvironment()
    {
        DownloadServer::Answer endpoint {
            200, gzipCompress(tarArchive({{"GeoLite2-City_20261201/GeoLite2-City.mmdb", m_v2}}))};
        endpoint.credentials = "77:env-licence-key";
        m_server.set("mm/download", endpoint);
        QProcessEnvironment e = cliEnv();
        e.insert(QStringLiteral("GEOIPUPDATE_ACCOUNT_ID"), QStringLiteral("77"));
        e.insert(QStringLiteral("GEOIPUPDATE_LICENSE_KEY"), QStringLiteral("env-licence-key"));
        const QStringList args {QStringLiteral("geodb"), QStringLiteral("update"),
                                QStringLiteral("--maxmind"), QStringLiteral("--url"),
                                QString::fromLatin1(m_server.url("mm/download"))};
        CliRun r = runCli(args, e);
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(readAll(GeoDbStore::currentPath()), m_v2);
        QVERIFY(!(r.out + r.err + r.cmdline).contains("env-licence-key"));
        // Without them (and no keychain here): a credentials error, exit 5.
        e.remove(QStringLiteral("GEOIPUPDATE_LICENSE_KEY"));
        r = runCli(args, e);
        QCOMPARE(r.code, 5);
        QVERIFY2(r.err.contains("secrets set maxmind-licence"), r.err.constData());
    }

    void noRollbackWithoutAPreviousFile()
    {
        QTemporaryDir empty;
        QProcessEnvironment e = cliEnv();
        e.insert(QStringLiteral("XDG_DATA_HOME"), empty.path());
        const CliRun r = runCli({QStringLiteral("geodb"), QStringLiteral("rollback")}, e);
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains("no previous database"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestGeoDbUpdate)
#include "tst_geodbupdate.moc"
