// `regionmap-cli secrets set/status/delete` against the real keychain (gnome-keyring in a private
// D-Bus session, tests/support/with-keyring.sh). The secrets must never show in the CLI's output.

#include "downloadserver.h"
#include "mmdbwriter.h"
#include "testpaths.h"

#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace regionmap;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QByteArray raw; // stdout + stderr bytes, for leak checks
};

CliRun runCli(const QStringList &arguments, const QByteArray &input = {},
              const QProcessEnvironment &extra = {},
              const QString &command = QStringLiteral("secrets"))
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : extra.keys())
        env.insert(name, extra.value(name));
    p.setProcessEnvironment(env);
    p.start(test::cliPath(), QStringList {command} + arguments);
    CliRun r;
    if (!p.waitForStarted(10'000))
        return r;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60'000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    const QByteArray out = p.readAllStandardOutput();
    const QByteArray err = p.readAllStandardError();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(out);
    r.err = QString::fromUtf8(err);
    r.raw = out + err;
    return r;
}

QByteArray lookup(const QString &key)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"),
            {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("regionmap"),
             QStringLiteral("user"), key});
    if (!p.waitForFinished(20'000) || p.exitCode() != 0)
        return {};
    return p.readAllStandardOutput();
}

QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            hits << path;
    }
    return hits;
}

QStringList words(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *w : list)
        out << QString::fromUtf8(w);
    return out;
}

const QString Db = QStringLiteral("postgresql://ana@db.example.com:5433/sales");
const QString DbKey = QStringLiteral("regionmap/db/ana@db.example.com:5433/sales");
const QString TokenKey = QStringLiteral("regionmap/ipinfo/token");

} // namespace

class TestSecretsCli : public QObject
{
    Q_OBJECT

private:
    QByteArray m_token = "tok-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    QByteArray m_token2 = "tok2-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    QByteArray m_password = "pw-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    QByteArray m_licence = "lic-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    QList<CliRun> m_runs; // every run, checked for leaks at the end

    CliRun cli(const QStringList &arguments, const QByteArray &input = {},
               const QProcessEnvironment &extra = {})
    {
        CliRun r = runCli(arguments, input, extra);
        m_runs << r;
        return r;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariable("HOME").contains(QLatin1String("regionmap-keyring-")),
                 "Run this test through tests/support/with-keyring.sh (ctest does).");
        QVERIFY2(QFile::exists(test::cliPath()), qPrintable(test::cliPath()));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        QTest::newRow("no action") << words({}) << "Say what to do";
        QTest::newRow("unknown action") << words({"list"}) << "Unknown action";
        QTest::newRow("unknown secret") << words({"set", "api-key"}) << "Unknown secret";
        QTest::newRow("no secret name") << words({"set"}) << "Say which secret";
        QTest::newRow("db-password without --db")
            << words({"set", "db-password"}) << "db-password needs --db";
        QTest::newRow("delete db-password without --db")
            << words({"delete", "db-password"}) << "db-password needs --db";
        QTest::newRow("--db with the token")
            << (words({"set", "ipinfo-token", "--db"}) << Db) << "--db belongs to db-password";
        QTest::newRow("password in --db") << words(
            {"set", "db-password", "--db", "postgresql://ana:argv-secret@db.example.com/sales"})
                                          << "Leave the password out of --db";
        QTest::newRow("bad timeout")
            << words({"status", "--keychain-timeout", "soon"}) << "--keychain-timeout";
        QTest::newRow("status with a name")
            << words({"status", "ipinfo-token"}) << "takes no secret name";
        QTest::newRow("value on the command line")
            << words({"set", "ipinfo-token", "argv-secret"}) << "";
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        const CliRun r = cli(arguments, "should-not-be-read\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QVERIFY(!r.raw.contains("argv-secret"));
        QVERIFY(!r.raw.contains("should-not-be-read"));
    }

