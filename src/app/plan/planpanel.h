#pragma once

#include "plansession.h"
#include "results/sessionpanel.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QStandardItemModel;
class QTabWidget;
class QSplitter;
class QTableView;
class QTableWidget;
class QToolButton;
QT_END_NAMESPACE

namespace regionmap {

class MapCellLayer;
class MapSiteLayer;
class PlanKChart;
class PlanRegionFilter;
class PlanRegionModel;
class ResultsSession;
class WorldMapWidget;

// The Plan page (docs/planner.md, "The Plan page"): the region planner on the results page's
// scope. Left, every region of the four clouds, checked for the what-if's serving set; right, the
// map coloured by the new set (a click on a site adds or removes it), the numbers, the worst-served
// places and the moves; the best k regions with its k-chart; the clouds side by side with a small
// map each; and the saved scenarios with their exports.
class PlanPanel : public QWidget, public SessionPanel
{
    Q_OBJECT

public:
    enum class Tab { WhatIf, BestK, Clouds, Scenarios };

    explicit PlanPanel(QWidget *parent = nullptr);
    void bind(ResultsSession *session) override;

    PlanSession *plan() const { return m_plan; }
    PlanRegionModel *regionModel() const { return m_regions; }
    WorldMapWidget *map() const { return m_map; }
    MapCellLayer *mapCells() const { return m_cells; }
    PlanKChart *kChart() const { return m_kChart; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *movesTable() const { return m_moves; }
    QTableWidget *kTable() const { return m_kTable; }
    QTableWidget *cloudsTable() const { return m_cloudsTable; }
    QTableView *scenariosView() const { return m_scenarioView; }
    const QList<WorldMapWidget *> &smallMaps() const { return m_smallMaps; }
    QString summaryText() const;
    QMenu *exportMenu() const;
    const PlanOutcome &outcome() const { return m_outcome; }
    const QList<Planner::Step> &steps() const { return m_best.steps; }
    const QList<PlanSession::CloudAnswer> &cloudAnswers() const { return m_clouds.clouds; }
    // The line above the tabs: what was saved, or what went wrong.
    QString messageText() const;
    const QList<PlanScenario> &scenarios() const { return m_scenarioList; }

    // The what-if's serving set, by "provider:code" (unknown keys are skipped).
    void setServingSet(const QStringList &regions);
    // Best k, and the clouds side by side, for the controls' k, objective and clouds.
    void findBest();
    void compareClouds();
    // Opens a scenario (its run, its regions and its objective), by name.
    void openScenario(const QString &name);
    void saveScenario(const QString &name);

    // Exports of the current what-if without a file dialog (the dialogs use these).
    Status exportRegionsCsv(const QString &path) const;
    Status exportPointsCsv(const QString &path) const;
    Status exportMap(const QString &path) const;
    Status exportKChart(const QString &path) const;
    Status exportReport(const QString &path) const;

protected:
    void showEvent(QShowEvent *event) override;

signals:
    // A what-if's numbers are shown (tests, screenshots).
    void outcomeShown();
    void busyChanged(bool busy);

private:
    QWidget *buildRegionList();
    QWidget *buildWhatIf();
    QWidget *buildBestK();
    QWidget *buildClouds();
    QWidget *buildScenarios();
    void onScopeReady();
    void onLoaded();
    void onEvaluated(const PlanOutcome &outcome);
    void onBestFound(const PlanSession::BestAnswer &answer);
    void onCloudsCompared(const PlanSession::CloudsAnswer &answer);
    // Clears everything shown (a new scope or database).
    void clearPlan(const QString &mapMessage);
    void setExportsEnabled();
    void onScenariosLoaded(const QList<PlanScenario> &list);
    void evaluateNow();
    void updateMapCells();
    void useLoadedRegions();
    void showMessage(const QString &text, bool error = false);
    PlanObjective objective() const;
    double withinMs() const;
    PlanSession::BestRequest bestRequest() const;
    QString scopeText() const;
    PlanScenario currentScenario(const QString &name) const;
    QString selectedScenario() const;
    void exportWithDialog(const QString &what, const QString &filter, const QString &suffix,
                          const std::function<Status(const QString &)> &save);
    QImage mapImage(const QSize &size) const;

    ResultsSession *m_session = nullptr;
    PlanSession *m_plan;
    PlanRegionModel *m_regions;
    PlanRegionFilter *m_regionProxy;
    QLabel *m_header;
    QLabel *m_message;
    QProgressBar *m_busy;
    QToolButton *m_exportButton;
    QTabWidget *m_tabs;

    // Region list
    QComboBox *m_cloudFilter = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_regionView = nullptr;
    QSplitter *m_split = nullptr; // the region list | the tabs

    // What-if
    WorldMapWidget *m_map = nullptr;
    MapCellLayer *m_cells = nullptr;
    MapSiteLayer *m_sites = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_perRegion = nullptr;
    QTableWidget *m_worst = nullptr;
    QTableWidget *m_moves = nullptr;

    // Best k
    QSpinBox *m_k = nullptr;
    QComboBox *m_objective = nullptr;
    QDoubleSpinBox *m_withinMs = nullptr;
    QList<QCheckBox *> m_cloudChecks;
    QCheckBox *m_keepChecked = nullptr;
    QPushButton *m_findButton = nullptr;
    QPushButton *m_compareButton = nullptr;
    QTableWidget *m_kTable = nullptr;
    PlanKChart *m_kChart = nullptr;
    QLabel *m_bestNote = nullptr;

    // Clouds side by side
    QTableWidget *m_cloudsTable = nullptr;
    QList<WorldMapWidget *> m_smallMaps;
    QList<MapCellLayer *> m_smallCells;
    QList<MapSiteLayer *> m_smallSites;
    QLabel *m_cloudsNote = nullptr;

    // Scenarios
    QTableView *m_scenarioView = nullptr;
    QStandardItemModel *m_scenarioModel = nullptr;

    PlanOutcome m_outcome;
    PlanSession::BestAnswer m_best; // the last best-k answer, with what was asked
    PlanSession::CloudsAnswer m_clouds; // the last clouds side by side
    QList<PlanScenario> m_scenarioList;
    // An opened scenario's regions, to check once its scope is loaded.
    QStringList m_pendingSet;
    ResultScope m_pendingScope;
    bool m_loadWanted = false; // the scope changed while the page was hidden
};

} // namespace regionmap
