// Renders every view of the results page for docs/screenshots: loads the bundled sample
// (resources/samples/people.csv) into a throwaway cluster with a real EtlJob, opens the results
// page on that run, and saves one PNG per view. Run it under Xvfb (scripts/results-screenshots).
//
//   resultsshots [--out DIR] [--dark]
//   resultsshots --db URI --table NAME [--run ID] [--out DIR]    (an existing database)

#include "common/translations.h"
#include "map/mapcelllayer.h"
#include "map/mappairlayer.h"
#include "map/mapsitelayer.h"
#include "map/worldmapwidget.h"
#include "plan/planpanel.h"
#include "regionmap/version.h"
#include "results/chartspanel.h"
#include "results/columnmatchbar.h"
#include "results/disagreementspanel.h"
#include "results/mappanel.h"
#include "results/resultrowsmodel.h"
#include "results/resultssession.h"
#include "results/resultsview.h"
#include "results/rowspanel.h"
#include "resultsfixture.h"
#include "testcluster.h"
#include "testpaths.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QPalette>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>
#include <QTextStream>

using namespace regionmap;
using namespace regionmap::test;

namespace {

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(45, 45, 48));
    p.setColor(QPalette::WindowText, QColor(230, 230, 230));
    p.setColor(QPalette::Base, QColor(30, 30, 32));
    p.setColor(QPalette::AlternateBase, QColor(40, 40, 44));
    p.setColor(QPalette::Text, QColor(230, 230, 230));
    p.setColor(QPalette::Button, QColor(55, 55, 60));
    p.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    p.setColor(QPalette::Highlight, QColor(62, 120, 190));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Mid, QColor(90, 90, 95));
    p.setColor(QPalette::PlaceholderText, QColor(140, 140, 145));
    p.setColor(QPalette::ToolTipBase, QColor(55, 55, 60));
    p.setColor(QPalette::ToolTipText, QColor(230, 230, 230));
    p.setColor(QPalette::Link, QColor(110, 170, 240));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(130, 130, 135));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(130, 130, 135));
    return p;
}

bool waitFor(const std::function<bool()> &done, int ms = 60000)
{
    return QTest::qWaitFor(done, ms);
}

