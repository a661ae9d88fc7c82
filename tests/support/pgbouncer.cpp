#include "pgbouncer.h"

#include "freeport.h"

#include "db/serverplatform.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <sys/stat.h>

namespace regionmap::test {

namespace {

bool writeText(const QString &path, const QByteArray &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

} // namespace

PgBouncer::PgBouncer(const ConnectionSettings &server, PoolMode mode, int poolSize)
    : m_server(server)
    , m_mode(mode)
    , m_poolSize(poolSize)
    , m_dir(QStringLiteral("/tmp/rmb-XXXXXX"))
{
    // PgBouncer runs as the postgres user when the tests run as root: it must reach its folder.
    ::chmod(QFile::encodeName(m_dir.path()).constData(), 0755);
}

PgBouncer::~PgBouncer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate(); // SIGTERM: PgBouncer's immediate shutdown
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
}

ConnectionSettings PgBouncer::settings() const
{
    ConnectionSettings s = m_server;
    s.host = QStringLiteral("127.0.0.1");
    s.port = m_port;
    return s;
}

QByteArray PgBouncer::log() const
{
    QFile f(m_dir.filePath(QStringLiteral("pgbouncer.log")));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Status PgBouncer::start()
{
    const QString program = QStandardPaths::findExecutable(
        QStringLiteral("pgbouncer"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
    if (program.isEmpty()) {
        return Error(QStringLiteral("pgbouncer is not installed: the pooler tests need Debian's "
                                    "pgbouncer package (scripts/setup installs it)."));
    }
    if (!m_dir.isValid())
        return Error(QStringLiteral("Could not create a folder for PgBouncer."));
    m_port = freePort();
    if (m_port == 0)
        return Error(QStringLiteral("No free TCP port for PgBouncer."));

    const QByteArray user = m_server.user.toUtf8();
    const QByteArray ini
        = "[databases]\n"
          "* = host="
          + QFile::encodeName(m_server.host) + " port=" + QByteArray::number(m_server.port)
          + "\n\n[pgbouncer]\n"
            "listen_addr = 127.0.0.1\n"
            "listen_port = "
          + QByteArray::number(m_port)
          + "\n"
            "unix_socket_dir =\n"
            "auth_type = trust\n"
            "auth_file = "
          + QFile::encodeName(m_dir.filePath(QStringLiteral("userlist.txt")))
          + "\n"
            "pool_mode = "
          + (m_mode == PoolMode::Transaction ? "transaction" : "session")
          + "\n"
            "default_pool_size = "
          + QByteArray::number(m_poolSize)
          + "\n"
            "max_client_conn = 200\n"
            "logfile = "
          + QFile::encodeName(m_dir.filePath(QStringLiteral("pgbouncer.log")))
          + "\n"
            "pidfile = "
          + QFile::encodeName(m_dir.filePath(QStringLiteral("pgbouncer.pid"))) + "\n";
    const QString iniPath = m_dir.filePath(QStringLiteral("pgbouncer.ini"));
    if (!writeText(iniPath, ini)
        || !writeText(m_dir.filePath(QStringLiteral("userlist.txt")), "\"" + user + "\" \"\"\n")) {
        return Error(QStringLiteral("Could not write PgBouncer's configuration."));
    }
    if (Status st = ServerPlatform::handToServer(m_dir.path()); !st)
        return st;
    for (const char *name : {"pgbouncer.ini", "userlist.txt"}) {
        if (Status st = ServerPlatform::handToServer(m_dir.filePath(QLatin1String(name))); !st)
            return st;
    }

    const QStringList cmd = ServerPlatform::wrapCommand({program, iniPath}, true);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(cmd.first(), cmd.mid(1));
    if (!m_process.waitForStarted(10000))
        return Error(QStringLiteral("PgBouncer did not start: %1").arg(m_process.errorString()));

    // Ready when it accepts a TCP connection.
    const QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        if (m_process.state() == QProcess::NotRunning) {
            return Error(QStringLiteral("PgBouncer exited at once: %1 %2")
                             .arg(QString::fromLocal8Bit(m_process.readAll()),
                                  QString::fromLocal8Bit(log())));
        }
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(m_port));
        if (socket.waitForConnected(500))
            return {};
        QThread::msleep(100);
    }
    return Error(QStringLiteral("PgBouncer did not listen on port %1 within 15 s: %2")
                     .arg(m_port)
                     .arg(QString::fromLocal8Bit(log())));
}

} // namespace regionmap::test
