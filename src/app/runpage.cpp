#include "runpage.h"
#include "erroradvice.h"

#include "ui_runpage.h"

#include "appsettings.h"
#include "common/feedback.h"
#include "common/plural.h"
#include "databaseservice.h"
#include "etl/etloptions.h"
#include "etl/etlrunner.h"
#include "etl/rowpipeline.h"
#include "messagebanner.h"
#include "runlogfiltermodel.h"
#include "runlogmodel.h"
#include "stallprobe.h"

#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QScrollBar>

#include <algorithm>

namespace regionmap {

RunPage::RunPage(QWidget *parent)
    : StepPage(parent)
    , m_ui(std::make_unique<Ui::RunPage>())
    , m_log(new RunLogModel(this))
    , m_filter(new RunLogFilterModel(this))
    , m_probe(new StallProbe(this))
    , m_progress(std::make_unique<ProgressSnapshot>())
{
    m_ui->setupUi(this);
    Theme::styleHeading(m_ui->logHeading, 1.15);
    Theme::styleHeading(m_ui->summaryHeading, 1.15);
    Theme::styleCaption(m_ui->planLabel);
    Theme::styleCaption(m_ui->summaryDetails);
    m_ui->startButton->setDefault(true);
    m_ui->startButton->setIcon(
        Theme::icon(QStringLiteral("steps/run"), palette().color(QPalette::ButtonText)));
    m_ui->overallText->setMinimumWidth(
        m_ui->overallText->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 44);
    m_ui->overallText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    showStages(RowPipeline::progressStages());
    QFont bold = m_ui->overallLabel->font();
    bold.setWeight(QFont::DemiBold);
    m_ui->overallLabel->setFont(bold);
    m_ui->progressGrid->setColumnStretch(1, 1);

    m_filter->setSourceModel(m_log);
    m_ui->logView->setModel(m_filter);
    QHeaderView *header = m_ui->logView->horizontalHeader();
    header->setSectionResizeMode(RunLogModel::TimeColumn, QHeaderView::ResizeToContents);
    // As wide as the longest level name with its icon, whatever the first lines were.
    int levelWidth = 0;
    for (const MessageLevel level :
         {MessageLevel::Info, MessageLevel::Warning, MessageLevel::Error})
        levelWidth = std::max(levelWidth, m_ui->logView->fontMetrics().horizontalAdvance(
                                              RunLogModel::levelName(level)));
    header->setSectionResizeMode(RunLogModel::LevelColumn, QHeaderView::Fixed);
    header->resizeSection(RunLogModel::LevelColumn, levelWidth + 40);
    header->setStretchLastSection(true);
    m_ui->logView->verticalHeader()->hide();
    m_ui->logView->verticalHeader()->setDefaultSectionSize(m_ui->logView->fontMetrics().height()
                                                           + 6);
    m_ui->logView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_ui->levelCombo->addItem(tr("All messages"), int(MessageLevel::Info));
    m_ui->levelCombo->addItem(tr("Warnings and errors"), int(MessageLevel::Warning));
    m_ui->levelCombo->addItem(tr("Errors only"), int(MessageLevel::Error));
    connect(m_ui->levelCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setMinimumLevel(MessageLevel(m_ui->levelCombo->currentData().toInt()));
    });
    connect(m_ui->logSearch, &QLineEdit::textChanged, m_filter,
            &RunLogFilterModel::setFilterFixedString);
    // Follow new lines while the view is at the bottom.
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        QScrollBar *bar = m_ui->logView->verticalScrollBar();
        if (bar->value() >= bar->maximum() - 2)
            m_ui->logView->scrollToBottom();
    });

    connect(m_ui->startButton, &QPushButton::clicked, this, &RunPage::startRequested);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &RunPage::cancel);
    connect(m_ui->resultsButton, &QPushButton::clicked, this, &RunPage::showResultsRequested);
    // The focus waits on it after a run: Return opens the results, as in a dialog.
    m_ui->resultsButton->setAutoDefault(true);

    m_ui->summaryPanel->hide();
    resetProgress();
    setRunning(false);
}