    void setStoresWhatStdinHolds()
    {
        CliRun r = cli({QStringLiteral("set"), QStringLiteral("ipinfo-token")}, m_token + "\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), QStringLiteral("Stored the ipinfo.io token in the keychain "
                                                 "(GNOME Keyring / Secret Service)."));
        QCOMPARE(lookup(TokenKey), m_token); // the line break is gone

        // Overwrite; a CRLF is removed as a whole.
        r = cli({QStringLiteral("set"), QStringLiteral("ipinfo-token")}, m_token2 + "\r\n");
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(lookup(TokenKey), m_token2);

        r = cli({QStringLiteral("set"), QStringLiteral("db-password"), QStringLiteral("--db"), Db},
                m_password);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("ana@db.example.com:5433/sales")));
        QCOMPARE(lookup(DbKey), m_password);
    }

    void emptyInputStoresNothing()
    {
        const CliRun r
            = cli({QStringLiteral("set"), QStringLiteral("db-password"), QStringLiteral("--db"),
                   QStringLiteral("postgresql://bo@db.example.com/hr")},
                  "\n");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("empty")), qPrintable(r.err));
        QVERIFY(lookup(QStringLiteral("regionmap/db/bo@db.example.com:5432/hr")).isEmpty());
    }

    void statusListsSecretsWithoutValues()
    {
        CliRun r = cli({QStringLiteral("status")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 3, qPrintable(r.out));
        QCOMPARE(lines.at(0),
                 QStringLiteral("Keychain: available (GNOME Keyring / Secret Service)"));
        QVERIFY2(lines.contains(QStringLiteral("ipinfo.io token: stored in the keychain; a run "
                                               "takes it from the keychain (GNOME Keyring / "
                                               "Secret Service)")),
                 qPrintable(r.out));
        // The database is known from the settings' index of stored keys.
        QVERIFY2(lines.contains(QStringLiteral("Database password for "
                                               "ana@db.example.com:5433/sales: stored in the "
                                               "keychain")),
                 qPrintable(r.out));

        // With --db and PGPASSWORD set, the environment wins for a run.
        QProcessEnvironment env;
        env.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("env-secret-value"));
        r = cli({QStringLiteral("status"), QStringLiteral("--db"), Db}, {}, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Database password for ana@db.example.com:5433/"
                                               "sales: stored in the keychain; a run takes it "
                                               "from the environment variable PGPASSWORD")),
                 qPrintable(r.out));
        QVERIFY(!r.raw.contains("env-secret-value"));
    }

    void settingsHoldNoSecret()
    {
        const QString settings
            = qEnvironmentVariable("XDG_CONFIG_HOME") + QStringLiteral("/regionmap/regionmap.conf");
        QFile f(settings);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(settings));
        const QByteArray contents = f.readAll();
        QVERIFY(contents.contains(DbKey.toUtf8()));
        QVERIFY(contents.contains(TokenKey.toUtf8()));
        QVERIFY(!contents.contains(m_token));
        QVERIFY(!contents.contains(m_token2));
        QVERIFY(!contents.contains(m_password));
        // Nor any other file under HOME (the keyring file is encrypted).
        const QString home = qEnvironmentVariable("HOME");
        QCOMPARE(filesContaining(home, m_token2), QStringList());
        QCOMPARE(filesContaining(home, m_password), QStringList());
    }

    void deleteRemoves()
    {
        CliRun r = cli({QStringLiteral("delete"), QStringLiteral("ipinfo-token")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(lookup(TokenKey).isEmpty());
        r = cli(
            {QStringLiteral("delete"), QStringLiteral("db-password"), QStringLiteral("--db"), Db});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(lookup(DbKey).isEmpty());
        // Deleting again is fine.
        r = cli({QStringLiteral("delete"), QStringLiteral("ipinfo-token")});
        QCOMPARE(r.exitCode, 0);

        r = cli({QStringLiteral("status")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("ipinfo.io token: not stored in the keychain")),
                 qPrintable(r.out));
        QVERIFY2(!r.out.contains(QLatin1String("Database password")), qPrintable(r.out));
    }

    // The MaxMind account ID and licence key, stored here and used by geodb update --maxmind
    // against a local server that asks for them; the key is never printed.
    void maxMindLicenceFeedsGeodbUpdate()
    {
        CliRun r = cli({QStringLiteral("set"), QStringLiteral("maxmind-licence")},
                       "just-a-key-" + m_licence + "\n");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("ACCOUNT_ID:LICENCE_KEY")), qPrintable(r.err));
        QVERIFY(lookup(QStringLiteral("regionmap/maxmind/licence")).isEmpty());
        r = cli({QStringLiteral("set"), QStringLiteral("maxmind-licence")},
                "4242:" + m_licence + "\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(lookup(QStringLiteral("regionmap/maxmind/licence")), "4242:" + m_licence);
        r = cli({QStringLiteral("status")});
        QVERIFY2(r.out.contains(QLatin1String("MaxMind licence: stored in the keychain")),
                 qPrintable(r.out));

        // A small city database that passes the update's spot checks, as MaxMind ships it.
        test::MmdbWriter w(6, 24);
        w.setDatabaseType("GeoLite2-City");
        w.setBuildEpoch(quint64(QDateTime::currentSecsSinceEpoch()));
        const struct
        {
            const char *net;
            double lat, lon;
        } places[] = {{"8.8.8.0/24", 37.7, -97.8},
                      {"193.0.6.0/24", 52.4, 4.9},
                      {"200.160.0.0/20", -23.6, -46.6},
                      {"196.216.2.0/24", -29.0, 24.0},
                      {"203.119.101.0/24", -27.5, 153.0}};
        for (const auto &p : places)
            w.insert(p.net,
                     test::MmdbValue::map().insert(
                         "location", test::MmdbValue::map()
                                         .insert("accuracy_radius", test::MmdbValue::uint16(50))
                                         .insert("latitude", test::MmdbValue::number(p.lat))
                                         .insert("longitude", test::MmdbValue::number(p.lon))));
        test::DownloadServer server;
        QVERIFY(server.isListening());
        test::DownloadServer::Answer answer {
            200, test::gzipCompress(
                     test::tarArchive({{"GeoLite2-City_20261201/GeoLite2-City.mmdb", w.build()}}))};
        answer.credentials = "4242:" + m_licence;
        server.set("geoip/databases/GeoLite2-City/download", answer);
        QTemporaryDir data;
        QProcessEnvironment env;
        env.insert(QStringLiteral("XDG_DATA_HOME"), data.path());
        env.insert(QStringLiteral("REGIONMAP_GEODB_DIR"), QString());
        r = runCli({QStringLiteral("update"), QStringLiteral("--maxmind"), QStringLiteral("--url"),
                    QString::fromLatin1(server.url("geoip/databases/GeoLite2-City/download"))},
                   {}, env, QStringLiteral("geodb"));
        m_runs << r;
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("GeoLite2 City")), qPrintable(r.out));
        QVERIFY(QFile::exists(data.path() + QStringLiteral("/regionmap/geo/city.mmdb")));

        r = cli({QStringLiteral("delete"), QStringLiteral("maxmind-licence")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(lookup(QStringLiteral("regionmap/maxmind/licence")).isEmpty());
    }

    void cleanupTestCase()
    {
        QVERIFY(!m_runs.isEmpty());
        for (const CliRun &r : std::as_const(m_runs)) {
            QVERIFY(!r.raw.contains(m_licence));
            QVERIFY(!r.raw.contains(m_token));
            QVERIFY(!r.raw.contains(m_token2));
            QVERIFY(!r.raw.contains(m_password));
        }
    }
};

QTEST_GUILESS_MAIN(TestSecretsCli)
#include "tst_secretscli.moc"
