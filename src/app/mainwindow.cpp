#include "mainwindow.h"

#include "ui_mainwindow.h"

#include "appsettings.h"
#include "databasepage.h"
#include "databaseservice.h"
#include "geolocationpage.h"
#include "ipinfoestimator.h"
#include "keychainservice.h"
#include "privacypanel.h"
#include "regionspage.h"
#include "resultspage.h"
#include "runpage.h"
#include "secrets/credentialstore.h"
#include "sourcespage.h"
#include "theme.h"
#include "twolineitemdelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QStatusBar>
#include <QUrl>

namespace regionmap {

namespace {

constexpr int kStepRole = Qt::UserRole + 1;

QStringList localFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files << url.toLocalFile();
    }
    return files;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(Options {}, parent)
{ }

MainWindow::MainWindow(Options options, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    setAcceptDrops(true);
    if (QApplication::windowIcon().isNull())
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/regionmap.svg")));
    setWindowIcon(QApplication::windowIcon());
    m_ui->appIcon->setPixmap(QApplication::windowIcon().pixmap(QSize(30, 30), devicePixelRatioF()));

    m_databaseService = new DatabaseService(options.managedDatabase, this);
    m_keychain = new KeychainService(std::move(options.keychain), this);
    createPages();
    styleChrome();
    connectNavigation();
    connectServices();
    connectRun();
    buildProjectMenu();

    m_keychainStatus->setText(m_keychain->statusText());
    m_databaseService->refresh();
    if (options.restoreSettings)
        restoreSettings();
    applyTheme();
    onSourcesChanged();
    checkKeychainWhenNeeded();
    // Tab leaves a table for the next control (the arrow keys move inside it): no table is a
    // keyboard trap, and Ctrl+Tab reaches the results' tabs from within one.
    for (QAbstractItemView *view : findChildren<QAbstractItemView *>())
        view->setTabKeyNavigation(false);
    showFirstStep(options.restoreSettings);
}

// The services' pages and the steps of the flow, in order.
void MainWindow::createPages()
{
    m_sources = new SourcesPage(this);
    m_regions = new RegionsPage(this);
    m_database = new DatabasePage(m_databaseService, m_keychain, this);
    m_geolocation = new GeolocationPage(m_keychain, this);
    m_ipinfoEstimator = new IpinfoEstimator(this);
    connect(m_geolocation, &GeolocationPage::estimateRequested, this,
            &MainWindow::estimateIpinfoCost);
    connect(m_geolocation, &GeolocationPage::clearCacheRequested, this,
            &MainWindow::clearIpinfoCache);
    connect(m_ipinfoEstimator, &IpinfoEstimator::finished, m_geolocation,
            [this](const QString &text, bool error) {
                m_geolocation->setEstimateBusy(false);
                m_geolocation->showEstimate(text, error);
            });
    m_run = new RunPage(this);
    m_results = new ResultsPage(this);

    auto *delegate = new TwoLineItemDelegate(m_ui->stepList);
    delegate->setIconSize(22);
    m_ui->stepList->setItemDelegate(delegate);
    m_ui->stepList->setIconSize(QSize(22, 22));
    addStep(Step::Sources, m_sources, QStringLiteral("steps/sources"));
    addStep(Step::Regions, m_regions, QStringLiteral("steps/regions"));
    addStep(Step::Database, m_database, QStringLiteral("steps/database"));
    addStep(Step::Geolocation, m_geolocation, QStringLiteral("steps/geolocation"));
    addStep(Step::Run, m_run, QStringLiteral("steps/run"));
    addStep(Step::Results, m_results, QStringLiteral("steps/results"));
}

void MainWindow::styleChrome()
{
    Theme::styleHeading(m_ui->appTitle, 1.45);
    Theme::styleCaption(m_ui->appTagline);
    Theme::styleHeading(m_ui->pageTitle, 1.6);
    Theme::styleCaption(m_ui->pageDescription);
    Theme::styleCaption(m_ui->runReadiness);
    m_ui->runButton->setDefault(true);
    m_ui->runButton->setToolTip(tr("Run with these choices (Ctrl+R)"));

    m_keychainStatus = new QLabel(this);
    m_keychainStatus->setObjectName(QStringLiteral("keychainStatus"));
    m_keychainStatus->setAccessibleName(tr("Keychain status"));
    m_databaseStatus = new QLabel(this);
    statusBar()->addWidget(m_databaseStatus);
    statusBar()->addPermanentWidget(m_keychainStatus);
}

// The step list, Back and Next, and the menu actions.
void MainWindow::connectNavigation()
{
    connect(m_ui->stepList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_ui->pageStack->setCurrentIndex(row);
        updateNavigation();
    });
    connect(m_ui->backButton, &QPushButton::clicked, this,
            [this] { m_ui->stepList->setCurrentRow(qMax(0, m_ui->stepList->currentRow() - 1)); });
    connect(m_ui->nextButton, &QPushButton::clicked, this, [this] {
        m_ui->stepList->setCurrentRow(
            qMin(m_ui->stepList->count() - 1, m_ui->stepList->currentRow() + 1));
    });

