// The window's projects (docs/projects.md): File ▸ Open Project, Open Recent Project and Save
// Project. A project is the job of the pages (RunProject in the core, which the CLI runs too);
// opening one sets the pages through their settings, as a restart would.
#include "mainwindow.h"

#include "ui_mainwindow.h"

#include "appsettings.h"
#include "background.h"
#include "databasepage.h"
#include "databaseservice.h"
#include "geolocationpage.h"
#include "privacypanel.h"
#include "recentmenu.h"
#include "regionspage.h"
#include "sourcefile.h"
#include "sourcespage.h"

#include "db/connectionsettings.h"
#include "etl/runproject.h"
#include "plan/planscenario.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHash>
#include <QMenu>
#include <QMessageBox>

namespace regionmap {

void MainWindow::buildProjectMenu()
{
    QMenu *file = m_ui->menuFile;
    QAction *first = file->actions().value(0);
    auto *open = new QAction(tr("&Open Project…"), this);
    open->setObjectName(QStringLiteral("actionOpenProject"));
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    auto *save = new QAction(tr("Sa&ve Project…"), this);
    save->setObjectName(QStringLiteral("actionSaveProject"));
    save->setShortcut(QKeySequence::Save);
    m_recentProjects = new QMenu(tr("Open &Recent Project"), this);
    m_recentProjects->setObjectName(QStringLiteral("recentProjectsMenu"));
    file->insertAction(first, open);
    file->insertMenu(first, m_recentProjects);
    file->insertAction(first, save);
    file->insertSeparator(first);
    connect(open, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open Project"), AppSettings::lastProjectFolder.value(),
            tr("RegionMap projects (*.%1);;All files (*)").arg(RunProject::suffix()));
        if (!path.isEmpty())
            openProject(path);
    });
    connect(save, &QAction::triggered, this, [this] {
        QString start = m_projectFile;
        if (start.isEmpty()) {
            const QString table = m_database->targetTable();
            start = QDir(AppSettings::lastProjectFolder.value())
                        .filePath((table.isEmpty() ? QStringLiteral("job") : table)
                                  + QLatin1Char('.') + RunProject::suffix());
        }
        QString path = QFileDialog::getSaveFileName(
            this, tr("Save Project"), start,
            tr("RegionMap projects (*.%1)").arg(RunProject::suffix()));
        if (path.isEmpty())
            return;
        if (QFileInfo(path).suffix().isEmpty())
            path += QLatin1Char('.') + RunProject::suffix();
        saveProject(path);
    });
    connect(m_recentProjects, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentProjects);
    rebuildRecentProjects();
}

void MainWindow::rebuildRecentProjects()
{
    RecentMenu menu;
    menu.emptyText = tr("No recent projects");
    menu.clearText = tr("Clear Recent Projects");
    menu.label = [](const QString &path) {
        return QDir::toNativeSeparators(path);
    };
    menu.open = [this](const QString &path) {
        openProject(path);
    };
    menu.clear = [] {
        AppSettings::recentProjects.reset();
    };
    menu.fill(m_recentProjects, AppSettings::recentProjects.value());
}

RunProject MainWindow::currentProject() const
{
    const RunPage::Request request = currentRequest();
    RunProject p;
    p.options = RunPage::optionsFor(request);
    // No secret goes into a project: the password, the token and the key stay in the keychain.
    p.options.connection.password.clear();
    p.options.ipinfoToken.clear();
    p.options.privacyKey.clear();
    p.managedDatabase = request.useLocalDatabase;
    if (p.managedDatabase)
        p.options.connection = ConnectionSettings();
    // The default geo database stays the default (wherever it is on the machine that runs the
    // project, and whatever Update Now put there), not this machine's path to it.
    if (AppSettings::geoDatabaseFile.value().isEmpty()) {
        p.options.geoDatabase.clear();
        p.options.geoDatabaseV6.clear();
    }
    return p;
}

