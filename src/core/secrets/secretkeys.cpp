#include "secretkeys.h"

#include "db/connectionsettings.h"

#include <QCoreApplication>

namespace regionmap::secretkeys {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("regionmap::secretkeys", text);
}

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
        return tr("the database password for %1").arg(databaseOf(key));
    if (key == ipinfoToken())
        return tr("the ipinfo.io token");
    if (key == probe())
        return tr("the keychain test entry");
    return tr("the secret \"%1\"").arg(key);
}

} // namespace regionmap::secretkeys
