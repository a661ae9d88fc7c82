#include "common/feedback.h"
#include "db/connectionsettings.h"
#include "etl/etljob.h"
#include "etl/tablelock.h"
#include "geo/geosource.h"
#include "geo/nearestregionfinder.h"
#include "geo/regioncatalog.h"
#include "messagelog.h"
#include "mmdbwriter.h"
#include "peoplecsv.h"
#include "testcluster.h"
#include "testpaths.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

#include <csignal>

using namespace regionmap;
using namespace regionmap::test;

namespace {

EtlOptions optionsFor(TestCluster &cluster, const QString &file, const QString &table)
{
    EtlOptions o;
    o.inputs.append({file, {}});
    o.connection = cluster.settings();
    o.table = table;
    return o;
}

} // namespace

class TestEtlJob : public QObject
{
    Q_OBJECT

private:
    TestCluster m_cluster;
    QTemporaryDir m_dir;

    QString file(const QString &name) const { return m_dir.filePath(name); }

    EtlSummary run(EtlOptions options)
    {
        Feedback fb;
        EtlJob job(std::move(options));
        return job.run(fb);
    }

    qint64 count(const QString &sql) { return m_cluster.scalar(sql).toLongLong(); }

    // The bundled sample, into `table`.
    EtlOptions sampleOptions(const QString &table)
    {
        return optionsFor(m_cluster, sourceDir() + QStringLiteral("/resources/samples/people.csv"),
                          table);
    }
    // MaxMind's GeoLite2 City, as scripts/fetch-geolite2 leaves it.
    static QString geoLite2()
    {
        return QStringLiteral(REGIONMAP_SOURCE_PATH "/data/geolite2/GeoLite2-City.mmdb");
    }

    // The summary's est. RTT numbers are those PostgreSQL computes from the loaded rows.
    void compareRttWithTheTable(const EtlSummary &s, const QString &table)
    {
        const auto sql = [&](const QString &aggregate, const QString &region) {
            QString q = QStringLiteral("SELECT %1 FROM %2 WHERE run_id = %3 AND est_rtt_ms IS NOT"
                                       " NULL")
                            .arg(aggregate, table)
                            .arg(s.runId);
            if (!region.isEmpty())
                q += QStringLiteral(" AND region_code = '%1'").arg(region);
            return m_cluster.scalar(q);
        };
        const auto check = [&](const RttStats &rtt, const QString &region) {
            QCOMPARE(rtt.rows, sql(QStringLiteral("count(*)"), region).toLongLong());
            QVERIFY(rtt.rows > 0);
            QVERIFY(qAbs(*rtt.meanMs - sql(QStringLiteral("avg(est_rtt_ms)"), region).toDouble())
                    < 1e-9);
            QVERIFY(qAbs(*rtt.p95Ms
                         - sql(QStringLiteral("percentile_cont(0.95) WITHIN GROUP (ORDER BY"
                                              " est_rtt_ms)"),
                               region)
                               .toDouble())
                    < 1e-9);
            for (const auto &[limit, value] :
                 {std::pair {20, rtt.within20}, {50, rtt.within50}, {100, rtt.within100}})
                QCOMPARE(value,
                         sql(QStringLiteral("count(*) FILTER (WHERE est_rtt_ms <= %1)").arg(limit),
                             region)
                             .toLongLong());
            QCOMPARE(
                rtt.measured,
                sql(QStringLiteral("count(*) FILTER (WHERE est_rtt_source = 'measured')"), region)
                    .toLongLong());
        };
        check(s.rtt, QString());
        for (const RegionCount &r : s.regions)
            check(r.rtt, r.code);
    }

    // As another run into `table` would: takes (or gives back) the table's run lock on q's
    // session (etl/tablelock.h).
    static bool holdTable(QSqlQuery &q, const QString &table, bool hold = true)
    {
        return q.exec(QStringLiteral("SELECT %1(%2, hashtext('%3'))")
                          .arg(hold ? QStringLiteral("pg_advisory_lock")
                                    : QStringLiteral("pg_advisory_unlock"))
                          .arg(TableLock::kClassKey)
                          .arg(table));
    }

    // Starts a run in the background; waitsForTable() tells when it says it waits.
    static QFuture<EtlSummary> startRun(const EtlOptions &o, Feedback &fb)
    {
        return QtConcurrent::run([o, &fb] { return EtlJob(o).run(fb); });
    }
    static bool waitsForTable(const MessageLog &log)
    {
        return QTest::qWaitFor(
            [&log] { return log.contains(QStringLiteral("waits for it to finish")); }, 30000);
    }

private slots:
    void initTestCase()
    {
        const Status st = m_cluster.start();
        QVERIFY2(st.isOk(), qPrintable(st.isOk() ? QString() : st.error().toString()));
        QVERIFY(m_dir.isValid());
    }

    void replaceLoadsEveryRowAndCountsAddUp()
    {
        writePeople(file(QStringLiteral("people.csv")), 1200);
        const EtlSummary s = run(
            optionsFor(m_cluster, file(QStringLiteral("people.csv")), QStringLiteral("people")));
        QVERIFY2(s.status == RunStatus::Succeeded, qPrintable(s.error.toString()));
        QCOMPARE(s.rowsRead, 1200);
        QCOMPARE(s.rowsRejected, 0);
        QCOMPARE(s.rowsLoaded, 1200);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM people")), 1200);

        qint64 sum = 0;
        for (const qint64 v : s.statusCounts)
            sum += v;
        QCOMPARE(sum, s.rowsLoaded);
        // 12 addresses cycle: 100 rows each.
        QCOMPARE(s.statusCounts.value(QStringLiteral("invalid_ip")), 200); // garbage, empty
        QCOMPARE(s.statusCounts.value(QStringLiteral("private_or_reserved")),
                 300); // 10/8, 203.0.113/24, 192.168/16
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM people WHERE geo_status = 'located'")),
                 s.statusCounts.value(QStringLiteral("located")));

