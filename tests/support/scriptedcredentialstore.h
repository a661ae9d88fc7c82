#pragma once

#include "secrets/credentialstore.h"

#include <QList>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <optional>

namespace regionmap::test {

// A CredentialStore whose backend the test controls: it answers every request with a given
// result (after an optional delay), or never answers at all, like a keychain waiting on a
// prompt nobody sees. Only complete() and the timeout logic of the real base class run.
class ScriptedCredentialStore : public CredentialStore
{
public:
    explicit ScriptedCredentialStore(QObject *parent = nullptr)
        : CredentialStore(parent)
    { }

    QString backendName() const override { return QStringLiteral("scripted keychain"); }
    bool isPersistent() const override { return true; }

    // Answer every later request with result after delay.
    void answerWith(CredentialResult result,
                    std::chrono::milliseconds delay = std::chrono::milliseconds(0))
    {
        m_answer = std::move(result);
        m_delay = delay;
    }
    // Leave every later request unanswered.
    void neverAnswer() { m_answer.reset(); }

    // Answers the requests left unanswered so far (a keychain that wakes up late).
    void answerPendingNow(const CredentialResult &result)
    {
        const QList<QPointer<CredentialReply>> pending = m_pending;
        m_pending.clear();
        for (const QPointer<CredentialReply> &reply : pending)
            complete(reply.data(), result);
    }

    int requests() const { return m_requests; }
    int timedOut() const { return m_timedOut; }
    QString lastWrittenValue() const { return m_lastWritten; }

protected:
    void startRead(CredentialReply *reply) override { handle(reply); }
    void startWrite(CredentialReply *reply, const QString &value) override
    {
        m_lastWritten = value;
        handle(reply);
    }
    void startRemove(CredentialReply *reply) override { handle(reply); }
    void startProbe(CredentialReply *reply) override { handle(reply); }
    void replyTimedOut(CredentialReply *) override { ++m_timedOut; }

private:
    void handle(CredentialReply *reply)
    {
        ++m_requests;
        if (!m_answer) {
            m_pending.append(reply);
            return;
        }
        const CredentialResult result = *m_answer;
        if (m_delay.count() == 0) {
            complete(reply, result);
            return;
        }
        QPointer<CredentialReply> target(reply);
        QTimer::singleShot(m_delay, this,
                           [this, target, result] { complete(target.data(), result); });
    }

    std::optional<CredentialResult> m_answer;
    std::chrono::milliseconds m_delay {0};
    QList<QPointer<CredentialReply>> m_pending;
    int m_requests = 0;
    int m_timedOut = 0;
    QString m_lastWritten;
};

} // namespace regionmap::test
