// The results page on a table of 2,000,000 rows: opening it,
// scrolling the row table, sorting and filtering on the server, zooming the map and planning must
// never block the GUI thread (issue 19: no stall over 50 ms). A QTimer probe measures the worst
// event-loop stall of each phase, and how much of it the GUI thread was blocked: the gap less the
// time the thread waited for a processor (the kernel's run-queue delay), which on a shared 2-core
// machine is other processes' doing, not this thread's. The blocked stall is asserted; both are
// reported. Also asserted: every view ends up with the right numbers.

#include "map/mapcelllayer.h"
#include "map/mapsitelayer.h"
#include "map/worldmapwidget.h"
#include "plan/planpanel.h"
#include "results/columnmatchbar.h"
#include "results/mappanel.h"
#include "results/resultrowsmodel.h"
#include "results/resultssession.h"
#include "results/resultsview.h"
#include "results/rowindexes.h"
#include "results/rowspanel.h"
#include "resultsfixture.h"
#include "testcluster.h"

#include <QElapsedTimer>
#include <QFile>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace regionmap;
using namespace regionmap::test;

namespace {

constexpr qint64 kRows = 2'000'000;

constexpr double kMaxStallMs = 50; // issue 19

// The time this thread has waited on a run queue for a processor, in ns (Linux's schedstat:
// on-CPU time, run-queue delay, time slices); -1 when the kernel does not say.
qint64 runQueueDelayNs()
{
    QFile f(QStringLiteral("/proc/thread-self/schedstat"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = f.readAll().simplified().split(' ');
    bool ok = false;
    const qint64 delay = fields.size() >= 2 ? fields.at(1).toLongLong(&ok) : -1;
    return ok ? delay : -1;
}

struct Stall
{
    double rawMs = 0; // the longest gap between two firings, less the interval
    double blockedMs = 0; // the longest gap less the thread's run-queue delay within it
};

// Fires every 5 ms and remembers the longest gap between two firings (the longest time the event
// loop could not run), with and without the time the thread only waited for a processor.
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const qint64 delay = runQueueDelayNs();
            m_worst = std::max(m_worst, now - m_last);
            m_worstBlocked = std::max(m_worstBlocked, now - m_last - (delay - m_lastDelay));
            m_last = now;
            m_lastDelay = delay;
        });
    }
    static bool canTellWaits() { return runQueueDelayNs() >= 0; }
    void start()
    {
        m_worst = 0;
        m_worstBlocked = 0;
        m_clock.start();
        m_last = 0;
        m_lastDelay = std::max<qint64>(0, runQueueDelayNs());
        m_timer.start();
    }
    Stall stop()
    {
        m_timer.stop();
        return {std::max(0.0, double(m_worst) / 1e6 - 5.0),
                std::max(0.0, double(m_worstBlocked) / 1e6 - 5.0)};
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worst = 0;
    qint64 m_lastDelay = 0;
    qint64 m_worstBlocked = 0;
};

} // namespace

class TestResultsStall : public QObject
{
    Q_OBJECT

private:
    TestCluster m_cluster;
    qint64 m_bigRun = 0;
    std::unique_ptr<ResultsView> m_view;
    StallProbe m_probe;
    QList<QPair<QString, Stall>> m_report;

