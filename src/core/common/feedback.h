#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QMetaType>
#include <QMutex>
#include <QObject>
#include <QString>

#include <atomic>

namespace regionmap {

// One step of a job, as its progress is shown: the job names its steps when it starts (in the
// way of QGIS's multi-step feedback), so that a front end draws one bar per step without knowing
// the job's steps in advance.
struct StageProgress
{
    QString id; // stable, for code and tests: "read", "locate", ...
    QString label; // for the analyst, translated
    qint64 rows = 0; // rows done
};

// A snapshot of a run's progress, cheap to copy across threads.
struct ProgressSnapshot
{
    qint64 bytesRead = 0;
    qint64 bytesTotal = 0;
    QList<StageProgress> stages; // in the order rows pass them: the first reads, the last loads
    qint64 rowsEstimated = 0; // rows expected in all inputs, from the bytes read
    double elapsedSeconds = 0;
    double rowsPerSecond = 0; // rows through the last stage per second so far
    double etaSeconds = -1; // -1: not known yet
    QString currentFile;

    qint64 rowsRead() const { return stages.isEmpty() ? 0 : stages.constFirst().rows; }
    qint64 rowsDone() const { return stages.isEmpty() ? 0 : stages.constLast().rows; }
    // 0..1 for one stage against the estimated total, and for the whole run.
    double stageFraction(int stage) const;
    double overallFraction() const;
};

enum class MessageLevel { Info = 0, Warning = 1, Error = 2 };

// Carries progress, messages for the analyst and the cancel flag between a running job and its
// front end (the model is QGIS's QgsFeedback). The job calls the setters from its own thread;
// the signals reach the front end queued. Progress signals are throttled (every 100 ms at most).
class Feedback : public QObject
{
    Q_OBJECT

public:
    explicit Feedback(QObject *parent = nullptr);

    // Asks the job to stop at the next safe point. Safe to call from any thread, and from a signal
    // handler (it only stores an atomic flag) through requestCancel().
    void cancel();
    bool isCanceled() const { return m_canceled.load(std::memory_order_relaxed); }
    // Async-signal-safe: sets the flag only. The job notices it at its next check.
    void requestCancel() { m_canceled.store(true, std::memory_order_relaxed); }

    // Starts the progress of a job that reads bytesTotal bytes through these stages (their rows
    // are set to 0).
    void start(qint64 bytesTotal, const QList<StageProgress> &stages);
    void setCurrentFile(const QString &file);
    void setBytesRead(qint64 bytes);
    // Rows done by the stage at this index of the list given to start().
    void addStageRows(int stage, qint64 rows);
    // Emits the progress now, not throttled (at the end of a run).
    void flush();

    void info(const QString &text) { message(MessageLevel::Info, text); }
    void warning(const QString &text) { message(MessageLevel::Warning, text); }
    void error(const QString &text) { message(MessageLevel::Error, text); }
    void message(MessageLevel level, const QString &text);

    ProgressSnapshot snapshot() const;

    // For the progress throttle in tests: 0 emits on every change.
    void setMinimumInterval(int ms) { m_intervalMs = ms; }

signals:
    void progressChanged(const regionmap::ProgressSnapshot &snapshot);
    void messageReported(regionmap::MessageLevel level, const QString &text);
    void canceled();

private:
    void maybeEmit();

    std::atomic<bool> m_canceled {false};
    mutable QMutex m_mutex;
    ProgressSnapshot m_state;
    QElapsedTimer m_clock;
    qint64 m_lastEmitMs = -1;
    int m_intervalMs = 100;
};

} // namespace regionmap

Q_DECLARE_METATYPE(regionmap::ProgressSnapshot)
Q_DECLARE_METATYPE(regionmap::MessageLevel)
