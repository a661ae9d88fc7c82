#include "sessioncredentialstore.h"

#include "secretkeys.h"

namespace regionmap {

namespace {

void wipe(QString &value)
{
    value.fill(QChar(u'\0'));
    value.clear();
}

} // namespace

SessionCredentialStore::SessionCredentialStore(QObject *parent)
    : CredentialStore(parent)
{ }

SessionCredentialStore::~SessionCredentialStore()
{
    clear();
}

QString SessionCredentialStore::backendName() const
{
    return tr("memory (this session only)");
}

void SessionCredentialStore::clear()
{
    for (auto it = m_secrets.begin(); it != m_secrets.end(); ++it)
        wipe(it.value());
    m_secrets.clear();
}

void SessionCredentialStore::startRead(CredentialReply *reply)
{
    const auto it = m_secrets.constFind(reply->key());
    if (it == m_secrets.constEnd()) {
        complete(reply,
                 CredentialResult::failure(CredentialResult::Outcome::NotFound,
                                           Error(tr("No secret is kept for this session for %1.")
                                                     .arg(secretkeys::describe(reply->key())))));
        return;
    }
    complete(reply, CredentialResult::ok(it.value()));
}

void SessionCredentialStore::startWrite(CredentialReply *reply, const QString &value)
{
    QString &slot = m_secrets[reply->key()];
    wipe(slot);
    slot = value;
    complete(reply, CredentialResult::ok());
}

void SessionCredentialStore::startRemove(CredentialReply *reply)
{
    auto it = m_secrets.find(reply->key());
    if (it != m_secrets.end()) {
        wipe(it.value());
        m_secrets.erase(it);
    }
    complete(reply, CredentialResult::ok());
}

void SessionCredentialStore::startProbe(CredentialReply *reply)
{
    complete(reply, CredentialResult::ok());
}

} // namespace regionmap
