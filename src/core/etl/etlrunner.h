#pragma once

#include "etl/etljob.h"
#include "etl/etloptions.h"
#include "etl/etlsummary.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QThread;

namespace regionmap {

class Feedback;

// Runs an EtlJob on a worker thread of its own and reports through signals, for the GUI. The
// job opens its own database connection in that thread. Shutdown follows Tiled's pattern:
// cancel, quit, wait, then delete on finished.
class EtlRunner : public QObject
{
    Q_OBJECT

public:
    explicit EtlRunner(QObject *parent = nullptr);
    ~EtlRunner() override;

    // The feedback of the next or current run (progress, messages, cancel); lives in the
    // caller's thread. It exists before start(), so a front end can connect to it first; each
    // start() after a finished run makes a new one.
    Feedback *feedback() const { return m_feedback; }

    bool isRunning() const { return m_thread != nullptr; }

    // Starts a run; false when one is already running. The factory makes the locator in the
    // worker thread (an online locator needs its network access manager there).
    bool start(const EtlOptions &options, LocatorFactory locatorFactory = makeLocator);

    // Asks the running job to stop; finished() follows with the status "cancelled".
    void cancel();

    // Cancels and waits for the worker to end (at most timeoutMs). For closing the window.
    bool cancelAndWait(int timeoutMs = 30000);

signals:
    void started();
    void finished(const regionmap::EtlSummary &summary);

private:
    void onWorkerDone(const regionmap::EtlSummary &summary);

    Feedback *m_feedback = nullptr;
    bool m_used = false;
    QThread *m_thread = nullptr;
};

} // namespace regionmap
