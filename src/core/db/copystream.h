#pragma once

#include "common/result.h"
#include "db/copybuffer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

struct pg_conn;
typedef struct pg_conn PGconn;

namespace regionmap {

// The libpq connection behind a QPSQL QSqlDatabase, for COPY. Qt 6.4 names the handle type
// "pg_conn*"; the documentation says "PGconn*": both are accepted.
Result<PGconn *> pgConnection(const QSqlDatabase &db);

// One COPY ... FROM STDIN on a connection. The caller owns the transaction.
class CopyStream
{
    Q_DECLARE_TR_FUNCTIONS(CopyStream)

public:
    explicit CopyStream(PGconn *conn)
        : m_conn(conn)
    { }
    ~CopyStream();

    Status begin(const QString &copySql);
    // Sends the buffer's rows and clears it.
    Status send(CopyBuffer &buffer);
    // Sends raw COPY text.
    Status sendRaw(const char *data, size_t size);
    // Ends the COPY; returns the number of rows the server stored.
    Result<qint64> finish();
    // Ends the COPY with an error, so the server discards it; the transaction then has to roll
    // back.
    void abort(const QString &reason);
    bool isActive() const { return m_active; }

private:
    static constexpr int kSendBufferBytes = 4 << 20;
    void widenSendBuffer();

    PGconn *m_conn = nullptr;
    bool m_active = false;
};

// Runs one statement (no COPY) directly through libpq; returns the affected/selected row count.
Result<qint64> execSql(PGconn *conn, const QString &sql);
// Runs one statement that returns rows (a SELECT, or ... RETURNING) and gives the text of each
// row's first column (a NULL as an empty string).
Result<QStringList> execColumn(PGconn *conn, const QString &sql);

} // namespace regionmap

namespace regionmap {
// Quotes an identifier with libpq's PQescapeIdentifier on this connection.
QString pgQuoteIdentifier(PGconn *conn, const QString &name);
// Quotes a literal with libpq's PQescapeLiteral on this connection.
QString pgQuoteLiteral(PGconn *conn, const QString &value);
} // namespace regionmap
