#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

struct pg_conn;
typedef struct pg_conn PGconn;
struct pg_result;
typedef struct pg_result PGresult;

namespace regionmap {

// Text-format parameters for PQexecParams: $1, $2, ... in the order they were added. A null
// QByteArray is SQL NULL. Values always travel as parameters, never spliced into the SQL.
class PgParams
{
public:
    PgParams &add(const QString &value)
    {
        m_values.append(value.toUtf8());
        return *this;
    }
    PgParams &add(qint64 value)
    {
        m_values.append(QByteArray::number(value));
        return *this;
    }
    PgParams &add(double value)
    {
        m_values.append(QByteArray::number(value, 'g', 17));
        return *this;
    }
    PgParams &addNull()
    {
        m_values.append(QByteArray());
        return *this;
    }
    // A bigint[] in array text form ("{1,2,3}").
    PgParams &addBigIntArray(const QList<qint64> &values);

    // The placeholder for the next value: "$<n>".
    QString next() const { return QStringLiteral("$%1").arg(m_values.size() + 1); }
    int size() const { return int(m_values.size()); }
    const QList<QByteArray> &values() const { return m_values; }

private:
    QList<QByteArray> m_values;
};

// Owns one PGresult and reads its values. Move-only.
class PgResult
{
    Q_DECLARE_TR_FUNCTIONS(PgResult)

public:
    PgResult() = default;
    explicit PgResult(PGresult *result)
        : m_result(result)
    { }
    ~PgResult();
    PgResult(PgResult &&other) noexcept
        : m_result(other.m_result)
    {
        other.m_result = nullptr;
    }
    PgResult &operator=(PgResult &&other) noexcept;
    PgResult(const PgResult &) = delete;
    PgResult &operator=(const PgResult &) = delete;

    // Runs one statement with parameters through libpq. binaryResults asks for every column in
    // binary format. A failed statement gives an Error naming what was asked (`what`) with the
    // server's message in the details.
    static Result<PgResult> exec(PGconn *conn, const QString &sql, const PgParams &params,
                                 const QString &what, bool binaryResults = false);

    int rows() const;
    int columns() const;
    bool isNull(int row, int column) const;
    const char *raw(int row, int column) const;
    int length(int row, int column) const;
    QString text(int row, int column) const; // null: a null QString
    qint64 toInt64(int row, int column) const; // null: 0
    double toDouble(int row, int column) const; // null: 0
    std::optional<double> optionalDouble(int row, int column) const;
    bool toBool(int row, int column) const; // text format "t"/"f"

    PGresult *get() const { return m_result; }

private:
    PGresult *m_result = nullptr;
};

// Parses the text form of a tid, "(block,offset)", into block << 16 | offset; 0 when malformed.
quint64 parseTid(const char *text, int length);
// The text form of a tid packed by parseTid().
QByteArray tidText(quint64 tid);

} // namespace regionmap
