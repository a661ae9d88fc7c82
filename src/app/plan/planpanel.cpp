// The Plan page: its layout, the binding to the results session, the region list and the what-if.
// The best k and the clouds side by side are in planpanelsearch.cpp, the scenarios and the
// exports in planpanelscenarios.cpp.

#include "planpanel.h"

#include "plancells.h"
#include "plankchart.h"
#include "planregionmodel.h"

#include "map/mapcelllayer.h"
#include "map/mapsitelayer.h"
#include "map/worldmapwidget.h"
#include "results/geoattribution.h"
#include "results/regionpalette.h"
#include "results/resultssession.h"
#include "results/resultstext.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace regionmap {

namespace {

QTableWidget *numbersTable(QWidget *parent, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    return t;
}

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

PlanPanel::PlanPanel(QWidget *parent)
    : QWidget(parent)
    , m_plan(new PlanSession(this))
    , m_regions(new PlanRegionModel(this))
    , m_regionProxy(new PlanRegionFilter(this))
    , m_header(new QLabel(this))
    , m_message(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_exportButton(new QToolButton(this))
    , m_tabs(new QTabWidget(this))
{
    m_header->setWordWrap(true);
    m_header->setText(tr("Choose a run or a table on the Runs page: the planner works on its "
                         "located rows."));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(110);
    m_busy->setMaximumHeight(fontMetrics().height());
    m_busy->setTextVisible(false);
    m_busy->setToolTip(tr("Planning…"));
    m_busy->hide();
    m_exportButton->setText(tr("E&xport plan"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(m_exportButton);
    m_exportButton->setMenu(exportMenu);
    exportMenu->addAction(tr("Regions as CSV…"), this, [this] {
        exportWithDialog(QStringLiteral("plan-regions"), tr("CSV files (*.csv)"),
                         QStringLiteral("csv"),
                         [this](const QString &p) { return exportRegionsCsv(p); });
    });
    exportMenu->addAction(tr("Point assignments as CSV…"), this, [this] {
        exportWithDialog(QStringLiteral("plan-points"), tr("CSV files (*.csv)"),
                         QStringLiteral("csv"),
                         [this](const QString &p) { return exportPointsCsv(p); });
    });
    for (const QString &suffix : {QStringLiteral("png"), QStringLiteral("svg")}) {
        const QString filter
            = suffix == QLatin1String("png") ? tr("PNG images (*.png)") : tr("SVG images (*.svg)");
        exportMenu->addAction(tr("Map as %1…").arg(suffix.toUpper()), this, [=] {
            exportWithDialog(QStringLiteral("plan-map"), filter, suffix,
                             [this](const QString &p) { return exportMap(p); });
        });
        exportMenu
            ->addAction(tr("k-chart as %1…").arg(suffix.toUpper()), this,
                        [=] {
                            exportWithDialog(QStringLiteral("plan-k-chart"), filter, suffix,
                                             [this](const QString &p) { return exportKChart(p); });
                        })
            ->setData(QStringLiteral("k-chart"));
    }
    exportMenu->addAction(tr("Report as HTML…"), this, [this] {
        exportWithDialog(QStringLiteral("plan-report"), tr("HTML files (*.html)"),
                         QStringLiteral("html"),
                         [this](const QString &p) { return exportReport(p); });
    });
    setExportsEnabled();

    auto *top = new QHBoxLayout;
    top->addWidget(m_header, 1);
    top->addWidget(m_busy);
    top->addWidget(m_exportButton);

    m_tabs->addTab(buildWhatIf(), tr("What-if"));
    m_tabs->addTab(buildBestK(), tr("Best k regions"));
    m_tabs->addTab(buildClouds(), tr("Clouds side by side"));
    m_tabs->addTab(buildScenarios(), tr("Scenarios"));

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_split = split;
    split->addWidget(buildRegionList());
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);
    split->setSizes({380, 950});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);

    connect(m_plan, &PlanSession::loaded, this, &PlanPanel::onLoaded);
    connect(m_plan, &PlanSession::evaluated, this, &PlanPanel::onEvaluated);
    connect(m_plan, &PlanSession::bestFound, this, &PlanPanel::onBestFound);
    connect(m_plan, &PlanSession::cloudsCompared, this, &PlanPanel::onCloudsCompared);
    connect(m_plan, &PlanSession::scenariosLoaded, this, &PlanPanel::onScenariosLoaded);
    connect(m_plan, &PlanSession::scenarioChanged, this,
            [this](const QString &text) { showMessage(text); });
    connect(m_plan, &PlanSession::errorOccurred, this,
            [this](const QString &text, const QString &details) {
                showMessage(details.isEmpty() ? text : text + QLatin1Char('\n') + details, true);
            });
    connect(m_plan, &PlanSession::busyChanged, this, [this](bool busy) {
        m_busy->setVisible(busy);
        emit busyChanged(busy);
    });
    connect(m_regions, &PlanRegionModel::chosenChanged, this, &PlanPanel::evaluateNow);
}

QWidget *PlanPanel::buildRegionList()
{
    auto *box = new QWidget(this);
    m_cloudFilter = new QComboBox(box);
    m_cloudFilter->setAccessibleName(tr("Show the regions of"));
    m_cloudFilter->addItem(tr("All clouds"), QString());
    for (const QString &p : PlanSession::providers())
        m_cloudFilter->addItem(PlanSession::providerName(p), p);
    m_search = new QLineEdit(box);
    m_search->setPlaceholderText(tr("Filter regions…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter regions"));
    m_regionProxy->setSourceModel(m_regions);
    m_regionProxy->setSortRole(Qt::UserRole);
    m_regionView = new QTableView(box);
    m_regionView->setObjectName(QStringLiteral("planRegions"));
    m_regionView->setAccessibleName(tr("Candidate regions; checked regions serve the rows"));
    m_regionView->setModel(m_regionProxy);
    m_regionView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_regionView->setAlternatingRowColors(true);
    m_regionView->setWordWrap(false);
    m_regionView->verticalHeader()->hide();
    m_regionView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_regionView->horizontalHeader()->setStretchLastSection(true);
    m_regionView->setColumnHidden(PlanRegionModel::CityColumn, true);
    connect(m_cloudFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_regionProxy->setProvider(m_cloudFilter->currentData().toString()); });
    connect(m_search, &QLineEdit::textChanged, m_regionProxy, &PlanRegionFilter::setText);
    auto *loaded = new QPushButton(tr("The run's regions"), box);
    loaded->setToolTip(tr("Check the regions the run assigned its rows to."));
    connect(loaded, &QPushButton::clicked, this, &PlanPanel::useLoadedRegions);
    auto *none = new QPushButton(tr("Clear"), box);
    connect(none, &QPushButton::clicked, this, [this] {
        m_regions->setChosen({});
        evaluateNow();
    });
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_cloudFilter);
    filters->addWidget(m_search, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(loaded);
    buttons->addWidget(none);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_regionView, 1);
    layout->addLayout(buttons);
    return box;
}