bool MainWindow::saveProject(const QString &path)
{
    saveSettings();
    RunProject project = currentProject();
    // The planner's scenarios saved for the target table, by name (they stay in the database),
    // when the database can be reached now; off the GUI thread like the sha256 below.
    if (!m_database->usesLocalDatabase() || m_databaseService->isReady()) {
        const ConnectionSettings settings = m_database->runSettings();
        const QString table = m_database->targetTable();
        project.scenarios
            = waitInBackground(this, tr("Reading the planner's scenarios…"), [settings, table] {
                  QStringList names;
                  ScopedConnection db(settings, QStringLiteral("regionmap-gui-project"));
                  if (!db || !PlanScenario::tableExists(db.database()))
                      return names;
                  const Result<QList<PlanScenario>> saved = PlanScenario::list(db.database());
                  if (saved) {
                      for (const PlanScenario &sc : saved.value()) {
                          if (sc.table == table)
                              names << sc.name;
                      }
                  }
                  return names;
              });
    }
    // Reading each file's sha256 takes a while for big files: off the GUI thread.
    const Status st = waitInBackground(this, tr("Reading the sha256 of the project's files…"),
                                       [&project, path] { return project.write(path); });
    if (!st) {
        QMessageBox::critical(this, tr("Save Project"), st.error().message);
        return false;
    }
    m_projectFile = QFileInfo(path).absoluteFilePath();
    AppSettings::addRecentProject(m_projectFile);
    AppSettings::lastProjectFolder.setValue(QFileInfo(path).absolutePath());
    setWindowFilePath(m_projectFile);
    statusBar()->showMessage(tr("Saved the project %1.").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MainWindow::openProject(const QString &path, ProjectChanges onChanges)
{
    const Result<RunProject> read = RunProject::read(path);
    if (!read) {
        if (onChanges == ProjectChanges::Ask)
            QMessageBox::critical(this, tr("Open Project"), read.error().message);
        return false;
    }
    const RunProject &project = read.value();
    // Files that moved or changed since the project was saved: say which, and ask.
    const QList<RunProject::Change> changes = waitInBackground(
        this, tr("Checking the project's files…"), [&project] { return project.changes(); });
    if (!changes.isEmpty()) {
        if (onChanges == ProjectChanges::Refuse)
            return false;
        if (onChanges == ProjectChanges::Ask) {
            QStringList lines;
            for (const RunProject::Change &c : changes)
                lines << c.describe();
            QMessageBox box(QMessageBox::Warning, tr("Open Project"),
                            tr("%n file(s) of this project changed or moved since it was saved. "
                               "A run loads them as they are now.",
                               nullptr, int(changes.size())),
                            QMessageBox::Open | QMessageBox::Cancel, this);
            box.setDetailedText(lines.join(QLatin1Char('\n')));
            box.setInformativeText(lines.mid(0, 3).join(QLatin1Char('\n')));
            box.setDefaultButton(QMessageBox::Cancel);
            if (box.exec() != QMessageBox::Open)
                return false;
        }
    }
    applyProject(project);
    m_projectFile = QFileInfo(path).absoluteFilePath();
    AppSettings::addRecentProject(m_projectFile);
    AppSettings::lastProjectFolder.setValue(QFileInfo(path).absolutePath());
    setWindowFilePath(m_projectFile);
    showStep(Step::Sources);
    return true;
}

void MainWindow::applyProject(const RunProject &project)
{
    const EtlOptions &o = project.options;
    // The sources, with the analyst's choices per file.
    QHash<QString, SniffOverrides> overrides;
    QStringList paths;
    for (const InputFile &in : o.inputs) {
        paths << in.path;
        overrides.insert(in.path, in.overrides);
    }
    m_sources->clearFiles();
    m_sources->addFiles(paths,
                        [overrides](SourceFile &f) { f.overrides = overrides.value(f.path); });
    AppSettings::sourcesChosen.setValue(true);

    // The other pages, through their settings.
    RegionsPage::Choice regions;
    regions.builtins = o.builtinCatalogs;
    regions.useFile = !o.catalogFile.isEmpty();
    regions.path = o.catalogFile;
    regions.includeRestricted = o.includeRestricted;
    regions.includeAnnounced = o.includeAnnounced;
    regions.latency = o.latency;
    regions.latencyFile = o.latencyFile;
    RegionsPage::storeChoice(regions);

    AppSettings::databaseMode.setValue(project.managedDatabase ? QStringLiteral("local")
                                                               : QStringLiteral("server"));
    if (!project.managedDatabase) {
        const ConnectionSettings &c = o.connection;
        AppSettings::serverHost.setValue(c.host);
        AppSettings::serverPort.setValue(c.port > 0 ? c.port : 5432);
        AppSettings::serverDatabase.setValue(c.database);
        AppSettings::serverUser.setValue(c.user);
        AppSettings::sslMode.setValue(c.sslMode.isEmpty() ? QStringLiteral("prefer") : c.sslMode);
        AppSettings::sslCaFile.setValue(c.sslRootCert);
    }
    AppSettings::targetTable.setValue(o.table);
    AppSettings::loadMode.setValue(loadModeName(o.mode));
    AppSettings::keyColumn.setValue(o.keyColumn);
    AppSettings::privacyMode.setValue(QString(privacyModeName(o.privacy)));
    AppSettings::privacyMinCount.setValue(o.minCount > 0 ? o.minCount
                                                         : EtlOptions::kDefaultMinCount);

    AppSettings::geoProvider.setValue(o.provider == GeoProviderKind::Ipinfo
                                          ? QStringLiteral("ipinfo")
                                          : QStringLiteral("offline"));
    AppSettings::geoDatabaseFile.setValue(o.geoDatabase);
    AppSettings::geoIpv6DatabaseFile.setValue(o.geoDatabaseV6);
    AppSettings::ipinfoBaseUrl.setValue(o.ipinfoUrl.toString());
    AppSettings::crossCheck.setValue(!o.crossCheckDatabase.isEmpty()
                                     || o.crossCheckIpinfoSample > 0);
    AppSettings::crossCheckFile.setValue(o.crossCheckDatabase);
    AppSettings::crossCheckKind.setValue(o.crossCheckIpinfoSample > 0 ? QStringLiteral("ipinfo")
                                                                      : QStringLiteral("file"));
    if (o.crossCheckIpinfoSample > 0)
        AppSettings::crossCheckSample.setValue(o.crossCheckIpinfoSample);

    m_regions->restoreSettings();
    m_database->restoreSettings();
    m_geolocation->restoreSettings();
    updateSteps();
}

} // namespace regionmap