    connect(m_ui->runButton, &QPushButton::clicked, this, &MainWindow::startRun);
    connect(m_ui->actionRun, &QAction::triggered, this, &MainWindow::startRun);
    connect(m_ui->actionCancel, &QAction::triggered, this, &MainWindow::cancelRun);
    connect(m_ui->actionAddFiles, &QAction::triggered, this, [this] {
        showStep(Step::Sources);
        m_sources->chooseFiles();
    });
    connect(m_ui->actionUseSample, &QAction::triggered, this, [this] {
        showStep(Step::Sources);
        m_sources->useSampleData();
    });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionUserGuide, &QAction::triggered, this, &MainWindow::showUserGuide);
    connect(m_ui->actionShortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(m_ui->actionOnline, &QAction::triggered, this, &MainWindow::openOnlineHelp);
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    buildLanguageMenu();
}

// What the window shows of the sources, the keychain and the databases.
void MainWindow::connectServices()
{
    connect(m_sources, &SourcesPage::filesChanged, this, &MainWindow::onSourcesChanged);
    connect(m_keychain, &KeychainService::availabilityChanged, this,
            [this] { m_keychainStatus->setText(m_keychain->statusText()); });
    connect(m_keychain, &KeychainService::problem, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    connect(m_databaseService, &DatabaseService::stateChanged, this, [this] {
        m_databaseStatus->setText(
            tr("Local database: %1").arg(m_databaseService->stateText().toLower()));
        // Earlier runs are in the database: the results step shows them without a new run.
        if (m_database->usesLocalDatabase() && m_databaseService->isReady())
            m_results->browse(m_databaseService->connectionSettings());
    });
    connect(m_database, &DatabasePage::connectionTested, this, [this](bool ok) {
        if (ok && !m_database->usesLocalDatabase())
            m_results->browse(m_database->runSettings());
    });
}

// A running job locks the choices; a finished one is shown on Results.
void MainWindow::connectRun()
{
    connect(m_run, &RunPage::runningChanged, this, [this](bool running) {
        m_ui->runButton->setEnabled(!running);
        m_ui->actionRun->setEnabled(!running);
        m_ui->actionCancel->setEnabled(running);
        for (StepPage *p :
             {static_cast<StepPage *>(m_sources), static_cast<StepPage *>(m_regions),
              static_cast<StepPage *>(m_database), static_cast<StepPage *>(m_geolocation)})
            p->setEnabled(!running);
        if (!running && m_closeAfterRun)
            close();
    });
    connect(m_run, &RunPage::startRequested, this, &MainWindow::startRun);
    connect(m_run, &RunPage::showResultsRequested, this, [this] { showStep(Step::Results); });
    connect(m_run, &RunPage::runFinished, this, [this] {
        if (m_run->lastSummary())
            m_results->showRun(*m_run->lastSummary(), m_run->lastTable(), m_run->lastConnection());
        updateSteps();
    });
    m_ui->actionCancel->setEnabled(false);
}

void MainWindow::restoreSettings()
{
    m_sources->restoreSettings();
    m_regions->restoreSettings();
    m_database->restoreSettings();
    m_geolocation->restoreSettings();
    m_run->restoreSettings();
    const QByteArray geometry = AppSettings::windowGeometry.value();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // First start: a comfortable size that fits a 1280x800 screen.
        const QRect avail = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        resize(qMin(1240, avail.width() - 40), qMin(800, avail.height() - 40));
    }
}

