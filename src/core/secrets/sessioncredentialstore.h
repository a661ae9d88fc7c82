#pragma once

#include "credentialstore.h"

#include <QHash>

namespace regionmap {

// Keeps secrets in memory for this session only: the analyst's choice when no keychain can be
// used. Nothing is written anywhere; the values are overwritten when removed and when the
// store is destroyed. Every request succeeds (a read of an unknown key gives NotFound).
class SessionCredentialStore : public CredentialStore
{
    Q_OBJECT

public:
    explicit SessionCredentialStore(QObject *parent = nullptr);
    ~SessionCredentialStore() override;

    QString backendName() const override;
    bool isPersistent() const override { return false; }

    bool contains(const QString &key) const { return m_secrets.contains(key); }
    // Forgets every secret.
    void clear();

protected:
    void startRead(CredentialReply *reply) override;
    void startWrite(CredentialReply *reply, const QString &value) override;
    void startRemove(CredentialReply *reply) override;
    void startProbe(CredentialReply *reply) override;

private:
    QHash<QString, QString> m_secrets;
};

} // namespace regionmap