RunPage::~RunPage()
{
    QObject::disconnect(m_waitForDatabase);
    if (m_runner) {
        // The window is going away during a run: roll back and wait for the worker to end.
        m_runner->disconnect(this);
        m_runner->cancelAndWait();
    }
}

QString RunPage::title() const
{
    return tr("Run");
}

QString RunPage::description() const
{
    return tr("Reads the files, locates each address, assigns the nearest region and loads the "
              "rows, in one transaction: a cancelled or failed run loads nothing.");
}

QString RunPage::statusText() const
{
    if (m_running)
        return m_runner ? tr("Running… %1 %").arg(qRound(m_progress->overallFraction() * 100))
                        : tr("Waiting for the database…");
    if (!m_summary)
        return m_readiness.isEmpty() ? tr("Ready (Ctrl+R)") : tr("Not ready yet");
    if (m_succeeded && fewLocated(*m_summary))
        return tr("Done, but few rows located");
    if (m_succeeded)
        return tr("Done: %Ln row(s) loaded", nullptr, pluralCount(m_summary->rowsLoaded));
    return m_cancelRequested ? tr("Cancelled") : tr("Failed");
}

Theme::Tone RunPage::statusTone() const
{
    if (m_running || !m_summary)
        return m_readiness.isEmpty() || m_running ? Theme::Tone::Neutral : Theme::Tone::Warning;
    if (m_succeeded)
        return fewLocated(*m_summary) ? Theme::Tone::Warning : Theme::Tone::Success;
    return m_cancelRequested ? Theme::Tone::Warning : Theme::Tone::Error;
}

void RunPage::changeEvent(QEvent *event)
{
    StepPage::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_ui->startButton->setIcon(
            Theme::icon(QStringLiteral("steps/run"), palette().color(QPalette::ButtonText)));
    }
}

void RunPage::setPlan(const QString &plan, const QString &problem)
{
    m_plan = plan;
    m_readiness = problem;
    updatePlan();
}

void RunPage::updatePlan()
{
    if (m_running)
        return;
    m_ui->planLabel->setText(m_readiness.isEmpty() ? m_plan : m_readiness);
    m_ui->startButton->setEnabled(m_readiness.isEmpty());
}

qint64 RunPage::lastRunId() const
{
    return m_summary ? m_summary->runId : -1;
}

void RunPage::setRunning(bool running)
{
    const bool changed = running != m_running;
    m_running = running;
    m_ui->startButton->setEnabled(!running && m_readiness.isEmpty());
    m_ui->cancelButton->setEnabled(running);
    if (!running)
        updatePlan();
    if (changed)
        emit runningChanged(running);
    emit statusChanged();
}

void RunPage::resetProgress()
{
    *m_progress = ProgressSnapshot();
    m_ui->overallBar->setValue(0);
    m_ui->overallText->setText(tr("—"));
    for (const StageRow &row : std::as_const(m_stageRows)) {
        row.bar->setValue(0);
        row.text->setText(tr("—"));
    }
}

void RunPage::showStages(const QList<StageProgress> &stages)
{
    bool same = stages.size() == m_stageRows.size();
    for (int i = 0; same && i < stages.size(); ++i)
        same = stages.at(i).id == m_stageRows.at(i).id;
    if (same)
        return;
    for (const StageRow &row : std::as_const(m_stageRows)) {
        delete row.label;
        delete row.bar;
        delete row.text;
    }
    m_stageRows.clear();
    const int textWidth = m_ui->overallText->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 44;
    for (int i = 0; i < stages.size(); ++i) {
        StageRow row;
        row.id = stages.at(i).id;
        row.label = new QLabel(stages.at(i).label, this);
        row.bar = new QProgressBar(this);
        row.bar->setMaximum(1000);
        row.bar->setTextVisible(false);
        row.bar->setAccessibleName(tr("%1 progress").arg(stages.at(i).label));
        row.text = new QLabel(tr("—"), this);
        row.text->setMinimumWidth(textWidth);
        row.text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        row.label->setBuddy(row.bar);
        m_ui->progressGrid->addWidget(row.label, i + 1, 0);
        m_ui->progressGrid->addWidget(row.bar, i + 1, 1);
        m_ui->progressGrid->addWidget(row.text, i + 1, 2);
        m_stageRows.append(row);
    }
}

