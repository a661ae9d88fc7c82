#include "secretkeys.h"

#include "db/connectionsettings.h"

#include <QCoreApplication>

namespace regionmap::secretkeys {

namespace {

// This file's texts, under one translation context that lupdate can see.
struct SecretKeysText
{
    Q_DECLARE_TR_FUNCTIONS(regionmap::secretkeys)
};

QLatin1String databasePrefix()
{
    return QLatin1String("regionmap/db/");
}

} // namespace

QString service()
{
    return QStringLiteral("regionmap");
}

QString databasePassword(const ConnectionSettings &settings)
{
    return databasePrefix() + settings.displayName();
}

QString ipinfoToken()
{
    return QStringLiteral("regionmap/ipinfo/token");
}

QString privacyKey()
{
    return QStringLiteral("regionmap/privacy/hmac-key");
}

QString maxMindLicence()
{
    return QStringLiteral("regionmap/maxmind/licence");
}

QString probe()
{
    return QStringLiteral("regionmap/probe");
}

bool isDatabasePassword(const QString &key)
{
    return key.startsWith(databasePrefix()) && key.size() > databasePrefix().size();
}

QString databaseOf(const QString &key)
{
    return isDatabasePassword(key) ? key.mid(databasePrefix().size()) : QString();
}

QString describe(const QString &key)
{
    if (isDatabasePassword(key))
        return SecretKeysText::tr("the database password for %1").arg(databaseOf(key));
    if (key == ipinfoToken())
        return SecretKeysText::tr("the ipinfo.io token");
    if (key == privacyKey())
        return SecretKeysText::tr("the key of the hash privacy mode");
    if (key == maxMindLicence())
        return SecretKeysText::tr("the MaxMind account ID and licence key");
    if (key == probe())
        return SecretKeysText::tr("the keychain test entry");
    return SecretKeysText::tr("the secret \"%1\"").arg(key);
}

} // namespace regionmap::secretkeys