    ResultRowsModel *rows() const { return m_view->session()->rowsModel(); }
    bool settled(int ms = 300000)
    {
        return QTest::qWaitFor([&] { return !m_view->isBusy() && !rows()->isLoading(); }, ms);
    }
    bool rowLoaded(int row)
    {
        return QTest::qWaitFor(
            [&] { return rows()->index(row, 0).data(ResultRowsModel::IsLoadedRole).toBool(); },
            60000);
    }
    // Reports a phase, and fails when the GUI thread was blocked longer than kMaxStallMs.
    void record(const QString &phase, const Stall &stall, qint64 elapsedMs)
    {
        qInfo("%-52s worst stall %6.1f ms, blocked %6.1f ms   (took %lld ms)", qPrintable(phase),
              stall.rawMs, stall.blockedMs, elapsedMs);
        m_report << qMakePair(phase, stall);
        QVERIFY2(stall.blockedMs <= kMaxStallMs,
                 qPrintable(QStringLiteral("%1: the GUI thread was blocked for %2 ms (at most %3)")
                                .arg(phase)
                                .arg(stall.blockedMs, 0, 'f', 1)
                                .arg(kMaxStallMs)));
    }

private slots:
    void initTestCase()
    {
        // Without the run-queue delay every wait for a processor would count as blocked.
        QVERIFY2(StallProbe::canTellWaits(), "/proc/thread-self/schedstat cannot be read");
        const Status st = m_cluster.start();
        QVERIFY2(st.isOk(), qPrintable(st.isOk() ? QString() : st.error().toString()));
        Result<qint64> sample = loadSample(m_cluster, QStringLiteral("people"));
        QVERIFY2(sample, qPrintable(sample ? QString() : sample.error().toString()));
        QElapsedTimer t;
        t.start();
        {
            ScopedConnection c(m_cluster.settings(), QStringLiteral("test"));
            Result<qint64> big = createLargeTable(c.database(), QStringLiteral("people"),
                                                  QStringLiteral("big"), kRows);
            QVERIFY2(big, qPrintable(big ? QString() : big.error().toString()));
            m_bigRun = big.value();
        }
        qInfo("Created the %lld-row table in %lld ms.", kRows, t.elapsed());
        m_view = std::make_unique<ResultsView>();
        m_view->resize(1280, 800);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void openTheResults()
    {
        // The table was made without points (as by a version before the point table): the
        // page makes them once, off the GUI thread, saying so, and then reads them.
        QSignalSpy preparing(m_view->session(), &ResultsSession::preparing);
        QElapsedTimer t;
        t.start();
        m_probe.start();
        m_view->setConnection(m_cluster.settings());
        m_view->showRun(m_bigRun, QStringLiteral("big"));
        QVERIFY(QTest::qWaitFor([&] { return m_view->session()->hasOverview(); }, 300000));
        const qint64 summaryMs = t.elapsed();
        QVERIFY(settled());
        record(QStringLiteral("open: summary, charts, map"), m_probe.stop(), t.elapsed());
        qInfo("  summary on screen after %lld ms", summaryMs);
        QCOMPARE(preparing.size(), 2); // the note, then its end (an empty one)
        QVERIFY(!preparing.first().first().toString().isEmpty());
        QVERIFY(preparing.last().first().toString().isEmpty());
        QVERIFY(m_view->session()->overview().fromPoints);
        QCOMPARE(m_cluster
                     .scalar(QStringLiteral("SELECT sum(row_count) FROM etl_points"
                                            " WHERE run_id = %1")
                                 .arg(m_bigRun))
                     .toLongLong(),
                 kRows);
        QCOMPARE(m_view->session()->overview().totalRows, kRows);
        // The Rows page is not shown: its model asked the server nothing yet.
        QVERIFY(!rows()->isActive());
        QCOMPARE(rows()->totalRows(), 0);
        qint64 mapRows = 0;
        m_view->setCurrentPage(ResultsView::Page::Map);
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->mapPanel()->cellLayer()->cells().cells.isEmpty(), 120000);
        for (const MapCell &c : m_view->mapPanel()->cellLayer()->cells().cells)
            mapRows += c.rows;
        QCOMPARE(mapRows, m_view->session()->overview().locatedRows);
    }

