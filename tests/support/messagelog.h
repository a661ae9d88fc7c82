#pragma once

#include "common/feedback.h"

#include <QMutex>
#include <QMutexLocker>
#include <QObject>
#include <QStringList>
#include <QThread>

namespace regionmap::test {

// What a run told the analyst through its Feedback, collected as it is said (from whichever
// thread the run uses): for tests that check a message was given, and given once.
class MessageLog : public QObject
{
public:
    explicit MessageLog(Feedback &feedback)
    {
        connect(
            &feedback, &Feedback::messageReported, this,
            [this](MessageLevel level, const QString &text) {
                const QMutexLocker lock(&m_mutex);
                (level == MessageLevel::Warning ? m_warnings : m_others) << text;
                if (!m_threads.contains(QThread::currentThread()))
                    m_threads << QThread::currentThread();
            },
            Qt::DirectConnection);
    }

    QStringList warnings() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_warnings;
    }
    // Whether any message, of any level, contains text.
    bool contains(const QString &text) const
    {
        const QMutexLocker lock(&m_mutex);
        for (const QStringList *list : {&m_warnings, &m_others}) {
            for (const QString &m : *list) {
                if (m.contains(text))
                    return true;
            }
        }
        return false;
    }

    // Whether every message came from this thread (the job's: a front end hears only that one;
    // the CLI has no event loop to take a message queued from another).
    bool allFrom(QThread *thread) const
    {
        const QMutexLocker lock(&m_mutex);
        return m_threads.isEmpty() || (m_threads.size() == 1 && m_threads.first() == thread);
    }

private:
    mutable QMutex m_mutex;
    QList<QThread *> m_threads;
    QStringList m_warnings;
    QStringList m_others;
};

} // namespace regionmap::test
