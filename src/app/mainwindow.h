#pragma once

#include "db/embeddedpostgres.h"
#include "runpage.h"
#include "secrets/credentialstore.h"

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

class QLabel;
class QMenu;

namespace regionmap {

class AboutDialog;
class DatabasePage;
class DatabaseService;
class GeolocationPage;
class IpinfoEstimator;
class KeychainService;
class RegionsPage;
class RunProject;
class ResultsPage;
class RunPage;
class SourcesPage;
class StepPage;

// The RegionMap window: a step list on the left (Sources → Regions → Database → Geolocation →
// Run → Results), each step's page on the right, and the Run button always within reach
// (Ctrl+R). It owns the services the pages share: the managed database (on its own thread)
// and the keychain.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Step { Sources, Regions, Database, Geolocation, Run, Results };
    Q_ENUM(Step)

    struct Options
    {
        // Where the managed local database lives (empty: the user's data folder).
        EmbeddedPostgres::Options managedDatabase;
        // The keychain; null: the OS keychain through QtKeychain.
        std::unique_ptr<CredentialStore> keychain;
        // Restore the last session's choices, files and window geometry from QSettings.
        bool restoreSettings = true;
    };

    explicit MainWindow(QWidget *parent = nullptr);
    explicit MainWindow(Options options, QWidget *parent = nullptr);
    ~MainWindow() override;

    Step currentStep() const;
    void showStep(Step step);
    // What a run started now would be asked to do, from the pages' choices.
    RunPage::Request currentRequest() const;
    static QString stepKey(Step step); // "sources", "regions", ... (command line, settings)

    SourcesPage *sourcesPage() const { return m_sources; }
    RegionsPage *regionsPage() const { return m_regions; }
    DatabasePage *databasePage() const { return m_database; }
    GeolocationPage *geolocationPage() const { return m_geolocation; }
    RunPage *runPage() const { return m_run; }
    ResultsPage *resultsPage() const { return m_results; }
    // Help ▸ Keyboard Shortcuts: what each key does, in the platform's notation.
    QList<QPair<QString, QString>> shortcutList() const;
    DatabaseService *databaseService() const { return m_databaseService; }
    KeychainService *keychainService() const { return m_keychain; }

    // Starts a run with the current choices (Ctrl+R); shows the Run step. False (with the
    // reason shown) when something is missing.
    bool startRun();
    // Asks the running job to stop (Esc); it rolls back and is recorded as cancelled.
    void cancelRun();

    // Saves the window geometry and every page's choices.
    void saveSettings() const;

    // Projects (docs/projects.md). What to do when a project's files changed since it was saved:
    // ask (the app), open anyway or refuse (tests, and a project given on the command line asks).
    enum class ProjectChanges { Ask, Open, Refuse };
    // Opens a .regionmap project into the pages; false (after saying why, when asking) when it
    // cannot be read or its changed files are refused.
    bool openProject(const QString &path, ProjectChanges onChanges = ProjectChanges::Ask);
    // Saves the pages' job as a project (no secret in it), with each file's sha256.
    bool saveProject(const QString &path);
    // The pages' job as a project, without secrets (after saveSettings(): the default geo
    // database is told from the settings).
    RunProject currentProject() const;
    QString projectFile() const { return m_projectFile; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    bool ipinfoConnection(ConnectionSettings *settings, QString *why) const;
    void estimateIpinfoCost();
    void clearIpinfoCache();

    void createPages();
    void styleChrome();
    void connectNavigation();
    void connectServices();
    void connectRun();
    void restoreSettings();
    void showFirstStep(bool restored);
    void addStep(Step step, StepPage *page, const QString &icon);
    void updateSteps();
    void updateNavigation();
    void updateReadiness();
    void checkKeychainWhenNeeded();
    static Step stepOf(EtlOption option);
    // Why a run cannot start (empty text: it can), and the page where that is fixed.
    struct RunProblem
    {
        Step step = Step::Run;
        QString text;
        bool isEmpty() const { return text.isEmpty(); }
    };
    RunProblem runProblem() const;
    QString planText() const;
    void applyTheme();
    void showAbout();
    void showUserGuide();
    void showShortcuts();
    void openOnlineHelp();
    void buildLanguageMenu();
    void onSourcesChanged();
    void buildProjectMenu();
    void rebuildRecentProjects();
    void applyProject(const RunProject &project);
    StepPage *page(Step step) const;

    static constexpr int kIconRole = Qt::UserRole + 2; // a step's icon name

    std::unique_ptr<Ui::MainWindow> m_ui;
    DatabaseService *m_databaseService = nullptr;
    KeychainService *m_keychain = nullptr;
    SourcesPage *m_sources = nullptr;
    RegionsPage *m_regions = nullptr;
    DatabasePage *m_database = nullptr;
    GeolocationPage *m_geolocation = nullptr;
    IpinfoEstimator *m_ipinfoEstimator = nullptr;
    RunPage *m_run = nullptr;
    ResultsPage *m_results = nullptr;
    QLabel *m_keychainStatus = nullptr;
    QMenu *m_recentProjects = nullptr;
    QString m_projectFile; // the project last opened or saved
    QLabel *m_databaseStatus = nullptr;
    bool m_closeAfterRun = false;
    bool m_themePending = false;
};

} // namespace regionmap