QString RunPage::stageText(const ProgressSnapshot &s, int stage)
{
    const qint64 rows = s.stages.at(stage).rows;
    QString t = s.rowsEstimated > 0
                    ? tr("%1 of about %2 rows").arg(number(rows), number(s.rowsEstimated))
                    : tr("%Ln row(s)", nullptr, pluralCount(rows));
    if (s.elapsedSeconds > 0.2 && rows > 0)
        t += tr(" · %1 rows/s").arg(number(qRound64(rows / s.elapsedSeconds)));
    return t;
}

void RunPage::start(const Request &request, DatabaseService *database)
{
    if (m_running)
        return;
    m_request = request;
    m_database = database;
    m_cancelRequested = false;
    m_ui->banner->clear();
    m_ui->summaryPanel->hide();
    m_log->clear();
    resetProgress();
    setRunning(true);

    if (!request.useLocalDatabase || database->isReady()) {
        launch();
        return;
    }
    if (database->state() == DatabaseService::State::Failed) {
        setRunning(false);
        m_ui->banner->showMessage(Theme::Tone::Error, database->lastError().message,
                                  database->lastError().details);
        return;
    }
    // The local database is still starting (on first use it is being created): run once ready.
    m_ui->planLabel->setText(tr("Waiting for the local database to start…"));
    m_waitForDatabase = connect(
        database, &DatabaseService::stateChanged, this, [this](DatabaseService::State state) {
            if (m_database->isReady()) {
                QObject::disconnect(m_waitForDatabase);
                launch();
            } else if (state == DatabaseService::State::Failed) {
                QObject::disconnect(m_waitForDatabase);
                setRunning(false);
                m_ui->banner->showMessage(Theme::Tone::Error, m_database->lastError().message,
                                          m_database->lastError().details);
            }
        });
    if (database->state() != DatabaseService::State::Starting)
        database->start();
}

void RunPage::cancel()
{
    if (!m_running)
        return;
    m_cancelRequested = true;
    if (!m_runner) {
        // Still waiting for the database: nothing has started yet.
        QObject::disconnect(m_waitForDatabase);
        setRunning(false);
        m_ui->banner->showMessage(Theme::Tone::Warning,
                                  tr("The run was cancelled before it started."));
        return;
    }
    m_ui->planLabel->setText(tr("Cancelling: rolling back…"));
    m_ui->cancelButton->setEnabled(false);
    m_runner->cancel();
}

EtlOptions RunPage::optionsFor(const Request &request)
{
    EtlOptions o;
    for (const SourceFile &f : qAsConst(request.sources))
        o.inputs.append(InputFile {f.path, f.overrides});
    o.builtinCatalogs = request.catalog.builtins;
    o.catalogFile = request.catalog.useFile ? request.catalog.path : QString();
    o.includeRestricted = request.catalog.includeRestricted;
    o.includeAnnounced = request.catalog.includeAnnounced;
    o.latency = request.catalog.latency;
    o.latencyFile = request.catalog.latencyFile;
    o.connection = request.connection; // with the password, in memory only
    o.managedDatabase = request.useLocalDatabase;
    o.table = request.table;
    o.mode = request.loadMode;
    o.keyColumn = request.keyColumn;
    const GeolocationPage::Choice &geo = request.geo;
    o.provider = geo.offline ? GeoProviderKind::Offline : GeoProviderKind::Ipinfo;
    o.geoDatabase = geo.ipv4Database;
    o.geoDatabaseV6 = geo.ipv6Database;
    o.crossCheckDatabase = geo.crossCheckDatabase;
    o.crossCheckIpinfoSample = geo.crossCheckIpinfoSample;
    if (!geo.baseUrl.isEmpty())
        o.ipinfoUrl = QUrl(geo.baseUrl);
    o.ipinfoToken = geo.token;
    o.privacy = request.privacy;
    o.privacyKey = request.privacyKey;
    o.minCount = request.minCount;
    return o;
}

