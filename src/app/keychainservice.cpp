#include "keychainservice.h"

#include "secrets/credentialreply.h"
#include "secrets/credentialstore.h"
#include "secrets/qtkeychainstore.h"
#include "secrets/secretindex.h"
#include "secrets/secretkeys.h"
#include "secrets/sessioncredentialstore.h"

namespace regionmap {

using Outcome = CredentialResult::Outcome;

KeychainService::KeychainService(std::unique_ptr<CredentialStore> keychain, QObject *parent)
    : QObject(parent)
    , m_index(std::make_unique<SecretIndex>())
    , m_keychain(keychain ? std::move(keychain) : std::make_unique<QtKeychainStore>())
    , m_session(std::make_unique<SessionCredentialStore>())
    , m_statusText(tr("Keychain: not checked yet"))
{
    m_keychain->setIndex(m_index.get());
}

KeychainService::~KeychainService() = default;

CredentialStore *KeychainService::keychain() const
{
    return m_keychain.get();
}

void KeychainService::check()
{
    if (m_availability != Availability::NotChecked)
        return;
    m_availability = Availability::Checking;
    m_statusText = tr("Keychain: checking…");
    emit availabilityChanged();
    m_keychain->read(secretkeys::probe())->then(this, [this](const CredentialResult &result) {
        learnFrom(result);
        if (m_availability == Availability::Checking) {
            // Neither usable nor unusable (a timeout): say so, and let a later need ask again.
            m_availability = Availability::NotChecked;
            m_statusText = m_keychain->availabilityText(result);
            emit availabilityChanged();
        }
    });
}

void KeychainService::learnFrom(const CredentialResult &result)
{
    Availability now = m_availability;
    if (result.isOk() || result.outcome == Outcome::NotFound)
        now = Availability::Available;
    else if (result.keychainUnusable())
        now = Availability::Unavailable;
    if (now == m_availability)
        return;
    m_availability = now;
    m_statusText = m_keychain->availabilityText(
        now == Availability::Available ? CredentialResult::ok() : result);
    emit availabilityChanged();
}

bool KeychainService::isStored(const QString &key) const
{
    return m_index->contains(key);
}

void KeychainService::read(const QString &key, QObject *context, Handler handler)
{
    if (m_session->contains(key)) {
        m_session->read(key)->then(context, std::move(handler));
        return;
    }
    if (!isStored(key) || m_availability == Availability::Unavailable) {
        // Nothing to ask the keychain for: answer from the event loop, like a reply would.
        QMetaObject::invokeMethod(
            context,
            [handler = std::move(handler)] {
                handler(CredentialResult::failure(Outcome::NotFound, Error()));
            },
            Qt::QueuedConnection);
        return;
    }
    m_keychain->read(key)->then(
        context, [this, handler = std::move(handler)](const CredentialResult &result) {
            learnFrom(result);
            if (!result.isOk() && result.outcome != Outcome::NotFound)
                emit problem(result.error.message, result.error.details);
            handler(result);
        });
}

void KeychainService::save(const QString &key, const QString &value, bool remember,
                           QObject *context, Handler handler)
{
    // The session copy first: the run uses it even when the keychain fails.
    if (value.isEmpty())
        m_session->remove(key)->then(this, [](const CredentialResult &) {});
    else
        m_session->write(key, value)->then(this, [](const CredentialResult &) {});

    CredentialReply *reply = nullptr;
    if (remember && mayRemember() && !value.isEmpty())
        reply = m_keychain->write(key, value);
    else if ((!remember || value.isEmpty()) && isStored(key)
             && m_availability != Availability::Unavailable)
        reply = m_keychain->remove(key);

    if (!reply) {
        if (handler) {
            QMetaObject::invokeMethod(
                context, [handler = std::move(handler)] { handler(CredentialResult::ok()); },
                Qt::QueuedConnection);
        }
        return;
    }
    reply->then(context ? context : this,
                [this, handler = std::move(handler)](const CredentialResult &result) {
                    learnFrom(result);
                    if (!result.isOk())
                        emit problem(result.error.message, result.error.details);
                    if (handler)
                        handler(result);
                });
}

} // namespace regionmap
