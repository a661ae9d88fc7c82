#pragma once

#include "secrets/credentialresult.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace regionmap {

class CredentialStore;
class SecretIndex;
class SessionCredentialStore;

// The desktop app's access to secrets (the database password, the ipinfo.io token): the OS
// keychain when it can be used, and memory for this session otherwise, or when the analyst did
// not ask to remember the secret. Every call is asynchronous; nothing blocks the GUI thread.
// QSettings only ever learns that a secret is stored (SecretIndex), never its value.
class KeychainService : public QObject
{
    Q_OBJECT

public:
    enum class Availability { NotChecked, Checking, Available, Unavailable };
    Q_ENUM(Availability)

    using Handler = std::function<void(const CredentialResult &)>;

    // keychain: the OS keychain (a QtKeychainStore when null). Owned by the service.
    explicit KeychainService(std::unique_ptr<CredentialStore> keychain = {},
                             QObject *parent = nullptr);
    ~KeychainService() override;

    // Asks the keychain, once and without writing to it, whether it answers: a read of an entry
    // that is never written (availabilityChanged follows). Nothing touches the keychain before
    // a secret is needed or saved: a write could open a "choose a password for the new
    // keyring" prompt on a desktop without one.
    void check();
    Availability availability() const { return m_availability; }
    bool isAvailable() const { return m_availability == Availability::Available; }
    // Whether "remember in the keychain" can be offered: not known to be unusable.
    bool mayRemember() const { return m_availability != Availability::Unavailable; }
    // "Keychain: available (GNOME Keyring / Secret Service)", "Keychain: not available — ...",
    // "Keychain: not checked yet".
    QString statusText() const { return m_statusText; }

    // True when QSettings records that the keychain holds a secret under key.
    bool isStored(const QString &key) const;

    // The secret under key: this session's copy first, then the keychain when it holds one.
    // handler gets NotFound when neither has it. Runs in context's thread; not called when
    // context is destroyed first.
    void read(const QString &key, QObject *context, Handler handler);

    // Keeps value for this session, and in the keychain when remember is true and the keychain
    // is available. With remember false, a copy in the keychain is removed. handler (optional)
    // gets the keychain's answer, or Ok when only the session copy was needed.
    void save(const QString &key, const QString &value, bool remember, QObject *context,
              Handler handler = {});

    CredentialStore *keychain() const;

signals:
    void availabilityChanged();
    // A keychain request failed in a way the analyst should hear about (the secret is still
    // kept for this session).
    void problem(const QString &message, const QString &details);

private:
    // What a keychain answer says of the keychain: usable, or not.
    void learnFrom(const CredentialResult &result);

    std::unique_ptr<SecretIndex> m_index;
    std::unique_ptr<CredentialStore> m_keychain;
    std::unique_ptr<SessionCredentialStore> m_session;
    Availability m_availability = Availability::NotChecked;
    QString m_statusText;
};

} // namespace regionmap