QWidget *PlanPanel::buildWhatIf()
{
    auto *page = new QWidget(this);
    m_map = new WorldMapWidget(page);
    m_map->setObjectName(QStringLiteral("planMap"));
    m_map->setAccessibleName(tr("Map of the rows by their region in the serving set"));
    m_cells = new MapCellLayer(page);
    m_sites = new MapSiteLayer(page);
    m_map->addLayer(m_cells);
    m_map->addLayer(m_sites);
    m_map->setMessage(tr("Choose a run or a table."));
    connect(m_map, &WorldMapWidget::viewSettled, this, [this] {
        if (m_cells->cells().cellDegrees != MapCellLayer::wantedCellDegrees(m_map->projection()))
            updateMapCells();
    });
    // A click on a site adds its region to the set or takes it out; a cell picks nothing.
    m_cells->setPicksRegions(false);
    connect(m_map, &WorldMapWidget::regionClicked, this, [this](const QString &key) {
        if (m_plan->planner())
            m_regions->toggle(m_plan->planner()->indexOf(key));
    });
    m_summary = new QLabel(page);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_perRegion
        = numbersTable(page, {tr("Region"), tr("Rows"), tr("Share"), tr("Mean km"), tr("Median km"),
                              tr("95th pct. km"), tr("Est. RTT ms"), tr("95th pct. RTT ms")});
    m_perRegion->horizontalHeader()->setStretchLastSection(false);
    m_perRegion->setAccessibleName(tr("Rows and distances per region of the set"));
    m_worst
        = numbersTable(page, {tr("Country or city"), tr("Rows"), tr("Mean km"), tr("Est. RTT ms")});
    m_worst->setAccessibleName(tr("The worst-served countries and cities"));
    m_moves = numbersTable(page, {});
    m_moves->setObjectName(QStringLiteral("planMoves"));
    m_moves->setAccessibleName(tr("Rows that move from each loaded region to each region of the "
                                  "set"));
    auto *numbers = new QTabWidget(page);
    numbers->setDocumentMode(true);
    numbers->addTab(m_perRegion, tr("Regions"));
    numbers->addTab(m_worst, tr("Worst served"));
    numbers->addTab(m_moves, tr("Moves"));
    numbers->setTabToolTip(2, tr("Rows that move from each region of the loaded assignment "
                                 "(down) to each region of the new set (across)."));
    auto *bottom = new QWidget(page);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_summary);
    bottomLayout->addWidget(numbers, 1);
    auto *split = new QSplitter(Qt::Vertical, page);
    split->addWidget(m_map);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({400, 300});
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(split);
    return page;
}

