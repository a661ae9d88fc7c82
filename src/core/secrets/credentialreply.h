#pragma once

#include "credentialresult.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <utility>

namespace regionmap {

class CredentialStore;

// One asynchronous request to a CredentialStore, in the manner of QNetworkReply. finished() is
// emitted exactly once, always from the event loop (never from inside the call that made the
// reply), so connecting right after the call is always in time. A request that the keychain
// does not answer within the store's timeout finishes with Outcome::TimedOut; a late answer is
// ignored.
//
// The store owns its replies; delete one with deleteLater() once it has finished (then() does).
class CredentialReply : public QObject
{
    Q_OBJECT

public:
    enum class Operation { Read, Write, Remove, Probe };

    ~CredentialReply() override;

    Operation operation() const { return m_operation; }
    QString key() const { return m_key; }
    bool isFinished() const { return m_finished; }

    // Valid once finished() has been emitted.
    const CredentialResult &result() const { return m_result; }

    // Calls handler(const CredentialResult &) in context's thread when the reply finishes, then
    // deletes the reply. Nothing is called when context is destroyed first.
    template<typename Handler>
    void then(QObject *context, Handler &&handler)
    {
        connect(this, &CredentialReply::finished, context,
                [this, h = std::forward<Handler>(handler)]() mutable {
                    h(m_result);
                    deleteLater();
                });
    }

signals:
    void finished();

private:
    friend class CredentialStore;
    CredentialReply(Operation operation, QString key, QObject *parent);

    Operation m_operation;
    QString m_key;
    bool m_finished = false;
    CredentialResult m_result;
    QTimer m_timer;
};

} // namespace regionmap
