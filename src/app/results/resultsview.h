#pragma once

#include "chartspanel.h"
#include "common/result.h"
#include "db/connectionsettings.h"
#include "results/resultscope.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QProgressBar;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QToolButton;
QT_END_NAMESPACE

namespace regionmap {

class ColumnMatchBar;
class DisagreementsPanel;
class MapPanel;
class PlanPanel;

struct RunRecord;

class ResultsSession;
class RowsPanel;
class SummarySortProxy;
class WorldMapWidget;

// The results page: what is in the database after a run, or any time later. A run picker (the
// etl_runs history) and a table picker choose what is shown: the rows one run loaded
// (run_id = N), or every row of a table. The summary, the row table, the charts and the map then
// all show that scope, every number read from PostgreSQL off the GUI thread.
class ResultsView : public QWidget
{
    Q_OBJECT

public:
    enum class Page { Runs, Summary, Rows, Charts, Map, Disagreements, Plan };

    explicit ResultsView(QWidget *parent = nullptr);
    ~ResultsView() override;

    // The database to read; reads the run history.
    void setConnection(const ConnectionSettings &settings);
    // Shows the rows run `runId` loaded into `table`, on the summary page.
    void showRun(qint64 runId, const QString &table);
    // Shows every row of `table`.
    void showTable(const QString &table);
    // Reads the run history and the current scope again.
    void refresh();

    ResultScope scope() const;
    void setCurrentPage(Page page);
    Page currentPage() const;
    QWidget *page(Page page) const;

    // Any query running.
    bool isBusy() const;

    // Exports without a file dialog (the dialogs use these). Rows go to the server and finish
    // later: see ResultsSession::exportFinished.
    Status exportRunsCsv(const QString &path);
    Status exportSummaryCsv(const QString &path);
    void exportRowsCsv(const QString &path);
    Status exportChart(ChartsPanel::Chart chart, const QString &path);
    Status exportAllCharts(const QString &path);
    Status exportMap(const QString &path);
    // The run report (HTML or PDF, by the suffix), after reading the scope's provenance;
    // answered by reportSaved().
    void exportReport(const QString &path);

    ResultsSession *session() const { return m_session; }
    RowsPanel *rowsPanel() const { return m_rows; }
    ChartsPanel *chartsPanel() const { return m_charts; }
    WorldMapWidget *mapWidget() const;
    MapPanel *mapPanel() const { return m_mapPanel; }
    PlanPanel *planPanel() const { return m_plan; }
    DisagreementsPanel *disagreementsPanel() const { return m_disagreements; }
    ColumnMatchBar *columnMatchBar() const { return m_match; }
    QTableView *runsView() const { return m_runsView; }
    QTableView *summaryView() const { return m_summaryView; }
    QString scopeText() const;
    QString totalsText() const; // the line of totals above the tabs
    QString attributionText() const;

signals:
    void busyChanged(bool busy);
    // The summary of the current scope is in place (the charts and the summary show it).
    void overviewShown();
    void reportSaved(bool ok, const QString &message);

private:
    // Why a run that is not browsable has no rows to show, in a sentence.
    static QString noRowsText(const RunRecord &run);
    QWidget *buildRunsPage();
    QWidget *buildSummaryPage();
    void onRunsLoaded();
    void onScopeChanged();
    void onOverviewLoaded();
    void onRunSelected();
    void onTableChosen(int index);
    void selectRunRow(qint64 runId);
    void updateScopeLabel();
    void showError(const QString &message, const QString &details);
    void showInfo(const QString &message);
    void filterByRegion(const QString &code);
    void fillExportMenu();
    QString suggestedName(const QString &what, const QString &suffix) const;
    void exportWithDialog(const QString &what, const QString &filter, const QString &suffix,
                          const std::function<Status(const QString &)> &save);
    QString footer() const;

    ResultsSession *m_session;
    QLabel *m_scopeLabel;
    QProgressBar *m_busy;
    QToolButton *m_exportButton;
    QLabel *m_message;
    QLabel *m_attribution;
    QTabWidget *m_tabs;

    QComboBox *m_tableCombo = nullptr;
    QTableView *m_runsView = nullptr;
    QSortFilterProxyModel *m_runsProxy = nullptr;
    QLabel *m_totals = nullptr;
    QTableView *m_summaryView = nullptr;
    SummarySortProxy *m_summaryProxy = nullptr;
    RowsPanel *m_rows;
    ChartsPanel *m_charts;
    DisagreementsPanel *m_disagreements;
    MapPanel *m_mapPanel;
    PlanPanel *m_plan;
    ColumnMatchBar *m_match;
    ResultScope m_matchBase; // the scope the match bar's columns and values are of
    QWidget *m_summaryPage = nullptr;
    QWidget *m_runsPage = nullptr;
    bool m_selectingRun = false;
};

} // namespace regionmap