void PlanPanel::bind(ResultsSession *session)
{
    m_session = session;
    m_plan->setConnection(session->connectionSettings());
    // Another database: nothing of the old one stays (its plan, its scenarios).
    connect(session, &ResultsSession::connectionChanged, this, [this] {
        m_plan->setConnection(m_session->connectionSettings());
        clearPlan(tr("Choose a run or a table."));
        onScenariosLoaded({});
        m_pendingSet.clear();
        if (isVisible())
            m_plan->refreshScenarios();
    });
    connect(session, &ResultsSession::scopeChanged, this, [this] {
        m_plan->reset(); // what is under way for the old scope is dropped
        clearPlan(m_session->scope().isValid() ? tr("Reading the located rows…")
                                               : tr("Choose a run or a table."));
        if (m_session->scope() != m_pendingScope)
            m_pendingSet.clear(); // an opened scenario's set is for its own scope only
    });
    connect(session, &ResultsSession::overviewLoaded, this, [this] {
        m_loadWanted = true;
        if (isVisible())
            onScopeReady();
    });
}

void PlanPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_loadWanted)
        onScopeReady();
    if (m_scenarioList.isEmpty() && m_session && m_session->hasConnection())
        m_plan->refreshScenarios();
}

void PlanPanel::onScopeReady()
{
    m_loadWanted = false;
    if (!m_session || !m_session->scope().isValid())
        return;
    m_header->setText(tr("Reading the located rows of %1…").arg(scopeText()));
    m_plan->load(m_session->table(), m_session->scope());
}

QString PlanPanel::scopeText() const
{
    const ResultScope &s = m_session ? m_session->scope() : ResultScope();
    if (!s.isValid())
        return {};
    return s.isRun() ? tr("run %1 of the table %2").arg(s.runId).arg(s.table)
                     : tr("the table %1").arg(s.table);
}

void PlanPanel::onLoaded()
{
    const std::shared_ptr<const Planner> planner = m_plan->planner();
    const PlanInput &in = planner->input();
    m_regions->setPlanner(planner);
    m_regionView->resizeColumnsToContents();
    // Room for the region and its name without scrolling (the numbers may scroll), up to
    // two fifths of the page.
    const int wanted = m_regionView->columnViewportPosition(PlanRegionModel::NameColumn)
                       + m_regionView->columnWidth(PlanRegionModel::NameColumn)
                       + m_regionView->verticalScrollBar()->sizeHint().width()
                       + 2 * m_regionView->frameWidth() + 8;
    const QList<int> sizes = m_split->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    if (total > 0 && sizes.value(0) < wanted)
        m_split->setSizes({qMin(wanted, total * 2 / 5), total - qMin(wanted, total * 2 / 5)});
    m_header->setText(
        tr("Planning on %1: %2 located rows at %3 places; %4 rows not located take no part.")
            .arg(scopeText(), ResultsText::count(in.locatedRows),
                 ResultsText::count(qint64(in.points.size())), ResultsText::count(in.otherRows)));
    if (m_session)
        m_map->setAttribution(GeoAttribution::plainText(m_session->overview().geoSources));
    if (in.locatedRows == 0) {
        m_map->setMessage(tr("No located rows to plan for."));
        return;
    }
    if (!m_pendingSet.isEmpty() && in.scope == m_pendingScope)
        setServingSet(std::exchange(m_pendingSet, {}));
    else
        useLoadedRegions();
}

