#include "resultsview.h"

#include "columnmatchbar.h"
#include "disagreementspanel.h"
#include "mappanel.h"
#include "plan/planpanel.h"
#include "regionsummarymodel.h"
#include "resultrowsmodel.h"
#include "resultsexport.h"
#include "resultssession.h"
#include "resultstext.h"
#include "rowspanel.h"
#include "runsmodel.h"
#include "summarysortproxy.h"

#include "map/worldmapwidget.h"

#include "results/geoattribution.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>

#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace regionmap {

ResultsView::ResultsView(QWidget *parent)
    : QWidget(parent)
    , m_session(new ResultsSession(this))
    , m_scopeLabel(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_exportButton(new QToolButton(this))
    , m_message(new QLabel(this))
    , m_attribution(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_rows(new RowsPanel(m_session->rowsModel(), this))
    , m_charts(new ChartsPanel(this))
    , m_disagreements(new DisagreementsPanel(this))
    , m_mapPanel(new MapPanel(this))
    , m_plan(new PlanPanel(this))
    , m_match(new ColumnMatchBar(this))
{
    m_scopeLabel->setTextFormat(Qt::RichText);
    m_scopeLabel->setWordWrap(true);
    m_scopeLabel->setTextInteractionFlags(Qt::LinksAccessibleByMouse
                                          | Qt::LinksAccessibleByKeyboard);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(110);
    m_busy->setMaximumHeight(fontMetrics().height());
    m_busy->setTextVisible(false);
    m_busy->setToolTip(tr("Querying PostgreSQL…"));
    m_busy->hide();
    auto *refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setToolTip(tr("Read the run history and the results again from the database."));
    m_exportButton->setText(tr("&Export"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *exportMenu = new QMenu(m_exportButton);
    m_exportButton->setMenu(exportMenu);
    connect(exportMenu, &QMenu::aboutToShow, this, &ResultsView::fillExportMenu);

    auto *top = new QHBoxLayout;
    top->addWidget(m_scopeLabel, 1);
    top->addWidget(m_busy);
    top->addWidget(refresh);
    top->addWidget(m_exportButton);

    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::RichText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setContentsMargins(8, 4, 8, 4);
    m_message->hide();
    m_attribution->setTextFormat(Qt::RichText);
    m_attribution->setOpenExternalLinks(true);
    m_attribution->setAlignment(Qt::AlignRight);
    m_attribution->hide();

    m_runsPage = buildRunsPage();
    m_summaryPage = buildSummaryPage();
    m_tabs->addTab(m_runsPage, tr("Runs"));
    m_tabs->addTab(m_summaryPage, tr("Summary"));
    m_tabs->addTab(m_rows, tr("Rows"));
    m_tabs->addTab(m_charts, tr("Charts"));
    m_tabs->addTab(m_mapPanel, tr("Map"));
    m_tabs->addTab(m_disagreements, tr("Disagreements"));
    m_tabs->addTab(m_plan, tr("Plan"));
    m_tabs->setTabToolTip(int(Page::Plan),
                          tr("The region planner: how far and how slow these rows would be from "
                             "other regions, and the best k regions of four clouds."));
    m_tabs->setTabToolTip(int(Page::Disagreements),
                          tr("The rows a second database puts in another region (a run with a "
                             "cross-check)."));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_match);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_attribution);

    // Each panel follows the session itself (SessionPanel); the page only lays them out.
    for (SessionPanel *panel : std::initializer_list<SessionPanel *> {m_rows, m_charts, m_mapPanel,
                                                                      m_disagreements, m_plan})
        panel->bind(m_session);
    connect(refresh, &QPushButton::clicked, this, &ResultsView::refresh);
    connect(m_session, &ResultsSession::tableLoaded, this, [this] {
        m_match->setColumns(ResultsQueries::csvColumns(m_session->table()),
                            m_session->scope().match);
    });
    connect(m_session, &ResultsSession::scopeChanged, this, [this](const ResultScope &scope) {
        // Another run or table: its columns and values are read afresh.
        const ResultScope base = scope.withMatch({});
        if (base != m_matchBase)
            m_match->setColumns({}, {});
        m_matchBase = base;
    });
    connect(m_match, &ColumnMatchBar::valuesWanted, m_session,
            &ResultsSession::requestColumnValues);
    connect(m_session, &ResultsSession::columnValuesLoaded, m_match, &ColumnMatchBar::setValues);
    connect(m_match, &ColumnMatchBar::matchChosen, this, [this](const ColumnMatch &match) {
        m_session->setScope(m_session->scope().withMatch(match));
    });
    connect(m_session, &ResultsSession::busyChanged, this, [this](bool busy) {
        m_match->setWorking(busy);
        m_busy->setVisible(busy);
        emit busyChanged(busy);
    });
    connect(m_session, &ResultsSession::preparing, this, [this](const QString &message) {
        if (!message.isEmpty())
            showInfo(message);
        else if (m_message->frameShape() == QFrame::NoFrame)
            m_message->hide(); // the note of the preparation, not an error that came since
    });
    connect(m_session, &ResultsSession::runsLoaded, this, &ResultsView::onRunsLoaded);
    connect(m_session, &ResultsSession::scopeChanged, this, &ResultsView::onScopeChanged);
    connect(m_session, &ResultsSession::overviewLoaded, this, &ResultsView::onOverviewLoaded);
    connect(m_session, &ResultsSession::errorOccurred, this, &ResultsView::showError);
    connect(this, &ResultsView::reportSaved, this, [this](bool ok, const QString &message) {
        if (ok)
            showInfo(message);
        else
            showError(message, {});
    });
    connect(m_session, &ResultsSession::exportFinished, this,
            [this](bool ok, const QString &message) {
                if (ok)
                    showInfo(message);
                else
                    showError(message, {});
            });
    connect(m_charts, &ChartsPanel::regionClicked, this, &ResultsView::filterByRegion);
    connect(m_mapPanel, &MapPanel::regionClicked, this, &ResultsView::filterByRegion);
    connect(m_charts, &ChartsPanel::statusClicked, this, [this](const QString &status) {
        m_rows->clearFilters();
        m_rows->setStatusFilter(status);
        setCurrentPage(Page::Rows);
    });
    onScopeChanged();
}

ResultsView::~ResultsView() = default;

QString ResultsView::noRowsText(const RunRecord &run)
{
    if (run.status == QLatin1String("failed"))
        return tr("Run %1 failed, so it loaded no rows. %2").arg(run.runId).arg(run.errorMessage);
    if (run.status == QLatin1String("cancelled"))
        return tr("Run %1 was cancelled, so it loaded no rows.").arg(run.runId);
    if (run.status == QLatin1String("interrupted"))
        return tr("Run %1 was interrupted (the program ended during the run), so it loaded no "
                  "rows.")
            .arg(run.runId);
    if (run.status == QLatin1String("running"))
        return tr("Run %1 is still running; its rows can be seen once it has finished.")
            .arg(run.runId);
    return tr("Run %1 loaded no rows. %2").arg(run.runId).arg(run.errorMessage);
}

void ResultsView::setConnection(const ConnectionSettings &settings)
{
    m_message->hide();
    m_session->setConnection(settings);
}

void ResultsView::showRun(qint64 runId, const QString &table)
{
    m_session->setScope(ResultScope::run(table, runId));
    selectRunRow(runId);
    setCurrentPage(Page::Summary);
}

void ResultsView::showTable(const QString &table)
{
    m_session->setScope(ResultScope::wholeTable(table));
}

void ResultsView::refresh()
{
    m_message->hide();
    m_session->refresh();
}

ResultScope ResultsView::scope() const
{
    return m_session->scope();
}

void ResultsView::setCurrentPage(Page page)
{
    m_tabs->setCurrentWidget(this->page(page));
}

ResultsView::Page ResultsView::currentPage() const
{
    return Page(m_tabs->currentIndex());
}

QWidget *ResultsView::page(Page page) const
{
    return m_tabs->widget(int(page));
}

bool ResultsView::isBusy() const
{
    return m_session->isBusy();
}

void ResultsView::onRunsLoaded()
{
    const QString current = m_session->scope().table;
    m_tableCombo->clear();
    for (const TableRecord &t : m_session->tables()) {
        const QString label = t.exists ? tr("%1 (%n run(s))", nullptr, t.runCount).arg(t.name)
                                       : tr("%1 (gone)").arg(t.name);
        m_tableCombo->addItem(label, t.name);
        if (!t.exists) {
            m_tableCombo->setItemData(m_tableCombo->count() - 1, 0, Qt::UserRole - 1);
        }
    }
    m_tableCombo->setCurrentIndex(m_tableCombo->findData(current));
    if (m_session->runs().isEmpty())
        showInfo(tr("This database has no RegionMap runs yet. Run the ETL first; its results "
                    "show up here."));
    m_runsView->resizeColumnsToContents();
    m_runsView->horizontalHeader()->setSectionResizeMode(RunsModel::FilesColumn,
                                                         QHeaderView::Stretch);
    if (m_session->scope().isRun()) {
        selectRunRow(m_session->scope().runId);
    } else if (!m_session->scope().isValid()) {
        // Nothing chosen yet (a fresh start): show the newest run whose rows are still there, so
        // that reopening the app shows the last results without running again.
        const QList<RunRecord> &runs = m_session->runs();
        const auto newest = std::max_element(runs.cbegin(), runs.cend(),
                                             [](const RunRecord &a, const RunRecord &b) {
                                                 return (RunsModel::isBrowsable(a) ? a.runId : 0)
                                                        < (RunsModel::isBrowsable(b) ? b.runId : 0);
                                             });
        if (newest != runs.cend() && RunsModel::isBrowsable(*newest))
            showRun(newest->runId, newest->table);
    }
    updateScopeLabel();
}

void ResultsView::selectRunRow(qint64 runId)
{
    const int row = m_session->runsModel()->rowOfRun(runId);
    if (row < 0)
        return;
    m_selectingRun = true;
    const QModelIndex index = m_runsProxy->mapFromSource(m_session->runsModel()->index(row, 0));
    m_runsView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                             | QItemSelectionModel::Rows);
    m_runsView->scrollTo(index);
    m_selectingRun = false;
}

void ResultsView::onRunSelected()
{
    if (m_selectingRun)
        return;
    const QModelIndex index = m_runsView->selectionModel()->currentIndex();
    if (!index.isValid())
        return;
    const qint64 runId = index.data(RunsModel::RunIdRole).toLongLong();
    const RunRecord *run = m_session->runRecord(runId);
    if (!run)
        return;
    if (!RunsModel::isBrowsable(*run)) {
        showInfo(run->status == QLatin1String("succeeded")
                     ? tr("Run %1 has no rows to show: its table \"%2\" is gone.")
                           .arg(runId)
                           .arg(run->table)
                     : noRowsText(*run));
        return;
    }
    m_message->hide();
    m_session->setScope(ResultScope::run(run->table, runId));
}

void ResultsView::onTableChosen(int index)
{
    const QString table = m_tableCombo->itemData(index).toString();
    if (table.isEmpty())
        return;
    m_message->hide();
    m_runsView->selectionModel()->clearSelection();
    m_session->setScope(ResultScope::wholeTable(table));
}

void ResultsView::onScopeChanged()
{
    const ResultScope s = m_session->scope();
    m_attribution->hide();
    m_totals->setText(s.isValid() ? tr("Reading the summary from PostgreSQL…")
                                  : tr("Choose a run or a table on the Runs page."));
    if (m_tableCombo)
        m_tableCombo->setCurrentIndex(m_tableCombo->findData(s.table));
    updateScopeLabel();
}

void ResultsView::onOverviewLoaded()
{
    const ScopeOverview &ov = m_session->overview();
    const QString credit = GeoAttribution::html(ov.geoSources + ov.crossCheckSources);
    m_attribution->setText(credit);
    m_attribution->setVisible(!credit.isEmpty());
    const qint64 notLocated = ov.totalRows - ov.locatedRows;
    m_totals->setText(
        tr("%1 rows: %2 located (%3) and assigned to %n region(s), %4 not located (%5).", nullptr,
           int(std::count_if(ov.regions.cbegin(), ov.regions.cend(),
                             [](const RegionStat &r) { return r.rows > 0; })))
            .arg(ResultsText::count(ov.totalRows), ResultsText::count(ov.locatedRows),
                 ResultsText::share(ov.totalRows ? double(ov.locatedRows) / double(ov.totalRows)
                                                 : 0.0),
                 ResultsText::count(notLocated),
                 ResultsText::share(ov.totalRows ? double(notLocated) / double(ov.totalRows) : 0.0))
        + (ov.rtt.rows > 0 ? QLatin1Char('\n') + ResultsText::rttSentence(ov.rtt) : QString())
        + (ov.firmRows + ov.uncertainRows > 0
               ? QLatin1Char('\n') + ResultsText::assignmentSentence(ov.firmRows, ov.uncertainRows)
               : QString())
        + (ov.crossCheck.crossChecked() > 0
               ? QLatin1Char('\n')
                     + ResultsText::crossCheckSentence(ov.crossCheckLabel, ov.crossCheck.crossSame,
                                                       ov.crossCheck.crossDifferent,
                                                       ov.crossCheck.crossNotLocated)
               : QString()));
    m_tabs->setTabEnabled(int(Page::Disagreements), ov.crossCheck.crossChecked() > 0);
    // The numbers fit their content; the texts are capped (elided, whole in the tooltip) so
    // that the distances and round trips stay in view.
    m_summaryView->resizeColumnsToContents();
    const int em = m_summaryView->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    for (const auto &[column, widest] : {std::pair {int(RegionSummaryModel::NameColumn), 14 * em},
                                         {int(RegionSummaryModel::CityColumn), 9 * em}})
        m_summaryView->setColumnWidth(column, std::min(m_summaryView->columnWidth(column), widest));
    updateScopeLabel();
    emit overviewShown();
}

void ResultsView::updateScopeLabel()
{
    const ResultScope s = m_session->scope();
    if (!s.isValid()) {
        m_scopeLabel->setText(m_session->hasConnection()
                                  ? tr("<b>No results chosen.</b> Pick a run or a table on the "
                                       "Runs page.")
                                  : tr("<b>Not connected.</b>"));
        return;
    }
    const bool loaded = m_session->hasOverview();
    const QString rows = loaded ? ResultsText::count(m_session->overview().totalRows) : tr("…");
    const QString table = s.table.toHtmlEscaped();
    if (s.match.isSet()) {
        const QString of = s.isRun() ? tr("run %1 in the table <b>%2</b>").arg(s.runId).arg(table)
                                     : tr("the table <b>%1</b>").arg(table);
        const QString column = s.match.column.toHtmlEscaped();
        m_scopeLabel->setText(
            s.match.isNull ? tr("Showing the rows of %1 whose <b>%2</b> is empty: %3 rows.")
                                 .arg(of, column, rows)
                           : tr("Showing the rows of %1 whose <b>%2</b> is <b>%3</b>: %4 rows.")
                                 .arg(of, column, s.match.value.toHtmlEscaped(), rows));
        return;
    }
    if (s.isRun()) {
        const RunRecord *run = m_session->runRecord(s.runId);
        QString text = tr("Showing <b>run %1</b>: the %2 rows it loaded into the table <b>%3</b>")
                           .arg(s.runId)
                           .arg(rows, table);
        if (run) {
            text += tr(" on %1").arg(
                QLocale().toString(run->startedAt.toLocalTime(), QLocale::ShortFormat));
            if (loaded && m_session->overview().totalRows == 0 && run->replacedByRun > 0) {
                text += QStringLiteral("<br>")
                        + tr("Its rows are gone: run %1 replaced the table.")
                              .arg(run->replacedByRun);
            } else if (loaded && m_session->overview().totalRows < run->rowsLoaded) {
                text += QStringLiteral("<br>")
                        + tr("%1 of the %2 rows it loaded were later replaced by other runs.")
                              .arg(ResultsText::count(run->rowsLoaded
                                                      - m_session->overview().totalRows),
                                   ResultsText::count(run->rowsLoaded));
            }
        }
        m_scopeLabel->setText(text + QLatin1Char('.'));
        return;
    }
    QString runs;
    if (loaded) {
        QStringList ids;
        for (const qint64 id : m_session->overview().runIds)
            ids << QString::number(id);
        runs = tr(", loaded by %n run(s) (%1)", nullptr, int(ids.size()))
                   .arg(ids.join(QStringLiteral(", ")));
    }
    m_scopeLabel->setText(
        tr("Showing <b>every row</b> of the table <b>%1</b>: %2 rows%3.").arg(table, rows, runs));
}

void ResultsView::filterByRegion(const QString &code)
{
    if (code.isEmpty())
        return;
    // The focus follows to the rows when it was on the line or bar that asked (a keyboard
    // user lands where the rows are, not on a hidden page).
    const bool hadFocus = isAncestorOf(QApplication::focusWidget());
    m_rows->clearFilters();
    m_rows->setRegionFilter(code);
    setCurrentPage(Page::Rows);
    if (hadFocus)
        m_rows->view()->setFocus(Qt::OtherFocusReason);
}

void ResultsView::showError(const QString &message, const QString &details)
{
    m_message->setText(QStringLiteral("<b>⚠ %1</b>").arg(message.toHtmlEscaped()));
    m_message->setToolTip(details);
    m_message->setFrameShape(QFrame::StyledPanel);
    m_message->show();
}

void ResultsView::showInfo(const QString &message)
{
    m_message->setText(message.toHtmlEscaped());
    m_message->setToolTip(QString());
    m_message->setFrameShape(QFrame::NoFrame);
    m_message->show();
}

QString ResultsView::totalsText() const
{
    return m_totals->text();
}

QString ResultsView::scopeText() const
{
    return m_scopeLabel->text();
}

QString ResultsView::attributionText() const
{
    return m_attribution->isVisible() ? m_attribution->text() : QString();
}

QString ResultsView::footer() const
{
    return GeoAttribution::plainText(m_session->overview().geoSources);
}

} // namespace regionmap
