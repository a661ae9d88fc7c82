// The Plan page's searches: the best k regions (table and k-chart) and the clouds side by side
// (a table and a small map per cloud).

#include "planpanel.h"

#include "plancells.h"
#include "plankchart.h"
#include "planregionmodel.h"

#include "map/mapcelllayer.h"
#include "map/mapsitelayer.h"
#include "map/worldmapwidget.h"
#include "plan/planjson.h"
#include "results/resultstext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace regionmap {

namespace {

QString objectiveValue(PlanObjective objective, double value)
{
    return objective == PlanObjective::Within ? ResultsText::share(value) : ResultsText::km(value);
}

QTableWidgetItem *item(const QString &text, bool number = false)
{
    auto *i = new QTableWidgetItem(text);
    if (number)
        i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return i;
}

} // namespace

QWidget *PlanPanel::buildBestK()
{
    auto *page = new QWidget(this);
    m_k = new QSpinBox(page);
    m_k->setRange(1, 12);
    m_k->setValue(4);
    m_k->setPrefix(tr("k = 1 to "));
    m_k->setAccessibleName(tr("Largest number of regions"));
    m_objective = new QComboBox(page);
    m_objective->setAccessibleName(tr("Objective"));
    m_objective->addItem(tr("Mean distance"), int(PlanObjective::MeanKm));
    m_objective->addItem(tr("95th-percentile distance"), int(PlanObjective::P95Km));
    m_objective->addItem(tr("Share of rows within"), int(PlanObjective::Within));
    m_withinMs = new QDoubleSpinBox(page);
    m_withinMs->setRange(5, 500);
    m_withinMs->setDecimals(0);
    m_withinMs->setValue(50);
    m_withinMs->setSuffix(tr(" ms"));
    m_withinMs->setAccessibleName(tr("Est. round trip at most"));
    m_withinMs->setEnabled(false);
    // The what-if's objective follows (the value a scenario saves).
    connect(m_objective, &QComboBox::currentIndexChanged, this, [this] {
        m_withinMs->setEnabled(objective() == PlanObjective::Within);
        if (!m_outcome.regions.isEmpty())
            evaluateNow();
    });
    connect(m_withinMs, &QDoubleSpinBox::valueChanged, this, [this] {
        if (!m_outcome.regions.isEmpty() && objective() == PlanObjective::Within)
            evaluateNow();
    });
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_k);
    controls->addWidget(new QLabel(tr("Objective:"), page));
    controls->addWidget(m_objective);
    controls->addWidget(m_withinMs);
    controls->addStretch(1);
    auto *clouds = new QHBoxLayout;
    clouds->addWidget(new QLabel(tr("Candidates:"), page));
    for (const QString &p : PlanSession::providers()) {
        auto *check = new QCheckBox(PlanSession::providerName(p), page);
        check->setObjectName(QStringLiteral("planCloud_") + p);
        check->setChecked(true);
        check->setToolTip(
            tr("The generally available regions of %1.").arg(PlanSession::providerName(p)));
        m_cloudChecks << check;
        clouds->addWidget(check);
    }
    m_keepChecked = new QCheckBox(tr("Keep the checked regions"), page);
    m_keepChecked->setToolTip(tr("Every answer keeps the regions checked in the list on the "
                                 "left."));
    clouds->addWidget(m_keepChecked);
    clouds->addStretch(1);
    m_findButton = new QPushButton(tr("&Find the best sets"), page);
    m_findButton->setDefault(true);
    connect(m_findButton, &QPushButton::clicked, this, &PlanPanel::findBest);
    clouds->addWidget(m_findButton);

    m_kTable = new QTableWidget(0, 5, page);
    m_kTable->setObjectName(QStringLiteral("planKTable"));
    m_kTable->setAccessibleName(tr("The best set for each k"));
    m_kTable->setHorizontalHeaderLabels(
        {tr("k"), tr("Objective"), tr("Gain"), tr("Method"), tr("Regions")});
    m_kTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_kTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_kTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_kTable->verticalHeader()->hide();
    m_kTable->horizontalHeader()->setStretchLastSection(true);
    m_kTable->setWordWrap(false);
    m_kTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_kTable->setToolTip(tr("Double-click a row to see its set in the What-if tab."));
    m_kChart = new PlanKChart(page);
    m_kChart->setObjectName(QStringLiteral("planKChart"));
    const auto showK = [this](int k) {
        for (const Planner::Step &s : std::as_const(m_best.steps)) {
            if (s.k == k) {
                setServingSet(s.outcome.regions);
                m_tabs->setCurrentIndex(int(Tab::WhatIf));
            }
        }
    };
    connect(m_kChart, &PlanKChart::kClicked, this, showK);
    connect(m_kTable, &QTableWidget::cellDoubleClicked, this,
            [this, showK](int row) { showK(m_best.steps.value(row).k); });
    m_bestNote = new QLabel(page);
    m_bestNote->setWordWrap(true);
    auto *split = new QSplitter(Qt::Vertical, page);
    split->addWidget(m_kTable);
    split->addWidget(m_kChart);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    split->setSizes({180, 420});
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(controls);
    layout->addLayout(clouds);
    layout->addWidget(split, 1);
    layout->addWidget(m_bestNote);
    return page;
}

