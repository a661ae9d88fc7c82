#include "etlrunner.h"

#include "common/feedback.h"
#include "etl/etlworker.h"
#include "geo/locator.h"

#include <QThread>

namespace regionmap {

EtlRunner::EtlRunner(QObject *parent)
    : QObject(parent)
    , m_feedback(new Feedback(this))
{
    qRegisterMetaType<EtlSummary>();
}

EtlRunner::~EtlRunner()
{
    cancelAndWait();
}

bool EtlRunner::start(const EtlOptions &options, LocatorFactory locatorFactory)
{
    if (m_thread)
        return false;
    if (m_used) {
        m_feedback->deleteLater();
        m_feedback = new Feedback(this);
    }
    m_used = true;

    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("regionmap-etl"));
    auto *worker = new EtlWorker(options, std::move(locatorFactory), m_feedback);
    worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, worker, &EtlWorker::run);
    connect(worker, &EtlWorker::done, this, &EtlRunner::onWorkerDone);
    connect(worker, &EtlWorker::done, m_thread, &QThread::quit);
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    m_thread->start();
    emit started();
    return true;
}

void EtlRunner::onWorkerDone(const EtlSummary &summary)
{
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
        m_thread->deleteLater();
        m_thread = nullptr;
    }
    emit finished(summary);
}

void EtlRunner::cancel()
{
    if (m_feedback)
        m_feedback->cancel();
}

bool EtlRunner::cancelAndWait(int timeoutMs)
{
    if (!m_thread)
        return true;
    cancel();
    m_thread->quit();
    if (!m_thread->wait(QDeadlineTimer(timeoutMs)))
        return false;
    // The worker's done() signal is queued to us; deliver the result now.
    QThread *t = m_thread;
    m_thread = nullptr;
    t->deleteLater();
    return true;
}

} // namespace regionmap
