#include "serverplatform.h"

namespace regionmap {

// A platform without POSIX users, signals and unix sockets (Windows): no managed database.

bool ServerPlatform::supported()
{
    return false;
}

QString ServerPlatform::unsupportedReason()
{
    return tr("The managed local database is not available on this platform. Connect to a "
              "PostgreSQL server instead.");
}

bool ServerPlatform::runningAsRoot()
{
    return false;
}

bool ServerPlatform::postgresUserExists()
{
    return false;
}

bool ServerPlatform::traversableByPostgres(const QString &)
{
    return false;
}

Status ServerPlatform::handToServer(const QString &)
{
    return {};
}

Status ServerPlatform::makePrivate(const QString &)
{
    return {};
}

QString ServerPlatform::userId()
{
    return QStringLiteral("0");
}

bool ServerPlatform::processAlive(qint64)
{
    return false;
}

bool ServerPlatform::isPostgres(qint64)
{
    return false;
}

bool ServerPlatform::requestFastShutdown(qint64, QString *errorText)
{
    *errorText = unsupportedReason();
    return false;
}

void ServerPlatform::forceShutdown(qint64) { }

QStringList ServerPlatform::wrapCommand(const QStringList &command, bool)
{
    return command;
}

QString ServerPlatform::missingTool()
{
    return unsupportedReason();
}

} // namespace regionmap
