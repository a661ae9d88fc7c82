#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace regionmap {

// What the managed database needs from the operating system: users, file ownership, process
// signals and a way to tell a live postmaster from a reused pid. POSIX systems have it all
// (serverplatform_posix.cpp); elsewhere (serverplatform_other.cpp) supported() is false and the
// managed database says it is not available, while the app works against any server.
class ServerPlatform
{
    Q_DECLARE_TR_FUNCTIONS(ServerPlatform)

public:
    static bool supported();
    // Why not, for the analyst; empty when supported().
    static QString unsupportedReason();

    // PostgreSQL refuses to run as root: then its programs run as the "postgres" user.
    static bool runningAsRoot();
    static bool postgresUserExists();
    // Can the postgres user walk down to `path` (every existing ancestor folder)?
    static bool traversableByPostgres(const QString &path);
    // Hands the folder or file to the postgres user when running as root; else nothing.
    static Status handToServer(const QString &path);
    // Makes `path` a folder only its owner can enter (0700).
    static Status makePrivate(const QString &path);
    // This process's user id, for a private socket folder's name.
    static QString userId();

    static bool processAlive(qint64 pid);
    // Alive and a PostgreSQL server (not another program that got the same pid).
    static bool isPostgres(qint64 pid);
    // PostgreSQL's "fast" shutdown (SIGINT); false with errorText when not allowed.
    static bool requestFastShutdown(qint64 pid, QString *errorText);
    // Immediate shutdown (SIGQUIT).
    static void forceShutdown(qint64 pid);

    // The command that runs `command` as the server's user and, with tieToParent, makes it die
    // with this process (setpriv on Linux).
    static QStringList wrapCommand(const QStringList &command, bool tieToParent);
    // Empty when wrapCommand() can do what is needed here, else why not.
    static QString missingTool();
};

} // namespace regionmap
