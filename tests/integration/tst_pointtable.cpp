// The per-run point table (etl_points, docs/point-table.md) against a real PostgreSQL cluster:
// the points a load counts are the rows grouped by their place and assignment, and every number
// the results views read from them equals the one the rows give, the percentiles exactly
// (percentile_cont on the full table).

#include "common/feedback.h"
#include "db/copystream.h"
#include "db/pointtable.h"
#include "etl/etljob.h"
#include "results/resultsqueries.h"
#include "results/scopesource.h"
#include "resultsfixture.h"
#include "testcluster.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace regionmap;
using namespace regionmap::test;

namespace {

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

bool same(const std::optional<double> &a, const std::optional<double> &b)
{
    return a.has_value() == b.has_value() && (!a || *a == *b);
}

QString geoLite2()
{
    return QStringLiteral(REGIONMAP_SOURCE_PATH "/data/geolite2/GeoLite2-City.mmdb");
}

} // namespace

class TestPointTable : public QObject
{
    Q_OBJECT

private:
    TestCluster m_cluster;
    QSqlDatabase m_db;
    PGconn *m_conn = nullptr;

    qint64 count(const QString &sql) { return m_cluster.scalar(sql).toLongLong(); }

    // The rows of a run that its points do not stand for, and the points no rows stand for.
    qint64 pointsMismatch(const QString &table, qint64 run)
    {
        const QString columns = PointTable::pointColumns().join(QStringLiteral(", "));
        const QString points
            = QStringLiteral("SELECT %1, row_count FROM etl_points WHERE run_id = %2")
                  .arg(columns)
                  .arg(run);
        const QString rows = QStringLiteral("SELECT %1, count(*) FROM %2 WHERE run_id = %3"
                                            " GROUP BY %1")
                                 .arg(columns, table)
                                 .arg(run);
        return count(QStringLiteral("SELECT count(*) FROM ((%1 EXCEPT ALL %2)"
                                    " UNION ALL (%2 EXCEPT ALL %1)) d")
                         .arg(points, rows));
    }

    TableInfo describe(const QString &table)
    {
        Result<TableInfo> info = ResultsQueries::describeTable(m_conn, table);
        if (!info)
            qWarning("%s", qPrintable(info.error().toString()));
        return info ? info.value() : TableInfo();
    }

    ScopeOverview overview(const TableInfo &table, const ResultScope &scope)
    {
        Result<ScopeOverview> ov = ResultsQueries::overview(m_conn, table, scope);
        if (!ov)
            qWarning("%s", qPrintable(ov.error().toString()));
        return ov ? ov.value() : ScopeOverview();
    }