void RunPage::launch()
{
    if (m_request.useLocalDatabase)
        m_request.connection = m_database->connectionSettings();
    const EtlOptions o = optionsFor(m_request);

    m_runner = new EtlRunner(this);
    connect(m_runner, &EtlRunner::finished, this, &RunPage::onFinished);
    m_probe->reset();
    m_probe->start();
    m_clock.start();
    // The job reports through the feedback from its own thread; these arrive queued. Connect
    // before the start, so that not even the first message is missed.
    connect(m_runner->feedback(), &Feedback::progressChanged, this, &RunPage::onProgress);
    connect(m_runner->feedback(), &Feedback::messageReported, this, &RunPage::onMessage);
    if (!m_runner->start(o)) {
        m_probe->stop();
        delete m_runner;
        m_runner = nullptr;
        setRunning(false);
        m_ui->banner->showMessage(Theme::Tone::Error, tr("A run is already in progress."));
        return;
    }
    m_ui->planLabel->setText(tr("Running…"));
    emit statusChanged();
}

void RunPage::onFinished(const EtlSummary &summary)
{
    m_probe->stop();
    if (m_runner) {
        if (Feedback *fb = m_runner->feedback())
            onProgress(fb->snapshot());
        m_runner->deleteLater();
        m_runner = nullptr;
    }
    m_summary = summary;
    m_succeeded = summary.status == RunStatus::Succeeded;
    showFinalProgress(summary);
    if (summary.status == RunStatus::Cancelled)
        m_cancelRequested = true;
    showSummary(summary, summary.error);
    logEnd(summary);
    setRunning(false);
    emit runFinished(m_succeeded);
}

void RunPage::onProgress(const ProgressSnapshot &s)
{
    *m_progress = s;
    const auto bar = [](QProgressBar *b, double fraction) {
        b->setValue(qRound(fraction * 1000));
    };
    bar(m_ui->overallBar, s.overallFraction());
    showStages(s.stages);
    for (int i = 0; i < m_stageRows.size(); ++i) {
        bar(m_stageRows.at(i).bar, s.stageFraction(i));
        m_stageRows.at(i).text->setText(stageText(s, i));
    }

    QString overall = tr("%1 %").arg(qRound(s.overallFraction() * 100));
    if (s.rowsPerSecond > 0)
        overall += tr(" · %1 rows/s").arg(number(qRound64(s.rowsPerSecond)));
    if (s.etaSeconds >= 0)
        overall += tr(" · about %1 left").arg(formatDuration(s.etaSeconds));
    m_ui->overallText->setText(overall);

    if (!m_cancelRequested && !s.currentFile.isEmpty())
        m_ui->planLabel->setText(tr("Running: %1").arg(QFileInfo(s.currentFile).fileName()));
    emit statusChanged();
}

void RunPage::onMessage(MessageLevel level, const QString &text)
{
    m_log->append(level, text);
}

void RunPage::restoreSettings()
{
    const int level = AppSettings::logLevelFilter.value();
    m_ui->levelCombo->setCurrentIndex(qMax(0, m_ui->levelCombo->findData(level)));
}

void RunPage::saveSettings() const
{
    AppSettings::logLevelFilter.setValue(m_ui->levelCombo->currentData().toInt());
}

} // namespace regionmap
