#include "embeddedpostgres.h"

#include "common/paths.h"
#include "db/dblogging.h"
#include "db/postgresbinaries.h"
#include "db/serverplatform.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>

#include <libpq-fe.h>

namespace regionmap {

namespace {

constexpr int kStartTimeoutMs = 60000;
constexpr int kStopTimeoutMs = 30000;
// sun_path holds 108 bytes including the NUL; leave room for "/.s.PGSQL.5432.lock".
constexpr int kMaxSocketPath = 100;

QString quoteConf(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

QString quoteConninfo(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    v.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

// Creates `path` (and its parents) and makes it a private 0700 folder of the server's user.
Status makePrivateDir(const QString &path)
{
    if (!QDir().mkpath(path)) {
        return Error(EmbeddedPostgres::tr("RegionMap cannot create the folder %1 for its database. "
                                          "Check that its parent folder is writable, or set "
                                          "XDG_DATA_HOME to a writable folder.")
                         .arg(path));
    }
    if (Status st = ServerPlatform::makePrivate(path); !st)
        return st;
    return ServerPlatform::handToServer(path);
}

} // namespace

EmbeddedPostgres::EmbeddedPostgres(QObject *parent)
    : EmbeddedPostgres(Options {}, parent)
{ }

EmbeddedPostgres::EmbeddedPostgres(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_rootDir(m_options.rootDir.isEmpty()
                    ? defaultRootDir()
                    : QDir::cleanPath(QDir(m_options.rootDir).absolutePath()))
{ }

EmbeddedPostgres::~EmbeddedPostgres()
{
    if (m_owns && m_server) {
        const Status st = stop();
        if (!st)
            qCWarning(lcDb) << "Stopping the managed database failed:" << st.error().toString();
    }
}

QString EmbeddedPostgres::defaultRootDir()
{
    const QString dir = paths::dataRoot() + QStringLiteral("/postgres");
    if (ServerPlatform::runningAsRoot() && ServerPlatform::postgresUserExists()
        && !ServerPlatform::traversableByPostgres(dir))
        return QStringLiteral("/var/lib/regionmap/postgres");
    return dir;
}

QString EmbeddedPostgres::dataDir() const
{
    return m_rootDir + QStringLiteral("/data");
}

QString EmbeddedPostgres::logFile() const
{
    return m_rootDir + QStringLiteral("/postgres.log");
}

QString EmbeddedPostgres::chooseSocketDir() const
{
    const QString preferred = m_rootDir + QStringLiteral("/run");
    if (QFile::encodeName(preferred).size() + 20 <= kMaxSocketPath)
        return preferred;
    // The data folder is too deep for a unix socket path: use a short private folder instead.
    const QByteArray hash
        = QCryptographicHash::hash(QFile::encodeName(m_rootDir), QCryptographicHash::Sha1)
              .toHex()
              .left(12);
    return QStringLiteral("/tmp/regionmap-%1-%2")
        .arg(ServerPlatform::userId(), QString::fromLatin1(hash));
}

QString EmbeddedPostgres::socketDir() const
{
    if (!m_socketDirInUse.isEmpty())
        return m_socketDirInUse;
    PidFile pid;
    if (readPidFile(&pid) && !pid.socketDir.isEmpty())
        return pid.socketDir;
    return chooseSocketDir();
}

ConnectionSettings EmbeddedPostgres::connectionSettings() const
{
    ConnectionSettings s;
    s.host = socketDir();
    s.port = port();
    s.database = databaseName();
    s.user = userName();
    return s;
}

bool EmbeddedPostgres::readPidFile(PidFile *out) const
{
    QFile f(dataDir() + QStringLiteral("/postmaster.pid"));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    // Lines: pid, data dir, start time, port, socket dir, listen address, shmem key, status.
    const QList<QByteArray> lines = f.readAll().split('\n');
    if (lines.isEmpty())
        return false;
    out->pid = lines.value(0).trimmed().toLongLong();
    out->socketDir = QFile::decodeName(lines.value(4).trimmed());
    out->status = QString::fromLatin1(lines.value(7).trimmed());
    return true;
}

EmbeddedPostgres::State EmbeddedPostgres::state() const
{
    if (!QFileInfo::exists(dataDir() + QStringLiteral("/PG_VERSION")))
        return State::NotCreated;
    PidFile pid;
    if (readPidFile(&pid) && ServerPlatform::isPostgres(pid.pid))
        return State::Running;
    return State::Stopped;
}

QString EmbeddedPostgres::stateText() const
{
    switch (state()) {
    case State::NotCreated:
        return tr("not yet created");
    case State::Stopped:
        return tr("stopped");
    case State::Running:
        return tr("running");
    }
    return {};
}

QStringList EmbeddedPostgres::wrapCommand(const QStringList &command, bool tieToParent) const
{
    return ServerPlatform::wrapCommand(command, tieToParent);
}

QString EmbeddedPostgres::pingConninfo(const QString &socketDir, const QString &db) const
{
    return QStringLiteral("host=%1 port=%2 user=%3 dbname=%4 connect_timeout=5")
        .arg(quoteConninfo(socketDir))
        .arg(port())
        .arg(quoteConninfo(userName()), quoteConninfo(db));
}

QString EmbeddedPostgres::logTail() const
{
    QFile f(logFile());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    if (f.size() > 4096)
        f.seek(f.size() - 4096);
    return QString::fromLocal8Bit(f.readAll()).trimmed();
}

Error EmbeddedPostgres::explainStartFailure(const QString &what) const
{
    const QString log = logTail();
    const QString lower = log.toLower();
    QString msg;
    if (lower.contains(QLatin1String("could not create lock file"))
        || lower.contains(QLatin1String("is another postmaster"))
        || lower.contains(QLatin1String("address already in use"))) {
        msg = tr("The managed database could not start because its socket in %1 is in use by "
                 "another server. Stop that server (regionmap-cli db stop) and try again.")
                  .arg(socketDir());
    } else if (lower.contains(QLatin1String("permission denied"))) {
        msg = tr("The managed database could not start: the server has no permission to use %1. "
                 "Check the folder's owner and permissions.")
                  .arg(m_rootDir);
    } else if (lower.contains(QLatin1String("database files are incompatible"))) {
        msg = tr("The managed database in %1 was created by another PostgreSQL version. Install "
                 "that version, or move the folder away to start afresh.")
                  .arg(dataDir());
    } else {
        msg = tr("The managed database could not start (%1). The server log is %2.")
                  .arg(what, logFile());
    }
    return Error(msg, log);
}

Status EmbeddedPostgres::prepareRoot()
{
    if (!ServerPlatform::supported())
        return Error(ErrorKind::Database, ServerPlatform::unsupportedReason());
    if (ServerPlatform::runningAsRoot()) {
        if (!ServerPlatform::postgresUserExists()) {
            return Error(tr("RegionMap runs as root, so its database must run as the \"postgres\" "
                            "user, which does not exist. Install the Debian package "
                            "\"postgresql\", or run RegionMap as a normal user."));
        }
        if (!ServerPlatform::traversableByPostgres(m_rootDir)) {
            return Error(tr("The postgres user cannot reach %1, because a parent folder is "
                            "private. Choose a folder outside /root, or allow traversal of the "
                            "parent folders (chmod o+x).")
                             .arg(m_rootDir));
        }
        if (const QString missing = ServerPlatform::missingTool(); !missing.isEmpty())
            return Error(missing);
    }
    if (Status st = makePrivateDir(m_rootDir); !st)
        return st;
    QFile log(logFile());
    if (!log.exists()) {
        if (!log.open(QIODevice::WriteOnly | QIODevice::Append)) {
            return Error(tr("RegionMap cannot write to its database folder %1. Check that it is "
                            "writable.")
                             .arg(m_rootDir),
                         log.errorString());
        }
        log.close();
    }
    log.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return ServerPlatform::handToServer(logFile());
}

Status EmbeddedPostgres::initCluster()
{
    QStringList cmd {m_bins.initdb(),
                     QStringLiteral("-D"),
                     dataDir(),
                     QStringLiteral("-U"),
                     userName(),
                     QStringLiteral("-E"),
                     QStringLiteral("UTF8"),
                     QStringLiteral("--locale=C"),
                     QStringLiteral("--auth-local=trust"),
                     QStringLiteral("--auth-host=reject")};
    if (!m_options.durable)
        cmd << QStringLiteral("--no-sync");
    cmd = wrapCommand(cmd, false);

    qCInfo(lcDb) << "Creating the managed database in" << dataDir();
    QProcess proc;
    proc.setProcessChannelMode(QProcess::MergedChannels);
    proc.setWorkingDirectory(m_rootDir);
    proc.start(cmd.first(), cmd.mid(1));
    if (!proc.waitForFinished(120000) || proc.exitStatus() != QProcess::NormalExit
        || proc.exitCode() != 0) {
        const QString out = QString::fromLocal8Bit(proc.readAll()).trimmed();
        QDir(dataDir()).removeRecursively();
        return Error(tr("Creating the managed database in %1 failed. Check the free disk space "
                        "and the folder's permissions.")
                         .arg(dataDir()),
                     out.isEmpty() ? proc.errorString() : out);
    }

    // Our settings live in their own file, rewritten at every start.
    QFile conf(dataDir() + QStringLiteral("/postgresql.conf"));
    if (!conf.open(QIODevice::WriteOnly | QIODevice::Append))
        return Error(tr("Could not configure the managed database."), conf.errorString());
    conf.write("\n# RegionMap: private socket, no TCP, settings for bulk loads\n"
               "include_if_exists = 'regionmap.conf'\n");
    return {};
}

Status EmbeddedPostgres::writeConfig()
{
    const QString sock = chooseSocketDir();
    if (Status st = makePrivateDir(sock); !st)
        return st;
    QStringList lines {
        QStringLiteral("# Written by RegionMap at every start; edits here are lost."),
        QStringLiteral("listen_addresses = ''"),
        QStringLiteral("port = %1").arg(port()),
        QStringLiteral("unix_socket_directories = %1").arg(quoteConf(sock)),
        QStringLiteral("unix_socket_permissions = 0700"),
        QStringLiteral("max_connections = 40"),
        // COPY into a table created in the same transaction skips the WAL entirely.
        QStringLiteral("wal_level = minimal"),
        QStringLiteral("max_wal_senders = 0"),
        QStringLiteral("max_wal_size = '2GB'"),
        QStringLiteral("logging_collector = off"),
        QStringLiteral("log_min_messages = warning"),
    };
    if (!m_options.durable) {
        lines << QStringLiteral("fsync = off") << QStringLiteral("synchronous_commit = off")
              << QStringLiteral("full_page_writes = off");
    }
    lines << m_options.extraSettings;
    const QString path = dataDir() + QStringLiteral("/regionmap.conf");
    QFile conf(path);
    if (!conf.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error(tr("Could not configure the managed database."), conf.errorString());
    conf.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n');
    conf.close();
    m_socketDirInUse = sock;
    return ServerPlatform::handToServer(path);
}

Status EmbeddedPostgres::start(Lifetime lifetime)
{
    // Already running on this data folder? Join it. (Before looking for the server programs,
    // which takes a few processes and is only needed to make or start the cluster.)
    PidFile pid;
    if (readPidFile(&pid)) {
        const bool alive = ServerPlatform::isPostgres(pid.pid);
        if (alive) {
            m_socketDirInUse = pid.socketDir;
            m_owns = false;
            // Usually it answers at once: one connection joins it (and makes the database if
            // it is missing); otherwise wait for it to be ready, then try again.
            if (ensureDatabase()) {
                qCInfo(lcDb) << "Joined the managed database already running as process" << pid.pid;
                return {};
            }
            const Status ready = waitUntilReady(kStartTimeoutMs / 6);
            if (!ready) {
                return Error(tr("A database server (process %1) holds %2 but does not answer. "
                                "Stop it with \"regionmap-cli db stop\" or end process %1, then "
                                "try again.")
                                 .arg(pid.pid)
                                 .arg(dataDir()),
                             ready.error().details);
            }
            qCInfo(lcDb) << "Joined the managed database already running as process" << pid.pid;
            return ensureDatabase();
        }
        // The server died without cleaning up (a crash, a power cut, a reused pid).
        qCInfo(lcDb) << "Removing a stale postmaster.pid (process" << pid.pid << "is gone)";
        if (!QFile::remove(dataDir() + QStringLiteral("/postmaster.pid"))) {
            return Error(tr("The managed database left a stale lock file %1 that RegionMap cannot "
                            "remove. Delete it and try again.")
                             .arg(dataDir() + QStringLiteral("/postmaster.pid")));
        }
    }

    Result<PostgresBinaries> bins = m_options.binDir.isEmpty()
                                        ? PostgresBinaries::find()
                                        : PostgresBinaries::inDirectory(m_options.binDir);
    if (!bins)
        return bins.error();
    m_bins = bins.value();
    m_pgMajor = m_bins.majorVersion();

    if (Status st = prepareRoot(); !st)
        return st;

    const QString versionFile = dataDir() + QStringLiteral("/PG_VERSION");
    if (!QFileInfo::exists(versionFile)) {
        if (QDir(dataDir()).exists() && !QDir(dataDir()).isEmpty()) {
            return Error(tr("The folder %1 is not empty but holds no database. Move it away and "
                            "try again.")
                             .arg(dataDir()));
        }
        if (Status st = initCluster(); !st)
            return st;
    } else {
        QFile f(versionFile);
        f.open(QIODevice::ReadOnly);
        const QString clusterMajor = QString::fromLatin1(f.readAll()).trimmed();
        if (!m_pgMajor.isEmpty() && clusterMajor != m_pgMajor) {
            return Error(tr("The managed database in %1 was created by PostgreSQL %2, but the "
                            "installed server is PostgreSQL %3. Install PostgreSQL %2, or move "
                            "the folder away to start afresh.")
                             .arg(dataDir(), clusterMajor, m_pgMajor));
        }
    }

    if (Status st = writeConfig(); !st)
        return st;

    const Status started = lifetime == Lifetime::Detached ? startDetached() : startAttached();
    if (!started)
        return started;
    m_owns = true;
    return ensureDatabase();
}

Status EmbeddedPostgres::startAttached()
{
    const QStringList cmd = wrapCommand({m_bins.postgres(), QStringLiteral("-D"), dataDir()}, true);
    m_server = std::make_unique<QProcess>();
    m_server->setStandardInputFile(QProcess::nullDevice());
    m_server->setStandardOutputFile(logFile(), QIODevice::Append);
    m_server->setStandardErrorFile(logFile(), QIODevice::Append);
    m_server->setWorkingDirectory(m_rootDir);
    m_server->start(cmd.first(), cmd.mid(1));
    if (!m_server->waitForStarted(10000)) {
        const QString why = m_server->errorString();
        m_server.reset();
        return Error(tr("The managed database server could not be started."), why);
    }
    return waitUntilReady(kStartTimeoutMs);
}

Status EmbeddedPostgres::startDetached()
{
    const QStringList cmd
        = wrapCommand({m_bins.pgCtl(), QStringLiteral("start"), QStringLiteral("-D"), dataDir(),
                       QStringLiteral("-l"), logFile(), QStringLiteral("-s"), QStringLiteral("-w"),
                       QStringLiteral("-t"), QString::number(kStartTimeoutMs / 1000)},
                      false);
    QProcess proc;
    proc.setProcessChannelMode(QProcess::MergedChannels);
    proc.setStandardInputFile(QProcess::nullDevice());
    proc.setWorkingDirectory(m_rootDir);
    proc.start(cmd.first(), cmd.mid(1));
    if (!proc.waitForFinished(kStartTimeoutMs + 5000) || proc.exitCode() != 0) {
        Error err = explainStartFailure(QString::fromLocal8Bit(proc.readAll()).trimmed());
        return err;
    }
    return waitUntilReady(kStartTimeoutMs);
}

Status EmbeddedPostgres::waitUntilReady(int timeoutMs)
{
    const QByteArray conninfo = pingConninfo(socketDir(), QStringLiteral("postgres")).toUtf8();
    QDeadlineTimer deadline(timeoutMs);
    int delayMs = 5;
    while (true) {
        if (PQping(conninfo.constData()) == PQPING_OK)
            return {};
        if (m_server && m_server->state() == QProcess::NotRunning)
            return explainStartFailure(
                tr("the server exited with code %1").arg(m_server->exitCode()));
        if (deadline.hasExpired())
            return explainStartFailure(tr("it did not answer within %1 s").arg(timeoutMs / 1000));
        QThread::msleep(delayMs);
        delayMs = qMin(delayMs * 2, 100);
    }
}

Status EmbeddedPostgres::ensureDatabase()
{
    const QByteArray conninfo = pingConninfo(socketDir(), QStringLiteral("postgres")).toUtf8();
    PGconn *conn = PQconnectdb(conninfo.constData());
    const auto closeConn = qScopeGuard([conn] { PQfinish(conn); });
    if (PQstatus(conn) != CONNECTION_OK) {
        return Error(tr("RegionMap could not connect to its managed database."),
                     QString::fromLocal8Bit(PQerrorMessage(conn)).trimmed());
    }
    const QByteArray name = databaseName().toUtf8();
    const char *params[] = {name.constData()};
    PGresult *exists = PQexecParams(conn, "SELECT 1 FROM pg_database WHERE datname = $1", 1,
                                    nullptr, params, nullptr, nullptr, 0);
    const bool found = PQresultStatus(exists) == PGRES_TUPLES_OK && PQntuples(exists) == 1;
    PQclear(exists);
    if (found)
        return {};
    char *ident = PQescapeIdentifier(conn, name.constData(), size_t(name.size()));
    const QByteArray sql = QByteArray("CREATE DATABASE ") + ident;
    PQfreemem(ident);
    PGresult *created = PQexec(conn, sql.constData());
    const bool ok = PQresultStatus(created) == PGRES_COMMAND_OK;
    const QString err = QString::fromLocal8Bit(PQresultErrorMessage(created)).trimmed();
    PQclear(created);
    if (!ok)
        return Error(tr("RegionMap could not create its database in the managed server."), err);
    return {};
}

Status EmbeddedPostgres::stopPid(qint64 pid, bool child)
{
    // SIGINT is PostgreSQL's "fast" shutdown: it ends sessions and checkpoints.
    QString why;
    if (!ServerPlatform::requestFastShutdown(pid, &why)) {
        return Error(
            tr("RegionMap is not allowed to stop the database server (process %1).").arg(pid), why);
    }
    if (child) {
        if (!m_server->waitForFinished(kStopTimeoutMs)) {
            ServerPlatform::forceShutdown(pid);
            m_server->waitForFinished(5000);
        }
        return {};
    }
    QDeadlineTimer deadline(kStopTimeoutMs);
    while (ServerPlatform::isPostgres(pid)) {
        if (deadline.hasExpired()) {
            ServerPlatform::forceShutdown(pid);
            return Error(tr("The database server (process %1) did not stop within %2 s and was "
                            "ended.")
                             .arg(pid)
                             .arg(kStopTimeoutMs / 1000));
        }
        QThread::msleep(10);
    }
    return {};
}

Status EmbeddedPostgres::stop()
{
    Status result;
    if (m_server && m_server->state() != QProcess::NotRunning) {
        result = stopPid(m_server->processId(), true);
    } else {
        PidFile pid;
        if (readPidFile(&pid) && ServerPlatform::isPostgres(pid.pid))
            result = stopPid(pid.pid, false);
    }
    m_server.reset();
    m_owns = false;
    return result;
}

} // namespace regionmap
