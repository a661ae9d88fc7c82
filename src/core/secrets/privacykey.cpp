#include "privacykey.h"

#include "secrets/blockingcredentials.h"
#include "secrets/credentialstore.h"
#include "secrets/secretindex.h"
#include "secrets/secretkeys.h"

#include <QRandomGenerator>

namespace regionmap {

namespace {

Error unusable(const CredentialStore *store, const CredentialResult &r)
{
    return Error(
        ErrorKind::Credentials,
        PrivacyKey::tr("The hash privacy mode keeps its key in the keychain, and %1 "
                       "cannot keep it: %2 Unlock the keychain, or choose the "
                       "truncate or drop mode.")
            .arg(store ? store->backendName() : PrivacyKey::tr("no keychain"), r.error.message),
        r.error.details);
}

// A key kept for this session only would give pseudonyms that no later run can repeat.
std::optional<Error> notPersistent(const CredentialStore *store)
{
    if (store && store->isPersistent())
        return std::nullopt;
    return unusable(store, CredentialResult::failure(
                               CredentialResult::Outcome::Unavailable,
                               Error(PrivacyKey::tr("secrets are kept for this session only."))));
}

// Stores the key and reads it back: what is used is what the keychain holds.
Result<QByteArray> store(CredentialStore *store, const QByteArray &key)
{
    const BlockingCredentials keychain(store);
    const CredentialResult written
        = keychain.write(secretkeys::privacyKey(), PrivacyKey::encode(key));
    if (!written.isOk())
        return unusable(store, written);
    const CredentialResult back = keychain.read(secretkeys::privacyKey());
    const std::optional<QByteArray> read
        = back.isOk() ? PrivacyKey::decode(back.value) : std::nullopt;
    if (!read)
        return unusable(store, back);
    return *read;
}

} // namespace

Result<PrivacyKey::Loaded> PrivacyKey::loadOrCreate(CredentialStore *keychainStore)
{
    if (std::optional<Error> no = notPersistent(keychainStore))
        return *no;
    const BlockingCredentials keychain(keychainStore);
    const CredentialResult r = keychain.read(secretkeys::privacyKey());
    if (r.isOk()) {
        if (const std::optional<QByteArray> key = decode(r.value))
            return Loaded {*key, false};
        return Error(ErrorKind::Credentials,
                     tr("The keychain entry %1 does not hold a key of the hash privacy mode. "
                        "Make a new one (regionmap-cli secrets rotate privacy-key, or New Key in "
                        "the app); the pseudonyms of earlier runs then no longer match.")
                         .arg(secretkeys::privacyKey()));
    }
    if (r.outcome != CredentialResult::Outcome::NotFound)
        return unusable(keychainStore, r);
    // A locked keyring may also answer "not found": a key this computer stored before is never
    // replaced on that answer alone (its pseudonyms would no longer match).
    if (const SecretIndex *index = keychainStore->index();
        index && index->contains(secretkeys::privacyKey()))
        return Error(ErrorKind::Credentials,
                     tr("The keychain (%1) answered that it holds no key of the hash privacy "
                        "mode, but one was stored there before: it may be locked. Unlock it and "
                        "try again; to start over with a new key (the pseudonyms of earlier runs "
                        "then no longer match), use regionmap-cli secrets rotate privacy-key or "
                        "New Key in the app.")
                         .arg(keychainStore->backendName()));
    const Result<QByteArray> made = store(keychainStore, generate());
    if (!made)
        return made.error();
    return Loaded {made.value(), true};
}

Result<QByteArray> PrivacyKey::rotate(CredentialStore *keychainStore)
{
    if (std::optional<Error> no = notPersistent(keychainStore))
        return *no;
    return store(keychainStore, generate());
}

QByteArray PrivacyKey::generate()
{
    QByteArray key(kBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(key.data()),
                                         reinterpret_cast<quint32 *>(key.data() + kBytes));
    return key;
}

QString PrivacyKey::encode(const QByteArray &key)
{
    return QString::fromLatin1(key.toBase64());
}

std::optional<QByteArray> PrivacyKey::decode(const QString &text)
{
    const auto decoded = QByteArray::fromBase64Encoding(text.trimmed().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != kBytes)
        return std::nullopt;
    return decoded.decoded;
}

} // namespace regionmap
