#pragma once

#include "databasepage.h"
#include "db/connectionsettings.h"
#include "db/loadmode.h"
#include "etl/etloptions.h"
#include "etl/etlsummary.h"
#include "geolocationpage.h"
#include "regionspage.h"
#include "sourcefile.h"
#include "steppage.h"

#include <QElapsedTimer>
#include <QList>
#include <QMetaObject>

#include <memory>
#include <optional>

class QLabel;
class QProgressBar;

namespace Ui {
class RunPage;
}

namespace regionmap {

class DatabaseService;
class EtlRunner;
class RunLogFilterModel;
class RunLogModel;
class StallProbe;
struct ProgressSnapshot;
struct StageProgress;
enum class MessageLevel;

// Step 5: the run. Start and Cancel, an overall progress bar and one per stage (read, locate,
// assign, load) with rows/s and the time left, a live log filterable by level, and at the end a
// summary: counts by status (read = loaded + rejected), duration, where the rejects are, and a
// way to the results. The job runs on EtlRunner's worker thread with its own database
// connection; this page only receives queued signals, so the window never waits for it.
class RunPage : public StepPage
{
    Q_OBJECT

public:
    // Everything a run needs, gathered from the other steps.
    struct Request
    {
        QList<SourceFile> sources;
        RegionsPage::Choice catalog;
        bool useLocalDatabase = true;
        ConnectionSettings connection; // for a server; the local one is filled in at start
        QString table;
        LoadMode loadMode = LoadMode::Replace;
        QString keyColumn;
        GeolocationPage::Choice geo;
        PrivacyMode privacy = PrivacyMode::Keep;
        QByteArray privacyKey; // the hash mode's, from the keychain; in memory only
        int minCount = 0; // 0: the mode's default
    };

    explicit RunPage(QWidget *parent = nullptr);

    // The ETL options for a request (the connection as given: the caller fills in the local
    // database's).
    static EtlOptions optionsFor(const Request &request);
    // Cancels a running job and waits for it to roll back.
    ~RunPage() override;

    QString title() const override;
    QString description() const override;
    QString statusText() const override;
    Theme::Tone statusTone() const override;

    // A run that loaded its rows but located fewer than this share of them ends in a warning.
    static constexpr double kWarnBelowLocatedShare = 0.5;
    static bool fewLocated(const EtlSummary &summary);
    static QString fewLocatedReason(const EtlSummary &summary);

    // What a run would do with the current choices, and what is still missing before it can
    // start (empty: ready). Shown while idle.
    void setPlan(const QString &plan, const QString &problem);

    // Starts the run; with the local database, once it is ready (it may still be starting).
    void start(const Request &request, DatabaseService *database);
    // Asks the job to stop at its next check; it rolls back and is recorded as cancelled.
    void cancel();
    bool isRunning() const { return m_running; }

    // The last run (valid after runFinished).
    const std::optional<EtlSummary> &lastSummary() const { return m_summary; }
    bool lastRunSucceeded() const { return m_succeeded; }
    qint64 lastRunId() const;
    QString lastTable() const { return m_request.table; }
    ConnectionSettings lastConnection() const { return m_request.connection; }
    // The summary as a short rich text, for the Results page.
    QString lastSummaryText() const { return m_summaryText; }

    // The latest progress of the current (or last) run.
    const ProgressSnapshot &progress() const { return *m_progress; }

    RunLogModel *logModel() const { return m_log; }
    RunLogFilterModel *logFilter() const { return m_filter; }
    // Measures the GUI thread's longest stall while a job runs (reset at each start).
    StallProbe *stallProbe() const { return m_probe; }

    void restoreSettings();
    void saveSettings() const;

signals:
    // The Start button: the window gathers the choices and calls start().
    void startRequested();
    void runningChanged(bool running);
    // The run has ended (succeeded, failed or cancelled) and its summary is shown.
    void runFinished(bool succeeded);
    void showResultsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void launch();
    void setRunning(bool running);
    void resetProgress();
    // One row (name, bar, text) per stage of the job, below the overall bar; rebuilt when the
    // job names other stages.
    void showStages(const QList<StageProgress> &stages);
    static QString stageText(const ProgressSnapshot &s, int stage);
    // "4.2 s", "3 min 5 s", "1 h 2 min"; and a count with the locale's separators
    // (runpagesummary.cpp, with the rest of what the page says of a finished run).
    static QString formatDuration(double seconds);
    static QString number(qint64 n);
    void onProgress(const ProgressSnapshot &snapshot);
    void onMessage(MessageLevel level, const QString &text);
    void onFinished(const regionmap::EtlSummary &summary);
    void showFinalProgress(const EtlSummary &summary);
    void logEnd(const EtlSummary &summary);
    void showSummary(const EtlSummary &summary, const Error &failure);
    void updatePlan();

    std::unique_ptr<Ui::RunPage> m_ui;
    RunLogModel *m_log = nullptr;
    RunLogFilterModel *m_filter = nullptr;
    StallProbe *m_probe = nullptr;
    EtlRunner *m_runner = nullptr;
    DatabaseService *m_database = nullptr;
    QMetaObject::Connection m_waitForDatabase;
    Request m_request;
    QString m_plan;
    QString m_readiness;
    bool m_running = false;
    bool m_cancelRequested = false;
    bool m_succeeded = false;
    std::optional<EtlSummary> m_summary;
    QString m_summaryText;
    QElapsedTimer m_clock;
    std::unique_ptr<ProgressSnapshot> m_progress;
    struct StageRow
    {
        QString id;
        QLabel *label = nullptr;
        QProgressBar *bar = nullptr;
        QLabel *text = nullptr;
    };
    QList<StageRow> m_stageRows;
};

} // namespace regionmap
