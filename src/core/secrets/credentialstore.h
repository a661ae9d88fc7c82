#pragma once

#include "credentialreply.h"
#include "credentialresult.h"

#include <QObject>
#include <QString>

#include <chrono>

namespace regionmap {

class SecretIndex;

// Where secrets live: the OS keychain (QtKeychainStore) or memory for this session only
// (SessionCredentialStore). Every call is asynchronous and returns a CredentialReply; nothing
// blocks. Use a store only from the thread it lives in; a worker thread goes through
// BlockingCredentials, which hands the call over to the store's thread.
//
// A request that gets no answer within timeout() (a keychain prompt nobody answers) finishes
// with Outcome::TimedOut and the message "The keychain did not answer within N s."; the caller
// then falls back to asking. A store never falls back to another place on its own.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds DefaultTimeout {10'000};

    explicit CredentialStore(QObject *parent = nullptr);
    ~CredentialStore() override;

    // Where the secrets go, for the analyst: "GNOME Keyring / Secret Service", "memory (this
    // session only)".
    virtual QString backendName() const = 0;

    // True when secrets outlive the program (a keychain), false for this session only.
    virtual bool isPersistent() const = 0;

    CredentialReply *read(const QString &key);
    CredentialReply *write(const QString &key, const QString &value);
    // Removing a key that holds nothing succeeds.
    CredentialReply *remove(const QString &key);
    // Checks that secrets can be stored and read back here (Ok), or says why not.
    CredentialReply *probe();

    // Applies to requests made afterwards. Zero or less waits for ever: only for tests.
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout);

    // The line for the GUI's status bar, from a probe's result: "Keychain: available (GNOME
    // Keyring / Secret Service)" or "Keychain: not available — secrets are kept for this
    // session only".
    QString availabilityText(const CredentialResult &probeResult) const;

    // Optional; not owned. A persistent store then records in QSettings which keys hold a
    // secret (never a value): on a successful write, remove, or read, and on a read that finds
    // nothing.
    void setIndex(SecretIndex *index) { m_index = index; }
    SecretIndex *index() const { return m_index; }

    // "The keychain did not answer within 10 s." for the given timeout.
    static Error timeoutError(std::chrono::milliseconds timeout);

protected:
    // Implementations start the work and call complete() once, now or later, from the store's
    // thread. The value of a write is passed separately and kept nowhere else.
    virtual void startRead(CredentialReply *reply) = 0;
    virtual void startWrite(CredentialReply *reply, const QString &value) = 0;
    virtual void startRemove(CredentialReply *reply) = 0;
    virtual void startProbe(CredentialReply *reply) = 0;

    // Called when reply has timed out, just before it finishes with Outcome::TimedOut. The
    // backend's own answer may still come later; complete() then ignores it.
    virtual void replyTimedOut(CredentialReply *reply);

    // Finishes reply with result. Only the first call per reply counts.
    void complete(CredentialReply *reply, CredentialResult result);

private:
    CredentialReply *start(CredentialReply::Operation operation, const QString &key);
    void updateIndex(const CredentialReply *reply, const CredentialResult &result);

    std::chrono::milliseconds m_timeout = DefaultTimeout;
    SecretIndex *m_index = nullptr;
};

} // namespace regionmap
