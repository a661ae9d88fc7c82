// The results query layer against a real PostgreSQL cluster: every number is checked against a
// hand count (the hand dataset) or an independent computation over the raw rows (the sample).

#include "common/feedback.h"
#include "db/copystream.h"
#include "etl/etljob.h"
#include "geo/geosource.h"
#include "results/queryrunner.h"
#include "results/resultsqueries.h"
#include "results/rowqueries.h"
#include "resultsfixture.h"
#include "testcluster.h"
#include "testpaths.h"

#include <QFile>
#include <QHash>
#include <QMap>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <clocale>
#include <cmath>
#include <cstdlib>
#include <string>

using namespace regionmap;
using namespace regionmap::test;

namespace {

// Linear interpolation between the closest ranks, as PostgreSQL's percentile_cont and numpy's
// default do.
double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const double pos = p * double(values.size() - 1);
    const auto lo = qsizetype(std::floor(pos));
    const auto hi = qsizetype(std::ceil(pos));
    return values.at(lo) + (values.at(hi) - values.at(lo)) * (pos - double(lo));
}

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

} // namespace

class TestResultsQueries : public QObject
{
    Q_OBJECT

private:
    TestCluster m_cluster;
    QSqlDatabase m_db;
    PGconn *m_conn = nullptr;
    HandDataset m_hand;
    TableInfo m_handInfo;
    qint64 m_sampleRun = 0;

    ScopeOverview overview(const ResultScope &scope)
    {
        Result<ScopeOverview> ov = ResultsQueries::overview(m_conn, m_handInfo, scope);
        if (!ov)
            qWarning("%s", qPrintable(ov.error().toString()));
        return ov ? ov.value() : ScopeOverview();
    }
    qint64 snapshotSize(const RowFilter &filter, const ResultScope &scope)
    {
        Result<QList<quint64>> s
            = RowQueries::snapshot(m_conn, RowSelection(m_handInfo, scope, filter));
        return s ? s->size() : -1;
    }

private slots:
    void initTestCase()
    {
        const Status st = m_cluster.start();
        QVERIFY2(st.isOk(), qPrintable(st.isOk() ? QString() : st.error().toString()));
        m_db = m_cluster.connect(QStringLiteral("results-test"));
        QVERIFY(m_db.isOpen());
        Result<PGconn *> conn = pgConnection(m_db);
        QVERIFY(conn);
        m_conn = conn.value();
        Result<HandDataset> hand = createHandDataset(m_db);
        QVERIFY2(hand, qPrintable(hand ? QString() : hand.error().toString()));
        m_hand = hand.value();
        Result<TableInfo> info = ResultsQueries::describeTable(m_conn, HandDataset::table());
        QVERIFY2(info, qPrintable(info ? QString() : info.error().toString()));
        m_handInfo = info.value();
        Result<qint64> sample = loadSample(m_cluster, QStringLiteral("people"));
        QVERIFY2(sample, qPrintable(sample ? QString() : sample.error().toString()));
        m_sampleRun = sample.value();
    }

    void describesTheTable()
    {
        QCOMPARE(m_handInfo.name, QStringLiteral("hand"));
        QCOMPARE(m_handInfo.quotedName, QStringLiteral("\"hand\""));
        QCOMPARE(m_handInfo.columns.size(), 30); // id, name, ip_address and 27 enrichment columns
        QCOMPARE(m_handInfo.columns.first().name, QStringLiteral("id"));
        QVERIFY(m_handInfo.columns.first().numeric);
        QCOMPARE(m_handInfo.columns.at(1).sqlType, QStringLiteral("text"));
        QVERIFY(!m_handInfo.columns.at(1).numeric);
        QVERIFY(
            m_handInfo.columns.at(m_handInfo.columnIndex(QStringLiteral("distance_km"))).numeric);
    }

