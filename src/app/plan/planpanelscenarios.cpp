// The Plan page's saved scenarios (list, open, save, rename, delete) and its exports.

#include "planpanel.h"

#include "planexport.h"
#include "plankchart.h"

#include "map/worldmapwidget.h"
#include "plan/planjson.h"
#include "results/geoattribution.h"
#include "results/resultsexport.h"
#include "results/resultssession.h"
#include "results/resultstext.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace regionmap {

QWidget *PlanPanel::buildScenarios()
{
    auto *page = new QWidget(this);
    m_scenarioModel = new QStandardItemModel(0, 6, page);
    m_scenarioModel->setHorizontalHeaderLabels({tr("Name"), tr("Planned on"), tr("Objective"),
                                                tr("Regions"), tr("Saved by"), tr("Saved")});
    m_scenarioView = new QTableView(page);
    m_scenarioView->setObjectName(QStringLiteral("planScenarios"));
    m_scenarioView->setAccessibleName(tr("Saved scenarios"));
    m_scenarioView->setModel(m_scenarioModel);
    m_scenarioView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_scenarioView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_scenarioView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_scenarioView->verticalHeader()->hide();
    m_scenarioView->horizontalHeader()->setStretchLastSection(true);
    connect(m_scenarioView, &QTableView::doubleClicked, this,
            [this] { openScenario(selectedScenario()); });
    auto *open = new QPushButton(tr("&Open"), page);
    open->setToolTip(tr("Shows the scenario's run and regions in the What-if tab."));
    connect(open, &QPushButton::clicked, this, [this] { openScenario(selectedScenario()); });
    auto *save = new QPushButton(tr("&Save the what-if…"), page);
    save->setToolTip(tr("Saves the regions and numbers of the What-if tab (with the best-k "
                        "answer, if there is one) under a name, in the database."));
    connect(save, &QPushButton::clicked, this, [this] {
        if (m_outcome.regions.isEmpty()) {
            showMessage(tr("Choose a serving set first: there is nothing to save."), true);
            return;
        }
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save the scenario"), tr("Name:"),
                                                   QLineEdit::Normal, QString(), &ok)
                                 .trimmed();
        if (ok && !name.isEmpty())
            saveScenario(name);
    });
    auto *rename = new QPushButton(tr("&Rename…"), page);
    connect(rename, &QPushButton::clicked, this, [this] {
        const QString from = selectedScenario();
        if (from.isEmpty())
            return;
        bool ok = false;
        const QString to = QInputDialog::getText(this, tr("Rename the scenario"), tr("New name:"),
                                                 QLineEdit::Normal, from, &ok)
                               .trimmed();
        if (ok && !to.isEmpty() && to != from)
            m_plan->renameScenario(from, to);
    });
    auto *remove = new QPushButton(tr("&Delete"), page);
    connect(remove, &QPushButton::clicked, this, [this] {
        const QString name = selectedScenario();
        if (name.isEmpty())
            return;
        if (QMessageBox::question(this, tr("Delete the scenario"),
                                  tr("Delete the scenario \"%1\"? Its rows stay; only the saved "
                                     "plan goes.")
                                      .arg(name))
            == QMessageBox::Yes)
            m_plan->deleteScenario(name);
    });
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {open, save, rename, remove})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *hint = new QLabel(tr("Scenarios are kept in the database (plan_scenarios), so everyone "
                               "who reads it sees them. Export one with Export plan after "
                               "opening it."),
                            page);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(buttons);
    layout->addWidget(m_scenarioView, 1);
    layout->addWidget(hint);
    return page;
}

void PlanPanel::onScenariosLoaded(const QList<PlanScenario> &list)
{
    m_scenarioList = list;
    m_scenarioModel->removeRows(0, m_scenarioModel->rowCount());
    const QLocale locale;
    for (const PlanScenario &s : list) {
        QString goal = s.objective;
        if (s.objectiveMs)
            goal += QStringLiteral(" ≤ %1 ms").arg(*s.objectiveMs);
        m_scenarioModel->appendRow(
            {new QStandardItem(s.name),
             new QStandardItem(s.runId ? tr("run %1 (%2)").arg(*s.runId).arg(s.table) : s.table),
             new QStandardItem(goal), new QStandardItem(s.regions.join(QStringLiteral(", "))),
             new QStandardItem(s.createdBy),
             new QStandardItem(locale.toString(s.createdAt.toLocalTime(), QLocale::ShortFormat))});
    }
    m_scenarioView->resizeColumnsToContents();
}