// The step the analyst left the window on (never Results, which needs a database first), or the
// first.
void MainWindow::showFirstStep(bool restored)
{
    int start = 0;
    for (int i = 0; i < m_ui->stepList->count(); ++i) {
        if (restored && stepKey(Step(i)) == AppSettings::lastStep.value()
            && Step(i) != Step::Results)
            start = i;
    }
    m_ui->stepList->setCurrentRow(start);
    updateSteps();
}

MainWindow::~MainWindow()
{
    // Pages may still hold connections to the services; stop the run first, then the services.
    delete m_run;
    m_run = nullptr;
}

QString MainWindow::stepKey(Step step)
{
    switch (step) {
    case Step::Sources:
        return QStringLiteral("sources");
    case Step::Regions:
        return QStringLiteral("regions");
    case Step::Database:
        return QStringLiteral("database");
    case Step::Geolocation:
        return QStringLiteral("geolocation");
    case Step::Run:
        return QStringLiteral("run");
    case Step::Results:
        return QStringLiteral("results");
    }
    return {};
}

void MainWindow::addStep(Step step, StepPage *page, const QString &icon)
{
    auto *item = new QListWidgetItem(m_ui->stepList);
    item->setData(kStepRole, int(step));
    item->setData(kIconRole, icon);
    item->setText(page->title());
    m_ui->pageStack->addWidget(page);
    connect(page, &StepPage::statusChanged, this, &MainWindow::updateSteps);
    connect(page, &StepPage::statusChanged, this, &MainWindow::checkKeychainWhenNeeded);
}

StepPage *MainWindow::page(Step step) const
{
    return qobject_cast<StepPage *>(m_ui->pageStack->widget(int(step)));
}

MainWindow::Step MainWindow::currentStep() const
{
    return Step(qMax(0, m_ui->stepList->currentRow()));
}

void MainWindow::showStep(Step step)
{
    m_ui->stepList->setCurrentRow(int(step));
}

void MainWindow::updateSteps()
{
    if (!m_run)
        return;
    for (int i = 0; i < m_ui->stepList->count(); ++i) {
        QListWidgetItem *item = m_ui->stepList->item(i);
        const StepPage *p = page(Step(i));
        item->setText(p->title());
        item->setData(TwoLineItemDelegate::SubtitleRole, p->statusText());
        const Theme::Tone tone = p->statusTone();
        item->setData(TwoLineItemDelegate::SubtitleColorRole,
                      tone == Theme::Tone::Error || tone == Theme::Tone::Warning
                          ? Theme::toneColor(tone, palette())
                          : QColor());
        item->setData(Qt::AccessibleTextRole, p->title() + QStringLiteral(": ") + p->statusText());
        item->setToolTip(p->statusText());
    }
    // A status may now take two lines, or one again.
    m_ui->stepList->doItemsLayout();
    updateNavigation();
    updateReadiness();
}

void MainWindow::updateNavigation()
{
    const int row = m_ui->stepList->currentRow();
    if (StepPage *p = page(Step(qMax(0, row)))) {
        m_ui->pageTitle->setText(p->title());
        m_ui->pageDescription->setText(p->description());
    }
    m_ui->backButton->setEnabled(row > 0);
    m_ui->nextButton->setEnabled(row >= 0 && row < m_ui->stepList->count() - 1);
    const bool onRun = row >= int(Step::Run);
    m_ui->backButton->setVisible(true);
    m_ui->nextButton->setVisible(!onRun);
}

// The keychain is asked only once a secret may be needed: a server's password or an ipinfo.io
// token. A local database and the offline lookup need none, and leave it untouched.
void MainWindow::checkKeychainWhenNeeded()
{
    if (!m_database->usesLocalDatabase() || !m_geolocation->choice().offline)
        m_keychain->check();
}

