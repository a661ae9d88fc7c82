#include "secretresolver.h"

#include "blockingcredentials.h"
#include "credentialstore.h"
#include "pgpassfile.h"
#include "secretkeys.h"

#include "db/connectionsettings.h"
#include "secrets/secretslogging.h"

#include <QFile>

#ifndef Q_OS_WIN
#include <sys/stat.h>
#endif

namespace regionmap {

namespace {

// Far more than any password or token; a larger file is surely the wrong one.
constexpr qint64 MaxSecretFileSize = 64 * 1024;

} // namespace

QString ResolvedSecret::describeOrigin() const
{
    switch (source) {
    case SecretSource::None:
        return SecretResolver::tr("nowhere");
    case SecretSource::ConnectionUri:
        return SecretResolver::tr("the database address");
    case SecretSource::File:
        return SecretResolver::tr("the file %1").arg(origin);
    case SecretSource::Environment:
        return SecretResolver::tr("the environment variable %1").arg(origin);
    case SecretSource::PgPass:
        return SecretResolver::tr("the password file %1").arg(origin);
    case SecretSource::Session:
        return SecretResolver::tr("the secrets kept for this session");
    case SecretSource::Keychain:
        return SecretResolver::tr("the keychain (%1)").arg(origin);
    case SecretSource::Prompt:
        return SecretResolver::tr("the prompt");
    }
    return {};
}

SecretResolver::SecretResolver(Options options)
    : m_options(std::move(options))
{ }

Result<QString> SecretResolver::readSecretFile(const QString &path, QString *warning)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(tr("The secret file %1 could not be read; check the path and its "
                        "permissions.")
                         .arg(path),
                     file.errorString());
    }
    if (file.size() > MaxSecretFileSize) {
        return Error(tr("The secret file %1 is larger than 64 KiB, so it cannot hold just a "
                        "password or a token; check the path.")
                         .arg(path));
    }
    QByteArray bytes = file.read(MaxSecretFileSize + 1);
    if (bytes.endsWith('\n'))
        bytes.chop(1);
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    QString secret = QString::fromUtf8(bytes);
    bytes.fill('\0');
    if (secret.isEmpty())
        return Error(tr("The secret file %1 is empty.").arg(path));
#ifndef Q_OS_WIN
    struct stat st
    {
    };
    if (warning && ::stat(QFile::encodeName(path).constData(), &st) == 0
        && (st.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        *warning = tr("Other users can read the secret file %1; restrict it with "
                      "\"chmod 600 %1\".")
                       .arg(path);
    }
#else
    Q_UNUSED(warning)
#endif
    return secret;
}

bool SecretResolver::fromStores(const QString &key, const QString &question,
                                ResolvedSecret *out) const
{
    for (CredentialStore *store : {m_options.session, m_options.keychain}) {
        if (!store)
            continue;
        const CredentialResult result = BlockingCredentials(store).read(key);
        if (result.isOk() && !result.value.isEmpty()) {
            out->value = result.value;
            out->source
                = store == m_options.session ? SecretSource::Session : SecretSource::Keychain;
            out->origin = store->backendName();
            return true;
        }
        if (result.outcome != CredentialResult::Outcome::NotFound && !result.isOk()) {
            qCInfo(lcSecrets) << "Skipped" << store->backendName() << "for" << key << ":"
                              << result.error.toString();
            out->notes << result.error.message;
        }
    }
    if (m_options.prompt) {
        std::optional<QString> typed = m_options.prompt(question);
        if (typed && !typed->isEmpty()) {
            out->value = *typed;
            out->source = SecretSource::Prompt;
            return true;
        }
    }
    return false;
}

Result<ResolvedSecret> SecretResolver::databasePassword(const ConnectionSettings &settings) const
{
    ResolvedSecret r;
    if (!settings.password.isEmpty()) {
        r.value = settings.password;
        r.source = SecretSource::ConnectionUri;
        return r;
    }
    if (!m_options.passwordFile.isEmpty()) {
        QString warning;
        Result<QString> content = readSecretFile(m_options.passwordFile, &warning);
        if (!content)
            return content.error();
        if (!warning.isEmpty())
            r.notes << warning;
        r.value = std::move(content).value();
        r.source = SecretSource::File;
        r.origin = m_options.passwordFile;
        return r;
    }
    const QString fromEnvironment = m_options.environment.value(QStringLiteral("PGPASSWORD"));
    if (!fromEnvironment.isEmpty()) {
        r.value = fromEnvironment;
        r.source = SecretSource::Environment;
        r.origin = QStringLiteral("PGPASSWORD");
        return r;
    }
    const QString pgpass = PgPassFile::defaultPath(m_options.environment);
    QStringList warnings;
    const std::optional<PgPassFile::Match> match
        = PgPassFile::lookupFile(pgpass, PgPassFile::Target::from(settings), &warnings);
    r.notes << warnings;
    if (match) {
        r.value = match->password;
        r.source = SecretSource::PgPass;
        r.origin = tr("%1 (line %2)").arg(pgpass).arg(match->line);
        return r;
    }
    fromStores(secretkeys::databasePassword(settings),
               tr("Password for %1: ").arg(settings.displayName()), &r);
    return r;
}

Result<ResolvedSecret> SecretResolver::ipinfoToken() const
{
    ResolvedSecret r;
    if (!m_options.tokenFile.isEmpty()) {
        QString warning;
        Result<QString> content = readSecretFile(m_options.tokenFile, &warning);
        if (!content)
            return content.error();
        if (!warning.isEmpty())
            r.notes << warning;
        r.value = std::move(content).value();
        r.source = SecretSource::File;
        r.origin = m_options.tokenFile;
        return r;
    }
    const QString fromEnvironment = m_options.environment.value(QStringLiteral("IPINFO_TOKEN"));
    if (!fromEnvironment.isEmpty()) {
        r.value = fromEnvironment;
        r.source = SecretSource::Environment;
        r.origin = QStringLiteral("IPINFO_TOKEN");
        return r;
    }
    fromStores(secretkeys::ipinfoToken(), tr("ipinfo.io token: "), &r);
    return r;
}

} // namespace regionmap