    void scrollTheRows()
    {
        // The Rows page shown: the head, then every position, then the first rows.
        QElapsedTimer t;
        t.start();
        m_probe.start();
        m_view->setCurrentPage(ResultsView::Page::Rows);
        QVERIFY(rows()->isActive());
        QVERIFY(rowLoaded(0));
        QVERIFY(settled());
        QVERIFY(QTest::qWaitFor([&] { return !rows()->isPositioning(); }, 60000));
        record(
            QStringLiteral("rows: first page, then the positions of %1M rows").arg(kRows / 1000000),
            m_probe.stop(), t.elapsed());
        QCOMPARE(rows()->totalRows(), kRows);
        QTableView *view = m_view->rowsPanel()->view();
        QScrollBar *bar = view->verticalScrollBar();

        // Jumps anywhere (dragging the scroll bar thumb).
        t.restart();
        m_probe.start();
        for (const double at : {0.5, 0.9, 0.1, 1.0, 0.33, 0.0, 0.75}) {
            bar->setValue(int(at * bar->maximum()));
            const int row = view->rowAt(0);
            QVERIFY(row >= 0);
            QVERIFY(rowLoaded(row));
            QVERIFY(rowLoaded(view->rowAt(view->viewport()->height() - 2)));
        }
        record(QStringLiteral("scroll: 7 jumps across %1M rows, each until shown")
                   .arg(kRows / 1000000),
               m_probe.stop(), t.elapsed());

        // Continuous scrolling: a page every 15 ms for 300 pages (a held Page Down).
        t.restart();
        m_probe.start();
        for (int i = 0; i < 300; ++i) {
            bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
            QTest::qWait(15);
        }
        QVERIFY(rowLoaded(view->rowAt(0)));
        record(QStringLiteral("scroll: 300 pages down, one per 15 ms"), m_probe.stop(),
               t.elapsed());
        // The cache stays bounded however far one scrolls.
        QVERIFY(rows()->cachedBlocks() <= ResultRowsModel::kMaxCachedBlocks);

        // A fast drag: the thumb moved every 10 ms across the table.
        t.restart();
        m_probe.start();
        for (int i = 0; i <= 100; ++i) {
            bar->setValue(int(qint64(bar->maximum()) * i / 100));
            QTest::qWait(10);
        }
        QVERIFY(rowLoaded(view->rowAt(0)));
        record(QStringLiteral("scroll: thumb dragged top to bottom in 1 s"), m_probe.stop(),
               t.elapsed());
    }

    void sortAndFilterOnTheServer()
    {
        QTableView *view = m_view->rowsPanel()->view();
        const int distance = rows()->table().columnIndex(QStringLiteral("distance_km"));
        const int email = rows()->table().columnIndex(QStringLiteral("email"));
        // A table this big gets an index for its sort, made on demand and said so; the first
        // page comes before the positions of every row.
        QVERIFY(m_cluster.scalar(QStringLiteral("SELECT pg_relation_size('big')")).toLongLong()
                >= RowIndexes::kLargeTableBytes);
        QSignalSpy status(rows(), &ResultRowsModel::statusTextChanged);
        QSignalSpy ready(rows(), &ResultRowsModel::snapshotReady);
        bool headBeforePositions = false;
        connect(rows(), &ResultRowsModel::snapshotReady, this,
                [&] { headBeforePositions = headBeforePositions || rows()->isPositioning(); });
        QElapsedTimer t;
        t.start();
        m_probe.start();
        view->sortByColumn(distance, Qt::DescendingOrder);
        QVERIFY(settled());
        QVERIFY(rowLoaded(0));
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() / 2);
        QVERIFY(rowLoaded(view->rowAt(0)));
        record(QStringLiteral("sort %1M rows by distance_km, show middle").arg(kRows / 1000000),
               m_probe.stop(), t.elapsed());
        QCOMPARE(rows()->totalRows(), kRows);
        // Largest first.
        const double first = rows()->index(0, distance).data().toDouble();
        const double later = rows()->index(view->rowAt(0), distance).data().toDouble();
        QVERIFY(first >= later);
        // Checked after the probe: they open connections of their own on this thread.
        QVERIFY(headBeforePositions);
        QCOMPARE(ready.size(), 2);
        bool saidIndex = false;
        for (const QList<QVariant> &s : std::as_const(status))
            saidIndex = saidIndex || s.first().toString().contains(QLatin1String("index"));
        QVERIFY(saidIndex);
        QCOMPARE(m_cluster
                     .scalar(QStringLiteral("SELECT count(*) FROM pg_indexes WHERE tablename ="
                                            " 'big' AND indexdef LIKE '%distance_km DESC NULLS"
                                            " LAST%'"))
                     .toInt(),
                 1);
        // The first rows are the server's, ties in physical order (many rows repeat).
        {
            ScopedConnection c(m_cluster.settings(), QStringLiteral("order"));
            QSqlQuery q(c.database());
            // Qualified: a bare distance_km in ORDER BY would be the output column, its text.
            QVERIFY(q.exec(QStringLiteral("SELECT distance_km::text, email FROM big"
                                          " ORDER BY big.distance_km DESC NULLS LAST, ctid"
                                          " LIMIT 200")));
            for (int r = 0; q.next(); ++r) {
                QCOMPARE(rows()->index(r, distance).data(Qt::EditRole).toString(),
                         q.value(0).toString());
                QCOMPARE(rows()->index(r, email).data(Qt::EditRole).toString(),
                         q.value(1).toString());
            }
        }