    // Every number of the scope from the points, then again from the rows (the runs' points
    // hidden for a moment): they must agree, the percentiles to the last bit.
    void compareWithRows(const QString &table, const ResultScope &scope, const QList<qint64> &runs)
    {
        const TableInfo info = describe(table);
        const ScopeOverview fromPoints = overview(info, scope);
        Result<DistanceHistogram> pointHist
            = ResultsQueries::distanceHistogram(m_conn, info, scope);
        Result<MapCells> pointMap = ResultsQueries::mapCells(m_conn, info, scope, 5.0);
        QVERIFY(fromPoints.fromPoints);
        QVERIFY(pointHist && pointMap);
        QStringList ids;
        for (qint64 r : runs)
            ids << QString::number(r);
        const QString idList = ids.join(QLatin1Char(','));
        const auto points = count(
            QStringLiteral("SELECT point_count FROM etl_runs WHERE run_id = %1").arg(runs.first()));
        QVERIFY(m_cluster
                    .scalar(QStringLiteral("UPDATE etl_runs SET point_count = NULL"
                                           " WHERE run_id IN (%1)")
                                .arg(idList))
                    .isNull());
        const ScopeOverview fromRows = overview(info, scope);
        Result<DistanceHistogram> rowHist = ResultsQueries::distanceHistogram(m_conn, info, scope);
        Result<MapCells> rowMap = ResultsQueries::mapCells(m_conn, info, scope, 5.0);
        QVERIFY(m_cluster
                    .scalar(QStringLiteral("UPDATE etl_runs r SET point_count ="
                                           " (SELECT count(*) FROM etl_points p"
                                           "   WHERE p.run_id = r.run_id) WHERE run_id IN (%1)")
                                .arg(idList))
                    .isNull());
        QCOMPARE(count(QStringLiteral("SELECT point_count FROM etl_runs WHERE run_id = %1")
                           .arg(runs.first())),
                 points);
        QVERIFY(!fromRows.fromPoints);
        QVERIFY(rowHist && rowMap);

        QCOMPARE(fromPoints.totalRows, fromRows.totalRows);
        QCOMPARE(fromPoints.locatedRows, fromRows.locatedRows);
        QCOMPARE(fromPoints.firmRows, fromRows.firmRows);
        QCOMPARE(fromPoints.uncertainRows, fromRows.uncertainRows);
        QCOMPARE(fromPoints.crossCheck.crossChecked(), fromRows.crossCheck.crossChecked());
        QCOMPARE(fromPoints.crossCheck.crossDifferent, fromRows.crossCheck.crossDifferent);
        QCOMPARE(fromPoints.regions.size(), fromRows.regions.size());
        QVERIFY(fromPoints.firmRows + fromPoints.uncertainRows > 0);
        int compared = 0;
        for (const RegionStat &p : fromPoints.regions) {
            const RegionStat *r = fromRows.region(p.code);
            QVERIFY2(r, qPrintable(p.code));
            QCOMPARE(p.rows, r->rows);
            QCOMPARE(p.name, r->name);
            QCOMPARE(p.provider, r->provider);
            QCOMPARE(p.firm, r->firm);
            QCOMPARE(p.uncertain, r->uncertain);
            QCOMPARE(p.crossSame, r->crossSame);
            QCOMPARE(p.crossDifferent, r->crossDifferent);
            QCOMPARE(p.crossNotLocated, r->crossNotLocated);
            QCOMPARE(p.meanKm.has_value(), r->meanKm.has_value());
            if (p.meanKm)
                QVERIFY(near(*p.meanKm, *r->meanKm));
            // percentile_cont's own arithmetic: equal, not merely close.
            QVERIFY2(same(p.medianKm, r->medianKm),
                     qPrintable(QStringLiteral("%1 median %2 vs %3")
                                    .arg(p.code)
                                    .arg(p.medianKm.value_or(-1), 0, 'g', 17)
                                    .arg(r->medianKm.value_or(-1), 0, 'g', 17)));
            QVERIFY2(same(p.p95Km, r->p95Km), qPrintable(p.code));
            QCOMPARE(p.rtt.rows, r->rtt.rows);
            QVERIFY2(same(p.rtt.p95Ms, r->rtt.p95Ms), qPrintable(p.code));
            QCOMPARE(p.rtt.within50, r->rtt.within50);
            compared += p.rows > 0 ? 1 : 0;
        }
        QVERIFY(compared >= 5);
        QVERIFY(same(fromPoints.rtt.p95Ms, fromRows.rtt.p95Ms));
        QCOMPARE(fromPoints.rtt.within20, fromRows.rtt.within20);
        QCOMPARE(fromPoints.rtt.within100, fromRows.rtt.within100);
        QVERIFY(near(fromPoints.rtt.meanMs.value_or(-1), fromRows.rtt.meanMs.value_or(-1)));

        QCOMPARE(pointHist->total, rowHist->total);
        QCOMPARE(pointHist->maxKm, rowHist->maxKm);
        QCOMPARE(pointHist->counts, rowHist->counts);
        QCOMPARE(pointMap->totalRows, rowMap->totalRows);
        QCOMPARE(pointMap->cells.size(), rowMap->cells.size());
        for (int i = 0; i < pointMap->cells.size(); ++i) {
            const MapCell &a = pointMap->cells.at(i);
            const MapCell &b = rowMap->cells.at(i);
            QCOMPARE(a.rows, b.rows);
            QCOMPARE(a.uncertainRows, b.uncertainRows);
            QCOMPARE(a.regions, b.regions);
            QVERIFY(near(a.latitude, b.latitude) && near(a.longitude, b.longitude));
        }
    }

private slots:
    void initTestCase()
    {
        const Status st = m_cluster.start();
        QVERIFY2(st.isOk(), qPrintable(st.isOk() ? QString() : st.error().toString()));
        m_db = m_cluster.connect(QStringLiteral("points-test"));
        QVERIFY(m_db.isOpen());
        Result<PGconn *> conn = pgConnection(m_db);
        QVERIFY(conn);
        m_conn = conn.value();
        QVERIFY2(QFile::exists(geoLite2()),
                 "GeoLite2 City is missing: run scripts/fetch-geolite2 (scripts/test does)");
    }

