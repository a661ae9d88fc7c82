#pragma once

#include "credentialresult.h"

#include <QCoreApplication>
#include <QPointer>
#include <QString>

#include <functional>

namespace regionmap {

class CredentialReply;
class CredentialStore;

// Waits for a CredentialStore's answer, for the CLI and for worker threads. It runs a local
// QEventLoop until the reply finishes; the store's timeout (plus a small margin, in case the
// store's thread is busy) bounds the wait, so a keychain that never answers cannot hang the
// caller. When the store lives in another thread (the GUI thread), the request is handed over
// to that thread and only the result comes back.
//
// Never on the GUI thread: there it refuses (Outcome::Failed) instead of freezing the window.
class BlockingCredentials
{
    Q_DECLARE_TR_FUNCTIONS(BlockingCredentials)

public:
    explicit BlockingCredentials(CredentialStore *store);

    CredentialResult read(const QString &key) const;
    CredentialResult write(const QString &key, const QString &value) const;
    CredentialResult remove(const QString &key) const;
    CredentialResult probe() const;

    // True on the thread of a QGuiApplication (where blocking is refused).
    static bool onGuiThread();

private:
    using Starter = std::function<CredentialReply *(CredentialStore *store)>;
    CredentialResult wait(const Starter &start) const;

    QPointer<CredentialStore> m_store;
};

} // namespace regionmap