void MainWindow::updateReadiness()
{
    if (m_run->isRunning()) {
        m_ui->runReadiness->setText(tr("A run is in progress."));
        return;
    }
    const RunProblem problem = runProblem();
    // Said in full once, on the Run page; here only where to look (the whole in a tool tip).
    m_ui->runReadiness->setText(
        problem.isEmpty() ? tr("Ready to run.")
                          : tr("Not ready: see the %1 page.").arg(page(problem.step)->title()));
    m_ui->runReadiness->setToolTip(problem.text);
    QPalette pal = m_ui->runReadiness->palette();
    pal.setColor(QPalette::WindowText, problem.isEmpty()
                                           ? Theme::toneColor(Theme::Tone::Success, palette())
                                           : Theme::toneColor(Theme::Tone::Warning, palette()));
    m_ui->runReadiness->setPalette(pal);
    m_run->setPlan(planText(), problem.text);
}

// The page where an option is chosen.
MainWindow::Step MainWindow::stepOf(EtlOption option)
{
    switch (option) {
    case EtlOption::Data:
        return Step::Sources;
    case EtlOption::Catalog:
    case EtlOption::RttRouteFactor:
    case EtlOption::RttOverhead:
        return Step::Regions;
    case EtlOption::Table:
    case EtlOption::Mode:
    case EtlOption::Key:
    case EtlOption::Privacy:
    case EtlOption::MinCount:
        return Step::Database;
    case EtlOption::GeoDatabase:
    case EtlOption::IpinfoUrl:
    case EtlOption::IpinfoParallel:
    case EtlOption::IpinfoRetries:
    case EtlOption::IpinfoTimeout:
    case EtlOption::CacheMaxAge:
    case EtlOption::CrossCheck:
        return Step::Geolocation;
    case EtlOption::ChunkRecords:
        break;
    }
    return Step::Run;
}

// Why a run cannot start, in words: first what a page knows (a missing file, a database that
// failed to start), then what the core finds wrong with the options the pages make.
MainWindow::RunProblem MainWindow::runProblem() const
{
    for (const Step s : {Step::Sources, Step::Regions, Step::Database, Step::Geolocation}) {
        if (const QString problem = page(s)->blockingProblem(); !problem.isEmpty())
            return {s, problem};
    }
    const QList<OptionProblem> problems = RunPage::optionsFor(currentRequest()).validate();
    if (problems.isEmpty())
        return {};
    const OptionProblem &first = problems.constFirst();
    const Step step = first.options.isEmpty() ? Step::Run : stepOf(first.options.first());
    if (step == Step::Run)
        return {step, first.message};
    return {step, tr("On the %1 page: %2").arg(page(step)->title(), first.message)};
}

QString MainWindow::planText() const
{
    if (m_sources->files().isEmpty())
        return tr("Add data files on the Sources step: the run loads them.");
    const QString where = m_database->usesLocalDatabase()
                              ? tr("the local database")
                              : tr("the server %1").arg(m_database->serverSettings().host);
    const QString table = m_database->targetTable().isEmpty() ? tr("(no table name yet)")
                                                              : m_database->targetTable();
    QString plan = tr("Loads %1 into the table \"%2\" in %3. Geolocation: %4. Regions: %5.")
                       .arg(m_sources->statusText(), table, where, m_geolocation->statusText(),
                            m_regions->statusText());
    if (const PrivacyMode privacy = m_database->privacy()->mode(); privacy != PrivacyMode::Keep)
        plan += QLatin1Char(' ')
                + tr("Privacy: %1, minimum count %2.")
                      .arg(QString(privacyModeName(privacy)))
                      .arg(m_database->privacy()->minCount());
    return plan;
}

void MainWindow::onSourcesChanged()
{
    QString base;
    QStringList columns;
    for (const SourceFile &f : m_sources->files()) {
        if (base.isEmpty())
            base = f.path;
        if (f.sniff && columns.isEmpty())
            columns = f.sniff->columnNames;
    }
    m_database->setSourceHints(base, columns);
    updateSteps();
}

bool MainWindow::startRun()
{
    if (m_run->isRunning())
        return false;
    showStep(Step::Run);
    if (!runProblem().isEmpty())
        return false; // the Run page says why, in its plan line
    saveSettings();
    m_database->storePassword();
    m_geolocation->storeToken();
    m_run->start(currentRequest(), m_databaseService);
    return true;
}

