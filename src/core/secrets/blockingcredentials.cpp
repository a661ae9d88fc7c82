#include "blockingcredentials.h"

#include "credentialreply.h"
#include "credentialstore.h"

#include <QEventLoop>
#include <QMutex>
#include <QMutexLocker>
#include <QThread>
#include <QTimer>

#include <memory>

namespace regionmap {

using Outcome = CredentialResult::Outcome;

namespace {

// Shared between the waiting thread and the store's thread. The store's thread only touches
// `loop` under the mutex, and the waiting thread clears it under the mutex before the loop
// goes away.
struct Handoff
{
    QMutex mutex;
    QEventLoop *loop = nullptr;
    bool done = false;
    CredentialResult result;

    void deliver(const CredentialResult &r)
    {
        QMutexLocker lock(&mutex);
        if (done)
            return;
        done = true;
        result = r;
        if (loop)
            QMetaObject::invokeMethod(loop, &QEventLoop::quit, Qt::QueuedConnection);
    }
};

// Extra wait beyond the store's timeout before giving up on the store's thread itself.
constexpr std::chrono::milliseconds Margin {2000};

} // namespace

BlockingCredentials::BlockingCredentials(CredentialStore *store)
    : m_store(store)
{ }

bool BlockingCredentials::onGuiThread()
{
    const QCoreApplication *app = QCoreApplication::instance();
    return app && app->inherits("QGuiApplication") && QThread::currentThread() == app->thread();
}

CredentialResult BlockingCredentials::read(const QString &key) const
{
    return wait([key](CredentialStore *store) { return store->read(key); });
}

CredentialResult BlockingCredentials::write(const QString &key, const QString &value) const
{
    return wait([key, value](CredentialStore *store) { return store->write(key, value); });
}

CredentialResult BlockingCredentials::remove(const QString &key) const
{
    return wait([key](CredentialStore *store) { return store->remove(key); });
}

CredentialResult BlockingCredentials::probe() const
{
    return wait([](CredentialStore *store) { return store->probe(); });
}

CredentialResult BlockingCredentials::wait(const Starter &start) const
{
    if (!m_store) {
        return CredentialResult::failure(
            Outcome::Failed, Error(tr("Internal error: there is no credential store to ask.")));
    }
    if (onGuiThread()) {
        return CredentialResult::failure(
            Outcome::Failed,
            Error(tr("Internal error: the keychain must not be waited for on the GUI thread."),
                  QStringLiteral("BlockingCredentials")));
    }

    auto handoff = std::make_shared<Handoff>();
    QEventLoop loop;
    {
        QMutexLocker lock(&handoff->mutex);
        handoff->loop = &loop;
    }

    // Runs in the store's thread: start the request there and pass the result back.
    QPointer<CredentialStore> store = m_store;
    auto begin = [store, start, handoff] {
        if (!store) {
            handoff->deliver(CredentialResult::failure(
                Outcome::Failed, Error(tr("Internal error: the credential store is gone."))));
            return;
        }
        CredentialReply *reply = start(store.data());
        QObject::connect(reply, &CredentialReply::finished, reply, [reply, handoff] {
            handoff->deliver(reply->result());
            reply->deleteLater();
        });
    };

    const std::chrono::milliseconds timeout = m_store->timeout();
    if (m_store->thread() == QThread::currentThread())
        begin();
    else
        QMetaObject::invokeMethod(m_store.data(), begin, Qt::QueuedConnection);

    QTimer guard;
    if (timeout.count() > 0) {
        guard.setSingleShot(true);
        QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
        guard.start(timeout + Margin);
    }

    bool finished = false;
    {
        QMutexLocker lock(&handoff->mutex);
        finished = handoff->done;
    }
    if (!finished)
        loop.exec();

    QMutexLocker lock(&handoff->mutex);
    handoff->loop = nullptr;
    if (!handoff->done) {
        // The store's thread never got to it: treat it like a keychain that does not answer.
        handoff->done = true;
        return CredentialResult::failure(Outcome::TimedOut, CredentialStore::timeoutError(timeout));
    }
    return handoff->result;
}

} // namespace regionmap
