#include "serverplatform.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <pwd.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

namespace regionmap {

namespace {

struct ServiceUser
{
    uid_t uid = 0;
    gid_t gid = 0;
    bool found = false;
};

ServiceUser postgresUser()
{
    ServiceUser u;
    if (const passwd *pw = ::getpwnam("postgres")) {
        u.uid = pw->pw_uid;
        u.gid = pw->pw_gid;
        u.found = true;
    }
    return u;
}

// The program name of a live process.
QString processName(qint64 pid)
{
#if defined(Q_OS_LINUX)
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    if (!comm.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLocal8Bit(comm.readAll()).trimmed();
#else
    // No /proc (macOS, the BSDs): ask ps.
    QProcess ps;
    ps.start(QStringLiteral("ps"), {QStringLiteral("-o"), QStringLiteral("comm="),
                                    QStringLiteral("-p"), QString::number(pid)});
    if (!ps.waitForFinished(5000))
        return {};
    return QFileInfo(QString::fromLocal8Bit(ps.readAllStandardOutput()).trimmed()).fileName();
#endif
}

QString setprivPath()
{
#if defined(Q_OS_LINUX)
    return QStandardPaths::findExecutable(QStringLiteral("setpriv"));
#else
    return {};
#endif
}

} // namespace

bool ServerPlatform::supported()
{
    return true;
}

QString ServerPlatform::unsupportedReason()
{
    return {};
}

bool ServerPlatform::runningAsRoot()
{
    return ::geteuid() == 0;
}

bool ServerPlatform::postgresUserExists()
{
    return postgresUser().found;
}

bool ServerPlatform::traversableByPostgres(const QString &path)
{
    const ServiceUser user = postgresUser();
    if (!user.found)
        return false;
    QString dir = QFileInfo(path).absolutePath();
    while (!dir.isEmpty()) {
        struct stat st
        {
        };
        if (::stat(QFile::encodeName(dir).constData(), &st) == 0) {
            const bool ok = (st.st_uid == user.uid && (st.st_mode & S_IXUSR))
                            || (st.st_gid == user.gid && (st.st_mode & S_IXGRP))
                            || (st.st_mode & S_IXOTH);
            if (!ok)
                return false;
        }
        if (dir == QLatin1String("/"))
            break;
        dir = QFileInfo(dir).absolutePath();
    }
    return true;
}

Status ServerPlatform::handToServer(const QString &path)
{
    if (!runningAsRoot())
        return {};
    const ServiceUser pg = postgresUser();
    if (::chown(QFile::encodeName(path).constData(), pg.uid, pg.gid) != 0) {
        return Error(ErrorKind::Database,
                     tr("Could not hand %1 over to the postgres user.").arg(path),
                     QString::fromLocal8Bit(strerror(errno)));
    }
    return {};
}

Status ServerPlatform::makePrivate(const QString &path)
{
    if (::chmod(QFile::encodeName(path).constData(), 0700) != 0) {
        return Error(ErrorKind::Database,
                     tr("RegionMap cannot make the folder %1 private.").arg(path),
                     QString::fromLocal8Bit(strerror(errno)));
    }
    return {};
}

QString ServerPlatform::userId()
{
    return QString::number(::getuid());
}

bool ServerPlatform::processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

bool ServerPlatform::isPostgres(qint64 pid)
{
    if (!processAlive(pid))
        return false;
    const QString name = processName(pid);
    return name == QLatin1String("postgres") || name == QLatin1String("postmaster");
}

bool ServerPlatform::requestFastShutdown(qint64 pid, QString *errorText)
{
    if (::kill(static_cast<pid_t>(pid), SIGINT) == 0 || errno == ESRCH)
        return true;
    *errorText = QString::fromLocal8Bit(strerror(errno));
    return false;
}

void ServerPlatform::forceShutdown(qint64 pid)
{
    ::kill(static_cast<pid_t>(pid), SIGQUIT);
}

QStringList ServerPlatform::wrapCommand(const QStringList &command, bool tieToParent)
{
    const QString setpriv = setprivPath();
    QStringList cmd;
    if (!setpriv.isEmpty() && (runningAsRoot() || tieToParent)) {
        cmd << setpriv;
        if (runningAsRoot()) {
            cmd << QStringLiteral("--reuid=postgres") << QStringLiteral("--regid=postgres")
                << QStringLiteral("--init-groups");
        }
        if (tieToParent)
            cmd << QStringLiteral("--pdeathsig") << QStringLiteral("SIGQUIT");
        cmd << QStringLiteral("--");
    }
    cmd << command;
    return cmd;
}

QString ServerPlatform::missingTool()
{
    if (runningAsRoot() && setprivPath().isEmpty()) {
        return tr("RegionMap runs as root and needs the program setpriv to run its database as "
                  "the postgres user. Install the Debian package \"util-linux\".");
    }
    return {};
}

} // namespace regionmap