RunPage::Request MainWindow::currentRequest() const
{
    RunPage::Request request;
    request.sources = m_sources->files();
    request.catalog = m_regions->catalogChoice();
    request.useLocalDatabase = m_database->usesLocalDatabase();
    request.connection = m_database->runSettings();
    request.table = m_database->targetTable();
    request.loadMode = m_database->loadMode();
    request.keyColumn = m_database->keyColumn();
    request.geo = m_geolocation->choice();
    request.privacy = m_database->privacy()->mode();
    request.privacyKey = m_database->privacy()->key();
    request.minCount = m_database->privacy()->minCount();
    return request;
}

// The database the estimate and the cache work on, or an empty host with a reason.
bool MainWindow::ipinfoConnection(ConnectionSettings *settings, QString *why) const
{
    if (!m_database->usesLocalDatabase()) {
        *settings = m_database->runSettings();
        return true;
    }
    if (!m_databaseService->isReady()) {
        *why = tr("The local database is not running yet; try again in a moment.");
        return false;
    }
    *settings = m_databaseService->connectionSettings();
    return true;
}

void MainWindow::estimateIpinfoCost()
{
    RunPage::Request request = currentRequest();
    if (request.sources.isEmpty()) {
        m_geolocation->showEstimate(tr("Add CSV files on the Sources page first."), true);
        return;
    }
    QString why;
    if (!ipinfoConnection(&request.connection, &why)) {
        m_geolocation->showEstimate(why, true);
        return;
    }
    request.geo.offline = false;
    m_geolocation->setEstimateBusy(true);
    m_ipinfoEstimator->estimate(RunPage::optionsFor(request));
}

void MainWindow::clearIpinfoCache()
{
    ConnectionSettings settings;
    QString why;
    if (!ipinfoConnection(&settings, &why)) {
        m_geolocation->showEstimate(why, true);
        return;
    }
    if (QMessageBox::question(this, tr("Clear Cached Answers"),
                              tr("Remove every cached ipinfo.io answer from the database? The next "
                                 "run will ask ipinfo.io again and count against your plan."))
        != QMessageBox::Yes)
        return;
    m_geolocation->setEstimateBusy(true);
    m_ipinfoEstimator->clearCache(settings);
}

void MainWindow::cancelRun()
{
    m_run->cancel();
}

void MainWindow::saveSettings() const
{
    AppSettings::windowGeometry.setValue(saveGeometry());
    AppSettings::lastStep.setValue(stepKey(currentStep()));
    m_sources->saveSettings();
    m_regions->saveSettings();
    m_database->saveSettings();
    m_geolocation->saveSettings();
    m_run->saveSettings();
    AppSettings::sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_run->isRunning()) {
        if (m_closeAfterRun) {
            event->ignore(); // already cancelling; closes when the run has rolled back
            return;
        }
        QMessageBox box(QMessageBox::Question, tr("Cancel the Run?"),
                        tr("A run is in progress. Closing RegionMap cancels it: nothing from this "
                           "run is loaded, and the run is recorded as cancelled.\n\nCancel the "
                           "run and close?"),
                        QMessageBox::Yes | QMessageBox::No, this);
        box.setDefaultButton(QMessageBox::No);
        // The run may end while the question is open: then there is nothing left to cancel,
        // and the question says so.
        connect(m_run, &RunPage::runFinished, &box, [&box](bool succeeded) {
            box.setWindowTitle(tr("Close RegionMap?"));
            box.setText(succeeded ? tr("The run has finished, and its rows are loaded.\n\n"
                                       "Close RegionMap?")
                                  : tr("The run has ended.\n\nClose RegionMap?"));
        });
        const int answer = box.exec();
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        if (m_run->isRunning()) {
            event->ignore();
            m_closeAfterRun = true;
            m_run->cancel();
            return;
        }
    }
    saveSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_run->isRunning() && !localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = localFiles(event->mimeData());
    if (files.isEmpty() || m_run->isRunning())
        return;
    event->acceptProposedAction();
    showStep(Step::Sources);
    m_sources->addFiles(files);
}

} // namespace regionmap
