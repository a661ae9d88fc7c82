#include "copystream.h"

#include <QSqlDriver>
#include <QVariant>

#include "db/targetschema.h"

#include <libpq-fe.h>

#include <cstring>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace regionmap {

Result<PGconn *> pgConnection(const QSqlDatabase &db)
{
    if (!db.isValid() || !db.isOpen())
        return Error(CopyStream::tr("The database connection is not open."));
    const QVariant handle = db.driver()->handle();
    const char *type = handle.typeName();
    if (!handle.isValid() || !type
        || (qstrcmp(type, "PGconn*") != 0 && qstrcmp(type, "pg_conn*") != 0)) {
        return Error(CopyStream::tr("The database connection is not a PostgreSQL connection."));
    }
    PGconn *conn = *static_cast<PGconn *const *>(handle.data());
    if (!conn)
        return Error(CopyStream::tr("The database connection is not open."));
    return conn;
}

CopyStream::~CopyStream()
{
    if (m_active)
        abort(QStringLiteral("cancelled"));
}

static QString lastError(PGconn *conn)
{
    return QString::fromUtf8(PQerrorMessage(conn)).trimmed();
}

Status CopyStream::begin(const QString &copySql)
{
    PGresult *res = PQexec(m_conn, copySql.toUtf8().constData());
    const ExecStatusType st = PQresultStatus(res);
    const QString err = QString::fromUtf8(PQresultErrorMessage(res)).trimmed();
    PQclear(res);
    if (st != PGRES_COPY_IN)
        return Error(tr("The database refused to start loading rows."), err);
    m_active = true;
    widenSendBuffer();
    return {};
}

// The socket's send buffer holds what the server has not read yet. At the system's default
// (about 200 KB, a tenth of a second of rows at most) the server runs dry whenever the
// encoding thread is off its core for a few milliseconds (two cores, three busy threads), and
// the sending thread and the server take turns in tiny steps. A few megabytes keep the server
// fed through such gaps. Best effort: the system caps the size (net.core.wmem_max on Linux).
// Only on a local (Unix domain) socket: on TCP the system sizes the buffer itself, up to
// megabytes for a distant server, and a size set by hand would turn that off.
void CopyStream::widenSendBuffer()
{
#ifdef Q_OS_UNIX
    const int socket = PQsocket(m_conn);
    sockaddr_storage address {};
    socklen_t addressLength = sizeof address;
    if (socket < 0
        || getsockname(socket, reinterpret_cast<sockaddr *>(&address), &addressLength) != 0
        || address.ss_family != AF_UNIX)
        return;
    int size = 0;
    socklen_t length = sizeof size;
    if (getsockopt(socket, SOL_SOCKET, SO_SNDBUF, &size, &length) != 0 || size >= kSendBufferBytes)
        return;
    size = kSendBufferBytes;
    setsockopt(socket, SOL_SOCKET, SO_SNDBUF, &size, sizeof size);
#endif
}

Status CopyStream::send(CopyBuffer &buffer)
{
    const Status st = sendRaw(buffer.data(), buffer.size());
    if (st)
        buffer.clear();
    return st;
}

Status CopyStream::sendRaw(const char *data, size_t size)
{
    if (size == 0)
        return {};
    if (PQputCopyData(m_conn, data, int(size)) != 1) {
        m_active = false;
        return Error(tr("Sending rows to the database failed. The connection to the server was "
                        "lost or the server stopped."),
                     lastError(m_conn));
    }
    return {};
}

Result<qint64> CopyStream::finish()
{
    m_active = false;
    if (PQputCopyEnd(m_conn, nullptr) != 1)
        return Error(tr("Finishing the load failed."), lastError(m_conn));
    qint64 rows = -1;
    QString err;
    while (PGresult *res = PQgetResult(m_conn)) {
        if (PQresultStatus(res) == PGRES_COMMAND_OK)
            rows = QByteArray(PQcmdTuples(res)).toLongLong();
        else if (err.isEmpty())
            err = QString::fromUtf8(PQresultErrorMessage(res)).trimmed();
        PQclear(res);
    }
    if (!err.isEmpty() || rows < 0)
        return Error(tr("The database did not accept the loaded rows."),
                     err.isEmpty() ? lastError(m_conn) : err);
    return rows;
}

void CopyStream::abort(const QString &reason)
{
    if (!m_active)
        return;
    m_active = false;
    PQputCopyEnd(m_conn, reason.toUtf8().constData());
    while (PGresult *res = PQgetResult(m_conn))
        PQclear(res);
}

Result<qint64> execSql(PGconn *conn, const QString &sql)
{
    PGresult *res = PQexec(conn, sql.toUtf8().constData());
    const ExecStatusType st = PQresultStatus(res);
    Result<qint64> result = qint64(0);
    if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK) {
        const char *tuples = PQcmdTuples(res);
        result = st == PGRES_TUPLES_OK ? qint64(PQntuples(res))
                                       : (tuples && *tuples ? QByteArray(tuples).toLongLong() : 0);
    } else {
        result = Error(CopyStream::tr("A database statement failed."),
                       QString::fromUtf8(PQresultErrorMessage(res)).trimmed());
    }
    PQclear(res);
    return result;
}

Result<QStringList> execColumn(PGconn *conn, const QString &sql)
{
    PGresult *res = PQexec(conn, sql.toUtf8().constData());
    if (PQresultStatus(res) != PGRES_TUPLES_OK) {
        const QString details = QString::fromUtf8(PQresultErrorMessage(res)).trimmed();
        PQclear(res);
        return Error(CopyStream::tr("A database statement failed."), details);
    }
    QStringList values;
    values.reserve(PQntuples(res));
    for (int i = 0; i < PQntuples(res); ++i)
        values << QString::fromUtf8(PQgetvalue(res, i, 0));
    PQclear(res);
    return values;
}

} // namespace regionmap

namespace regionmap {

QString pgQuoteIdentifier(PGconn *conn, const QString &name)
{
    const QByteArray utf8 = name.toUtf8();
    char *quoted = PQescapeIdentifier(conn, utf8.constData(), size_t(utf8.size()));
    if (!quoted)
        return quoteIdentifier(name);
    const QString result = QString::fromUtf8(quoted);
    PQfreemem(quoted);
    return result;
}

QString pgQuoteLiteral(PGconn *conn, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    char *quoted = PQescapeLiteral(conn, utf8.constData(), size_t(utf8.size()));
    if (!quoted)
        return {};
    const QString result = QString::fromUtf8(quoted);
    PQfreemem(quoted);
    return result;
}

} // namespace regionmap
