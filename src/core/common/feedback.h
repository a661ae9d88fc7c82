#pragma once

#include <QElapsedTimer>
#include <QMetaType>
#include <QMutex>
#include <QObject>
#include <QString>

#include <array>
#include <atomic>

namespace regionmap {

// The stages a row passes through, in order.
enum class Stage { Read = 0, Locate, Assign, Load };
constexpr int kStageCount = 4;

// A snapshot of a run's progress, cheap to copy across threads.
struct ProgressSnapshot
{
    qint64 bytesRead = 0;
    qint64 bytesTotal = 0;
    std::array<qint64, kStageCount> rows {}; // rows done per stage
    qint64 rowsEstimated = 0; // rows expected in all inputs, from the bytes read
    double elapsedSeconds = 0;
    double rowsPerSecond = 0; // rows loaded per second so far
    double etaSeconds = -1; // -1: not known yet
    QString currentFile;

    // 0..1 for one stage against the estimated total, and for the whole run.
    double stageFraction(Stage stage) const;
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

    void start(qint64 bytesTotal);
    void setCurrentFile(const QString &file);
    void setBytesRead(qint64 bytes);
    void addStageRows(Stage stage, qint64 rows);
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