QWidget *PlanPanel::buildClouds()
{
    auto *page = new QWidget(this);
    m_compareButton = new QPushButton(tr("&Compare the clouds"), page);
    m_compareButton->setToolTip(tr("The best k regions of each cloud on its own, for the k and "
                                   "the objective of the Best k tab."));
    connect(m_compareButton, &QPushButton::clicked, this, &PlanPanel::compareClouds);
    m_cloudsNote = new QLabel(tr("Which cloud serves these rows best with the same number of "
                                 "regions?"),
                              page);
    m_cloudsNote->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(m_cloudsNote, 1);
    top->addWidget(m_compareButton);
    m_cloudsTable = new QTableWidget(0, 7, page);
    m_cloudsTable->setObjectName(QStringLiteral("planClouds"));
    m_cloudsTable->setAccessibleName(tr("The best sets of each cloud"));
    m_cloudsTable->setHorizontalHeaderLabels({tr("Cloud"), tr("Objective"), tr("Mean km"),
                                              tr("95th pct. km"), tr("Est. RTT ms"),
                                              tr("Within 50 ms"), tr("Regions")});
    m_cloudsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_cloudsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_cloudsTable->verticalHeader()->hide();
    m_cloudsTable->horizontalHeader()->setStretchLastSection(true);
    m_cloudsTable->setWordWrap(false);
    m_cloudsTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_cloudsTable->setMaximumHeight((fontMetrics().height() + 8) * 5 + 8);
    auto *grid = new QGridLayout;
    for (int i = 0; i < PlanSession::providers().size(); ++i) {
        auto *map = new WorldMapWidget(page);
        map->setObjectName(QStringLiteral("planSmallMap_") + PlanSession::providers().at(i));
        map->setAccessibleName(tr("Map of the best regions of %1")
                                   .arg(PlanSession::providerName(PlanSession::providers().at(i))));
        auto *cells = new MapCellLayer(page);
        auto *sites = new MapSiteLayer(page);
        cells->setPicksRegions(false);
        cells->setShowLegend(false); // small: the circles' scale is that of the big map
        map->addLayer(cells);
        map->addLayer(sites);
        map->setMessage(PlanSession::providerName(PlanSession::providers().at(i)));
        m_smallMaps << map;
        m_smallCells << cells;
        m_smallSites << sites;
        grid->addWidget(map, i / 2, i % 2);
    }
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(m_cloudsTable);
    layout->addLayout(grid, 1);
    return page;
}

PlanSession::BestRequest PlanPanel::bestRequest() const
{
    PlanSession::BestRequest r;
    r.kMax = m_k->value();
    r.objective = objective();
    r.withinMs = withinMs();
    for (int i = 0; i < m_cloudChecks.size(); ++i) {
        if (m_cloudChecks.at(i)->isChecked())
            r.providers << PlanSession::providers().at(i);
    }
    if (m_keepChecked->isChecked())
        r.must = m_regions->chosen();
    return r;
}

void PlanPanel::findBest()
{
    if (!m_plan->planner())
        return;
    const PlanSession::BestRequest r = bestRequest();
    if (r.providers.isEmpty()) {
        m_bestNote->setText(tr("Check at least one cloud for the candidates."));
        return;
    }
    m_best = {};
    setExportsEnabled();
    m_kTable->setRowCount(0);
    m_kChart->clear(tr("Searching…"));
    m_bestNote->setText(tr("Searching the best sets of 1 to %1 regions…").arg(r.kMax));
    m_plan->best(r);
}