        // Nothing is invented: unlocated rows have no region, located rows have one.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM people WHERE geo_status <> 'located' "
                                      "AND region_code IS NOT NULL")),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM people WHERE geo_status = 'located' "
                                      "AND (region_code IS NULL OR distance_km IS NULL)")),
                 0);
        // The IP column keeps the file's text; ip holds the parsed address or NULL.
        QCOMPARE(count(QStringLiteral(
                     "SELECT count(*) FROM people WHERE ip_address = 'not-an-ip' AND ip IS NULL")),
                 100);
        QCOMPARE(
            count(QStringLiteral(
                "SELECT count(*) FROM people WHERE ip = '8.8.8.8'::inet AND country_code = 'US'")),
            100);
        // The run record.
        QCOMPARE(
            m_cluster
                .scalar(
                    QStringLiteral("SELECT status FROM etl_runs WHERE run_id = %1").arg(s.runId))
                .toString(),
            QStringLiteral("succeeded"));
        QCOMPARE(count(QStringLiteral("SELECT rows_read - rows_loaded - rows_rejected FROM "
                                      "etl_runs WHERE run_id = %1")
                           .arg(s.runId)),
                 0);
        QCOMPARE(
            m_cluster
                .scalar(
                    QStringLiteral(
                        "SELECT length(source_files->0->>'sha256') FROM etl_runs WHERE run_id = %1")
                        .arg(s.runId))
                .toInt(),
            64);
        // The 34 generally available AWS regions took part, not GovCloud or China.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM region_catalogs WHERE run_id = %1")
                           .arg(s.runId)),
                 34);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM people WHERE region_code LIKE 'cn-%' "
                                      "OR region_code LIKE 'us-gov-%'")),
                 0);
        // The per-region counts stored with the run are the table's.
        QCOMPARE(count(QStringLiteral(
                           "SELECT count(*) FROM (SELECT region_code, count(*) AS n FROM people"
                           " WHERE region_code IS NOT NULL GROUP BY 1) t FULL JOIN jsonb_each_text("
                           "(SELECT region_counts FROM etl_runs WHERE run_id = %1)) j"
                           " ON j.key = t.region_code WHERE t.n IS DISTINCT FROM j.value::bigint")
                           .arg(s.runId)),
                 0);

        // Again in replace mode, with the restricted regions asked for: the same rows, not twice
        // as many, and the four restricted regions in the run's catalog.
        EtlOptions withRestricted
            = optionsFor(m_cluster, file(QStringLiteral("people.csv")), QStringLiteral("people"));
        withRestricted.includeRestricted = true;
        const EtlSummary again = run(withRestricted);
        QVERIFY(again.status == RunStatus::Succeeded);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM region_catalogs WHERE run_id = %1")
                           .arg(again.runId)),
                 38);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM people")), 1200);
        QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT run_id) FROM people")), 1);
    }

    void appendAddsRows()
    {
        writePeople(file(QStringLiteral("append.csv")), 100);
        EtlOptions o
            = optionsFor(m_cluster, file(QStringLiteral("append.csv")), QStringLiteral("appended"));
        QVERIFY(run(o).status == RunStatus::Succeeded);
        o.mode = LoadMode::Append;
        QVERIFY(run(o).status == RunStatus::Succeeded);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM appended")), 200);
        QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT run_id) FROM appended")), 2);
    }

    // Issue 21: NAT64 (64:ff9b::/96) and 6to4 (2002::/16) addresses are located as the IPv4
    // address they carry, with the real DB-IP file; the rows keep the address as written.
    void embeddedIpv4IsLocatedLikeItsIpv4()
    {
        const QString path = file(QStringLiteral("nat64.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("id,ip\n1,8.8.8.8\n2,64:ff9b::8.8.8.8\n3,2002:808:808::1\n4,64:ff9b:1::8.8.8.8\n");
        f.close();
        const EtlSummary s = run(optionsFor(m_cluster, path, QStringLiteral("nat64")));
        QVERIFY2(s.status == RunStatus::Succeeded, qPrintable(s.error.toString()));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM nat64 WHERE geo_status = 'located'")),
                 3);
        QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT (latitude, longitude, region_code))"
                                      " FROM nat64 WHERE id <= 3")),
                 1);
        QCOMPARE(
            m_cluster.scalar(QStringLiteral("SELECT host(ip) FROM nat64 WHERE id = 2")).toString(),
            QStringLiteral("64:ff9b::808:808"));
        QCOMPARE(m_cluster.scalar(QStringLiteral("SELECT geo_status FROM nat64 WHERE id = 4"))
                     .toString(),
                 QStringLiteral("private_or_reserved"));
    }

    // Issue 21: a run into a table another run is loading waits for it (saying so), instead of
    // failing on PostgreSQL's catalog error; cancelling the wait cancels the run.
    void aRunWaitsForTheTablesOtherRun()
    {
        writePeople(file(QStringLiteral("turns.csv")), 500);
        ScopedConnection holder(m_cluster.settings(), QStringLiteral("holder"));
        QSqlQuery q(holder.database());
        // The other run, as this connection: it holds the table's lock.
        QVERIFY(holdTable(q, QStringLiteral("turns")));
        Feedback fb;
        const MessageLog fbLog(fb);
        EtlOptions o
            = optionsFor(m_cluster, file(QStringLiteral("turns.csv")), QStringLiteral("turns"));
        QFuture<EtlSummary> a = startRun(o, fb);
        QVERIFY(waitsForTable(fbLog));
        QTest::qWait(300);
        QVERIFY(!a.isFinished());
        QVERIFY(holdTable(q, QStringLiteral("turns"), false));
        a.waitForFinished();
        QVERIFY2(a.result().status == RunStatus::Succeeded,
                 qPrintable(a.result().error.toString()));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM turns")), 500);

        // Cancelled while it waits: a cancelled run, nothing loaded, the lock not kept.
        QVERIFY(holdTable(q, QStringLiteral("turns")));
        Feedback fb2;
        const MessageLog fb2Log(fb2);
        o.mode = LoadMode::Append;
        QFuture<EtlSummary> b = startRun(o, fb2);
        QVERIFY(waitsForTable(fb2Log));
        fb2.cancel();
        b.waitForFinished();
        QCOMPARE(b.result().status, RunStatus::Cancelled);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM turns")), 500);
        QVERIFY(holdTable(q, QStringLiteral("turns"), false));
    }

    // An append that waited for the table's other run finds the table replaced meanwhile, by one
    // of the same column names and other types: refused under the lock, nothing loaded (the
    // binary COPY would otherwise take a text value's bytes as a number's).
    void aTableReplacedWhileWaitingIsCheckedAgain()
    {
        writePeople(file(QStringLiteral("swapped.csv")), 20);
        EtlOptions o
            = optionsFor(m_cluster, file(QStringLiteral("swapped.csv")), QStringLiteral("swapped"));
        QVERIFY(run(o).status == RunStatus::Succeeded);
        ScopedConnection holder(m_cluster.settings(), QStringLiteral("holder-swap"));
        QSqlQuery q(holder.database());
        QVERIFY(holdTable(q, QStringLiteral("swapped")));
        Feedback fb;
        const MessageLog fbLog(fb);
        o.mode = LoadMode::Append;
        QFuture<EtlSummary> a = startRun(o, fb);
        QVERIFY(waitsForTable(fbLog));
        // The other run replaces the table: the same columns, the id now text.
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE swapped_new (LIKE swapped)")));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE swapped_new ALTER COLUMN id TYPE text")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE swapped")));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE swapped_new RENAME TO swapped")));
        QVERIFY(holdTable(q, QStringLiteral("swapped"), false));
        a.waitForFinished();
        QCOMPARE(a.result().status, RunStatus::Failed);
        QVERIFY2(a.result().error.message.contains(QLatin1String("swapped")),
                 qPrintable(a.result().error.toString()));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM swapped")), 0);
    }

    // Issue 21: a city name that is not UTF-8 text in the geolocation database no longer fails
    // the whole run ("invalid byte sequence for encoding UTF8"): the row keeps its coordinates,
    // its city is NULL, and the run says why.
    void aNameThatIsNotUtf8DoesNotFailTheRun()
    {
        MmdbWriter w(4, 24);
        w.setDatabaseType("DBIP-City-Lite");
        QVERIFY(w.insert("8.8.8.0/24", MmdbValue::map()
                                           .insert("city", MmdbValue::string("K\xf6ln"))
                                           .insert("country_code", MmdbValue::string("DE"))
                                           .insert("latitude", MmdbValue::singleFloat(50.9375f))
                                           .insert("longitude", MmdbValue::singleFloat(6.9603f))));
        const QString db = file(QStringLiteral("latin1-city.mmdb"));
        QVERIFY(w.writeFile(db));
        const QString path = file(QStringLiteral("latin1-city.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("id,ip\n1,8.8.8.8\n2,8.8.8.9\n");
        f.close();
        EtlOptions o = optionsFor(m_cluster, path, QStringLiteral("latin1_city"));
        o.geoDatabase = db;
        o.geoDatabaseV6.clear();
        Feedback fb;
        const MessageLog log(fb);
        const EtlSummary s = EtlJob(o).run(fb);
        QVERIFY2(s.status == RunStatus::Succeeded, qPrintable(s.error.toString()));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM latin1_city WHERE geo_status ="
                                      " 'located' AND city IS NULL AND country_code = 'DE'"
                                      " AND geo_note = 'latin1-city.mmdb: the city name is not"
                                      " UTF-8 text, left empty'")),
                 2);
        QVERIFY2(log.contains(QStringLiteral("not valid UTF-8")),
                 qPrintable(log.warnings().join(QLatin1Char('\n'))));
        // Said from the job's thread, though the locator ran on the reading thread.
        QVERIFY(log.allFrom(QThread::currentThread()));
    }

    // Issue 21: a reader during a replace run never gets an error and never sees half a table:
    // the old rows until the run commits, then the new ones.
    void aReaderDuringAReplaceSeesOneTableOrTheOther()
    {
        writePeople(file(QStringLiteral("readers-old.csv")), 20000);
        writePeople(file(QStringLiteral("readers-new.csv")), 60000);
        EtlOptions o = optionsFor(m_cluster, file(QStringLiteral("readers-old.csv")),
                                  QStringLiteral("readers"));
        QVERIFY(run(o).status == RunStatus::Succeeded);
        o.inputs = {{file(QStringLiteral("readers-new.csv")), {}}};
        ScopedConnection reader(m_cluster.settings(), QStringLiteral("reader"));
        QSqlQuery q(reader.database());
        QFuture<EtlSummary> replace = QtConcurrent::run([o] {
            Feedback fb;
            return EtlJob(o).run(fb);
        });
        QMap<qint64, int> seen;
        QStringList errors;
        int reads = 0;
        while (!replace.isFinished()) {
            ++reads;
            if (!q.exec(QStringLiteral("SELECT count(*) FROM readers")) || !q.next())
                errors << q.lastError().text();
            else
                ++seen[q.value(0).toLongLong()];
        }
        QVERIFY2(replace.result().status == RunStatus::Succeeded,
                 qPrintable(replace.result().error.toString()));
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QVERIFY(reads > 5);
        for (auto it = seen.cbegin(); it != seen.cend(); ++it)
            QVERIFY2(it.key() == 20000 || it.key() == 60000, qPrintable(QString::number(it.key())));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM readers")), 60000);
        qDebug("%d reads during the replace: %d saw the old table, %d the new one", reads,
               seen.value(20000), seen.value(60000));
    }

    // Issue 21: two runs at once into the same table, new to begin with, in the same mode:
    // both succeed, one after the other, and the table holds what the modes define.
    void twoRunsIntoOneNewTableTakeTurns_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("otherMode");
        QTest::addColumn<int>("rows"); // expected in the table; 0: either order's outcome
        QTest::addColumn<int>("runs"); // distinct run_ids in the table
        const int replace = int(LoadMode::Replace);
        const int append = int(LoadMode::Append);
        const int upsert = int(LoadMode::Upsert);
        QTest::newRow("replace, replace") << replace << replace << 20000 << 1;
        QTest::newRow("append, append") << append << append << 40000 << 2;
        QTest::newRow("upsert, upsert") << upsert << upsert << 20000 << 1;
        // Replace then append: both runs' rows; append then replace: the replacing run's.
        QTest::newRow("replace, append") << replace << append << 0 << 0;
    }

    void twoRunsIntoOneNewTableTakeTurns()
    {
        QFETCH(int, mode);
        QFETCH(int, otherMode);
        QFETCH(int, rows);
        QFETCH(int, runs);
        const QString path = file(QStringLiteral("both.csv"));
        if (!QFileInfo::exists(path))
            writePeople(path, 20000);
        const QString table = QStringLiteral("both_%1_%2").arg(mode).arg(otherMode);
        EtlOptions o = optionsFor(m_cluster, path, table);
        o.mode = LoadMode(mode);
        if (o.mode == LoadMode::Upsert)
            o.keyColumn = QStringLiteral("id");
        EtlOptions other = o;
        other.mode = LoadMode(otherMode);
        QFuture<EtlSummary> a = QtConcurrent::run([o] {
            Feedback fb;
            return EtlJob(o).run(fb);
        });
        QFuture<EtlSummary> b = QtConcurrent::run([other] {
            Feedback fb;
            return EtlJob(other).run(fb);
        });
        a.waitForFinished();
        b.waitForFinished();
        QVERIFY2(a.result().status == RunStatus::Succeeded,
                 qPrintable(a.result().error.toString()));
        QVERIFY2(b.result().status == RunStatus::Succeeded,
                 qPrintable(b.result().error.toString()));
        const qint64 have = count(QStringLiteral("SELECT count(*) FROM %1").arg(table));
        const qint64 haveRuns
            = count(QStringLiteral("SELECT count(DISTINCT run_id) FROM %1").arg(table));
        if (rows > 0) {
            QCOMPARE(have, rows);
            QCOMPARE(haveRuns, runs);
        } else {
            QVERIFY2((have == 40000 && haveRuns == 2) || (have == 20000 && haveRuns == 1),
                     qPrintable(QStringLiteral("%1 rows of %2 runs").arg(have).arg(haveRuns)));
        }
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM pg_class WHERE relname LIKE '%1__rm_new%'")
                      .arg(table)),
            0);
    }

    // Four clouds in one run: every row's region and second region carry their provider, and
    // the run's catalog lists the regions of all four.
    // The sample, assigned to the nearest region of all four clouds.
    void fourCloudsInOneRun()
    {
        EtlOptions o
            = optionsFor(m_cluster, sourceDir() + QStringLiteral("/resources/samples/people.csv"),
                         QStringLiteral("clouds"));
        o.builtinCatalogs = QStringList {QStringLiteral("aws"), QStringLiteral("gcp"),
                                         QStringLiteral("azure"), QStringLiteral("oci")};
        const EtlSummary s = run(o);
        QVERIFY2(s.status == RunStatus::Succeeded, qPrintable(s.error.toString()));
        int ga = 0;
        for (const QString &name : o.builtinCatalogs)
            ga += RegionCatalog::builtin(name)->count(RegionStatus::Ga);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM region_catalogs WHERE run_id = %1")
                           .arg(s.runId)),
                 ga);
        QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT provider) FROM region_catalogs"
                                      " WHERE run_id = %1")
                           .arg(s.runId)),
                 4);
        // Each row's provider is its region's, as the run's catalog says.
        QCOMPARE(count(QStringLiteral(
                     "SELECT count(*) FROM clouds c JOIN region_catalogs r ON r.run_id = c.run_id"
                     " AND r.code = c.region_code WHERE c.region_provider IS DISTINCT FROM"
                     " r.provider")),
                 0);
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM clouds WHERE region_code IS NOT NULL"))
                > 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM clouds WHERE region_code IS NOT NULL"
                                      " AND (region_provider IS NULL OR second_region_provider"
                                      " IS NULL)")),
                 0);
        // Each row's region is the exact nearest of all four clouds' regions.
        QList<RegionCatalog> parts;
        for (const QString &name : o.builtinCatalogs)
            parts << RegionCatalog::builtin(name).value();
        const QVector<Region> regions
            = RegionCatalog::combine(parts)->withStatuses(false, false).regions();
        ScopedConnection conn(m_cluster.settings(), QStringLiteral("exactness"));
        QSqlQuery q(conn.database());
        QVERIFY(q.exec(QStringLiteral("SELECT latitude, longitude, region_code, distance_km,"
                                      " second_region_code FROM clouds WHERE region_code IS NOT"
                                      " NULL")));
        int checked = 0;
        while (q.next()) {
            const NearestResult n = NearestRegionFinder::bruteForce(regions, q.value(0).toDouble(),
                                                                    q.value(1).toDouble());
            QCOMPARE(q.value(2).toString(), regions.at(n.first).code);
            QCOMPARE(q.value(4).toString(), regions.at(n.second).code);
            // The stored coordinates are the database's float values written shortest
            // ("51.5142" for 51.514198303...f); the distance was computed from the float
            // itself, so recomputing from the text may differ by a fraction of a metre.
            QVERIFY(qAbs(q.value(3).toDouble() - n.firstKm) < 1e-3);
            ++checked;
        }
        QVERIFY(checked > 2000);

        // Every located row's uncertainty is DB-IP's default (it has no radius: 200 km with a
        // city, 1,000 km without), and its assignment follows the rule; the summary counts them.
        QCOMPARE(count(QStringLiteral(
                     "SELECT count(*) FROM clouds WHERE region_code IS NOT NULL AND"
                     " (uncertainty_km IS DISTINCT FROM CASE WHEN city IS NULL THEN 1000 ELSE 200"
                     " END OR assignment IS DISTINCT FROM CASE WHEN second_distance_km -"
                     " distance_km > uncertainty_km THEN 'firm' ELSE 'uncertain' END)")),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM clouds WHERE region_code IS NULL AND"
                                      " (uncertainty_km IS NOT NULL OR assignment IS NOT NULL)")),
                 0);
        const int uncertain
            = count(QStringLiteral("SELECT count(*) FROM clouds WHERE assignment = 'uncertain'"));
        QVERIFY(uncertain > 0);
        QCOMPARE(s.uncertainRows(), qint64(uncertain));
        QCOMPARE(s.assignedRows(), qint64(checked));
        qDebug("four clouds, DB-IP Lite: %d of %d assignments uncertain", uncertain, checked);
    }

    // MaxMind's GeoLite2 City (fetched by scripts/fetch-geolite2): every located row keeps the
    // accuracy radius as accuracy_km, its uncertainty is that radius, and the rule holds.
    void aGeoLite2RunStoresTheAccuracyRadius()
    {
        QVERIFY2(QFileInfo::exists(geoLite2()),
                 "GeoLite2 City is missing: run scripts/fetch-geolite2 (scripts/test does)");
        EtlOptions o = sampleOptions(QStringLiteral("geolite2"));
        o.geoDatabase = geoLite2();
        const EtlSummary s = run(o);
        QVERIFY2(s.status == RunStatus::Succeeded, qPrintable(s.error.toString()));
        QCOMPARE(s.geoSource, GeoSource::GeoLite2City);
        const qint64 located
            = count(QStringLiteral("SELECT count(*) FROM geolite2 WHERE region_code IS NOT NULL"));
        QVERIFY(located > 2000);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM geolite2 WHERE region_code IS NOT NULL"
                                      " AND accuracy_km > 0 AND uncertainty_km = accuracy_km")),
                 located);
        QCOMPARE(count(QStringLiteral(
                     "SELECT count(*) FROM geolite2 WHERE region_code IS NOT NULL AND"
                     " assignment IS DISTINCT FROM CASE WHEN second_distance_km - distance_km"
                     " > uncertainty_km THEN 'firm' ELSE 'uncertain' END")),
                 0);
        const qint64 uncertain
            = count(QStringLiteral("SELECT count(*) FROM geolite2 WHERE assignment = 'uncertain'"));
        QCOMPARE(s.uncertainRows(), uncertain);
        qDebug("GeoLite2 City, AWS: %lld of %lld assignments uncertain; median radius %s km",
               uncertain, located,
               qPrintable(m_cluster
                              .scalar(QStringLiteral("SELECT percentile_disc(0.5) WITHIN GROUP"
                                                     " (ORDER BY accuracy_km) FROM geolite2"))
                              .toString()));
    }

    // A second opinion from GeoLite2 on a DB-IP run: each located row is located again, assigned
    // by the same exact finder, and its agreement stored; the summary counts what the rows say.
    void aCrossCheckStoresTheSecondOpinion()
    {
        QVERIFY2(QFileInfo::exists(geoLite2()),
                 "GeoLite2 City is missing: run scripts/fetch-geolite2 (scripts/test does)");
        EtlOptions o = sampleOptions(QStringLiteral("crossed"));
        o.crossCheckDatabase = geoLite2();
        const EtlSummary s = run(o);
        QVERIFY2(s.status == RunStatus::Succeeded, qPrintable(s.error.toString()));
        QVERIFY(s.crossCheckSource.startsWith(QLatin1String("GeoLite2 City")));

        const QVector<Region> regions
            = RegionCatalog::builtin(QStringLiteral("aws"))->withStatuses(false, false).regions();
        ScopedConnection conn(m_cluster.settings(), QStringLiteral("crossed"));
        QSqlQuery q(conn.database());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT latitude, longitude, region_code, alt_latitude, alt_longitude,"
            " alt_region_code, alt_distance_km, alt_location_km, agreement FROM crossed"
            " WHERE region_code IS NOT NULL")));
        QHash<QString, qint64> agreements;
        while (q.next()) {
            const QString agreement = q.value(8).toString();
            ++agreements[agreement];
            if (agreement == QLatin1String("not_located")) {
                QVERIFY(q.value(5).isNull());
                continue;
            }
            const double lat = q.value(3).toDouble();
            const double lon = q.value(4).toDouble();
            const NearestResult n = NearestRegionFinder::bruteForce(regions, lat, lon);
            QCOMPARE(q.value(5).toString(), regions.at(n.first).code);
            QVERIFY(qAbs(q.value(6).toDouble() - n.firstKm) < 1e-3);
            QCOMPARE(agreement, q.value(5).toString() == q.value(2).toString()
                                    ? QStringLiteral("same_region")
                                    : QStringLiteral("different_region"));
            const double apart = NearestRegionFinder::geodesicKm(q.value(0).toDouble(),
                                                                 q.value(1).toDouble(), lat, lon);
            QVERIFY(qAbs(q.value(7).toDouble() - apart) < 0.01);
        }
        const RegionCount t = s.crossCheckTotals();
        QCOMPARE(t.crossSame, agreements.value(QStringLiteral("same_region")));
        QCOMPARE(t.crossDifferent, agreements.value(QStringLiteral("different_region")));
        QCOMPARE(t.crossNotLocated, agreements.value(QStringLiteral("not_located")));
        QVERIFY(t.crossDifferent > 0 && t.crossSame > t.crossDifferent);
        qDebug("cross-check DB-IP vs GeoLite2 on AWS: %lld same, %lld different, %lld not located",
               t.crossSame, t.crossDifferent, t.crossNotLocated);
        // The run record names the second source.
        QCOMPARE(m_cluster
                     .scalar(QStringLiteral("SELECT settings->'cross_check'->>'geo_source' FROM"
                                            " etl_runs WHERE run_id = %1")
                                 .arg(s.runId))
                     .toString(),
                 GeoSource::GeoLite2City);

        // A file that is no database stops the run before anything is loaded.
        o.crossCheckDatabase = sourceDir() + QStringLiteral("/resources/samples/people.csv");
        o.table = QStringLiteral("crossed_bad");
        const EtlSummary bad = run(o);
        QCOMPARE(bad.status, RunStatus::Failed);
        QCOMPARE(bad.error.kind, ErrorKind::Geolocation);
        QVERIFY2(bad.error.message.contains(QLatin1String("cross-check")),
                 qPrintable(bad.error.message));
    }

    void estRttIsModelledOrMeasured()
    {
        writePeople(file(QStringLiteral("rtt.csv")), 600);
        QFile measured(file(QStringLiteral("latency.csv")));
        QVERIFY(measured.open(QIODevice::WriteOnly));
        // The sample addresses of writePeople located in the US and served from us-east-1.
        measured.write("region_code,country_code,rtt_ms\nus-east-1,US,23.45\nnowhere-1,US,9\n");
        measured.close();
        EtlOptions o
            = optionsFor(m_cluster, file(QStringLiteral("rtt.csv")), QStringLiteral("rtt"));
        o.latency.routeFactor = 1.7;
        o.latency.overheadMs = 5;
        o.latencyFile = measured.fileName();
        const EtlSummary s = run(o);
        QVERIFY2(s.status == RunStatus::Succeeded, qPrintable(s.error.toString()));
        // Every row with a region has an est. RTT; the model's is 2 × km × 1.7 / 200 + 5.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM rtt WHERE (region_code IS NULL) <>"
                                      " (est_rtt_ms IS NULL)")),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM rtt WHERE est_rtt_source = 'model'"
                                      " AND est_rtt_ms <> round((2 * distance_km * 1.7 / 200 +"
                                      " 5)::numeric, 1)")),
                 0);
        // The measured value where region and country match, shown as measured.
        const qint64 usEast = count(QStringLiteral(
            "SELECT count(*) FROM rtt WHERE region_code = 'us-east-1' AND country_code = 'US'"));
        QVERIFY(usEast > 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM rtt WHERE est_rtt_source ="
                                      " 'measured' AND est_rtt_ms = 23.5")),
                 usEast);
        QCOMPARE(s.rtt.measured, usEast);
        QVERIFY(s.rtt.measured < s.rtt.rows);
        compareRttWithTheTable(s, QStringLiteral("rtt"));
        // The run records the model it used.
        QCOMPARE(m_cluster
                     .scalar(QStringLiteral("SELECT settings->'est_rtt'->>'route_factor' FROM"
                                            " etl_runs WHERE run_id = %1")
                                 .arg(s.runId))
                     .toString(),
                 QStringLiteral("1.7"));
        const QJsonObject json = s.toJson();
        QCOMPARE(
            json[QStringLiteral("est_rtt")][QStringLiteral("model")][QStringLiteral("route_factor")]
                .toDouble(),
            1.7);
        QCOMPARE(json[QStringLiteral("est_rtt")][QStringLiteral("p95_ms")].toDouble(),
                 *s.rtt.p95Ms);
    }

    void aBadLatencyTableStopsTheRunBeforeItStarts()
    {
        writePeople(file(QStringLiteral("rtt-bad.csv")), 10);
        QFile measured(file(QStringLiteral("bad-latency.csv")));
        QVERIFY(measured.open(QIODevice::WriteOnly));
        measured.write("region_code,country_code,rtt_ms\nus-east-1,USA,23\n");
        measured.close();
        EtlOptions o
            = optionsFor(m_cluster, file(QStringLiteral("rtt-bad.csv")), QStringLiteral("rtt_bad"));
        o.latencyFile = measured.fileName();
        const qint64 runsBefore = count(QStringLiteral("SELECT count(*) FROM etl_runs"));
        const EtlSummary s = run(o);
        QCOMPARE(s.status, RunStatus::Failed);
        QCOMPARE(s.error.kind, ErrorKind::Input);
        QVERIFY2(s.error.message.contains(measured.fileName()), qPrintable(s.error.message));
        QVERIFY(s.error.message.contains(QLatin1String("line 2")));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM etl_runs")), runsBefore);
    }

    // A table loaded by a version without the provider columns takes an append: the columns
    // are added, NULL for the old rows.
    void appendAddsTheProviderColumnsToAnOlderTable()
    {
        writePeople(file(QStringLiteral("older.csv")), 50);
        EtlOptions o
            = optionsFor(m_cluster, file(QStringLiteral("older.csv")), QStringLiteral("older"));
        QVERIFY(run(o).status == RunStatus::Succeeded);
        m_cluster.scalar(QStringLiteral("ALTER TABLE older DROP COLUMN region_provider,"
                                        " DROP COLUMN second_region_provider,"
                                        " DROP COLUMN est_rtt_ms, DROP COLUMN est_rtt_source,"
                                        " DROP COLUMN accuracy_km"));
        o.mode = LoadMode::Append;
        const EtlSummary s = run(o);
        QVERIFY2(s.status == RunStatus::Succeeded, qPrintable(s.error.toString()));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM older")), 100);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM older WHERE region_provider = 'aws'"
                                      " AND run_id = %1")
                           .arg(s.runId)),
                 count(QStringLiteral("SELECT count(*) FROM older WHERE region_code IS NOT NULL"
                                      " AND run_id = %1")
                           .arg(s.runId)));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM older WHERE est_rtt_ms IS NOT NULL"
                                      " AND run_id <> %1")
                           .arg(s.runId)),
                 0);
        compareRttWithTheTable(s, QStringLiteral("older"));
    }

    void appendRefusesAnIncompatibleTable()
    {
        m_cluster.scalar(QStringLiteral("CREATE TABLE other_shape (a int, b text)"));
        QVERIFY(m_cluster.scalar(QStringLiteral("SELECT to_regclass('other_shape') IS NOT NULL"))
                    .toBool());
        writePeople(file(QStringLiteral("shape.csv")), 10);
        EtlOptions o = optionsFor(m_cluster, file(QStringLiteral("shape.csv")),
                                  QStringLiteral("other_shape"));
        o.mode = LoadMode::Append;
        const qint64 runsBefore = count(QStringLiteral("SELECT count(*) FROM etl_runs"));
        const EtlSummary s = run(o);
        QCOMPARE(s.status, RunStatus::Failed);
        QCOMPARE(s.error.kind, ErrorKind::Database);
        QVERIFY2(s.error.message.contains(QLatin1String("other_shape")),
                 qPrintable(s.error.message));
        QVERIFY(s.error.message.contains(QLatin1String("Nothing was loaded")));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM other_shape")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM etl_runs")), runsBefore);
    }

    void upsertKeepsTheLastRowPerKey()
    {
        // ids 1..50, then 41..60 again: 10 duplicates inside the file.
        QFile f(file(QStringLiteral("upsert.csv")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("id,name,ip\n");
        for (int i = 1; i <= 50; ++i)
            f.write(QByteArray::number(i) + ",first," + "8.8.8.8\n");
        for (int i = 41; i <= 60; ++i)
            f.write(QByteArray::number(i) + ",second," + "1.1.1.1\n");
        f.close();

        EtlOptions o
            = optionsFor(m_cluster, file(QStringLiteral("upsert.csv")), QStringLiteral("upserted"));
        o.mode = LoadMode::Upsert;
        o.keyColumn = QStringLiteral("id");
        const EtlSummary s = run(o);
        QVERIFY2(s.status == RunStatus::Succeeded, qPrintable(s.error.toString()));
        QCOMPARE(s.rowsRead, 70);
        QCOMPARE(s.rowsLoaded, 60);
        QCOMPARE(s.rowsRejected, 10);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM upserted")), 60);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM upserted WHERE name = 'second'")), 20);
        // The summary counts the rows that stayed: the duplicates' est. RTT is taken away.
        compareRttWithTheTable(s, QStringLiteral("upserted"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM etl_rejects WHERE run_id = %1 AND "
                                      "reason LIKE 'duplicate key%%'")
                           .arg(s.runId)),
                 10);

        // A second upsert updates in place.
        const EtlSummary again = run(o);
        QVERIFY(again.status == RunStatus::Succeeded);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM upserted")), 60);
        QCOMPARE(
            count(
                QStringLiteral("SELECT count(*) FROM upserted WHERE run_id = %1").arg(again.runId)),
            60);
    }

    void hostileHeadersAndTableNamesStayData()
    {
        QFile f(file(QStringLiteral("hostile.csv")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("\"\"\"; drop table etl_runs; --\",select,select,,from,ip,\"Robert'); DROP TABLE "
                "people;--\"\n");
        f.write("1,a,b,c,d,8.8.8.8,e\n2,a,b,c,d,1.1.1.1,e\n");
        f.close();
        const qint64 runsBefore = count(QStringLiteral("SELECT count(*) FROM etl_runs"));
        const QString relations = QStringLiteral(
            "SELECT string_agg(relname || ':' || relnatts, ',' ORDER BY relname) FROM pg_class"
            " WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'v', 'm', 'S')"
            " AND relname NOT LIKE 'x%%' AND relname !~ '^etl_points_r[0-9]+$'");
        const QString before = m_cluster.scalar(relations).toString();
        const QString table = QStringLiteral("x\"; DROP TABLE etl_runs; --");
        const EtlSummary s = run(optionsFor(m_cluster, file(QStringLiteral("hostile.csv")), table));
        QVERIFY2(s.status == RunStatus::Succeeded, qPrintable(s.error.toString()));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM etl_runs")), runsBefore + 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM \"x\"\"; DROP TABLE etl_runs; --\"")),
                 2);
        // The columns carry sanitised names; the duplicate and the empty name are made unique.
        const QString cols
            = m_cluster
                  .scalar(QStringLiteral(
                      "SELECT string_agg(attname, ',' ORDER BY attnum) FROM pg_attribute WHERE "
                      "attrelid = "
                      "to_regclass('\"x\"\"; DROP TABLE etl_runs; --\"') AND attnum > 0"))
                  .toString();
        QVERIFY2(cols.startsWith(QLatin1String("drop_table_etl_runs,select,select_2,column_4,from,"
                                               "ip_src,robert_drop_table_people,ip,")),
                 qPrintable(cols));
        // Nothing else in the database changed: the same relations with the same columns, and
        // the run's own points.
        QCOMPARE(m_cluster.scalar(relations).toString(), before);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM etl_points_r%1").arg(s.runId)), 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pg_class WHERE relname LIKE 'x%%'")),
                 1);
    }

    void typeMismatchRejectsTheRowWithItsColumn()
    {
        QFile f(file(QStringLiteral("types.csv")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("id,score,ip\n");
        for (int i = 1; i <= 6000; ++i)
            f.write(QByteArray::number(i) + ",1.5,8.8.8.8\n");
        f.write("oops,2.5,8.8.8.8\n"); // line 6002: beyond the type sample
        f.close();
        const EtlSummary s = run(
            optionsFor(m_cluster, file(QStringLiteral("types.csv")), QStringLiteral("typed")));
        QVERIFY2(s.status == RunStatus::Succeeded, qPrintable(s.error.toString()));
        QCOMPARE(s.rowsRead, 6001);
        QCOMPARE(s.rowsLoaded, 6000);
        QCOMPARE(s.rowsRejected, 1);
        QCOMPARE(m_cluster
                     .scalar(QStringLiteral("SELECT line_number || ':' || column_name || ':' || "
                                            "value FROM etl_rejects WHERE run_id = %1")
                                 .arg(s.runId))
                     .toString(),
                 QStringLiteral("6002:id:oops"));
        QCOMPARE(
            m_cluster
                .scalar(QStringLiteral("SELECT format_type(atttypid, atttypmod) FROM pg_attribute "
                                       "WHERE attrelid = 'typed'::regclass AND attname = 'id'"))
                .toString(),
            QStringLiteral("bigint"));
    }

    void cancelRollsBackEverything()
    {
        writePeople(file(QStringLiteral("big.csv")), 60000);
        // The table exists from an earlier run; a cancelled replace must leave it as it was.
        writePeople(file(QStringLiteral("small.csv")), 10);
        QVERIFY(run(optionsFor(m_cluster, file(QStringLiteral("small.csv")),
                               QStringLiteral("cancelme")))
                    .status
                == RunStatus::Succeeded);

        EtlOptions o
            = optionsFor(m_cluster, file(QStringLiteral("big.csv")), QStringLiteral("cancelme"));
        o.chunkRecords = 1000;
        Feedback fb;
        fb.setMinimumInterval(0);
        QObject::connect(&fb, &Feedback::progressChanged, &fb, [&fb](const ProgressSnapshot &p) {
            if (p.rowsDone() >= 5000)
                fb.cancel();
        });
        EtlJob job(o);
        const EtlSummary s = job.run(fb);
        QCOMPARE(s.status, RunStatus::Cancelled);
        QCOMPARE(s.error.kind, ErrorKind::Cancelled);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM cancelme")), 10);
        QCOMPARE(
            m_cluster
                .scalar(
                    QStringLiteral("SELECT status FROM etl_runs WHERE run_id = %1").arg(s.runId))
                .toString(),
            QStringLiteral("cancelled"));
        QCOMPARE(
            count(
                QStringLiteral("SELECT count(*) FROM etl_rejects WHERE run_id = %1").arg(s.runId)),
            0);
        QCOMPARE(count(QStringLiteral(
                     "SELECT count(*) FROM pg_class WHERE relname LIKE 'cancelme__rm_new_%%'")),
                 0);
    }

    // An append that adds the newer columns to an older table, then is cancelled, leaves the
    // table as it was: the columns are added in the load's transaction.
    void aCancelledAppendLeavesAnOlderTableAsItWas()
    {
        writePeople(file(QStringLiteral("old-small.csv")), 10);
        EtlOptions first = optionsFor(m_cluster, file(QStringLiteral("old-small.csv")),
                                      QStringLiteral("older_cancel"));
        QVERIFY(run(first).status == RunStatus::Succeeded);
        m_cluster.scalar(QStringLiteral("ALTER TABLE older_cancel DROP COLUMN est_rtt_ms,"
                                        " DROP COLUMN est_rtt_source, DROP COLUMN accuracy_km"));
        const auto columns = [&] {
            return count(QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE"
                                        " table_name = 'older_cancel'"));
        };
        const qint64 before = columns();

        writePeople(file(QStringLiteral("old-big.csv")), 60000, 11);
        EtlOptions o = optionsFor(m_cluster, file(QStringLiteral("old-big.csv")),
                                  QStringLiteral("older_cancel"));
        o.mode = LoadMode::Append;
        o.chunkRecords = 1000;
        Feedback fb;
        fb.setMinimumInterval(0);
        QObject::connect(&fb, &Feedback::progressChanged, &fb, [&fb](const ProgressSnapshot &p) {
            if (p.rowsDone() >= 5000)
                fb.cancel();
        });
        EtlJob job(o);
        const EtlSummary s = job.run(fb);
        QCOMPARE(s.status, RunStatus::Cancelled);
        QCOMPARE(columns(), before);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM older_cancel")), 10);

        // The next append adds them, and its rows carry them.
        writePeople(file(QStringLiteral("old-more.csv")), 20, 100);
        EtlOptions again = optionsFor(m_cluster, file(QStringLiteral("old-more.csv")),
                                      QStringLiteral("older_cancel"));
        again.mode = LoadMode::Append;
        const EtlSummary ok = run(again);
        QVERIFY2(ok.status == RunStatus::Succeeded, qPrintable(ok.error.toString()));
        QCOMPARE(columns(), before + 3);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM older_cancel WHERE run_id = %1 AND"
                                      " region_code IS NOT NULL AND est_rtt_ms IS NULL")
                           .arg(ok.runId)),
                 0);
    }

    void cliRunPrintsJsonAndCtrlCCancels()
    {
        writePeople(file(QStringLiteral("cli.csv")), 500);
        QProcess p;
        p.start(cliPath(),
                {QStringLiteral("run"), QStringLiteral("--data"), file(QStringLiteral("cli.csv")),
                 QStringLiteral("--catalog"), QStringLiteral("aws"), QStringLiteral("--db"),
                 m_cluster.uri(), QStringLiteral("--json")});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(o.value(QStringLiteral("rows_read")).toInteger(), 500);
        QCOMPARE(o.value(QStringLiteral("rows_loaded")).toInteger()
                     + o.value(QStringLiteral("rows_rejected")).toInteger(),
                 500);
        qint64 sum = 0;
        const QJsonObject counts = o.value(QStringLiteral("geo_status")).toObject();
        for (auto it = counts.begin(); it != counts.end(); ++it)
            sum += it.value().toInteger();
        QCOMPARE(sum, o.value(QStringLiteral("rows_loaded")).toInteger());
        QVERIFY(o.contains(QStringLiteral("duration_s")));
        QCOMPARE(o.value(QStringLiteral("table")).toString(), QStringLiteral("cli"));

        // Ctrl-C during a long load: exit 130, run recorded as cancelled, nothing half-loaded.
        writePeople(file(QStringLiteral("long.csv")), 3000000);
        QProcess longRun;
        longRun.start(cliPath(), {QStringLiteral("run"), QStringLiteral("--data"),
                                  file(QStringLiteral("long.csv")), QStringLiteral("--catalog"),
                                  QStringLiteral("aws"), QStringLiteral("--db"), m_cluster.uri(),
                                  QStringLiteral("--table"), QStringLiteral("interrupted_load")});
        QVERIFY(longRun.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(
            count(QStringLiteral("SELECT count(*) FROM etl_runs WHERE target_table = "
                                 "'interrupted_load' AND status = 'running'"))
                == 1,
            60000);
        ::kill(pid_t(longRun.processId()), SIGINT);
        QVERIFY(longRun.waitForFinished(60000));
        QCOMPARE(longRun.exitStatus(), QProcess::NormalExit);
        QCOMPARE(longRun.exitCode(), 130);
        QCOMPARE(m_cluster
                     .scalar(QStringLiteral(
                         "SELECT status FROM etl_runs WHERE target_table = 'interrupted_load'"))
                     .toString(),
                 QStringLiteral("cancelled"));
        QCOMPARE(m_cluster.scalar(QStringLiteral("SELECT to_regclass('interrupted_load') IS NULL"))
                     .toBool(),
                 true);
    }
};

QTEST_GUILESS_MAIN(TestEtlJob)
#include "tst_etljob.moc"