void PlanPanel::useLoadedRegions()
{
    if (!m_plan->planner())
        return;
    setServingSet(m_plan->planner()->input().loadedRegions);
}

void PlanPanel::setServingSet(const QStringList &regions)
{
    const std::shared_ptr<const Planner> planner = m_plan->planner();
    if (!planner) {
        m_pendingSet = regions;
        m_pendingScope = m_session ? m_session->scope() : ResultScope();
        return;
    }
    QList<int> set;
    for (const QString &key : regions) {
        const int i = planner->indexOf(key);
        if (i >= 0 && !set.contains(i))
            set << i;
    }
    m_regions->setChosen(set);
    evaluateNow();
}

PlanObjective PlanPanel::objective() const
{
    return PlanObjective(m_objective->currentData().toInt());
}

double PlanPanel::withinMs() const
{
    return m_withinMs->value();
}

void PlanPanel::evaluateNow()
{
    const QList<int> set = m_regions->chosen();
    if (set.isEmpty()) {
        m_outcome = {};
        m_cells->clear();
        m_sites->clear();
        m_summary->setText(tr("Check one or more regions on the left (or click a region's "
                              "diamond on the map) to see how far and how slow the rows "
                              "would be."));
        m_map->setMessage(tr("No region chosen."));
        setExportsEnabled();
        return;
    }
    m_plan->evaluate(set, objective(), withinMs());
}

void PlanPanel::onEvaluated(const PlanOutcome &o)
{
    m_outcome = o;
    m_regions->setOutcome(o);
    setExportsEnabled();
    m_map->setMessage({});
    const RegionPalette palette = PlanCells::palette(o);
    m_cells->setPalette(palette);
    QList<int> others;
    const std::shared_ptr<const Planner> planner = m_plan->planner();
    const QString cloud = m_cloudFilter->currentData().toString();
    for (int i = 0; i < planner->candidates().size(); ++i) {
        if (cloud.isEmpty() || planner->candidates().at(i).provider == cloud)
            others << i;
    }
    m_sites->setSites(PlanCells::sites(*planner, o, others), palette);
    updateMapCells();

    m_summary->setText(
        tr("%1 located rows from %n region(s): mean %2, median %3, 95th percentile %4; est. RTT "
           "mean %5, 95th percentile %6. Within 20 ms: %7, 50 ms: %8, 100 ms: %9.",
           nullptr, int(o.regions.size()))
            .arg(ResultsText::count(o.rows), ResultsText::km(o.meanKm), ResultsText::km(o.medianKm),
                 ResultsText::km(o.p95Km), ResultsText::ms(o.meanRttMs),
                 ResultsText::ms(o.p95RttMs), ResultsText::share(o.within20),
                 ResultsText::share(o.within50), ResultsText::share(o.within100)));

    m_perRegion->setRowCount(int(o.perRegion.size()));
    for (int r = 0; r < o.perRegion.size(); ++r) {
        const PlanRegionStats &s = o.perRegion.at(r);
        auto *name = cell(s.region);
        name->setToolTip(s.name);
        name->setData(Qt::DecorationRole, palette.color(s.region));
        m_perRegion->setItem(r, 0, name);
        m_perRegion->setItem(
            r, 1, cell(s.withheld ? o.withheldText() : ResultsText::count(s.rows), true));
        m_perRegion->setItem(
            r, 2, cell(s.withheld ? QStringLiteral("—") : ResultsText::share(s.share), true));
        m_perRegion->setItem(r, 3, cell(ResultsText::km(s.meanKm, false), true));
        m_perRegion->setItem(r, 4, cell(ResultsText::km(s.medianKm, false), true));
        m_perRegion->setItem(r, 5, cell(ResultsText::km(s.p95Km, false), true));
        m_perRegion->setItem(r, 6, cell(ResultsText::ms(s.meanRttMs, false), true));
        m_perRegion->setItem(r, 7, cell(ResultsText::ms(s.p95RttMs, false), true));
    }
    m_perRegion->resizeColumnsToContents();

    QList<PlanPlaceStats> worst = o.worstCountries + o.worstCities;
    m_worst->setRowCount(int(worst.size()));
    for (int r = 0; r < worst.size(); ++r) {
        const PlanPlaceStats &p = worst.at(r);
        m_worst->setItem(
            r, 0, cell(p.city.isEmpty() ? p.countryCode : tr("%1, %2").arg(p.city, p.countryCode)));
        m_worst->setItem(r, 1, cell(ResultsText::count(p.rows), true));
        m_worst->setItem(r, 2, cell(ResultsText::km(p.meanKm, false), true));
        m_worst->setItem(r, 3, cell(ResultsText::ms(p.meanRttMs, false), true));
    }
    m_worst->resizeColumnsToContents();

    // The moves as a matrix: the loaded regions down, the new set across.
    QStringList from;
    for (const PlanMove &m : o.moves) {
        const QString f = m.from.isEmpty() ? tr("(none)") : m.from;
        if (!from.contains(f))
            from << f;
    }
    std::sort(from.begin(), from.end());
    m_moves->clear();
    m_moves->setColumnCount(int(o.regions.size()));
    m_moves->setRowCount(int(from.size()));
    m_moves->setHorizontalHeaderLabels(o.regions);
    m_moves->setVerticalHeaderLabels(from);
    m_moves->verticalHeader()->show();
    for (int r = 0; r < from.size(); ++r) {
        for (int c = 0; c < o.regions.size(); ++c)
            m_moves->setItem(r, c, cell(QString(), true));
    }
    for (const PlanMove &m : o.moves) {
        const int r = int(from.indexOf(m.from.isEmpty() ? tr("(none)") : m.from));
        const int c = int(o.regions.indexOf(m.to));
        if (r < 0 || c < 0)
            continue;
        QTableWidgetItem *item = m_moves->item(r, c);
        item->setText(m.withheld ? o.withheldText() : ResultsText::count(m.rows));
        // Rows that stay where they were are plain; rows that move are bold.
        QFont f = item->font();
        f.setBold(m.from != m.to);
        item->setFont(f);
    }
    m_moves->resizeColumnsToContents();
    emit outcomeShown();
}