QString PlanPanel::selectedScenario() const
{
    const QModelIndex current = m_scenarioView->currentIndex();
    return current.isValid() ? m_scenarioModel->item(current.row(), 0)->text() : QString();
}

void PlanPanel::openScenario(const QString &name)
{
    const auto it = std::find_if(m_scenarioList.cbegin(), m_scenarioList.cend(),
                                 [&](const PlanScenario &s) { return s.name == name; });
    if (it == m_scenarioList.cend() || !m_session)
        return;
    const int goal = it->objective == QLatin1String("p95_km")      ? int(PlanObjective::P95Km)
                     : it->objective == QLatin1String("within_ms") ? int(PlanObjective::Within)
                                                                   : int(PlanObjective::MeanKm);
    m_objective->setCurrentIndex(m_objective->findData(goal));
    if (it->objectiveMs)
        m_withinMs->setValue(*it->objectiveMs);
    m_tabs->setCurrentIndex(int(Tab::WhatIf));
    ResultScope scope
        = it->runId ? ResultScope::run(it->table, *it->runId) : ResultScope::wholeTable(it->table);
    // The rows it was planned on: a column match is kept with the numbers.
    const QJsonObject match = it->numbers.value(QStringLiteral("match")).toObject();
    if (!match.isEmpty()) {
        ColumnMatch m;
        m.column = match.value(QStringLiteral("column")).toString();
        m.value = match.value(QStringLiteral("value")).toString();
        m.isNull = match.value(QStringLiteral("value")).isNull();
        scope = scope.withMatch(m);
    }
    showMessage(tr("Opened the scenario \"%1\".").arg(name));
    if (scope == m_session->scope() && m_plan->planner()) {
        setServingSet(it->regions);
        return;
    }
    // Another scope: the results page switches to it; the set follows once it is read.
    m_pendingSet = it->regions;
    m_pendingScope = scope;
    m_session->setScope(scope);
}

PlanScenario PlanPanel::currentScenario(const QString &name) const
{
    PlanScenario s;
    s.name = name;
    const ResultScope &scope = m_plan->planner()->input().scope;
    s.table = scope.table;
    if (scope.isRun())
        s.runId = scope.runId;
    s.regions = m_outcome.regions;
    s.objective = PlanJson::objectiveName(objective());
    if (objective() == PlanObjective::Within)
        s.objectiveMs = withinMs();
    s.method = QStringLiteral("what-if");
    QJsonArray sets {PlanJson::whatIf(m_outcome)};
    // The best-k answer goes with it when it is for the same objective.
    const bool sameGoal
        = m_best.request.objective == objective()
          && (objective() != PlanObjective::Within || m_best.request.withinMs == withinMs());
    if (sameGoal) {
        for (const Planner::Step &step : m_best.steps)
            sets.append(PlanJson::step(step));
    }
    s.numbers = PlanJson::answer(*m_plan->planner(), PlanSession::providers(), objective(),
                                 withinMs(), sets, m_plan->loadMs(), sameGoal ? m_best.ms : 0,
                                 m_best.searchPlaces, m_best.searchGridDegrees);
    if (scope.match.isSet()) {
        s.numbers.insert(
            QStringLiteral("match"),
            QJsonObject {{QStringLiteral("column"), scope.match.column},
                         {QStringLiteral("value"),
                          scope.match.isNull ? QJsonValue() : QJsonValue(scope.match.value)}});
    }
    return s;
}

