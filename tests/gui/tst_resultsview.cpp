// The results page offscreen, against a real cluster with the hand dataset: the models under
// QAbstractItemModelTester, the charts' series and values, the filters' row counts, the map's
// cells and clicks, the exports and the attribution.

#include "geo/regioncatalog.h"
#include "map/mapcelllayer.h"
#include "map/mappairlayer.h"
#include "map/mapsitelayer.h"
#include "map/worldmapwidget.h"
#include "results/chartspanel.h"
#include "results/columnmatchbar.h"
#include "results/disagreementspanel.h"
#include "results/mappanel.h"
#include "results/regionpalette.h"
#include "results/regionsummarymodel.h"
#include "results/resultrowsmodel.h"
#include "results/resultssession.h"
#include "results/resultsview.h"
#include "results/rowspanel.h"
#include "results/runsmodel.h"
#include "results/summarysortproxy.h"
#include "results/worldoutline.h"
#include "resultsfixture.h"
#include "testcluster.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

using namespace regionmap;
using namespace regionmap::test;

namespace {

QAbstractBarSeries *barSeries(QChart *chart)
{
    return chart->series().isEmpty() ? nullptr
                                     : qobject_cast<QAbstractBarSeries *>(chart->series().first());
}

// The value each set holds (a set per bar, its value in its own category).
QMap<QString, qint64> barValues(QChart *chart)
{
    QMap<QString, qint64> values;
    QAbstractBarSeries *series = barSeries(chart);
    if (!series)
        return values;
    for (QBarSet *set : series->barSets())
        values[set->label()] = qint64(set->sum());
    return values;
}

QString fileText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestResultsView : public QObject
{
    Q_OBJECT

private:
    TestCluster m_cluster;
    HandDataset m_hand;
    std::unique_ptr<ResultsView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_runsTester;
    std::unique_ptr<QAbstractItemModelTester> m_summaryTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
    std::unique_ptr<QAbstractItemModelTester> m_rowsTester;

    ResultsSession *session() const { return m_view->session(); }
    ResultRowsModel *rows() const { return session()->rowsModel(); }

    bool showRunAndWait(qint64 runId)
    {
        m_view->showRun(runId, HandDataset::table());
        return QTest::qWaitFor([&] {
            return session()->hasOverview() && !m_view->isBusy() && !rows()->isLoading()
                   && !session()->histogram().counts.isEmpty();
        });
    }
    bool settled()
    {
        return QTest::qWaitFor([&] { return !m_view->isBusy() && !rows()->isLoading(); });
    }

private slots:
    void initTestCase()
    {
        const Status st = m_cluster.start();
        QVERIFY2(st.isOk(), qPrintable(st.isOk() ? QString() : st.error().toString()));
        {
            ScopedConnection c(m_cluster.settings(), QStringLiteral("test"));
            Result<HandDataset> hand = createHandDataset(c.database());
            QVERIFY2(hand, qPrintable(hand ? QString() : hand.error().toString()));
            m_hand = hand.value();
        }
        m_view = std::make_unique<ResultsView>();
        m_view->resize(1200, 800);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        using Mode = QAbstractItemModelTester::FailureReportingMode;
        m_runsTester
            = std::make_unique<QAbstractItemModelTester>(session()->runsModel(), Mode::QtTest);
        m_summaryTester
            = std::make_unique<QAbstractItemModelTester>(session()->summaryModel(), Mode::QtTest);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(m_view->summaryView()->model(),
                                                                   Mode::QtTest);
        m_rowsTester = std::make_unique<QAbstractItemModelTester>(rows(), Mode::QtTest);

        QSignalSpy runsLoaded(session(), &ResultsSession::runsLoaded);
        m_view->setConnection(m_cluster.settings());
        QVERIFY(runsLoaded.wait(30000));
    }

    void outlineResourceLoads()
    {
        const WorldOutline &outline = WorldOutline::builtin();
        QVERIFY(!outline.isEmpty());
        QVERIFY(outline.pointCount() > 50000);
        const QRectF land = outline.landBounds(WorldOutline::Detail::Coarse);
        QVERIFY(land.left() < -179 && land.right() > 179); // copies across the antimeridian
        QVERIFY(land.bottom() > 89.9); // Antarctica closed through the pole (y = -latitude)
        QVERIFY(!WorldOutline::parse(QByteArray("RMAP\x01garbage")));
        QVERIFY(!WorldOutline::parse(QByteArray()));
        QFile f(QStringLiteral(":/map/world.rmap"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray data = f.readAll();
        QVERIFY(!WorldOutline::parse(data.left(data.size() / 2))); // truncated
    }

    void runPickerListsTheHistory()
    {
        RunsModel *runs = session()->runsModel();
        QCOMPARE(runs->rowCount(), 3);
        const int a = runs->rowOfRun(m_hand.runA);
        QVERIFY(a >= 0);
        QCOMPARE(runs->index(a, RunsModel::TableColumn).data().toString(), QStringLiteral("hand"));
        QCOMPARE(runs->index(a, RunsModel::LoadedColumn).data(RunsModel::SortRole).toLongLong(), 9);
        QCOMPARE(runs->index(a, RunsModel::LocatedColumn).data(RunsModel::SortRole).toLongLong(),
                 5);
        QVERIFY(RunsModel::isBrowsable(*runs->run(a)));
        QVERIFY(!RunsModel::isBrowsable(*runs->run(runs->rowOfRun(m_hand.failedRun))));
        QCOMPARE(session()->tables().size(), 1);
    }

    void summaryOfOneRun()
    {
        QVERIFY(showRunAndWait(m_hand.runA));
        QVERIFY(m_view->scopeText().contains(QStringLiteral("run %1").arg(m_hand.runA)));
        QVERIFY(m_view->scopeText().contains(QLatin1String("9 rows")));
        QCOMPARE(m_view->currentPage(), ResultsView::Page::Summary);
        RegionSummaryModel *m = session()->summaryModel();
        QCOMPARE(m->regionLines(), 3); // r1, r2, r3 (no rows)
        QCOMPARE(m->statusLines(), 3); // invalid_ip, private_or_reserved, not_found
        QCOMPARE(m->rowCount(), 6);
        const auto cell = [m](int row, int column) {
            return m->index(row, column).data(RegionSummaryModel::SortRole);
        };
        QCOMPARE(cell(0, RegionSummaryModel::CodeColumn).toString(), QStringLiteral("r1"));
        QCOMPARE(cell(0, RegionSummaryModel::CityColumn).toString(), QStringLiteral("Alpha"));
        QCOMPARE(cell(0, RegionSummaryModel::RowsColumn).toLongLong(), 4);
        QCOMPARE(cell(0, RegionSummaryModel::MeanColumn).toDouble(), 250.0);
        QCOMPARE(cell(0, RegionSummaryModel::P95Column).toDouble(), 385.0);
        QCOMPARE(cell(0, RegionSummaryModel::FirmColumn).toLongLong(), 2);
        QCOMPARE(cell(0, RegionSummaryModel::UncertainColumn).toLongLong(), 2);
        // est. RTT 9.5, 11, 12.5, 14 ms: mean 11.75, percentile_cont(0.95) 13.775.
        QCOMPARE(cell(0, RegionSummaryModel::MeanRttColumn).toDouble(), 11.75);
        QVERIFY(qAbs(cell(0, RegionSummaryModel::P95RttColumn).toDouble() - 13.775) < 1e-9);
        QCOMPARE(m->index(0, RegionSummaryModel::MeanRttColumn).data().toString(),
                 QStringLiteral("11.8"));
        QVERIFY(m->index(1, RegionSummaryModel::MeanRttColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("measured"))); // r2: Eve's 5 ms was measured
        QVERIFY(m_view->totalsText().contains(QLatin1String("est. RTT: mean 10.4 ms")));
        QVERIFY2(m_view->totalsText().contains(QLatin1String("Assignments: 2 firm (40.0 %), 3 "
                                                             "uncertain")),
                 qPrintable(m_view->totalsText()));
        QCOMPARE(m->index(0, RegionSummaryModel::ShareColumn).data().toString(),
                 QStringLiteral("44.4 %"));
        QCOMPARE(m->index(2, RegionSummaryModel::MeanColumn).data().toString(),
                 QStringLiteral("—"));
        QCOMPARE(m->index(3, RegionSummaryModel::CodeColumn).data().toString(),
                 QStringLiteral("invalid_ip"));
        QCOMPARE(cell(3, RegionSummaryModel::RowsColumn).toLongLong(), 2);

        // Sorting keeps the status lines below the regions, both ways.
        QAbstractItemModel *proxy = m_view->summaryView()->model();
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            m_view->summaryView()->sortByColumn(RegionSummaryModel::RowsColumn, order);
            for (int r = 0; r < 3; ++r) {
                QCOMPARE(proxy->index(r, 0).data(RegionSummaryModel::KindRole).toInt(),
                         int(RegionSummaryModel::Kind::Region));
            }
            QCOMPARE(proxy->index(0, 0).data().toString(),
                     order == Qt::AscendingOrder ? QStringLiteral("r3") : QStringLiteral("r1"));
        }
    }

    // Issue 23: a region keeps its colour from run to run, whatever its rank; a built-in region
    // takes the colour of its place in its catalog; rows without a region are never coloured as
    // one.
    void regionColoursAreStable()
    {
        RegionSummaryModel *m = session()->summaryModel();
        auto colourOf = [m](const QString &code) {
            for (int row = 0; row < m->regionLines(); ++row) {
                if (m->index(row, RegionSummaryModel::CodeColumn).data().toString() == code)
                    return m->index(row, RegionSummaryModel::CodeColumn)
                        .data(Qt::DecorationRole)
                        .value<QColor>();
            }
            return QColor();
        };
        const QColor r2InA = colourOf(QStringLiteral("r2")); // second by rows in run A
        QVERIFY(r2InA.isValid());
        QVERIFY(showRunAndWait(m_hand.runB)); // first by rows in run B
        QCOMPARE(m->index(0, RegionSummaryModel::CodeColumn).data().toString(),
                 QStringLiteral("r2"));
        QCOMPARE(colourOf(QStringLiteral("r2")), r2InA);
        QVERIFY(showRunAndWait(m_hand.runA)); // as the tests after this one expect

        const Result<RegionCatalog> aws = RegionCatalog::builtin(QStringLiteral("aws"));
        QVERIFY(aws);
        QSet<QRgb> seen;
        for (int i = 0; i < aws->regions().size(); ++i) {
            const QString code = aws->regions().at(i).code;
            const QColor c = RegionPalette().color(code);
            QCOMPARE(c, RegionPalette::qualitative(i));
            QVERIFY(c != RegionPalette::otherColor());
            seen.insert(c.rgb());
        }
        QCOMPARE(seen.size(), int(aws->regions().size())); // every AWS region its own colour
        // A code no catalog knows: its own colour, the same in every process.
        QCOMPARE(
            RegionPalette().color(QStringLiteral("dc-private-7")),
            RegionPalette::qualitative(RegionPalette::stableIndex(QStringLiteral("dc-private-7"))));
        QVERIFY(RegionPalette().color(QStringLiteral("dc-private-7"))
                != RegionPalette::otherColor());
    }

    void chartsShowTheSummary()
    {
        ChartsPanel *charts = m_view->chartsPanel();
        // Built when seen, one per turn of the event loop.
        QVERIFY(!charts->isUpToDate());
        m_view->setCurrentPage(ResultsView::Page::Charts);
        QTRY_VERIFY(charts->isUpToDate());
        const QMap<QString, qint64> regions = barValues(charts->chart(ChartsPanel::Chart::Regions));
        QCOMPARE(regions,
                 (QMap<QString, qint64> {{QStringLiteral("r1"), 4}, {QStringLiteral("r2"), 1}}));
        auto *axis = qobject_cast<QBarCategoryAxis *>(
            charts->chart(ChartsPanel::Chart::Regions)->axes(Qt::Vertical).first());
        QVERIFY(axis);
        // Lying bars, most first at the top (the last category), labelled with code and rows.
        QCOMPARE(axis->categories().last(), QStringLiteral("r1 · 4"));
        QCOMPARE(axis->categories().first(), QStringLiteral("r2 · 1"));
        // Each region in the colour of its code, whatever its rank.
        const QList<QBarSet *> sets
            = barSeries(charts->chart(ChartsPanel::Chart::Regions))->barSets();
        QCOMPARE(sets.at(0)->color(), RegionPalette().color(QStringLiteral("r1")));
        QCOMPARE(sets.at(1)->color(), RegionPalette().color(QStringLiteral("r2")));

        const QMap<QString, qint64> statuses
            = barValues(charts->chart(ChartsPanel::Chart::Statuses));
        QCOMPARE(statuses.size(), 4);
        QCOMPARE(statuses.value(QStringLiteral("Located")), 5);
        QCOMPARE(statuses.value(QStringLiteral("Invalid IP address")), 2);

        auto *pie = qobject_cast<QPieSeries *>(
            charts->chart(ChartsPanel::Chart::Share)->series().first());
        QVERIFY(pie);
        QCOMPARE(pie->count(), 3); // r1, r2, not located
        QCOMPARE(pie->sum(), 9.0);
        QCOMPARE(pie->slices().at(0)->value(), 4.0);
        QVERIFY(pie->slices().at(0)->label().startsWith(QLatin1String("r1 44.4")));
        QCOMPARE(pie->slices().last()->value(), 4.0); // not located

        QAbstractBarSeries *hist = barSeries(charts->chart(ChartsPanel::Chart::Distances));
        QVERIFY(hist);
        QBarSet *bins = hist->barSets().first();
        QCOMPARE(bins->count(), 21);
        QCOMPARE(bins->sum(), 5.0);
        QCOMPARE(bins->at(20), 1.0);
        // The distances read on a km axis as wide as the bins, ticks at round distances.
        QValueAxis *km = nullptr;
        for (QAbstractAxis *a :
             charts->chart(ChartsPanel::Chart::Distances)->axes(Qt::Horizontal)) {
            if (a->isVisible())
                km = qobject_cast<QValueAxis *>(a);
        }
        QVERIFY(km);
        QCOMPARE(km->min(), 0.0);
        QVERIFY(km->max() > 0);
        QVERIFY(km->max() / km->tickInterval() <= 5);
    }

    void chartClickFiltersTheRows()
    {
        m_view->chartsPanel()->flush();
        QAbstractBarSeries *series
            = barSeries(m_view->chartsPanel()->chart(ChartsPanel::Chart::Regions));
        QBarSet *r1 = series->barSets().first();
        QCOMPARE(r1->label(), QStringLiteral("r1"));
        emit r1->clicked(0);
        QCOMPARE(m_view->currentPage(), ResultsView::Page::Rows);
        QCOMPARE(rows()->filter().regionCode, QStringLiteral("r1"));
        QVERIFY(settled());
        QCOMPARE(rows()->rowCount(), 4);
    }

    void filtersChangeTheRowCount_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("count");
        QTest::newRow("all") << QString() << QString() << QString() << 9;
        QTest::newRow("r2") << QStringLiteral("r2") << QString() << QString() << 1;
        QTest::newRow("invalid") << QString() << QStringLiteral("invalid_ip") << QString() << 2;
        QTest::newRow("r1 + text")
            << QStringLiteral("r1") << QString() << QStringLiteral("alpha") << 2;
        QTest::newRow("text only") << QString() << QString() << QStringLiteral("1.0.0.") << 6;
        QTest::newRow("none") << QString() << QStringLiteral("located") << QStringLiteral("Frank")
                              << 0;
    }
    void filtersChangeTheRowCount()
    {
        QFETCH(QString, region);
        QFETCH(QString, status);
        QFETCH(QString, text);
        QFETCH(int, count);
        RowsPanel *panel = m_view->rowsPanel();
        panel->clearFilters();
        if (!region.isEmpty())
            panel->setRegionFilter(region);
        if (!status.isEmpty())
            panel->setStatusFilter(status);
        panel->setSearchText(text);
        QVERIFY(settled());
        QCOMPARE(rows()->rowCount(), count);
        QVERIFY(panel->countText().contains(QString::number(count)));
        // Every visible row arrives.
        if (count > 0) {
            QTRY_VERIFY(rows()->index(count - 1, 0).data(ResultRowsModel::IsLoadedRole).toBool());
        }
    }

    void rowsSortOnTheServer()
    {
        m_view->rowsPanel()->clearFilters();
        QVERIFY(settled());
        const int idCol = rows()->table().columnIndex(QStringLiteral("id"));
        const int distCol = rows()->table().columnIndex(QStringLiteral("distance_km"));
        QTableView *view = m_view->rowsPanel()->view();
        view->sortByColumn(distCol, Qt::DescendingOrder);
        QVERIFY(settled());
        QTRY_VERIFY(rows()->index(8, 0).data(ResultRowsModel::IsLoadedRole).toBool());
        QCOMPARE(rows()->index(0, idCol).data().toString(), QStringLiteral("4")); // 400 km
        QCOMPARE(rows()->index(4, idCol).data().toString(), QStringLiteral("5")); // 50 km
        QVERIFY(rows()->index(5, distCol).data(ResultRowsModel::IsNullRole).toBool());
        QCOMPARE(rows()->index(5, distCol).data().toString(), QStringLiteral("NULL"));
        view->sortByColumn(idCol, Qt::AscendingOrder);
        QVERIFY(settled());
        QTRY_COMPARE(rows()->index(0, idCol).data().toString(), QStringLiteral("1"));
    }

    // Run A was cross-checked (the fixture): the Disagreements tab lists its two rows that the
    // second database puts in another region, draws both pairs, and highlights the chosen one.
    void disagreementsOfACrossCheckedRun()
    {
        QVERIFY(showRunAndWait(m_hand.runA));
        QTabWidget *tabs = m_view->findChild<QTabWidget *>();
        QVERIFY(tabs);
        QVERIFY(tabs->isTabEnabled(int(ResultsView::Page::Disagreements)));
        QVERIFY2(m_view->totalsText().contains(QLatin1String("Cross-check with GeoLite2 City "
                                                             "2026-09-18: 40.0 % in the same")),
                 qPrintable(m_view->totalsText()));
        RegionSummaryModel *m = session()->summaryModel();
        QCOMPARE(m->index(0, RegionSummaryModel::AgreementColumn).data().toString(),
                 QStringLiteral("25.0 %")); // r1: 1 of 4
        m_view->setCurrentPage(ResultsView::Page::Disagreements);
        DisagreementsPanel *panel = m_view->disagreementsPanel();
        QTRY_COMPARE(panel->pairLayer()->pairs().size(), 2);
        QVERIFY2(panel->summaryText().contains(QLatin1String("puts 2 of the 5")),
                 qPrintable(panel->summaryText()));
        ResultRowsModel *list = session()->disagreementRowsModel();
        QTRY_COMPARE(list->totalRows(), 2);
        // Only the columns that tell the two apart are shown.
        QVERIFY(!panel->view()->isColumnHidden(
            list->table().columnIndex(QStringLiteral("alt_region_code"))));
        QVERIFY(panel->view()->isColumnHidden(list->table().columnIndex(QStringLiteral("name"))));
        const int idCol = list->table().columnIndex(QStringLiteral("id"));
        QTRY_VERIFY(list->index(1, idCol).data(ResultRowsModel::IsLoadedRole).toBool());
        panel->view()->setCurrentIndex(list->index(1, idCol));
        const int distCol = list->table().columnIndex(QStringLiteral("alt_location_km"));
        const double apart = list->index(1, distCol).data().toString().toDouble();
        int highlighted = -1;
        for (int i = 0; i < panel->pairLayer()->pairs().size(); ++i) {
            if (panel->pairLayer()->pairs().at(i).apartKm == apart)
                highlighted = i;
        }
        QVERIFY(highlighted >= 0);
        QImage before(panel->map()->size(), QImage::Format_ARGB32);
        panel->map()->render(&before);
        panel->view()->setCurrentIndex(list->index(0, idCol));
        QImage after(panel->map()->size(), QImage::Format_ARGB32);
        panel->map()->render(&after);
        QVERIFY(before != after); // another pair is highlighted

        // Run B was not cross-checked: no tab to open.
        QVERIFY(showRunAndWait(m_hand.runB));
        QVERIFY(!tabs->isTabEnabled(int(ResultsView::Page::Disagreements)));
        QVERIFY(showRunAndWait(m_hand.runA)); // as the tests after this one expect
        m_view->setCurrentPage(ResultsView::Page::Summary);
    }

    void mapShowsCellsAndSites()
    {
        m_view->setCurrentPage(ResultsView::Page::Map);
        WorldMapWidget *map = m_view->mapWidget();
        const MapCellLayer *cells = m_view->mapPanel()->cellLayer();
        map->resetView();
        QTRY_VERIFY(!cells->cells().cells.isEmpty());
        QVERIFY(settled());
        qint64 total = 0;
        for (const MapCell &c : cells->cells().cells)
            total += c.rows;
        QCOMPARE(total, 5); // the located rows of run A
        QCOMPARE(m_view->mapPanel()->siteLayer()->siteCount(), 3); // r1, r2, r3 from the catalog

        // Hovering a site tells its region; hovering a cell its rows and regions.
        const QString siteTip = map->toolTipAt(map->toScreen(20, 10));
        QVERIFY2(siteTip.contains(QLatin1String("<b>r1</b> Region One")), qPrintable(siteTip));
        QVERIFY(siteTip.contains(QLatin1String("Rows assigned: 4")));
        map->setView(QPointF(151.35, -33.7), 16);
        QTRY_VERIFY(cells->cells().cellDegrees <= 0.5);
        QTRY_VERIFY(cells->cellAt(map->frame(), map->toScreen(151.5, -33.5)) >= 0);
        const QString tip = map->toolTipAt(map->toScreen(151.5, -33.5));
        QVERIFY2(tip.contains(QLatin1String("Rows: 1")), qPrintable(tip));
        QVERIFY(tip.contains(QLatin1String("Region r1: 1")));
        map->resetView();

        // The keyboard zooms too.
        QTest::keyClick(map, Qt::Key_Plus);
        QCOMPARE(map->zoom(), 2.0);
        QTest::keyClick(map, Qt::Key_0);
        QCOMPARE(map->zoom(), 1.0);

        // Zooming in asks PostgreSQL for a finer grid.
        const double before = cells->cells().cellDegrees;
        map->setView(QPointF(151, -33.7), 64);
        QTRY_VERIFY(cells->cells().cellDegrees < before);
        QVERIFY(settled());
        total = 0;
        for (const MapCell &c : cells->cells().cells)
            total += c.rows;
        QCOMPARE(total, 5);
    }

    void mapClickFiltersTheRows()
    {
        WorldMapWidget *map = m_view->mapWidget();
        map->resetView();
        m_view->rowsPanel()->clearFilters();
        QVERIFY(settled());
        // The r1 site at 10N 20E.
        const QPoint site = map->toScreen(20, 10).toPoint();
        QCOMPARE(map->regionAt(site), QStringLiteral("r1"));
        QTest::mouseClick(map, Qt::LeftButton, {}, site);
        QTRY_COMPARE(m_view->currentPage(), ResultsView::Page::Rows);
        QCOMPARE(rows()->filter().regionCode, QStringLiteral("r1"));
        QVERIFY(settled());
        QCOMPARE(rows()->rowCount(), 4);
    }

    void attributionFollowsTheSources()
    {
        QVERIFY(m_view->attributionText().contains(QLatin1String("DB-IP")));
        QVERIFY(m_view->attributionText().contains(QLatin1String("https://db-ip.com")));
        QVERIFY(!m_view->attributionText().contains(QLatin1String("ipinfo")));
        // The whole table includes run B's country_only row from ipinfo.io.
        m_view->showTable(HandDataset::table());
        QVERIFY(QTest::qWaitFor([&] { return session()->hasOverview() && !m_view->isBusy(); }));
        QVERIFY(m_view->scopeText().contains(QLatin1String("every row")));
        QVERIFY(m_view->scopeText().contains(QLatin1String("12 rows")));
        QVERIFY(m_view->attributionText().contains(QLatin1String("ipinfo.io")));
        QVERIFY(m_view->attributionText().contains(QLatin1String("DB-IP")));
        QCOMPARE(session()->summaryModel()->statusLines(), 4); // + country_only
        QVERIFY(settled());
        QCOMPARE(rows()->rowCount(), 12);
    }

    // "Only rows where name is Bob": every view narrows to that row, read from the rows; the
    // value list offers the column's values; "All rows" goes back.
    void aColumnMatchNarrowsEveryView()
    {
        m_view->showTable(HandDataset::table());
        QVERIFY(settled());
        ColumnMatchBar *bar = m_view->columnMatchBar();
        QVERIFY(bar->isEnabled());
        const QList<QComboBox *> combos = bar->findChildren<QComboBox *>();
        QCOMPARE(combos.size(), 2);
        QComboBox *column = combos.at(0);
        QComboBox *value = combos.at(1);
        QVERIFY(column->findData(QStringLiteral("name")) > 0);
        QCOMPARE(column->findData(QStringLiteral("region_code")), -1); // not a CSV column
        column->setCurrentIndex(column->findData(QStringLiteral("name")));
        emit column->activated(column->currentIndex());
        QTRY_VERIFY(value->findData(QStringLiteral("Bob")) >= 0);
        QVERIFY(
            value->itemText(value->findData(QStringLiteral("Bob"))).contains(QLatin1String("1")));

        value->setEditText(QStringLiteral("Bob"));
        QTest::keyClick(value->lineEdit(), Qt::Key_Return);
        QCOMPARE(session()->scope().match.column, QStringLiteral("name"));
        QCOMPARE(session()->scope().match.value, QStringLiteral("Bob"));
        QVERIFY(QTest::qWaitFor([&] { return session()->hasOverview() && !m_view->isBusy(); }));
        QCOMPARE(session()->overview().totalRows, 1);
        QVERIFY(!session()->overview().fromPoints);
        QVERIFY2(m_view->scopeText().contains(QLatin1String("<b>Bob</b>")),
                 qPrintable(m_view->scopeText()));
        m_view->setCurrentPage(ResultsView::Page::Rows);
        QVERIFY(settled());
        QCOMPARE(rows()->rowCount(), 1);
        QCOMPARE(rows()->scope().match.value, QStringLiteral("Bob"));

        // Back to every row; the column's values stay offered.
        QPushButton *all = nullptr;
        for (QPushButton *b : bar->findChildren<QPushButton *>()) {
            if (b->text() == QLatin1String("All rows"))
                all = b;
        }
        QVERIFY(all && all->isVisible());
        QTest::mouseClick(all, Qt::LeftButton);
        QVERIFY(!session()->scope().match.isSet());
        QVERIFY(settled());
        QVERIFY(QTest::qWaitFor([&] { return session()->hasOverview(); }));
        QCOMPARE(session()->overview().totalRows, 12);
        QCOMPARE(rows()->rowCount(), 12);
        QVERIFY(value->findData(QStringLiteral("Bob")) >= 0);
        QVERIFY(!all->isVisible());
    }

    void exports()
    {
        QVERIFY(showRunAndWait(m_hand.runA));
        QTemporaryDir dir;
        const QString summary = dir.filePath(QStringLiteral("summary.csv"));
        QVERIFY(m_view->exportSummaryCsv(summary));
        const QStringList lines = fileText(summary).split(QStringLiteral("\r\n"));
        QCOMPARE(lines.size(), 8); // header, 6 lines, empty
        QVERIFY2(lines.at(0).startsWith(QLatin1String("Region,Cloud,Name,City,Rows,Share,")),
                 qPrintable(lines.at(0)));
        QVERIFY(lines.at(0).contains(QLatin1String(",Mean km,est. RTT ms,Median km,")));
        QVERIFY2(lines.at(1).startsWith(QLatin1String("r1,,Region One,Alpha,4,0.444")),
                 qPrintable(lines.at(1)));
        // ... mean km, mean est. RTT, median and 95th percentile km, 95th percentile est. RTT
        // (13.775, as PostgreSQL computes it in binary floating point), firm and uncertain
        // rows, and the cross-check's agreement (1 of 4).
        QVERIFY2(lines.at(1).contains(QLatin1String(",250,11.75,250,385,13.77")),
                 qPrintable(lines.at(1)));
        QVERIFY2(lines.at(1).endsWith(QLatin1String(",2,2,0.25")), qPrintable(lines.at(1)));

        const QString runs = dir.filePath(QStringLiteral("runs.csv"));
        QVERIFY(m_view->exportRunsCsv(runs));
        QCOMPARE(fileText(runs).count(QStringLiteral("\r\n")), 4);

        for (const QString &suffix : {QStringLiteral("png"), QStringLiteral("svg")}) {
            const QString chart = dir.filePath(QStringLiteral("regions.") + suffix);
            QVERIFY(m_view->exportChart(ChartsPanel::Chart::Regions, chart));
            QVERIFY(QFile(chart).size() > 1000);
            const QString map = dir.filePath(QStringLiteral("map.") + suffix);
            QVERIFY(m_view->exportMap(map));
            QVERIFY(QFile(map).size() > 1000);
            const QString all = dir.filePath(QStringLiteral("charts.") + suffix);
            QVERIFY(m_view->exportAllCharts(all));
        }
        const QString svg = fileText(dir.filePath(QStringLiteral("map.svg")));
        QVERIFY(svg.contains(QLatin1String("<svg")));
        QVERIFY(svg.contains(QLatin1String("DB-IP"))); // the credit is part of the picture
        QVERIFY(
            fileText(dir.filePath(QStringLiteral("regions.svg"))).contains(QLatin1String("DB-IP")));
        QImage png(dir.filePath(QStringLiteral("map.png")));
        QCOMPARE(png.width(), m_view->mapWidget()->width() * 2);

        QSignalSpy finished(session(), &ResultsSession::exportFinished);
        m_view->rowsPanel()->setStatusFilter(QStringLiteral("invalid_ip"));
        QVERIFY(settled());
        const QString rowsCsv = dir.filePath(QStringLiteral("rows.csv"));
        m_view->exportRowsCsv(rowsCsv);
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.first().at(0).toBool());
        QCOMPARE(fileText(rowsCsv).count(QStringLiteral("\r\n")), 3); // header + 2 rows
    }