    // The points a load counted are its rows grouped by every point column, and the results
    // read from them equal the rows' own; a cross-check's agreement is kept per point.
    void aLoadCountsItsRowsAsPoints()
    {
        Result<qint64> run = loadSample(m_cluster, QStringLiteral("crossed"), false, geoLite2());
        QVERIFY2(run, qPrintable(run ? QString() : run.error().toString()));
        const qint64 points
            = count(QStringLiteral("SELECT point_count FROM etl_runs WHERE run_id = %1").arg(*run));
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM etl_points WHERE run_id = %1").arg(*run)),
            points);
        QVERIFY2(points > 100 && points < 3000, qPrintable(QString::number(points)));
        QCOMPARE(count(QStringLiteral("SELECT sum(row_count) FROM etl_points WHERE run_id = %1")
                           .arg(*run)),
                 count(QStringLiteral("SELECT count(*) FROM crossed")));
        QCOMPARE(pointsMismatch(QStringLiteral("crossed"), *run), 0);
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM etl_points WHERE run_id = %1"
                                     " AND agreement = 'different_region'")
                          .arg(*run))
                > 0);
        compareWithRows(QStringLiteral("crossed"),
                        ResultScope::wholeTable(QStringLiteral("crossed")), {*run});
        compareWithRows(QStringLiteral("crossed"),
                        ResultScope::run(QStringLiteral("crossed"), *run), {*run});
    }

    // Two appends: the table's scope reads both runs' points, one run's scope its own.
    void appendedRunsAddUp()
    {
        Result<qint64> first = loadSample(m_cluster, QStringLiteral("twice"));
        Result<qint64> second = loadSample(m_cluster, QStringLiteral("twice"), true);
        QVERIFY(first && second);
        QCOMPARE(pointsMismatch(QStringLiteral("twice"), *second), 0);
        compareWithRows(QStringLiteral("twice"), ResultScope::wholeTable(QStringLiteral("twice")),
                        {*first, *second});
        compareWithRows(QStringLiteral("twice"), ResultScope::run(QStringLiteral("twice"), *second),
                        {*second});
    }

    // A replace drops the points of the runs whose rows it replaced.
    void aReplaceDropsTheReplacedPoints()
    {
        Result<qint64> first = loadSample(m_cluster, QStringLiteral("again"));
        QVERIFY(first);
        QVERIFY(
            count(QStringLiteral("SELECT count(*) FROM etl_points WHERE run_id = %1").arg(*first))
            > 0);
        Result<qint64> second = loadSample(m_cluster, QStringLiteral("again"));
        QVERIFY(second);
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM etl_points WHERE run_id = %1").arg(*first)),
            0);
        QVERIFY(m_cluster
                    .scalar(QStringLiteral("SELECT point_count FROM etl_runs WHERE run_id = %1")
                                .arg(*first))
                    .isNull());
        QCOMPARE(pointsMismatch(QStringLiteral("again"), *second), 0);
        // Its partition went after the commit.
        const auto partitionExists = [this](qint64 run) {
            return m_cluster
                .scalar(QStringLiteral("SELECT to_regclass('etl_points_r%1') IS NOT NULL").arg(run))
                .toBool();
        };
        QVERIFY(!partitionExists(*first));
        QVERIFY(partitionExists(*second));

        // A reader of the second run's points holds its partition: the next replace still
        // loads, leaves the partition for later (after a second's wait), and the run after
        // that drops it.
        QVERIFY(execSql(m_conn, QStringLiteral("BEGIN")));
        QVERIFY(execSql(
            m_conn,
            QStringLiteral("SELECT count(*) FROM etl_points WHERE run_id = %1").arg(*second)));
        Result<qint64> third = loadSample(m_cluster, QStringLiteral("again"));
        QVERIFY(third);
        QVERIFY(partitionExists(*second));
        QCOMPARE(pointsMismatch(QStringLiteral("again"), *third), 0);
        QVERIFY(execSql(m_conn, QStringLiteral("COMMIT")));
        Result<qint64> fourth = loadSample(m_cluster, QStringLiteral("again"));
        QVERIFY(fourth);
        QVERIFY(!partitionExists(*second));
        QVERIFY(!partitionExists(*third));
        QCOMPARE(pointsMismatch(QStringLiteral("again"), *fourth), 0);
    }

    // A run loaded before the point table existed gets its points once, from its rows, and
    // then reads as fast as a new one.
    void anOlderRunGetsItsPointsOnce()
    {
        Result<qint64> run = loadSample(m_cluster, QStringLiteral("older"));
        QVERIFY(run);
        QVERIFY(m_cluster
                    .scalar(QStringLiteral("WITH d AS (DELETE FROM etl_points WHERE run_id = %1)"
                                           " UPDATE etl_runs SET point_count = NULL"
                                           " WHERE run_id = %1")
                                .arg(*run))
                    .isNull());
        const TableInfo info = describe(QStringLiteral("older"));
        const ResultScope scope = ResultScope::wholeTable(QStringLiteral("older"));
        QVERIFY(!overview(info, scope).fromPoints);
        Result<QList<qint64>> made = PointMaker::makeMissing(m_conn, info, scope);
        QVERIFY2(made, qPrintable(made ? QString() : made.error().toString()));
        QCOMPARE(made.value(), QList<qint64> {*run});
        QCOMPARE(pointsMismatch(QStringLiteral("older"), *run), 0);
        made = PointMaker::makeMissing(m_conn, info, scope);
        QVERIFY(made);
        QVERIFY(made->isEmpty()); // once
        compareWithRows(QStringLiteral("older"), scope, {*run});
    }

    // An upsert whose file repeats a key: the rows that lost are not in the table, nor in its
    // points; a later upsert into the table sends the views back to the rows.
    void anUpsertKeepsItsPointsTrue()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keys.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("id,ip\n1,8.8.8.8\n2,81.2.69.142\n1,2.125.160.216\n3,10.0.0.1\n");
        f.close();
        EtlOptions o;
        o.inputs.append({path, {}});
        o.builtinCatalogs = QStringList {QStringLiteral("aws")};
        o.connection = m_cluster.settings();
        o.table = QStringLiteral("keyed");
        o.mode = LoadMode::Upsert;
        o.keyColumn = QStringLiteral("id");
        Feedback feedback;
        const EtlSummary s = EtlJob(o).run(feedback);
        QCOMPARE(s.status, RunStatus::Succeeded);
        QCOMPARE(s.rowsLoaded, 3);
        QCOMPARE(count(QStringLiteral("SELECT sum(row_count) FROM etl_points WHERE run_id = %1")
                           .arg(s.runId)),
                 3);
        QCOMPARE(pointsMismatch(QStringLiteral("keyed"), s.runId), 0);
        const TableInfo info = describe(QStringLiteral("keyed"));
        QVERIFY(overview(info, ResultScope::wholeTable(QStringLiteral("keyed"))).fromPoints);

        Feedback again;
        const EtlSummary later = EtlJob(o).run(again);
        QCOMPARE(later.status, RunStatus::Succeeded);
        QVERIFY(!overview(info, ResultScope::run(QStringLiteral("keyed"), s.runId)).fromPoints);
    }
};

QTEST_GUILESS_MAIN(TestPointTable)
#include "tst_pointtable.moc"
