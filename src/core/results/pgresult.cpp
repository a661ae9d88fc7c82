#include "pgresult.h"

#include <libpq-fe.h>

#include <charconv>
#include <cstdlib>

namespace regionmap {

PgParams &PgParams::addBigIntArray(const QList<qint64> &values)
{
    QByteArray text = "{";
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            text += ',';
        text += QByteArray::number(values.at(i));
    }
    text += '}';
    m_values.append(text);
    return *this;
}

PgResult::~PgResult()
{
    if (m_result)
        PQclear(m_result);
}

PgResult &PgResult::operator=(PgResult &&other) noexcept
{
    if (this != &other) {
        if (m_result)
            PQclear(m_result);
        m_result = other.m_result;
        other.m_result = nullptr;
    }
    return *this;
}

Result<PgResult> PgResult::exec(PGconn *conn, const QString &sql, const PgParams &params,
                                const QString &what, bool binaryResults)
{
    if (!conn)
        return Error(tr("Could not read %1: the database connection is not open.").arg(what));
    const QByteArray sqlUtf8 = sql.toUtf8();
    const int n = params.size();
    QList<const char *> values(n);
    for (int i = 0; i < n; ++i) {
        const QByteArray &v = params.values().at(i);
        values[i] = v.isNull() ? nullptr : v.constData();
    }
    PgResult result(PQexecParams(conn, sqlUtf8.constData(), n, nullptr, values.constData(), nullptr,
                                 nullptr, binaryResults ? 1 : 0));
    const ExecStatusType status
        = result.m_result ? PQresultStatus(result.m_result) : PGRES_FATAL_ERROR;
    if (status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK)
        return result;

    const QString server = QString::fromUtf8(result.m_result ? PQresultErrorMessage(result.m_result)
                                                             : PQerrorMessage(conn))
                               .trimmed();
    const char *state
        = result.m_result ? PQresultErrorField(result.m_result, PG_DIAG_SQLSTATE) : nullptr;
    if (state && qstrcmp(state, "57014") == 0)
        return Error(tr("Reading %1 was cancelled.").arg(what), server);
    if (state && qstrcmp(state, "42P01") == 0)
        return Error(tr("Could not read %1: the table no longer exists. Refresh the list of runs.")
                         .arg(what),
                     server);
    if (PQstatus(conn) != CONNECTION_OK)
        return Error(tr("Could not read %1: the connection to the database was lost. Check that "
                        "the server is running, then refresh.")
                         .arg(what),
                     server);
    return Error(tr("Could not read %1: the database reported an error.").arg(what), server);
}

int PgResult::rows() const
{
    return m_result ? PQntuples(m_result) : 0;
}

int PgResult::columns() const
{
    return m_result ? PQnfields(m_result) : 0;
}

bool PgResult::isNull(int row, int column) const
{
    return PQgetisnull(m_result, row, column) != 0;
}

const char *PgResult::raw(int row, int column) const
{
    return PQgetvalue(m_result, row, column);
}

int PgResult::length(int row, int column) const
{
    return PQgetlength(m_result, row, column);
}

QString PgResult::text(int row, int column) const
{
    if (isNull(row, column))
        return {};
    return QString::fromUtf8(raw(row, column), length(row, column));
}

qint64 PgResult::toInt64(int row, int column) const
{
    if (isNull(row, column))
        return 0;
    qint64 v = 0;
    const char *p = raw(row, column);
    std::from_chars(p, p + length(row, column), v);
    return v;
}

double PgResult::toDouble(int row, int column) const
{
    if (isNull(row, column))
        return 0;
    // from_chars, never strtod: strtod follows LC_NUMERIC, and under a German locale it reads
    // "520.4" as 520. from_chars also reads PostgreSQL's "Infinity", "-Infinity" and "NaN".
    double v = 0;
    const char *p = raw(row, column);
    std::from_chars(p, p + length(row, column), v);
    return v;
}

std::optional<double> PgResult::optionalDouble(int row, int column) const
{
    if (isNull(row, column))
        return std::nullopt;
    return toDouble(row, column);
}

bool PgResult::toBool(int row, int column) const
{
    return !isNull(row, column) && raw(row, column)[0] == 't';
}

quint64 parseTid(const char *text, int length)
{
    const char *p = text;
    const char *end = text + length;
    if (p == end || *p != '(')
        return 0;
    ++p;
    quint32 block = 0;
    auto r = std::from_chars(p, end, block);
    if (r.ec != std::errc() || r.ptr == end || *r.ptr != ',')
        return 0;
    quint16 offset = 0;
    r = std::from_chars(r.ptr + 1, end, offset);
    if (r.ec != std::errc() || r.ptr == end || *r.ptr != ')')
        return 0;
    return (quint64(block) << 16) | offset;
}

QByteArray tidText(quint64 tid)
{
    return '(' + QByteArray::number(tid >> 16) + ',' + QByteArray::number(tid & 0xffff) + ')';
}

} // namespace regionmap