    void rejectsMissingAndForeignTables()
    {
        Result<TableInfo> missing = ResultsQueries::describeTable(m_conn, QStringLiteral("nope"));
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QLatin1String("does not exist")));
        QVERIFY(m_cluster.scalar(QStringLiteral("CREATE TABLE plain (a int)")).isNull());
        Result<TableInfo> plain = ResultsQueries::describeTable(m_conn, QStringLiteral("plain"));
        QVERIFY(!plain);
        QVERIFY(plain.error().message.contains(QLatin1String("not a RegionMap result table")));
    }

    void hostileTableNamesAreQuoted()
    {
        // A name that would end the statement if it were spliced raw.
        const QString name = QStringLiteral("odd \"name\"; DROP TABLE hand; --");
        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE \"odd \"\"name\"\"; DROP TABLE hand; --\""
                                      " AS SELECT * FROM hand")));
        Result<TableInfo> info = ResultsQueries::describeTable(m_conn, name);
        QVERIFY2(info, qPrintable(info ? QString() : info.error().toString()));
        Result<ScopeOverview> ov
            = ResultsQueries::overview(m_conn, info.value(), ResultScope::wholeTable(name));
        QVERIFY2(ov, qPrintable(ov ? QString() : ov.error().toString()));
        QCOMPARE(ov->totalRows, 12);
        QCOMPARE(m_cluster.scalar(QStringLiteral("SELECT count(*) FROM hand")).toInt(), 12);
    }

    // A run stores its counts per status and per region when it finishes; the overview reads
    // the statuses from there while they still describe the table, and counts the rows once a
    // later upsert may have taken some of them over.
    void theOverviewReadsTheCountsARunStored()
    {
        const QString table = QStringLiteral("stored_counts");
        // Loaded by key, so that a second load can be an upsert.
        const auto load = [&] {
            EtlOptions o;
            o.inputs.append({sourceDir() + QStringLiteral("/resources/samples/people.csv"), {}});
            o.connection = m_cluster.settings();
            o.table = table;
            o.mode = LoadMode::Upsert;
            o.keyColumn = QStringLiteral("id");
            Feedback feedback;
            return EtlJob(o).run(feedback);
        };
        const EtlSummary loaded = load();
        QVERIFY2(loaded.status == RunStatus::Succeeded, qPrintable(loaded.error.toString()));
        const Result<qint64> first = loaded.runId;
        const QString run = QString::number(first.value());
        // Stored per region: the same numbers as the rows say.
        QCOMPARE(
            m_cluster.scalar(
                QStringLiteral(
                    "SELECT count(*) FROM (SELECT region_code, count(*) AS n FROM stored_counts"
                    " WHERE region_code IS NOT NULL GROUP BY 1) t"
                    " FULL JOIN jsonb_each_text((SELECT region_counts FROM etl_runs"
                    " WHERE run_id = %1)) j ON j.key = t.region_code"
                    " WHERE t.n IS DISTINCT FROM j.value::bigint")
                    .arg(run)),
            QStringLiteral("0"));

        // Move one row from located to not_found in the stored counts only: the overview shows
        // the stored numbers, so it read them rather than the rows.
        QSqlQuery q(m_db);
        QVERIFY(
            q.exec(QStringLiteral(
                       "UPDATE etl_runs SET status_counts = status_counts"
                       " || jsonb_build_object('located', (status_counts->>'located')::bigint - 1,"
                       "    'not_found', COALESCE((status_counts->>'not_found')::bigint, 0) + 1)"
                       " WHERE run_id = %1")
                       .arg(run)));
        const qint64 located
            = m_cluster
                  .scalar(QStringLiteral(
                      "SELECT count(*) FROM stored_counts WHERE geo_status = 'located'"))
                  .toLongLong();
        Result<TableInfo> info = ResultsQueries::describeTable(m_conn, table);
        QVERIFY(info);
        for (const ResultScope &scope :
             {ResultScope::run(table, first.value()), ResultScope::wholeTable(table)}) {
            Result<ScopeOverview> ov = ResultsQueries::overview(m_conn, info.value(), scope);
            QVERIFY(ov);
            QCOMPARE(ov->statusRows(QStringLiteral("located")), located - 1);
            QCOMPARE(ov->geoSources, QStringList {QStringLiteral("dbip-city-lite")});
        }

        // An upsert into the table may take rows of the first run over: counted again.
        const EtlSummary upsert = load();
        QVERIFY2(upsert.status == RunStatus::Succeeded, qPrintable(upsert.error.toString()));
        Result<ScopeOverview> ov
            = ResultsQueries::overview(m_conn, info.value(), ResultScope::wholeTable(table));
        QVERIFY(ov);
        QCOMPARE(ov->statusRows(QStringLiteral("located")), located);
        QCOMPARE(
            ov->totalRows,
            m_cluster.scalar(QStringLiteral("SELECT count(*) FROM stored_counts")).toLongLong());
        QVERIFY(q.exec(QStringLiteral("DROP TABLE stored_counts")));
        QVERIFY(
            q.exec(QStringLiteral("DELETE FROM etl_runs WHERE target_table = 'stored_counts'")));
    }

    void listsRunsAndTables()
    {
        Result<QList<RunRecord>> runs = ResultsQueries::runs(m_conn);
        QVERIFY(runs);
        QCOMPARE(runs->size(),
                 m_cluster.scalar(QStringLiteral("SELECT count(*) FROM etl_runs")).toInt());
        // Newest first.
        QCOMPARE(runs->first().runId,
                 m_cluster.scalar(QStringLiteral("SELECT max(run_id) FROM etl_runs")).toLongLong());
        const auto find = [&](qint64 id) {
            for (const RunRecord &r : runs.value()) {
                if (r.runId == id)
                    return r;
            }
            return RunRecord();
        };
        const RunRecord a = find(m_hand.runA);
        QCOMPARE(a.table, QStringLiteral("hand"));
        QCOMPARE(a.loadMode, QStringLiteral("replace"));
        QCOMPARE(a.status, QStringLiteral("succeeded"));
        QCOMPARE(a.rowsLoaded, 9);
        QCOMPARE(a.rowsLocated, 5);
        QCOMPARE(a.sourceFiles, QStringList {QStringLiteral("/data/hand.csv")});
        QVERIFY(a.tableExists);
        QCOMPARE(a.replacedByRun, 0); // run B appended
        QVERIFY(a.startedAt.isValid());
        QCOMPARE(find(m_hand.failedRun).status, QStringLiteral("failed"));

        const RunRecord sample = find(m_sampleRun);
        QCOMPARE(sample.rowsRead, 3000);
        QCOMPARE(sample.catalogName, QStringLiteral("aws"));
        QCOMPARE(sample.provider, QStringLiteral("offline"));
        QVERIFY(sample.sourceFiles.first().endsWith(QLatin1String("people.csv")));

        Result<QList<TableRecord>> tables = ResultsQueries::tables(m_conn);
        QVERIFY(tables);
        QCOMPARE(tables->size(), 2); // hand, people
        for (const TableRecord &t : tables.value()) {
            QVERIFY(t.exists);
            if (t.name == QLatin1String("hand"))
                QCOMPARE(t.runCount, 3);
        }
    }

    void replacedRunsAreMarked()
    {
        QSqlQuery q(m_db);
        const Result<qint64> firstRun
            = recordRun(m_db, QStringLiteral("gone"), LoadMode::Replace, RunStatus::Succeeded, 0);
        QVERIFY(firstRun);
        const Result<qint64> secondRun
            = recordRun(m_db, QStringLiteral("gone"), LoadMode::Replace, RunStatus::Succeeded, 0);
        QVERIFY(secondRun);
        const qint64 first = firstRun.value();
        const qint64 second = secondRun.value();
        Result<QList<RunRecord>> runs = ResultsQueries::runs(m_conn);
        QVERIFY(runs);
        for (const RunRecord &r : runs.value()) {
            if (r.runId == first) {
                QCOMPARE(r.replacedByRun, second);
                QVERIFY(!r.tableExists);
            }
        }
        QVERIFY(q.exec(QStringLiteral("DELETE FROM etl_runs WHERE target_table = 'gone'")));
    }

    // Hand counts from the table in resultsfixture.cpp.
    void summaryOfOneRun()
    {
        const ScopeOverview ov = overview(ResultScope::run(HandDataset::table(), m_hand.runA));
        QCOMPARE(ov.totalRows, 9);
        QCOMPARE(ov.locatedRows, 5);
        QCOMPARE(ov.runIds, QList<qint64> {m_hand.runA});
        QCOMPARE(ov.geoSources, QStringList {QStringLiteral("dbip-city-lite")});
        QCOMPARE(ov.statusRows(QStringLiteral("invalid_ip")), 2);
        QCOMPARE(ov.statusRows(QStringLiteral("private_or_reserved")), 1);
        QCOMPARE(ov.statusRows(QStringLiteral("not_found")), 1);
        QCOMPARE(ov.statusRows(QStringLiteral("country_only")), 0);
        QCOMPARE(ov.statuses.first().status, QStringLiteral("located"));
        QVERIFY(near(ov.statuses.first().share, 5.0 / 9.0));

        QCOMPARE(ov.regions.size(), 3);
        const RegionStat &r1 = ov.regions.at(0);
        QCOMPARE(r1.code, QStringLiteral("r1"));
        QCOMPARE(r1.name, QStringLiteral("Region One"));
        QCOMPARE(r1.city, QStringLiteral("Alpha"));
        QVERIFY(r1.inCatalog);
        QCOMPARE(r1.latitude, 10.0);
        QCOMPARE(r1.rows, 4);
        QVERIFY(near(r1.share, 4.0 / 9.0));
        QVERIFY(near(*r1.meanKm, 250.0));
        QVERIFY(near(*r1.medianKm, 250.0));
        QVERIFY(near(*r1.p95Km, 385.0)); // 300 + 0.85 * (400 - 300)
        QCOMPARE(r1.firm, 2); // 314 - 300 > 5; no second region
        QCOMPARE(r1.uncertain, 2); // 104 - 100 <= 5, 300 - 200 <= 150
        // est. RTT 9.5, 11, 12.5 and 14 ms (the fixture's model values).
        QCOMPARE(r1.rtt.rows, 4);
        QVERIFY(near(*r1.rtt.meanMs, 11.75));
        QVERIFY(near(*r1.rtt.p95Ms, 13.775)); // 12.5 + 0.85 * 1.5
        QCOMPARE(r1.rtt.within20, 4);
        QCOMPARE(r1.rtt.measured, 0);

        const RegionStat &r2 = ov.regions.at(1);
        QCOMPARE(r2.code, QStringLiteral("r2"));
        QCOMPARE(r2.name, QStringLiteral("Region Two")); // run A's catalog
        QCOMPARE(r2.rows, 1);
        QVERIFY(near(*r2.meanKm, 50.0));
        QVERIFY(near(*r2.p95Km, 50.0));
        QCOMPARE(r2.firm, 0);
        QCOMPARE(r2.uncertain, 1);
        QCOMPARE(r2.rtt.measured, 1); // Eve's 5 ms
        QVERIFY(near(*r2.rtt.p95Ms, 5.0));
        QCOMPARE(r2.provider, QString()); // the fixture's catalog names no provider

        // Every located row of the run: 5, 9.5, 11, 12.5, 14 ms.
        QCOMPARE(ov.rtt.rows, 5);
        QVERIFY(near(*ov.rtt.meanMs, 10.4));
        QVERIFY(near(*ov.rtt.p95Ms, 13.7)); // 12.5 + 0.8 * 1.5
        QCOMPARE(ov.rtt.within20, 5);
        QCOMPARE(ov.rtt.measured, 1);
        QCOMPARE(ov.firmRows, 2);
        QCOMPARE(ov.uncertainRows, 3);

        const RegionStat &r3 = ov.regions.at(2); // in the catalog, no rows
        QCOMPARE(r3.code, QStringLiteral("r3"));
        QCOMPARE(r3.rows, 0);
        QVERIFY(!r3.meanKm.has_value());
        QVERIFY(!r3.rtt.meanMs.has_value());
        QCOMPARE(r3.rtt.rows, 0);
        QVERIFY(r3.city.isEmpty());
    }

    void summaryOfTheWholeTable()
    {
        const ScopeOverview ov = overview(ResultScope::wholeTable(HandDataset::table()));
        QCOMPARE(ov.totalRows, 12);
        QCOMPARE(ov.locatedRows, 7);
        QCOMPARE(ov.runIds, (QList<qint64> {m_hand.runA, m_hand.runB}));
        QCOMPARE(ov.geoSources,
                 (QStringList {QStringLiteral("dbip-city-lite"), QStringLiteral("ipinfo")}));
        QCOMPARE(ov.statusRows(QStringLiteral("country_only")), 1);
        const RegionStat *r2 = ov.region(QStringLiteral("r2"));
        QVERIFY(r2);
        QCOMPARE(r2->name, QStringLiteral("Region Two (new)")); // the newest run's catalog
        QCOMPARE(r2->rows, 3);
        QVERIFY(near(r2->share, 3.0 / 12.0));
        QVERIFY(near(*r2->meanKm, 30.0)); // 50, 10, 30
        QVERIFY(near(*r2->medianKm, 30.0));
        QVERIFY(near(*r2->p95Km, 48.0)); // 30 + 0.9 * 20
        QCOMPARE(r2->firm, 1); // 100 - 10 > 5
        QCOMPARE(r2->uncertain, 2); // 52 - 50 <= 5, 31 - 30 <= 5
        QCOMPARE(ov.region(QStringLiteral("r1"))->rows, 4);
        qint64 sum = 0;
        for (const StatusStat &s : ov.statuses)
            sum += s.rows;
        QCOMPARE(sum, ov.totalRows);
    }

    void histogramOfOneRun()
    {
        Result<DistanceHistogram> h = ResultsQueries::distanceHistogram(
            m_conn, m_handInfo, ResultScope::run(HandDataset::table(), m_hand.runA), 24);
        QVERIFY(h);
        QCOMPARE(h->total, 5);
        QCOMPARE(h->maxKm, 400.0);
        QCOMPARE(h->binWidthKm, 20.0); // 400 / 24 = 16.7 -> 20
        QCOMPARE(h->counts.size(), 21); // [0, 420)
        QList<qint64> expected(21, 0);
        expected[2] = 1; // 50
        expected[5] = 1; // 100
        expected[10] = 1; // 200
        expected[15] = 1; // 300
        expected[20] = 1; // 400
        QCOMPARE(h->counts, expected);
        // Each bin's mean est. RTT: Eve's measured 5 ms at 50 km, the model's 9.5 and 14 ms.
        QCOMPARE(h->meanRttMs.size(), 21);
        QCOMPARE(h->meanRttMs.at(2), std::optional<double>(5.0));
        QCOMPARE(h->meanRttMs.at(5), std::optional<double>(9.5));
        QCOMPARE(h->meanRttMs.at(20), std::optional<double>(14.0));
        QVERIFY(!h->meanRttMs.at(0));
    }

    void niceBinWidths_data()
    {
        QTest::addColumn<double>("max");
        QTest::addColumn<int>("bins");
        QTest::addColumn<double>("width");
        QTest::newRow("400/24") << 400.0 << 24 << 20.0;
        QTest::newRow("19000/24") << 19000.0 << 24 << 1000.0;
        QTest::newRow("1200/24") << 1200.0 << 24 << 50.0;
        QTest::newRow("55/24") << 55.0 << 24 << 2.5;
        QTest::newRow("0") << 0.0 << 24 << 1.0;
        QTest::newRow("0.7/10") << 0.7 << 10 << 0.1;
    }
    void niceBinWidths()
    {
        QFETCH(double, max);
        QFETCH(int, bins);
        QFETCH(double, width);
        QVERIFY(near(niceBinWidth(max, bins), width));
    }

    void mapCellsOfTheWholeTable()
    {
        Result<MapCells> m = ResultsQueries::mapCells(
            m_conn, m_handInfo, ResultScope::wholeTable(HandDataset::table()), 1.0);
        QVERIFY(m);
        QCOMPARE(m->totalRows, 7);
        QCOMPARE(m->cells.size(), 2);
        const MapCell *sydney = nullptr;
        const MapCell *alpha = nullptr;
        for (const MapCell &c : m->cells) {
            if (c.row == -34 && c.column == 151)
                sydney = &c;
            if (c.row == 10 && c.column == 20)
                alpha = &c;
        }
        QVERIFY(sydney && alpha);
        QCOMPARE(sydney->rows, 4); // ids 4, 5, 10, 11
        QCOMPARE(sydney->dominantRegion(), QStringLiteral("r2"));
        QCOMPARE(sydney->regions, (QList<QPair<QString, qint64>> {{QStringLiteral("r2"), 3},
                                                                  {QStringLiteral("r1"), 1}}));
        QVERIFY(near(sydney->latitude, (-33.5 - 33.9 - 33.9 - 33.1) / 4));
        QCOMPARE(alpha->rows, 3);
        QVERIFY(near(alpha->latitude, (10.2 + 10.2 + 10.7) / 3));
        QVERIFY(near(alpha->longitude, (20.3 + 20.3 + 20.9) / 3));
        QCOMPARE(m->maxRows, 4);

        // A finer grid splits the Sydney cell: 0.5 degrees puts -33.1 apart from -33.9/-33.5.
        Result<MapCells> fine = ResultsQueries::mapCells(
            m_conn, m_handInfo, ResultScope::run(HandDataset::table(), m_hand.runB), 0.5);
        QVERIFY(fine);
        QCOMPARE(fine->totalRows, 2);
        QCOMPARE(fine->cells.size(), 2);
    }

    void rowFiltersCount_data()
    {
        QTest::addColumn<bool>("wholeTable");
        QTest::addColumn<QString>("region");
        QTest::addColumn<bool>("withoutRegion");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("rows");
        const QString none;
        QTest::newRow("run A") << false << none << false << none << none << 9;
        QTest::newRow("table") << true << none << false << none << none << 12;
        QTest::newRow("r1") << false << QStringLiteral("r1") << false << none << none << 4;
        QTest::newRow("r2 table") << true << QStringLiteral("r2") << false << none << none << 3;
        QTest::newRow("no region") << false << none << true << none << none << 4;
        QTest::newRow("invalid") << false << none << false << QStringLiteral("invalid_ip") << none
                                 << 2;
        QTest::newRow("text bob") << false << none << false << none << QStringLiteral("BOB") << 1;
        QTest::newRow("text sydney r2")
            << true << QStringLiteral("r2") << false << none << QStringLiteral("sydney") << 3;
        // %, _ and \ are literal, not wildcards.
        QTest::newRow("percent") << false << none << false << none << QStringLiteral("0%") << 1;
        QTest::newRow("underscore") << false << none << false << none << QStringLiteral("_1") << 1;
        QTest::newRow("backslash") << false << none << false << none << QStringLiteral("\\") << 0;
        // A match never spans two columns (name "Bob" then ip_address "1.0.0.2").
        QTest::newRow("across") << false << none << false << none << QStringLiteral("bob1") << 0;
        // Numbers and addresses match as text too.
        QTest::newRow("inet") << true << none << false << none << QStringLiteral("1.0.0.1") << 4;
    }
    void rowFiltersCount()
    {
        QFETCH(bool, wholeTable);
        QFETCH(QString, region);
        QFETCH(bool, withoutRegion);
        QFETCH(QString, status);
        QFETCH(QString, text);
        QFETCH(int, rows);
        RowFilter f;
        f.regionCode = region;
        f.withoutRegion = withoutRegion;
        f.geoStatus = status;
        f.text = text;
        const ResultScope scope = wholeTable ? ResultScope::wholeTable(HandDataset::table())
                                             : ResultScope::run(HandDataset::table(), m_hand.runA);
        QCOMPARE(snapshotSize(f, scope), rows);
    }

    void assignmentFilterCounts()
    {
        RowFilter f;
        f.assignment = QStringLiteral("uncertain");
        QCOMPARE(snapshotSize(f, ResultScope::run(HandDataset::table(), m_hand.runA)), 3);
        QCOMPARE(snapshotSize(f, ResultScope::wholeTable(HandDataset::table())), 4);
        f.assignment = QStringLiteral("firm");
        f.regionCode = QStringLiteral("r2");
        QCOMPARE(snapshotSize(f, ResultScope::wholeTable(HandDataset::table())), 1); // Judy

        // The map counts them per cell: Alice and Bob share a cell, both uncertain.
        Result<MapCells> cells = ResultsQueries::mapCells(
            m_conn, m_handInfo, ResultScope::run(HandDataset::table(), m_hand.runA), 1.0);
        QVERIFY(cells);
        qint64 uncertain = 0;
        for (const MapCell &c : cells->cells) {
            uncertain += c.uncertainRows;
            if (c.row == 10 && c.column == 20)
                QCOMPARE(c.uncertainRows, 2); // Alice, Bob (Carol's is firm)
        }
        QCOMPARE(uncertain, 3);
    }

    void crossCheckAgreementAndDisagreements()
    {
        const ScopeOverview a = overview(ResultScope::run(HandDataset::table(), m_hand.runA));
        QCOMPARE(a.crossCheck.crossSame, 2);
        QCOMPARE(a.crossCheck.crossDifferent, 2);
        QCOMPARE(a.crossCheck.crossNotLocated, 1);
        QCOMPARE(a.crossCheckLabel, QStringLiteral("GeoLite2 City 2026-09-18"));
        QCOMPARE(a.crossCheckSources, QStringList {GeoSource::GeoLite2City});
        const RegionStat *r1 = a.region(QStringLiteral("r1"));
        QVERIFY(r1);
        QCOMPARE(r1->crossSame, 1);
        QCOMPARE(r1->crossDifferent, 2);
        QCOMPARE(r1->crossNotLocated, 1);
        QCOMPARE(a.region(QStringLiteral("r2"))->crossSame, 1);
        // Run B was not cross-checked.
        const ScopeOverview b = overview(ResultScope::run(HandDataset::table(), m_hand.runB));
        QCOMPARE(b.crossCheck.crossChecked(), 0);
        QVERIFY(b.crossCheckLabel.isEmpty());

        Result<Disagreements> d = ResultsQueries::disagreements(
            m_conn, m_handInfo, ResultScope::wholeTable(HandDataset::table()));
        QVERIFY(d);
        QCOMPARE(d->totalRows, 2);
        QCOMPARE(d->totalPairs, 2);
        QCOMPARE(d->pairs.size(), 2);
        for (const DisagreementPair &p : d->pairs) {
            QCOMPARE(p.region, QStringLiteral("r1"));
            QCOMPARE(p.altRegion, QStringLiteral("r2"));
            QCOMPARE(p.altLatitude, -33.8);
            QCOMPARE(p.rows, 1);
        }
        // Ties in rows: the pair farther apart first.
        QCOMPARE(d->pairs.first().apartKm, 5400.0);
        Result<Disagreements> one = ResultsQueries::disagreements(
            m_conn, m_handInfo, ResultScope::wholeTable(HandDataset::table()), 1);
        QVERIFY(one);
        QCOMPARE(one->pairs.size(), 1);
        QCOMPARE(one->totalPairs, 2); // the limit cuts the list, not the count

        RowFilter f;
        f.agreement = QStringLiteral("different_region");
        QCOMPARE(snapshotSize(f, ResultScope::wholeTable(HandDataset::table())), 2);
        f.agreement = QStringLiteral("same_region");
        QCOMPARE(snapshotSize(f, ResultScope::run(HandDataset::table(), m_hand.runA)), 2);
    }

    void sortedRowsComeBackInOrder()
    {
        RowOrder order {QStringLiteral("distance_km"), true};
        Result<QList<quint64>> tids = RowQueries::snapshot(
            m_conn,
            RowSelection(m_handInfo, ResultScope::wholeTable(HandDataset::table()), {}, order));
        QVERIFY(tids);
        QCOMPARE(tids->size(), 12);
        Result<RowBlock> block = RowQueries::fetch(m_conn, m_handInfo, tids.value());
        QVERIFY(block);
        QCOMPARE(block->rowCount(), 12);
        const int idCol = m_handInfo.columnIndex(QStringLiteral("id"));
        const int distCol = m_handInfo.columnIndex(QStringLiteral("distance_km"));
        // 400 down to 10, then the 5 rows without a distance (NULLS LAST), in physical order.
        QStringList ids;
        for (int r = 0; r < block->rowCount(); ++r) {
            QVERIFY(block->found.testBit(r));
            ids << block->cell(r, idCol);
            QCOMPARE(block->isNull(r, distCol), r >= 7);
        }
        QCOMPARE(ids.join(QLatin1Char(' ')), QStringLiteral("4 3 2 1 5 11 10 6 7 8 9 12"));
        // Empty string and NULL stay apart.
        const int nameCol = m_handInfo.columnIndex(QStringLiteral("name"));
        QVERIFY(!block->isNull(8, nameCol)); // id 7
        QVERIFY(block->cell(8, nameCol).isEmpty());

        // A stretch from the middle, in the asked order; a position that does not exist is
        // reported as missing.
        QList<quint64> some {tids->at(3), tids->at(9), quint64(999) << 16 | 1};
        Result<RowBlock> partial = RowQueries::fetch(m_conn, m_handInfo, some);
        QVERIFY(partial);
        QCOMPARE(partial->cell(0, idCol), QStringLiteral("1"));
        QCOMPARE(partial->cell(1, idCol), QStringLiteral("8"));
        QVERIFY(!partial->found.testBit(2));
    }

    void physicalOrderByDefault()
    {
        Result<QList<quint64>> tids = RowQueries::snapshot(
            m_conn, RowSelection(m_handInfo, ResultScope::run(HandDataset::table(), m_hand.runB)));
        QVERIFY(tids);
        Result<RowBlock> block = RowQueries::fetch(m_conn, m_handInfo, tids.value());
        QVERIFY(block);
        QCOMPARE(block->cell(0, 0), QStringLiteral("10"));
        QCOMPARE(block->cell(2, 0), QStringLiteral("12"));
    }

    void exportsCsv()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rows.csv"));
        RowFilter f;
        f.regionCode = QStringLiteral("r1");
        RowSelection sel(m_handInfo, ResultScope::run(HandDataset::table(), m_hand.runA), f,
                         {QStringLiteral("id"), false});
        Result<qint64> n = RowQueries::exportCsv(m_conn, sel, path);
        QVERIFY2(n, qPrintable(n ? QString() : n.error().toString()));
        QCOMPARE(n.value(), 4);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 6); // header, 4 rows, empty after the last CRLF
        QVERIFY(lines.at(0).startsWith("id,name,ip_address,ip,latitude,"));
        QVERIFY(lines.at(1).startsWith("1,\"Alice, \"\"the first\"\"\",1.0.0.1,1.0.0.1,10.2,"));
        // NULL city stays empty; the NULL second region of row 4 too.
        QVERIFY2(lines.at(3).contains(",AA,,dbip-city-lite,"), lines.at(3).constData());
        QVERIFY(lines.at(4).startsWith("4,Dan_1,"));
        QVERIFY2(lines.at(4).contains(
                     ",400,,,,14,model,,1000,firm,-33.8,151.1,r2,14,52,different_region,AU,"),
                 lines.at(4).constData());

        // Empty strings are quoted, NULLs are not.
        RowFilter g;
        g.text = QStringLiteral("Frank");
        const QString path2 = dir.filePath(QStringLiteral("frank.csv"));
        QVERIFY(RowQueries::exportCsv(
            m_conn,
            RowSelection(m_handInfo, ResultScope::run(HandDataset::table(), m_hand.runA),
                         RowFilter {{}, false, QStringLiteral("invalid_ip"), {}, {}, {}},
                         {QStringLiteral("id"), false}),
            path2));
        QFile file2(path2);
        QVERIFY(file2.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines2 = file2.readAll().split('\n');
        QCOMPARE(lines2.size(), 4);
        QVERIFY(lines2.at(2).startsWith("7,\"\",\"\",,,"));
        // ..., geo_status, geo_note (empty), run_id
        QVERIFY(lines2.at(2).endsWith(",invalid_ip,," + QByteArray::number(m_hand.runA) + "\r"));

        // An unwritable path is an error for the analyst, and nothing is left behind.
        Result<qint64> bad
            = RowQueries::exportCsv(m_conn, sel, QStringLiteral("/nonexistent-dir/rows.csv"));
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(QLatin1String("/nonexistent-dir/rows.csv")));
    }

    // The sample, loaded by a real EtlJob: every number against an independent computation over
    // the raw rows.
    void sampleSummaryAgreesWithRawRows()
    {
        Result<TableInfo> info = ResultsQueries::describeTable(m_conn, QStringLiteral("people"));
        QVERIFY(info);
        const ResultScope scope = ResultScope::run(QStringLiteral("people"), m_sampleRun);
        Result<ScopeOverview> ov = ResultsQueries::overview(m_conn, info.value(), scope);
        QVERIFY(ov);
        QCOMPARE(ov->totalRows, 3000);
        QCOMPARE(ov->geoSources, QStringList {QStringLiteral("dbip-city-lite")});

        // The run record's counts agree.
        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral("SELECT key, value::bigint FROM etl_runs,"
                                      " jsonb_each_text(status_counts) WHERE run_id = %1")
                           .arg(m_sampleRun)));
        int statuses = 0;
        while (q.next()) {
            QCOMPARE(ov->statusRows(q.value(0).toString()), q.value(1).toLongLong());
            ++statuses;
        }
        QCOMPARE(ov->statuses.size(), statuses);

        // Raw located rows, computed here.
        QHash<QString, QList<double>> distances;
        QHash<QString, QList<double>> rtts;
        QHash<QString, qint64> uncertain;
        QVERIFY(q.exec(QStringLiteral("SELECT region_code, distance_km, second_distance_km,"
                                      " est_rtt_ms, uncertainty_km, assignment"
                                      "  FROM people WHERE geo_status = 'located'")));
        qint64 located = 0;
        while (q.next()) {
            const QString code = q.value(0).toString();
            const double d = q.value(1).toDouble();
            distances[code] << d;
            rtts[code] << q.value(3).toDouble();
            // The rule, recomputed: firm when the margin exceeds the uncertainty.
            const bool firm
                = q.value(2).isNull() || q.value(2).toDouble() - d > q.value(4).toDouble();
            QCOMPARE(q.value(5).toString(),
                     firm ? QStringLiteral("firm") : QStringLiteral("uncertain"));
            if (!firm)
                ++uncertain[code];
            ++located;
        }
        QCOMPARE(ov->locatedRows, located);
        QVERIFY(located > 2000);
        const int catalogSize
            = m_cluster
                  .scalar(QStringLiteral("SELECT count(*) FROM region_catalogs WHERE run_id = %1")
                              .arg(m_sampleRun))
                  .toInt();
        QCOMPARE(ov->regions.size(), catalogSize);
        qint64 previous = std::numeric_limits<qint64>::max();
        qint64 uncertainTotal = 0;
        for (const RegionStat &r : ov->regions) {
            QVERIFY(r.inCatalog);
            QVERIFY(r.rows <= previous);
            previous = r.rows;
            const QList<double> &ds = distances.value(r.code);
            QCOMPARE(r.rows, qint64(ds.size()));
            QVERIFY(near(r.share, double(ds.size()) / 3000.0));
            uncertainTotal += r.uncertain;
            QCOMPARE(r.uncertain, uncertain.value(r.code));
            QCOMPARE(r.firm, r.rows - r.uncertain);
            if (ds.isEmpty()) {
                QVERIFY(!r.meanKm);
                continue;
            }
            double sum = 0;
            for (double d : ds)
                sum += d;
            QVERIFY(std::abs(*r.meanKm - sum / double(ds.size())) < 1e-6);
            QVERIFY(near(*r.medianKm, percentile(ds, 0.5)));
            QVERIFY(near(*r.p95Km, percentile(ds, 0.95)));
            const QList<double> &ms = rtts.value(r.code);
            QCOMPARE(r.rtt.rows, qint64(ms.size()));
            QVERIFY(near(*r.rtt.p95Ms, percentile(ms, 0.95)));
            QCOMPARE(r.rtt.within50, qint64(std::count_if(ms.cbegin(), ms.cend(),
                                                          [](double v) { return v <= 50; })));
        }
        QCOMPARE(ov->rtt.rows, located);
        QVERIFY(uncertainTotal > 0);
        QCOMPARE(ov->uncertainRows, uncertainTotal);

        // Histogram: every located row in exactly the bin floor(d / width).
        Result<DistanceHistogram> h
            = ResultsQueries::distanceHistogram(m_conn, info.value(), scope, 24);
        QVERIFY(h);
        QCOMPARE(h->total, located);
        QList<qint64> bins(h->counts.size(), 0);
        for (const QList<double> &ds : distances) {
            for (double d : ds)
                ++bins[int(std::floor(d / h->binWidthKm))];
        }
        QCOMPARE(h->counts, bins);

        // Map cells: every located row in the cell of its coordinates, per region.
        Result<MapCells> m = ResultsQueries::mapCells(m_conn, info.value(), scope, 2.0);
        QVERIFY(m);
        QCOMPARE(m->totalRows, located);
        QMap<QPair<int, int>, qint64> cells;
        QVERIFY(q.exec(QStringLiteral("SELECT latitude, longitude FROM people"
                                      " WHERE geo_status = 'located'")));
        while (q.next()) {
            ++cells[{int(std::floor(q.value(0).toDouble() / 2.0)),
                     int(std::floor(q.value(1).toDouble() / 2.0))}];
        }
        QCOMPARE(m->cells.size(), cells.size());
        for (const MapCell &c : m->cells)
            QCOMPARE(c.rows, cells.value({c.row, c.column}));
    }

    // A scope narrowed to the rows whose CSV column holds a value (gender = Female) is read from
    // the rows, not the points, and its numbers equal PostgreSQL's own on those rows: counts,
    // percentile_cont per region, the histogram, the map and the row table.
    void aColumnMatchReadsTheRows()
    {
        Result<TableInfo> info = ResultsQueries::describeTable(m_conn, QStringLiteral("people"));
        QVERIFY(info);
        const ResultScope run = ResultScope::run(QStringLiteral("people"), m_sampleRun);
        const ResultScope scope
            = run.withMatch({QStringLiteral("gender"), QStringLiteral("Female")});
        QVERIFY(scope != run);
        QVERIFY(scope.describe().contains(QStringLiteral("Female")));
        Result<ScopeOverview> whole = ResultsQueries::overview(m_conn, info.value(), run);
        QVERIFY(whole);
        QVERIFY(whole->fromPoints);
        Result<ScopeOverview> ov = ResultsQueries::overview(m_conn, info.value(), scope);
        QVERIFY2(ov, qPrintable(ov ? QString() : ov.error().toString()));
        QVERIFY(!ov->fromPoints);

        const QString where = QStringLiteral(" FROM people WHERE run_id = %1 AND gender = 'Female'")
                                  .arg(m_sampleRun);
        const qint64 rows
            = m_cluster.scalar(QStringLiteral("SELECT count(*)") + where).toLongLong();
        QVERIFY(rows > 100 && rows < whole->totalRows);
        QCOMPARE(ov->totalRows, rows);
        const qint64 located = m_cluster
                                   .scalar(QStringLiteral("SELECT count(*)") + where
                                           + QStringLiteral(" AND geo_status = 'located'"))
                                   .toLongLong();
        QCOMPARE(ov->locatedRows, located);
        QCOMPARE(ov->statusRows(QStringLiteral("located")), located);

        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral("SELECT region_code, count(*),"
                                      " percentile_cont(0.5) WITHIN GROUP (ORDER BY distance_km),"
                                      " percentile_cont(0.95) WITHIN GROUP (ORDER BY distance_km)")
                       + where + QStringLiteral(" AND geo_status = 'located' GROUP BY 1")));
        int regions = 0;
        while (q.next()) {
            const RegionStat *r = nullptr;
            for (const RegionStat &s : ov->regions) {
                if (s.code == q.value(0).toString())
                    r = &s;
            }
            QVERIFY2(r, qPrintable(q.value(0).toString()));
            QCOMPARE(r->rows, q.value(1).toLongLong());
            QVERIFY(near(*r->medianKm, q.value(2).toDouble()));
            QVERIFY(near(*r->p95Km, q.value(3).toDouble()));
            ++regions;
        }
        QVERIFY(regions > 3);

        Result<DistanceHistogram> h
            = ResultsQueries::distanceHistogram(m_conn, info.value(), scope, 24);
        QVERIFY(h);
        QCOMPARE(h->total, located);
        Result<MapCells> m = ResultsQueries::mapCells(m_conn, info.value(), scope, 2.0);
        QVERIFY(m);
        QCOMPARE(m->totalRows, located);
        Result<QList<quint64>> snapshot
            = RowQueries::snapshot(m_conn, RowSelection(info.value(), scope, {}));
        QVERIFY(snapshot);
        QCOMPARE(snapshot->size(), rows);
        const Result<qint64> counted
            = RowQueries::countFromPoints(m_conn, RowSelection(info.value(), scope, {}));
        QVERIFY(counted);
        QCOMPARE(counted.value(), -1);

        // An empty value matches the rows where the column is empty; a value no row holds, none.
        ColumnMatch empty;
        empty.column = QStringLiteral("gender");
        empty.isNull = true;
        Result<ScopeOverview> none
            = ResultsQueries::overview(m_conn, info.value(), run.withMatch(empty));
        QVERIFY(none);
        QCOMPARE(none->totalRows,
                 m_cluster
                     .scalar(QStringLiteral("SELECT count(*) FROM people WHERE run_id = %1"
                                            " AND (gender IS NULL OR gender = '')")
                                 .arg(m_sampleRun))
                     .toLongLong());
        Result<ScopeOverview> nobody = ResultsQueries::overview(
            m_conn, info.value(),
            run.withMatch({QStringLiteral("gender"), QStringLiteral("x\'y")}));
        QVERIFY(nobody);
        QCOMPARE(nobody->totalRows, 0);
    }

    // The same numbers when the C library reads numbers the German way (LC_NUMERIC=de_DE, as
    // QCoreApplication sets it on a German desktop): "520.4" is never read as 520.
    void sampleSummaryUnderAGermanLocale()
    {
        const std::string before = std::setlocale(LC_NUMERIC, nullptr);
        QVERIFY2(std::setlocale(LC_NUMERIC, "de_DE.UTF-8"),
                 "the de_DE.UTF-8 locale is missing: scripts/setup generates it");
        QCOMPARE(std::strtod("0.5", nullptr), 0.0); // the trap is really set
        sampleSummaryAgreesWithRawRows();
        std::setlocale(LC_NUMERIC, before.c_str());
    }

    void runnerDeliversInTheCallersThread()
    {
        QueryRunner runner(QStringLiteral("test"));
        runner.setConnection(m_cluster.settings());
        QSignalSpy busy(&runner, &QueryRunner::busyChanged);
        qint64 value = -1;
        Qt::HANDLE deliveredIn = nullptr;
        Qt::HANDLE ranIn = nullptr;
        runner.submit(
            QStringLiteral("count"), this,
            [&ranIn](QueryContext &ctx) -> Result<qint64> {
                ranIn = QThread::currentThreadId();
                Result<PgResult> r = PgResult::exec(
                    ctx.conn, QStringLiteral("SELECT count(*) FROM hand"), {}, QStringLiteral("x"));
                if (!r)
                    return r.error();
                return r->toInt64(0, 0);
            },
            [&](const Result<qint64> &r) {
                deliveredIn = QThread::currentThreadId();
                value = r ? r.value() : -2;
            });
        QVERIFY(runner.isBusy());
        QTRY_COMPARE(value, 12);
        QCOMPARE(deliveredIn, QThread::currentThreadId());
        QVERIFY(ranIn != QThread::currentThreadId());
        QTRY_VERIFY(!runner.isBusy());
        QCOMPARE(busy.size(), 2);
    }

    void runnerSupersedesAndCancels()
    {
        QueryRunner runner(QStringLiteral("test"));
        runner.setConnection(m_cluster.settings());
        QStringList delivered;
        QString slowError;
        auto sleepJob = [&slowError](QueryContext &ctx) -> Result<QString> {
            Result<PgResult> r = PgResult::exec(ctx.conn, QStringLiteral("SELECT pg_sleep(60)"), {},
                                                QStringLiteral("a slow query"));
            if (!r)
                slowError = r.error().message; // seen in the worker, never delivered
            return r ? QStringLiteral("slow") : QStringLiteral("slow failed");
        };
        auto fastJob = [](QueryContext &) -> Result<QString> {
            return QStringLiteral("fast");
        };
        auto record = [&delivered](const Result<QString> &r) {
            delivered << r.value();
        };
        runner.submit(QStringLiteral("c"), this, sleepJob, record);
        // Wait until the slow statement runs on the server, then supersede it.
        QTRY_COMPARE(m_cluster
                         .scalar(QStringLiteral("SELECT count(*) FROM pg_stat_activity"
                                                " WHERE query = 'SELECT pg_sleep(60)'"))
                         .toInt(),
                     1);
        runner.submit(QStringLiteral("c"), this, sleepJob, record); // queued, then dropped
        runner.submit(QStringLiteral("c"), this, fastJob, record);
        QTRY_VERIFY(!runner.isBusy());
        QCOMPARE(delivered, QStringList {QStringLiteral("fast")});
        QVERIFY(slowError.contains(QLatin1String("cancelled")));

        // Jobs without a channel never supersede each other.
        delivered.clear();
        runner.submit(QString(), this, fastJob, record);
        runner.submit(QString(), this, fastJob, record);
        QTRY_COMPARE(delivered.size(), 2);
    }

    void runnerDropsResultsForDeadReceivers()
    {
        QueryRunner runner(QStringLiteral("test"));
        runner.setConnection(m_cluster.settings());
        bool called = false;
        auto *receiver = new QObject;
        runner.submit(
            QString(), receiver, [](QueryContext &) -> Result<int> { return 1; },
            [&called](const Result<int> &) { called = true; });
        delete receiver;
        QTRY_VERIFY(!runner.isBusy());
        QVERIFY(!called);
    }

    void runnerIsReadOnly()
    {
        QueryRunner runner(QStringLiteral("test"));
        runner.setConnection(m_cluster.settings());
        std::optional<Status> done;
        runner.submit(
            QString(), this,
            [](QueryContext &ctx) -> Status {
                Result<PgResult> r = PgResult::exec(
                    ctx.conn, QStringLiteral("CREATE TABLE should_not_exist (a int)"), {},
                    QStringLiteral("x"));
                if (!r)
                    return r.error();
                return {};
            },
            [&done](const Status &st) { done = st; });
        QTRY_VERIFY(done.has_value());
        QVERIFY(!done->isOk());
        QVERIFY(done->error().details.contains(QLatin1String("read-only")));
    }

    void runnerReportsConnectionErrors()
    {
        QueryRunner runner(QStringLiteral("test"));
        ConnectionSettings bad = m_cluster.settings();
        bad.host = QStringLiteral("/nonexistent-socket-dir");
        runner.setConnection(bad);
        std::optional<Result<int>> done;
        runner.submit(
            QString(), this, [](QueryContext &) -> Result<int> { return 1; },
            [&done](const Result<int> &r) { done = r; });
        QTRY_VERIFY(done.has_value());
        QVERIFY(!done->isOk());
        QVERIFY(!done->error().message.isEmpty());
        // A corrected connection works for the next job.
        runner.setConnection(m_cluster.settings());
        done.reset();
        runner.submit(
            QString(), this, [](QueryContext &ctx) -> Result<int> { return ctx.conn ? 2 : 0; },
            [&done](const Result<int> &r) { done = r; });
        QTRY_VERIFY(done.has_value());
        QCOMPARE(done->value(), 2);
    }

    void cleanupTestCase()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("results-test"));
    }
};

QTEST_GUILESS_MAIN(TestResultsQueries)
#include "tst_resultsqueries.moc"