    // The run report (issue 22): self-contained HTML (every picture inline, nothing to fetch)
    // with the regions, the statuses, the rejected rows and the provenance; and a PDF.
    void runReport()
    {
        QVERIFY(showRunAndWait(m_hand.runA));
        {
            ScopedConnection c(m_cluster.settings(), QStringLiteral("rejects"));
            QSqlQuery q(c.database());
            QVERIFY(q.exec(QStringLiteral("UPDATE etl_runs SET rows_rejected = 1 WHERE run_id = %1")
                               .arg(m_hand.runA)));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO etl_rejects (run_id, source_file, "
                                          "line_number, column_name, reason) VALUES (%1, "
                                          "'/data/hand.csv', 7, 'ip', 'The address is cut "
                                          "short.')")
                               .arg(m_hand.runA)));
        }
        QTemporaryDir dir;
        QSignalSpy saved(m_view.get(), &ResultsView::reportSaved);
        const QString html = dir.filePath(QStringLiteral("report.html"));
        m_view->exportReport(html);
        QVERIFY(saved.wait(30000));
        QVERIFY2(saved.first().at(0).toBool(), qPrintable(saved.first().at(1).toString()));
        const QString text = fileText(html);
        QVERIFY(text.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(!text.contains(QLatin1String("src=\"http")));
        QCOMPARE(text.count(QLatin1String("src=\"data:image/png;base64,")), 5); // 4 charts, map
        QVERIFY(text.contains(QLatin1String("<td>r1</td><td>Region One</td>")));
        QVERIFY(text.contains(QLatin1String("Invalid IP address")));
        QVERIFY(text.contains(QLatin1String("The address is cut short.")));
        QVERIFY(text.contains(QLatin1String("1 rows were rejected")));
        QVERIFY(text.contains(QStringLiteral("Run %1, finished").arg(m_hand.runA)));
        QVERIFY(text.contains(QLatin1String("DB-IP")));

        saved.clear();
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        m_view->exportReport(pdf);
        QVERIFY(saved.wait(30000));
        QVERIFY(saved.first().at(0).toBool());
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        QVERIFY(f.size() > 20000); // with its pictures
        {
            ScopedConnection c(m_cluster.settings(), QStringLiteral("rejects"));
            QSqlQuery q(c.database());
            QVERIFY(q.exec(QStringLiteral("UPDATE etl_runs SET rows_rejected = 0 WHERE run_id = %1")
                               .arg(m_hand.runA)));
            QVERIFY(q.exec(
                QStringLiteral("DELETE FROM etl_rejects WHERE run_id = %1").arg(m_hand.runA)));
        }
    }

    void aRunWithoutRowsSaysSo()
    {
        // Choosing the failed run in the picker keeps the scope and explains why.
        const ResultScope before = m_view->scope();
        QTableView *runs = m_view->runsView();
        const int row = session()->runsModel()->rowOfRun(m_hand.failedRun);
        QModelIndex index;
        for (int r = 0; r < runs->model()->rowCount(); ++r) {
            if (runs->model()->index(r, 0).data(RunsModel::RunIdRole).toLongLong()
                == m_hand.failedRun)
                index = runs->model()->index(r, 0);
        }
        QVERIFY(row >= 0 && index.isValid());
        runs->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        QCOMPARE(m_view->scope(), before);
    }

    void cleanupTestCase()
    {
        m_rowsTester.reset();
        m_proxyTester.reset();
        m_summaryTester.reset();
        m_runsTester.reset();
        m_view.reset();
    }
};

QTEST_MAIN(TestResultsView)
#include "tst_resultsview.moc"