int fail(const QString &message)
{
    QTextStream(stderr) << "resultsshots: " << message << Qt::endl;
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("regionmap"));
    // As the application does on this system: its language (English has a file too, for the
    // plural forms) and its locale.
    regionmap::i18n::install(QString());
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Output folder."),
                                       QStringLiteral("dir"),
                                       sourceDir() + QStringLiteral("/docs/screenshots"));
    const QCommandLineOption darkOption(QStringLiteral("dark"),
                                        QStringLiteral("Use a dark palette (-dark file names)."));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("Use this database instead of a throwaway "
                                                     "cluster with the sample."),
                                      QStringLiteral("uri"));
    const QCommandLineOption tableOption(QStringLiteral("table"),
                                         QStringLiteral("The table to show (with --db)."),
                                         QStringLiteral("name"));
    const QCommandLineOption runOption(QStringLiteral("run"),
                                       QStringLiteral("The run to show (with --db; default: "
                                                      "the whole table)."),
                                       QStringLiteral("id"));
    parser.addOption(outOption);
    parser.addOption(darkOption);
    parser.addOption(dbOption);
    parser.addOption(tableOption);
    parser.addOption(runOption);
    parser.process(app);
    const bool dark = parser.isSet(darkOption);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (dark)
        QApplication::setPalette(darkPalette());
    const QString out = parser.value(outOption);
    QDir().mkpath(out);

    TestCluster cluster;
    ConnectionSettings settings;
    QString table = parser.value(tableOption);
    qint64 runId = parser.value(runOption).toLongLong();
    if (parser.isSet(dbOption)) {
        Result<ConnectionSettings> parsed = ConnectionSettings::fromUri(parser.value(dbOption));
        if (!parsed)
            return fail(parsed.error().toString());
        settings = parsed.value();
        if (table.isEmpty())
            return fail(QStringLiteral("--db needs --table."));
    } else {
        if (Status st = cluster.start(); !st)
            return fail(st.error().toString());
        // The sample, as a run of its own; and a second table with two runs for the history.
        // Cross-checked with GeoLite2 City (scripts/fetch-geolite2), for the Disagreements tab.
        const QString geolite2 = sourceDir() + QStringLiteral("/data/geolite2/GeoLite2-City.mmdb");
        if (!QFileInfo::exists(geolite2))
            return fail(QStringLiteral("GeoLite2 City is missing: run scripts/fetch-geolite2."));
        Result<qint64> run = loadSample(cluster, QStringLiteral("people"), false, geolite2);
        if (!run)
            return fail(run.error().toString());
        for (int i = 0; i < 2; ++i) {
            if (Result<qint64> more = loadSample(cluster, QStringLiteral("people_2025"), i > 0);
                !more)
                return fail(more.error().toString());
        }
        settings = cluster.settings();
        table = QStringLiteral("people");
        runId = run.value();
    }

    ResultsView view;
    view.resize(1280, 800);
    view.setWindowTitle(QStringLiteral("RegionMap results"));
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return fail(QStringLiteral("The window was not shown."));
    view.setConnection(settings);
    if (runId > 0) {
        view.showRun(runId, table);
    } else {
        view.showTable(table);
        view.setCurrentPage(ResultsView::Page::Summary);
    }
    if (!waitFor([&] { return view.session()->hasOverview() && !view.isBusy(); }))
        return fail(QStringLiteral("The results did not load."));

    const QString suffix = dark ? QStringLiteral("-dark") : QString();
    auto shoot
        = [&](ResultsView::Page page, const QString &name, const std::function<bool()> &ready) {
              view.setCurrentPage(page);
              if (!waitFor([&] { return ready() && !view.isBusy(); }))
                  QTextStream(stderr)
                      << "resultsshots: " << name << " did not finish loading" << Qt::endl;
              QTest::qWait(200);
              const QString path = out + QLatin1Char('/') + name + suffix + QStringLiteral(".png");
              if (!view.grab().save(path))
                  QTextStream(stderr) << "resultsshots: could not write " << path << Qt::endl;
              else
                  QTextStream(stdout) << path << Qt::endl;
          };
    shoot(ResultsView::Page::Summary, QStringLiteral("results-summary"), [] { return true; });
    shoot(ResultsView::Page::Charts, QStringLiteral("results-charts"),
          [&] { return view.chartsPanel()->isUpToDate(); });
    shoot(ResultsView::Page::Map, QStringLiteral("results-map"),
          [&] { return !view.mapPanel()->cellLayer()->cells().cells.isEmpty(); });
    // Zoomed in on Europe: a finer grid from PostgreSQL and the 1:50m outline.
    WorldMapWidget *map = view.mapWidget();
    const MapCellLayer *cells = view.mapPanel()->cellLayer();
    map->setView(QPointF(10, 50), 6);
    shoot(ResultsView::Page::Map, QStringLiteral("results-map-europe"), [&] {
        return cells->cells().cellDegrees == MapCellLayer::wantedCellDegrees(map->projection());
    });
    map->resetView();

    // The rows of the biggest region, farthest first, scrolled to the enrichment columns.
    ResultRowsModel *rows = view.session()->rowsModel();
    view.setCurrentPage(ResultsView::Page::Rows);
    const QString top = view.session()->overview().regions.value(0).code;
    view.rowsPanel()->setRegionFilter(top);
    QTableView *rowView = view.rowsPanel()->view();
    rowView->sortByColumn(rows->table().columnIndex(QStringLiteral("distance_km")),
                          Qt::DescendingOrder);
    waitFor([&] { return !view.isBusy() && !rows->isLoading() && rows->rowCount() > 0; });
    rowView->horizontalScrollBar()->setValue(rowView->horizontalScrollBar()->maximum());
    shoot(ResultsView::Page::Rows, QStringLiteral("results-rows"), [&] {
        return rows->rowCount() > 0
               && rows->index(0, 0).data(ResultRowsModel::IsLoadedRole).toBool();
    });
    shoot(ResultsView::Page::Runs, QStringLiteral("results-runs"), [] { return true; });

    // The cross-check's disagreements, one row chosen: both places and both regions.
    if (view.session()->overview().crossCheck.crossChecked() > 0) {
        view.setCurrentPage(ResultsView::Page::Disagreements);
        DisagreementsPanel *panel = view.disagreementsPanel();
        ResultRowsModel *list = view.session()->disagreementRowsModel();
        QTableView *listView = panel->view();
        listView->sortByColumn(list->table().columnIndex(QStringLiteral("alt_location_km")),
                               Qt::DescendingOrder);
        waitFor([&] {
            return !view.isBusy() && !list->isLoading() && list->rowCount() > 0
                   && list->index(0, 0).data(ResultRowsModel::IsLoadedRole).toBool()
                   && !panel->pairLayer()->pairs().isEmpty();
        });
        // A row some way down the list: a pair between two continents, not the farthest.
        const int chosen = std::min(12, list->rowCount() - 1);
        waitFor(
            [&] { return list->index(chosen, 0).data(ResultRowsModel::IsLoadedRole).toBool(); });
        listView->setCurrentIndex(
            list->index(chosen, list->table().columnIndex(QStringLiteral("ip"))));
        shoot(ResultsView::Page::Disagreements, QStringLiteral("results-disagreements"),
              [] { return true; });
    }

    // The Plan page: a what-if that mixes three clouds, the best k regions of all four, and the
    // four clouds side by side.
    if (runId > 0) {
        PlanPanel *plan = view.planPanel();
        view.setCurrentPage(ResultsView::Page::Plan);
        const auto planned = [&] {
            return !plan->outcome().regions.isEmpty() && !plan->plan()->isBusy();
        };
        waitFor(planned);
        plan->setServingSet({QStringLiteral("aws:us-east-1"), QStringLiteral("gcp:europe-west4"),
                             QStringLiteral("azure:southeastasia")});
        waitFor([&] { return plan->outcome().regions.size() == 3 && planned(); });
        shoot(ResultsView::Page::Plan, QStringLiteral("plan-what-if"), planned);
        plan->tabs()->setCurrentIndex(int(PlanPanel::Tab::BestK));
        plan->findBest();
        shoot(ResultsView::Page::Plan, QStringLiteral("plan-best-k"),
              [&] { return !plan->steps().isEmpty() && planned(); });
        plan->tabs()->setCurrentIndex(int(PlanPanel::Tab::Clouds));
        plan->compareClouds();
        shoot(ResultsView::Page::Plan, QStringLiteral("plan-clouds"),
              [&] { return plan->cloudAnswers().size() == 4 && planned(); });
        plan->tabs()->setCurrentIndex(int(PlanPanel::Tab::WhatIf));
    }

    // The run report of the sample (HTML, pictures inline), for a browser screenshot.
    if (runId > 0) {
        QSignalSpy saved(&view, &ResultsView::reportSaved);
        view.setCurrentPage(ResultsView::Page::Summary);
        view.exportReport(out + QStringLiteral("/report") + suffix + QStringLiteral(".html"));
        if (!saved.wait(60000) || !saved.first().at(0).toBool())
            QTextStream(stderr) << "resultsshots: the report was not written" << Qt::endl;
    }

    // Only the rows of one gender (a CSV column): read from the rows, the value list offered.
    if (view.session()->table().columnIndex(QStringLiteral("gender")) >= 0) {
        view.setCurrentPage(ResultsView::Page::Summary);
        ColumnMatchBar *bar = view.columnMatchBar();
        QComboBox *column = bar->findChildren<QComboBox *>().value(0);
        column->setCurrentIndex(column->findData(QStringLiteral("gender")));
        emit column->activated(column->currentIndex());
        QComboBox *value = bar->findChildren<QComboBox *>().value(1);
        waitFor([&] { return value->count() > 0; });
        ColumnMatch female;
        female.column = QStringLiteral("gender");
        female.value = QStringLiteral("Female");
        view.session()->setScope(view.session()->scope().withMatch(female));
        shoot(ResultsView::Page::Summary, QStringLiteral("results-match"),
              [&] { return view.session()->hasOverview(); });
    }
    return 0;
}
