#pragma once

#include "common/feedback.h"

#include <QMutex>
#include <QMutexLocker>
#include <QObject>
#include <QStringList>

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

private:
    mutable QMutex m_mutex;
    QStringList m_warnings;
    QStringList m_others;
};

} // namespace regionmap::test