        t.restart();
        m_probe.start();
        const QString top = m_view->session()->overview().regions.first().code;
        m_view->rowsPanel()->setRegionFilter(top);
        QVERIFY(settled());
        record(QStringLiteral("filter by region (sorted)"), m_probe.stop(), t.elapsed());
        QCOMPARE(rows()->totalRows(), m_view->session()->overview().regions.first().rows);

        t.restart();
        m_probe.start();
        m_view->rowsPanel()->setSearchText(QStringLiteral("example.net"));
        QVERIFY(settled());
        record(QStringLiteral("free-text search over every column"), m_probe.stop(), t.elapsed());
        const qint64 expected
            = m_cluster
                  .scalar(QStringLiteral("SELECT count(*) FROM big WHERE region_code = '%1'"
                                         " AND concat_ws(chr(31), big.*) ILIKE '%example.net%'")
                              .arg(top))
                  .toLongLong();
        QCOMPARE(rows()->totalRows(), expected);
        m_view->rowsPanel()->clearFilters();
        QVERIFY(settled());
    }

    // A match on a CSV column reads the rows: the page stays responsive while it does, its
    // numbers are PostgreSQL's own, and Stop cancels the next one and goes back to the points.
    void matchACsvColumnThenStop()
    {
        m_view->setCurrentPage(ResultsView::Page::Summary);
        ColumnMatchBar *bar = m_view->columnMatchBar();
        QPushButton *stop = nullptr;
        for (QPushButton *b : bar->findChildren<QPushButton *>()) {
            if (b->text() == QLatin1String("Stop"))
                stop = b;
        }
        QVERIFY(stop);
        const ResultScope all = m_view->session()->scope();
        QVERIFY(!all.match.isSet());
        ColumnMatch female;
        female.column = QStringLiteral("gender");
        female.value = QStringLiteral("Female");
        QElapsedTimer t;
        t.start();
        m_probe.start();
        m_view->session()->setScope(all.withMatch(female));
        QVERIFY(QTest::qWaitFor([&] { return stop->isVisible(); }, 5000));
        QVERIFY(QTest::qWaitFor(
            [&] { return m_view->session()->hasOverview() && !m_view->isBusy(); }, 300000));
        record(QStringLiteral("match gender = Female: summary, charts, map from %1M rows")
                   .arg(kRows / 1000000),
               m_probe.stop(), t.elapsed());
        QVERIFY(!m_view->session()->overview().fromPoints);
        QCOMPARE(
            m_view->session()->overview().totalRows,
            m_cluster.scalar(QStringLiteral("SELECT count(*) FROM big WHERE gender = 'Female'"))
                .toLongLong());
        QVERIFY(!stop->isVisible());

        // Another value, stopped while it reads: every row again, from the points.
        ColumnMatch male = female;
        male.value = QStringLiteral("Male");
        m_view->session()->setScope(all.withMatch(male));
        QVERIFY(QTest::qWaitFor([&] { return stop->isVisible(); }, 5000));
        QTest::mouseClick(stop, Qt::LeftButton);
        QVERIFY(!m_view->session()->scope().match.isSet());
        QVERIFY(QTest::qWaitFor(
            [&] { return m_view->session()->hasOverview() && !m_view->isBusy(); }, 60000));
        QVERIFY(m_view->session()->overview().fromPoints);
        QCOMPARE(m_view->session()->overview().totalRows, kRows);
        // Nothing of the stopped queries runs on: the server has no RegionMap query active.
        QTRY_COMPARE_WITH_TIMEOUT(
            m_cluster
                .scalar(
                    QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE state = 'active'"
                                   " AND query ILIKE '%gender%' AND pid <> pg_backend_pid()"))
                .toInt(),
            0, 10000);
    }

    void zoomTheMap()
    {
        m_view->setCurrentPage(ResultsView::Page::Map);
        WorldMapWidget *map = m_view->mapWidget();
        const MapCellLayer *cells = m_view->mapPanel()->cellLayer();
        QElapsedTimer t;
        t.start();
        m_probe.start();
        for (int i = 0; i < 6; ++i) {
            map->setView(QPointF(10, 50), std::pow(2.0, i + 1));
            QTest::qWait(200);
        }
        QVERIFY(settled());
        QTRY_VERIFY(cells->cells().cellDegrees
                    == MapCellLayer::wantedCellDegrees(map->projection()));
        // Pan around at that zoom, a frame every 16 ms.
        for (int i = 0; i < 50; ++i) {
            map->setView(QPointF(10 + i * 0.2, 50), map->zoom());
            QTest::qWait(16);
        }
        record(QStringLiteral("map: zoom in 6 steps (finer grids), pan 50 frames"), m_probe.stop(),
               t.elapsed());

        // What one frame costs: the world, and zoomed in (the 1:50m outline), both redrawn from
        // scratch (a pan invalidates the cached land) with the cells and sites on top.
        for (const double zoom : {1.0, 32.0}) {
            map->setView(QPointF(10, 50), zoom);
            QTRY_VERIFY(cells->cells().cellDegrees
                        == MapCellLayer::wantedCellDegrees(map->projection()));
            QElapsedTimer frame;
            frame.start();
            for (int i = 0; i < 20; ++i) {
                map->setView(QPointF(10 + (i % 2) * 0.01, 50), zoom);
                map->repaint();
            }
            qInfo("map frame at zoom %2.0f: %.1f ms (%lld cells)", zoom,
                  double(frame.elapsed()) / 20.0, qint64(cells->cells().cells.size()));
        }
    }

    // The Plan page on the big run: reading its places, the run's own regions as a what-if, a
    // change of the set, and the best 1..4 regions of the four clouds; the work is off the GUI
    // thread, the page only shows the answers.
    void planOnTheBigRun()
    {
        PlanPanel *plan = m_view->planPanel();
        m_view->showRun(m_bigRun, QStringLiteral("big"));
        QVERIFY(settled());
        QElapsedTimer t;
        t.start();
        m_probe.start();
        QSignalSpy shown(plan, &PlanPanel::outcomeShown);
        m_view->setCurrentPage(ResultsView::Page::Plan);
        QVERIFY(shown.wait(120000));
        const QStringList loaded = plan->outcome().regions;
        QVERIFY(!loaded.isEmpty());
        plan->setServingSet(loaded.mid(1) << QStringLiteral("gcp:europe-west4"));
        QVERIFY(shown.wait(60000));
        plan->findBest();
        QVERIFY(QTest::qWaitFor([&] { return !plan->steps().isEmpty(); }, 120000));
        QVERIFY(QTest::qWaitFor([&] { return !plan->plan()->isBusy(); }, 60000));
        record(QStringLiteral("plan: open, what-if, change the set, best k = 1..4"), m_probe.stop(),
               t.elapsed());
        QCOMPARE(plan->outcome().rows, plan->plan()->planner()->input().locatedRows);
    }

    void cleanupTestCase()
    {
        Stall worst;
        for (const auto &r : std::as_const(m_report)) {
            worst.rawMs = std::max(worst.rawMs, r.second.rawMs);
            worst.blockedMs = std::max(worst.blockedMs, r.second.blockedMs);
        }
        qInfo("WORST EVENT-LOOP STALL over all phases: %.1f ms, blocked %.1f ms", worst.rawMs,
              worst.blockedMs);
        m_view.reset();
    }
};

QTEST_MAIN(TestResultsStall)
#include "tst_resultsstall.moc"
