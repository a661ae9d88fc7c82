#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace regionmap {

class CredentialStore;

// The key of the hash privacy mode (docs/privacy.md): 32 random bytes, kept in the OS keychain
// under secretkeys::privacyKey() and nowhere else (no file, no setting, no run record; runs
// record keyId() only). Made on first use; rotating it makes new pseudonyms for every address
// from then on.
//
// The calls wait for the keychain (BlockingCredentials): the CLI, or a worker thread.
class PrivacyKey
{
    Q_DECLARE_TR_FUNCTIONS(regionmap::PrivacyKey)

public:
    static constexpr int kBytes = 32;

    struct Loaded
    {
        QByteArray key;
        bool created = false; // there was none: this one was just made and stored
    };

    // The stored key, or a new one stored now. Fails, saying why and what to do, when the
    // keychain cannot keep it: a key kept for this session only would give pseudonyms that no
    // later run can repeat.
    static Result<Loaded> loadOrCreate(CredentialStore *store);
    // A new key in place of the old one (made when there was none).
    static Result<QByteArray> rotate(CredentialStore *store);

    // A new random key from the system's generator.
    static QByteArray generate();
    // As kept in the keychain (base64), and back; nullopt when the text is no key.
    static QString encode(const QByteArray &key);
    static std::optional<QByteArray> decode(const QString &text);
};

} // namespace regionmap
