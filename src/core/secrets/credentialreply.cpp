#include "credentialreply.h"

namespace regionmap {

CredentialReply::CredentialReply(Operation operation, QString key, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
    , m_key(std::move(key))
{
    m_timer.setSingleShot(true);
}

CredentialReply::~CredentialReply()
{
    // Best effort: do not leave the secret lying around in freed memory.
    m_result.value.fill(QChar(u'\0'));
}

} // namespace regionmap
