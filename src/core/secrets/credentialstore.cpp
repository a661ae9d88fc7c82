#include "credentialstore.h"

#include "secretindex.h"
#include "secretkeys.h"

#include "secrets/secretslogging.h"

#include <QThread>

namespace regionmap {

using Outcome = CredentialResult::Outcome;

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{ }

CredentialStore::~CredentialStore() = default;

void CredentialStore::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

CredentialReply *CredentialStore::read(const QString &key)
{
    CredentialReply *reply = start(CredentialReply::Operation::Read, key);
    if (!reply->isFinished())
        startRead(reply);
    return reply;
}

CredentialReply *CredentialStore::write(const QString &key, const QString &value)
{
    CredentialReply *reply = start(CredentialReply::Operation::Write, key);
    if (!reply->isFinished())
        startWrite(reply, value);
    return reply;
}

CredentialReply *CredentialStore::remove(const QString &key)
{
    CredentialReply *reply = start(CredentialReply::Operation::Remove, key);
    if (!reply->isFinished())
        startRemove(reply);
    return reply;
}

CredentialReply *CredentialStore::probe()
{
    CredentialReply *reply = start(CredentialReply::Operation::Probe, secretkeys::probe());
    if (!reply->isFinished())
        startProbe(reply);
    return reply;
}

CredentialReply *CredentialStore::start(CredentialReply::Operation operation, const QString &key)
{
    if (QThread::currentThread() != thread()) {
        // A programming error: the keychain library is not thread-safe. The reply lives in the
        // caller's thread and finishes there with an error.
        qCWarning(lcSecrets) << "A credential store was called from a thread it does not live "
                                "in; use BlockingCredentials from worker threads.";
        auto *reply = new CredentialReply(operation, key, nullptr);
        reply->m_finished = true;
        reply->m_result = CredentialResult::failure(
            Outcome::Failed,
            Error(tr("Internal error: the keychain was called from the wrong thread."),
                  QStringLiteral("CredentialStore::start")));
        QMetaObject::invokeMethod(
            reply, [reply] { emit reply->finished(); }, Qt::QueuedConnection);
        return reply;
    }

    auto *reply = new CredentialReply(operation, key, this);
    if (m_timeout.count() > 0) {
        const std::chrono::milliseconds timeout = m_timeout;
        reply->m_timer.setInterval(timeout);
        connect(&reply->m_timer, &QTimer::timeout, this, [this, reply, timeout] {
            if (reply->isFinished())
                return;
            qCInfo(lcSecrets) << "Keychain request for" << reply->key() << "timed out after"
                              << timeout.count() << "ms";
            replyTimedOut(reply);
            complete(reply, CredentialResult::failure(Outcome::TimedOut, timeoutError(timeout)));
        });
        reply->m_timer.start();
    }
    return reply;
}

void CredentialStore::replyTimedOut(CredentialReply *reply)
{
    Q_UNUSED(reply)
}

void CredentialStore::complete(CredentialReply *reply, CredentialResult result)
{
    if (!reply || reply->m_finished)
        return;
    reply->m_timer.stop();
    updateIndex(reply, result);
    reply->m_result = std::move(result);
    reply->m_finished = true;
    QMetaObject::invokeMethod(
        reply, [reply] { emit reply->finished(); }, Qt::QueuedConnection);
}

void CredentialStore::updateIndex(const CredentialReply *reply, const CredentialResult &result)
{
    if (!m_index || !isPersistent() || reply->key() == secretkeys::probe())
        return;
    // A read that finds nothing does not clear the flag: a locked keyring also answers
    // "not found", and the flag would be lost for good.
    switch (reply->operation()) {
    case CredentialReply::Operation::Write:
        if (result.isOk())
            m_index->markStored(reply->key());
        break;
    case CredentialReply::Operation::Remove:
        if (result.isOk())
            m_index->markRemoved(reply->key());
        break;
    case CredentialReply::Operation::Read:
        if (result.isOk())
            m_index->markStored(reply->key());
        break;
    case CredentialReply::Operation::Probe:
        break;
    }
}

QString CredentialStore::availabilityText(const CredentialResult &probeResult) const
{
    if (!isPersistent())
        return tr("Keychain: not used — secrets are kept for this session only");
    switch (probeResult.outcome) {
    case Outcome::Ok:
        return tr("Keychain: available (%1)").arg(backendName());
    case Outcome::TimedOut:
        return tr("Keychain: not answering — secrets are kept for this session only");
    case Outcome::Denied:
        return tr("Keychain: locked — secrets are kept for this session only");
    case Outcome::NotFound:
    case Outcome::Unavailable:
    case Outcome::Failed:
        break;
    }
    return tr("Keychain: not available — secrets are kept for this session only");
}

Error CredentialStore::timeoutError(std::chrono::milliseconds timeout)
{
    const QString seconds = QString::number(double(timeout.count()) / 1000.0, 'g', 3);
    return Error(tr("The keychain did not answer within %1 s.").arg(seconds),
                 tr("It may be locked and waiting for a password prompt that nobody answers."));
}

} // namespace regionmap