void PlanPanel::onBestFound(const PlanSession::BestAnswer &answer)
{
    m_best = answer;
    const PlanObjective goal = answer.request.objective;
    const QList<Planner::Step> &steps = answer.steps;
    m_kTable->setRowCount(int(steps.size()));
    for (int r = 0; r < steps.size(); ++r) {
        const Planner::Step &s = steps.at(r);
        m_kTable->setItem(r, 0, item(QString::number(s.k), true));
        m_kTable->setItem(r, 1, item(objectiveValue(goal, s.outcome.objective), true));
        m_kTable->setItem(r, 2,
                          item(s.gain ? objectiveValue(goal, *s.gain) : QStringLiteral("—"), true));
        m_kTable->setItem(r, 3, item(PlanJson::methodName(s.method)));
        m_kTable->setItem(r, 4, item(s.outcome.regions.join(QStringLiteral(", "))));
    }
    m_kTable->resizeColumnsToContents();
    m_kChart->setSteps(steps, goal, answer.request.withinMs);
    setExportsEnabled();
    const std::shared_ptr<const Planner> planner = m_plan->planner();
    m_bestNote->setText(
        steps.isEmpty()
            ? tr("No answer: there are not enough candidate regions (check the clouds and the "
                 "kept regions).")
            : tr("Found in %1 s on %2 places (%3 for the search). The numbers are exact; "
                 "\"greedy+swap\" answers are good sets, not proven best. Double-click a row "
                 "or click a point to see it on the map.")
                  .arg(QLocale().toString(double(answer.ms) / 1000.0, 'f', 1))
                  .arg(ResultsText::count(qint64(planner->input().points.size())))
                  .arg(ResultsText::count(answer.searchPlaces)));
}

void PlanPanel::compareClouds()
{
    if (!m_plan->planner())
        return;
    PlanSession::BestRequest r = bestRequest();
    r.providers = PlanSession::providers();
    m_clouds = {};
    m_cloudsTable->setRowCount(0);
    m_cloudsNote->setText(tr("Searching the best %n region(s) of each cloud…", nullptr, r.kMax));
    m_plan->compareClouds(r);
}

void PlanPanel::onCloudsCompared(const PlanSession::CloudsAnswer &answer)
{
    m_clouds = answer;
    const QList<PlanSession::CloudAnswer> &answers = answer.clouds;
    const PlanObjective goal = answer.request.objective;
    const qint64 ms = answer.ms;
    const std::shared_ptr<const Planner> planner = m_plan->planner();
    m_cloudsTable->setRowCount(int(answers.size()));
    int best = -1;
    for (int r = 0; r < answers.size(); ++r) {
        const PlanOutcome &o = answers.at(r).step.outcome;
        const bool better = best < 0
                            || (goal == PlanObjective::Within
                                    ? o.objective > answers.at(best).step.outcome.objective
                                    : o.objective < answers.at(best).step.outcome.objective);
        if (better)
            best = r;
        m_cloudsTable->setItem(r, 0, item(PlanSession::providerName(answers.at(r).provider)));
        m_cloudsTable->setItem(r, 1, item(objectiveValue(goal, o.objective), true));
        m_cloudsTable->setItem(r, 2, item(ResultsText::km(o.meanKm, false), true));
        m_cloudsTable->setItem(r, 3, item(ResultsText::km(o.p95Km, false), true));
        m_cloudsTable->setItem(r, 4, item(ResultsText::ms(o.meanRttMs, false), true));
        m_cloudsTable->setItem(r, 5, item(ResultsText::share(o.within50), true));
        m_cloudsTable->setItem(r, 6, item(o.regions.join(QStringLiteral(", "))));
    }
    if (best >= 0) {
        for (int c = 0; c < m_cloudsTable->columnCount(); ++c) {
            QFont f = m_cloudsTable->item(best, c)->font();
            f.setBold(true);
            m_cloudsTable->item(best, c)->setFont(f);
        }
    }
    m_cloudsTable->resizeColumnsToContents();
    for (int i = 0; i < m_smallMaps.size(); ++i) {
        const QString provider = PlanSession::providers().at(i);
        const auto it = std::find_if(answers.cbegin(), answers.cend(),
                                     [&](const auto &a) { return a.provider == provider; });
        if (it == answers.cend()) {
            m_smallCells.at(i)->clear();
            m_smallSites.at(i)->clear();
            m_smallMaps.at(i)->setMessage(
                tr("%1: no answer").arg(PlanSession::providerName(provider)));
            continue;
        }
        const PlanOutcome &o = it->step.outcome;
        const RegionPalette palette = PlanCells::palette(o);
        m_smallCells.at(i)->setPalette(palette);
        m_smallCells.at(i)->setCells(PlanCells::cells(
            planner->input(), o, MapCellLayer::wantedCellDegrees(m_smallMaps.at(i)->projection())));
        m_smallSites.at(i)->setSites(PlanCells::sites(*planner, o), palette);
        m_smallMaps.at(i)->setMessage({});
        m_smallMaps.at(i)->setAttribution(tr("%1, k = %2: %3")
                                              .arg(PlanSession::providerName(provider))
                                              .arg(it->step.k)
                                              .arg(objectiveValue(goal, o.objective)));
    }
    m_cloudsNote->setText(
        answers.isEmpty()
            ? tr("No answer: too few candidate regions.")
            : tr("The best %n region(s) of each cloud on its own, compared in %1 s; the best "
                 "cloud for this objective is in bold.",
                 nullptr, answers.first().step.k)
                  .arg(QLocale().toString(double(ms) / 1000.0, 'f', 1)));
}

} // namespace regionmap