void PlanPanel::updateMapCells()
{
    const std::shared_ptr<const Planner> planner = m_plan->planner();
    if (!planner || m_outcome.regions.isEmpty())
        return;
    m_cells->setCells(PlanCells::cells(planner->input(), m_outcome,
                                       MapCellLayer::wantedCellDegrees(m_map->projection())));
}

void PlanPanel::showMessage(const QString &text, bool error)
{
    m_message->setText(error ? QStringLiteral("⚠ ") + text : text);
    m_message->setVisible(!text.isEmpty());
}

void PlanPanel::clearPlan(const QString &mapMessage)
{
    m_regions->setPlanner(nullptr);
    m_outcome = {};
    m_best = {};
    m_clouds = {};
    m_cells->clear();
    m_sites->clear();
    m_map->setMessage(mapMessage);
    m_summary->clear();
    for (QTableWidget *t : {m_perRegion, m_worst, m_moves, m_kTable, m_cloudsTable})
        t->setRowCount(0);
    m_kChart->clear();
    m_bestNote->clear();
    for (int i = 0; i < m_smallMaps.size(); ++i) {
        m_smallCells.at(i)->clear();
        m_smallSites.at(i)->clear();
        m_smallMaps.at(i)->setMessage(PlanSession::providerName(PlanSession::providers().at(i)));
    }
    setExportsEnabled();
}

// The exports that have something to save; the rest are greyed out (in the Export plan menu
// and in the results page's Export menu, which shows the same actions).
void PlanPanel::setExportsEnabled()
{
    const bool outcome = !m_outcome.regions.isEmpty();
    for (QAction *a : m_exportButton->menu()->actions())
        a->setEnabled(a->data().toString() == QLatin1String("k-chart") ? !m_best.steps.isEmpty()
                                                                       : outcome);
    m_exportButton->setEnabled(outcome);
}

QString PlanPanel::messageText() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

QMenu *PlanPanel::exportMenu() const
{
    return m_exportButton->menu();
}

QString PlanPanel::summaryText() const
{
    return m_summary->text();
}

} // namespace regionmap
