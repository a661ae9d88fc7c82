#pragma once

#include "credentialstore.h"

#include <QHash>
#include <QPointer>

#include <functional>

namespace QKeychain {
class Job;
}

namespace regionmap {

// The OS keychain through QtKeychain: the Secret Service (GNOME Keyring, KWallet, KeePassXC)
// on Linux, the Keychain on macOS, the Credential Manager on Windows. Service "regionmap";
// keys from secretkeys. QtKeychain's insecure fallback (plain text in a settings file) is never
// enabled: without a usable keychain every request finishes with Outcome::Unavailable.
//
// QtKeychain runs one job at a time per process. A job the keychain never answers (a prompt
// nobody sees) would hold up every later one, so after a timeout further requests finish at
// once with Outcome::TimedOut until that job has ended. Keep all QtKeychainStore objects in one
// thread (the main thread).
class QtKeychainStore : public CredentialStore
{
    Q_OBJECT

public:
    explicit QtKeychainStore(QObject *parent = nullptr);
    ~QtKeychainStore() override;

    QString backendName() const override;
    bool isPersistent() const override { return true; }

    // "No usable keychain was found on this computer, so RegionMap cannot keep secrets between
    // sessions." with the keychain library's text as details.
    static Error unavailableError(const QString &details = {});

    // Number of timed-out QtKeychain jobs in this process that have not ended yet.
    static int stalledJobs();

protected:
    void startRead(CredentialReply *reply) override;
    void startWrite(CredentialReply *reply, const QString &value) override;
    void startRemove(CredentialReply *reply) override;
    void startProbe(CredentialReply *reply) override;
    void replyTimedOut(CredentialReply *reply) override;

private:
    using JobDone = std::function<void(QKeychain::Job *job)>;

    // Finishes reply at once when an earlier job is stuck; returns true then.
    bool refuseWhileStalled(CredentialReply *reply);
    void run(QKeychain::Job *job, CredentialReply *reply, JobDone done);
    void probeRead(CredentialReply *reply, const QString &expected);
    void probeRemove(CredentialReply *reply);

    QHash<CredentialReply *, QPointer<QKeychain::Job>> m_jobs; // the job serving each reply
};

} // namespace regionmap