void PlanPanel::saveScenario(const QString &name)
{
    if (!m_plan->planner() || m_outcome.regions.isEmpty())
        return;
    if (std::any_of(m_scenarioList.cbegin(), m_scenarioList.cend(),
                    [&](const PlanScenario &s) { return s.name == name; })) {
        showMessage(tr("A scenario named \"%1\" is saved already. Choose another name, or "
                       "delete that one first.")
                        .arg(name),
                    true);
        return;
    }
    m_plan->saveScenario(currentScenario(name));
}

void PlanPanel::exportWithDialog(const QString &what, const QString &filter, const QString &suffix,
                                 const std::function<Status(const QString &)> &save)
{
    const ResultScope scope = m_session ? m_session->scope() : ResultScope();
    QString base = scope.isValid() ? scope.table : QStringLiteral("regionmap");
    if (scope.isRun())
        base += QStringLiteral("-run%1").arg(scope.runId);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export"),
        QDir::home().filePath(base + QLatin1Char('-') + what + QLatin1Char('.') + suffix), filter);
    if (path.isEmpty())
        return;
    const Status done = save(path);
    showMessage(done ? tr("Saved %1.").arg(QDir::toNativeSeparators(path)) : done.error().message,
                !done);
}

Status PlanPanel::exportRegionsCsv(const QString &path) const
{
    if (m_outcome.regions.isEmpty())
        return Error(tr("Nothing to export: choose a serving set first."));
    return PlanExport::regionsCsv(m_outcome, path);
}

Status PlanPanel::exportPointsCsv(const QString &path) const
{
    if (!m_plan->planner() || m_outcome.regions.isEmpty())
        return Error(tr("Nothing to export: choose a serving set first."));
    return PlanExport::pointsCsv(m_plan->planner()->input(), m_outcome, path);
}

Status PlanPanel::exportMap(const QString &path) const
{
    return ResultsExport::saveImage(
        [this](QPainter &p, const QSize &size) { m_map->paintMap(p, size, false); }, m_map->size(),
        path, tr("RegionMap plan: the serving set"), QString());
}

Status PlanPanel::exportKChart(const QString &path) const
{
    if (m_best.steps.isEmpty())
        return Error(tr("There is no k-chart yet: find the best sets first (Best k regions)."));
    return ResultsExport::saveWidget(m_kChart, path, tr("RegionMap plan: the objective by k"),
                                     QString());
}

QImage PlanPanel::mapImage(const QSize &size) const
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(palette().color(QPalette::Window));
    QPainter p(&image);
    m_map->paintMap(p, size, false);
    return image;
}

Status PlanPanel::exportReport(const QString &path) const
{
    if (!m_plan->planner() || m_outcome.regions.isEmpty())
        return Error(tr("Nothing to report: choose a serving set first."));
    PlanExport::Report r;
    const PlanInput &in = m_plan->planner()->input();
    r.title = tr("what-if");
    const QModelIndex current = m_scenarioView->currentIndex();
    for (const PlanScenario &s : m_scenarioList) {
        if (current.isValid() && s.name == selectedScenario() && s.regions == m_outcome.regions)
            r.title = s.name;
    }
    r.scopeText
        = tr("Planned on %1: %2 located rows at %3 places; %4 rows not located take no "
             "part.")
              .arg(scopeText(), ResultsText::count(in.locatedRows),
                   ResultsText::count(qint64(in.points.size())), ResultsText::count(in.otherRows));
    r.objective = m_best.request.objective;
    r.withinMs = m_best.request.withinMs;
    r.outcome = m_outcome;
    r.steps = m_best.steps;
    r.clouds = m_clouds.clouds;
    r.provenance = m_plan->provenance();
    if (m_session)
        r.geoCredit = GeoAttribution::plainText(m_session->overview().geoSources);
    r.map = mapImage(QSize(1000, 520));
    if (!m_best.steps.isEmpty()) {
        r.chart = QImage(QSize(900, 360), QImage::Format_ARGB32_Premultiplied);
        r.chart.fill(palette().color(QPalette::Window));
        QPainter p(&r.chart);
        m_kChart->render(&p, QRectF(QPointF(0, 0), QSizeF(r.chart.size())));
    }
    return PlanExport::htmlReport(r, path);
}

} // namespace regionmap
