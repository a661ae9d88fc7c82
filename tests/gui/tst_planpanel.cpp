// The Plan page offscreen against a real cluster (issue 20): the sample loaded with the AWS
// catalog by the CLI, then the page on that run. Its what-if must give the numbers of
// `regionmap-cli plan --json` for the same set (one engine, two front ends); the map, the moves,
// the best k with its chart, the clouds side by side, the scenarios and the exports are checked
// against the data, not just for being there.

#include "clirun.h"
#include "testcluster.h"
#include "testpaths.h"

#include "map/mapcelllayer.h"
#include "map/worldmapwidget.h"
#include "plan/plankchart.h"
#include "plan/planpanel.h"
#include "plan/planregionmodel.h"
#include "results/resultssession.h"
#include "results/resultsview.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QXYSeries>

using namespace regionmap;
using namespace regionmap::test;

namespace {

QString fileText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestPlanPanel : public QObject
{
    Q_OBJECT

    TestCluster m_cluster;
    std::unique_ptr<ResultsView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_runId = 0;

    PlanPanel *panel() const { return m_view->planPanel(); }
    bool idle()
    {
        return QTest::qWaitFor([&] { return !panel()->plan()->isBusy() && !m_view->isBusy(); },
                               60000);
    }
    QJsonObject cliPlan(const QStringList &args)
    {
        const CliRun r
            = runCli(QStringList {QStringLiteral("plan"), QStringLiteral("--db"), m_cluster.uri(),
                                  QStringLiteral("--run"), QString::number(m_runId),
                                  QStringLiteral("-q"), QStringLiteral("--json")}
                         + args,
                     cLocaleEnvironment());
        if (r.code != 0)
            qWarning("plan exited %d: %s", r.code, r.err.constData());
        return QJsonDocument::fromJson(r.out).object();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_cluster.start(), "the test cluster did not start");
        const CliRun r = runCli({QStringLiteral("run"), QStringLiteral("--data"),
                                 sourceDir() + QStringLiteral("/resources/samples/people.csv"),
                                 QStringLiteral("--catalog"), QStringLiteral("aws"),
                                 QStringLiteral("--db"), m_cluster.uri(), QStringLiteral("--table"),
                                 QStringLiteral("planned"), QStringLiteral("-q")},
                                cLocaleEnvironment());
        QVERIFY2(r.code == 0, r.err.constData());
        m_runId = m_cluster.scalar(QStringLiteral("SELECT max(run_id) FROM etl_runs")).toLongLong();
        m_view = std::make_unique<ResultsView>();
        m_view->resize(1400, 900);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_tester = std::make_unique<QAbstractItemModelTester>(
            panel()->regionModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy runsLoaded(m_view->session(), &ResultsSession::runsLoaded);
        m_view->setConnection(m_cluster.settings());
        QVERIFY(runsLoaded.wait(30000));
        m_view->showRun(m_runId, QStringLiteral("planned"));
        QTRY_VERIFY_WITH_TIMEOUT(m_view->session()->hasOverview(), 30000);
    }

    // Opening the page reads the run and shows the run's own regions: nobody moves, and the
    // numbers are those of the CLI for the same set.
    void opensOnTheRunsRegions()
    {
        QSignalSpy shown(panel(), &PlanPanel::outcomeShown);
        m_view->setCurrentPage(ResultsView::Page::Plan);
        QVERIFY(shown.wait(60000));
        QVERIFY(idle());
        const PlanOutcome &o = panel()->outcome();
        QVERIFY(o.regions.size() > 5);
        for (const PlanMove &m : o.moves)
            QCOMPARE(m.from, m.to);
        const QJsonObject cli
            = cliPlan({QStringLiteral("--regions"), o.regions.join(QLatin1Char(','))});
        const QJsonObject set = cli[QStringLiteral("sets")].toArray().first().toObject();
        QCOMPARE(qint64(set[QStringLiteral("rows")].toDouble()), o.rows);
        QCOMPARE(set[QStringLiteral("mean_km")].toDouble(), *o.meanKm);
        QCOMPARE(set[QStringLiteral("p95_km")].toDouble(), *o.p95Km);
        QCOMPARE(set[QStringLiteral("share_within_ms")].toObject()[QStringLiteral("50")].toDouble(),
                 o.within50);
        // The map: every located row in a cell, coloured by a region of the set.
        QVERIFY(panel()->map()->message().isEmpty());
        qint64 mapped = 0;
        for (const MapCell &c : panel()->mapCells()->cells().cells) {
            mapped += c.rows;
            QVERIFY2(o.regions.contains(c.dominantRegion()), qPrintable(c.dominantRegion()));
        }
        QCOMPARE(mapped, o.rows);
        QVERIFY(panel()->summaryText().contains(QLatin1String("located rows")));
        // The moves matrix: the loaded regions down, the set across, the diagonal filled.
        QTableWidget *moves = panel()->movesTable();
        QCOMPARE(moves->columnCount(), int(o.regions.size()));
        qint64 total = 0;
        for (int r = 0; r < moves->rowCount(); ++r) {
            for (int c = 0; c < moves->columnCount(); ++c)
                total += QLocale().toLongLong(moves->item(r, c)->text().isEmpty()
                                                  ? QStringLiteral("0")
                                                  : moves->item(r, c)->text());
        }
        QCOMPARE(total, o.rows);
    }

    // Unchecking a region moves its rows to the others; the CLI agrees on the new numbers.
    void aChangeOfTheSetUpdatesTheNumbers()
    {
        const PlanOutcome before = panel()->outcome();
        const QString dropped = before.perRegion.first().region;
        PlanRegionModel *model = panel()->regionModel();
        const int candidate = [&] {
            for (int r = 0; r < model->rowCount(); ++r) {
                if (model->index(r, 0).data().toString() == dropped)
                    return r;
            }
            return -1;
        }();
        QVERIFY(candidate >= 0);
        QSignalSpy shown(panel(), &PlanPanel::outcomeShown);
        QVERIFY(model->setData(model->index(candidate, 0), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(shown.wait(30000));
        const PlanOutcome &after = panel()->outcome();
        QCOMPARE(after.regions.size(), before.regions.size() - 1);
        QVERIFY(!after.regions.contains(dropped));
        QCOMPARE(after.rows, before.rows);
        QVERIFY(*after.meanKm >= *before.meanKm);
        bool moved = false;
        for (const PlanMove &m : after.moves)
            moved = moved || (m.from == dropped && m.to != dropped && m.rows > 0);
        QVERIFY(moved);
        const QJsonObject cli
            = cliPlan({QStringLiteral("--regions"), after.regions.join(QLatin1Char(','))});
        QCOMPARE(
            cli[QStringLiteral("sets")].toArray().first()[QStringLiteral("mean_km")].toDouble(),
            *after.meanKm);

        // A click on the dropped region's diamond on the map takes it back into the set.
        WorldMapWidget *map = panel()->map();
        panel()->tabs()->setCurrentIndex(int(PlanPanel::Tab::WhatIf));
        const Region &r = panel()->plan()->planner()->candidates().at(candidate);
        map->setView(QPointF(r.longitude, r.latitude), 8);
        QTRY_COMPARE(map->regionAt(map->toScreen(r.longitude, r.latitude)), dropped);
        QTest::mouseClick(map, Qt::LeftButton, {},
                          map->toScreen(r.longitude, r.latitude).toPoint());
        QVERIFY(shown.wait(30000));
        QVERIFY(panel()->outcome().regions.contains(dropped));
        QCOMPARE(panel()->outcome().meanKm, before.meanKm);
        map->resetView();
    }

    void bestKAndItsChart()
    {
        panel()->tabs()->setCurrentIndex(int(PlanPanel::Tab::BestK));
        panel()->findBest();
        QTRY_VERIFY_WITH_TIMEOUT(!panel()->steps().isEmpty(), 60000);
        QVERIFY(idle());
        const QList<Planner::Step> &steps = panel()->steps();
        QCOMPARE(steps.size(), 4); // k = 1 to 4 (the default)
        for (int i = 1; i < steps.size(); ++i)
            QVERIFY(steps.at(i).outcome.objective <= steps.at(i - 1).outcome.objective);
        QCOMPARE(panel()->kTable()->rowCount(), 4);
        // The chart has a point per k, at the objective.
        const QList<QAbstractSeries *> series = panel()->kChart()->chart()->series();
        QVERIFY(!series.isEmpty());
        auto *line = qobject_cast<QXYSeries *>(series.first());
        QVERIFY(line);
        QCOMPARE(line->count(), 4);
        QCOMPARE(line->at(2).x(), 3.0);
        QCOMPARE(line->at(2).y(), std::round(steps.at(2).outcome.objective));
        // The same k = 3 as the command line, with all four clouds as candidates.
        const QJsonObject cli
            = cliPlan({QStringLiteral("--k"), QStringLiteral("3"), QStringLiteral("--catalog"),
                       QStringLiteral("aws,azure,gcp,oci")});
        const QJsonObject three = cli[QStringLiteral("sets")].toArray().last().toObject();
        QCOMPARE(three[QStringLiteral("objective")].toDouble(), steps.at(2).outcome.objective);
        // A double-click on k = 2 shows that set in the what-if.
        QSignalSpy shown(panel(), &PlanPanel::outcomeShown);
        emit panel()->kTable()->cellDoubleClicked(1, 0);
        QVERIFY(shown.wait(30000));
        QCOMPARE(panel()->outcome().regions, steps.at(1).outcome.regions);
        QCOMPARE(panel()->tabs()->currentIndex(), int(PlanPanel::Tab::WhatIf));
    }

    void cloudsSideBySide()
    {
        panel()->tabs()->setCurrentIndex(int(PlanPanel::Tab::Clouds));
        panel()->compareClouds();
        QTRY_VERIFY_WITH_TIMEOUT(panel()->cloudAnswers().size() == 4, 120000);
        QVERIFY(idle());
        QCOMPARE(panel()->cloudsTable()->rowCount(), 4);
        for (const PlanSession::CloudAnswer &a : panel()->cloudAnswers()) {
            QCOMPARE(a.step.k, 4);
            for (const QString &region : a.step.outcome.regions)
                QVERIFY2(region.startsWith(a.provider + QLatin1Char(':')), qPrintable(region));
        }
        // A small map per cloud, with its rows.
        QCOMPARE(panel()->smallMaps().size(), 4);
        for (WorldMapWidget *map : panel()->smallMaps())
            QVERIFY(map->message().isEmpty());
    }

    void scenariosAreSavedRenamedAndDeleted()
    {
        panel()->tabs()->setCurrentIndex(int(PlanPanel::Tab::Scenarios));
        QVERIFY(idle());
        const QStringList regions = panel()->outcome().regions;
        QSignalSpy listed(panel()->plan(), &PlanSession::scenariosLoaded);
        panel()->saveScenario(QStringLiteral("two regions"));
        QVERIFY(listed.wait(30000));
        QTRY_COMPARE(panel()->scenarios().size(), 1);
        QCOMPARE(panel()->scenarios().first().regions, regions);
        QCOMPARE(panel()->scenarios().first().runId.value_or(0), m_runId);
        // The database holds it; the CLI lists it.
        const CliRun list = runCli({QStringLiteral("plan"), QStringLiteral("--db"), m_cluster.uri(),
                                    QStringLiteral("--scenarios")},
                                   cLocaleEnvironment());
        QVERIFY(list.out.contains("two regions"));
        // A name in use is refused at once, with a message; nothing saved.
        panel()->saveScenario(QStringLiteral("two regions"));
        QVERIFY(panel()->messageText().contains(QLatin1String("saved already")));
        QVERIFY(idle());
        QCOMPARE(m_cluster.scalar(QStringLiteral("SELECT count(*) FROM plan_scenarios")).toInt(),
                 1);
        // Opened after the set changed: the set comes back.
        panel()->setServingSet({QStringLiteral("aws:us-east-1")});
        QTRY_COMPARE(panel()->outcome().regions, QStringList {QStringLiteral("aws:us-east-1")});
        QSignalSpy shown(panel(), &PlanPanel::outcomeShown);
        panel()->openScenario(QStringLiteral("two regions"));
        QVERIFY(shown.wait(30000));
        QCOMPARE(panel()->outcome().regions, regions);
        panel()->plan()->renameScenario(QStringLiteral("two regions"), QStringLiteral("pair"));
        QVERIFY(listed.wait(30000));
        QTRY_COMPARE(panel()->scenarios().first().name, QStringLiteral("pair"));
        panel()->plan()->deleteScenario(QStringLiteral("pair"));
        QVERIFY(listed.wait(30000));
        QTRY_VERIFY(panel()->scenarios().isEmpty());
    }

    void exports()
    {
        QVERIFY(idle());
        QTemporaryDir dir;
        const PlanOutcome &o = panel()->outcome();
        const QString regions = dir.filePath(QStringLiteral("regions.csv"));
        QVERIFY(panel()->exportRegionsCsv(regions));
        const QStringList lines
            = fileText(regions).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), int(o.regions.size()) + 1);
        QVERIFY(lines.first().startsWith(QLatin1String("region,name,rows,share,mean_km")));

        const QString points = dir.filePath(QStringLiteral("points.csv"));
        QVERIFY(panel()->exportPointsCsv(points));
        qint64 rows = 0;
        const QStringList pointLines
            = fileText(points).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(pointLines.size(), int(panel()->plan()->planner()->input().points.size()) + 1);
        for (int i = 1; i < pointLines.size(); ++i) {
            // rows is the fifth field; cities with commas are quoted, so count from the end.
            const QStringList f = pointLines.at(i).split(QLatin1Char(','));
            rows += f.at(f.size() - 5).toLongLong();
            QVERIFY(o.regions.contains(f.at(f.size() - 3)));
        }
        QCOMPARE(rows, o.rows);

        for (const QString &suffix : {QStringLiteral("png"), QStringLiteral("svg")}) {
            const QString map = dir.filePath(QStringLiteral("map.") + suffix);
            QVERIFY(panel()->exportMap(map));
            QVERIFY(QFileInfo(map).size() > 1000);
            const QString chart = dir.filePath(QStringLiteral("k.") + suffix);
            QVERIFY(panel()->exportKChart(chart));
            QVERIFY(QFileInfo(chart).size() > 1000);
        }
        QVERIFY(!QImage(dir.filePath(QStringLiteral("map.png"))).isNull());

        // The report: self-contained (no address to fetch), with the numbers and the provenance.
        const QString report = dir.filePath(QStringLiteral("report.html"));
        QVERIFY(panel()->exportReport(report));
        const QString html = fileText(report);
        QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(!html.contains(QLatin1String("src=\"http")));
        QVERIFY(!html.contains(QLatin1String("href=\"http")));
        QCOMPARE(html.count(QLatin1String("src=\"data:image/png;base64,")), 2); // map, k-chart
        for (const QString &region : o.regions)
            QVERIFY(html.contains(region));
        const QString sha = m_cluster
                                .scalar(QStringLiteral("SELECT source_files->0->>'sha256' FROM "
                                                       "etl_runs WHERE run_id = %1")
                                            .arg(m_runId))
                                .toString();
        QVERIFY(sha.size() == 64);
        QVERIFY2(html.contains(sha), "the report names the file's sha256");
        const qint64 read = m_cluster
                                .scalar(QStringLiteral("SELECT rows_read FROM etl_runs WHERE "
                                                       "run_id = %1")
                                            .arg(m_runId))
                                .toLongLong();
        QVERIFY(read > 0);
        QVERIFY2(html.contains(QStringLiteral("%1 rows read").arg(QLocale().toString(read))),
                 "the report says how many rows the run read");
        QVERIFY(html.contains(QLatin1String("Est. RTT model")));
        QVERIFY(html.contains(QLatin1String("Clouds side by side")));
    }

    void cleanupTestCase()
    {
        m_tester.reset();
        m_view.reset();
    }
};

QTEST_MAIN(TestPlanPanel)
#include "tst_planpanel.moc"
