#pragma once

// Shared by the CSV reader tests: expected rows and rejects, and a reader loop that checks what
// every chunk promises.

#include "csv/csvreader.h"

#include <QByteArrayList>
#include <QFile>
#include <QStringDecoder>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <vector>

struct ExpectedReject
{
    qint64 line = 0;
    int column = -1;
    QStringList reasonParts; // each must occur in the reason
    QByteArray raw; // checked when not null
};
Q_DECLARE_METATYPE(ExpectedReject)

using Rows = QList<QByteArrayList>;
using Lines = QList<qint64>;
using Rejects = QList<ExpectedReject>;

namespace csvtest {

using regionmap::CsvChunk;
using regionmap::CsvReader;

// A byte array from a literal, NUL bytes included.
template<size_t N>
QByteArray bytes(const char (&s)[N])
{
    return QByteArray(s, qsizetype(N - 1));
}

inline QStringList strings(std::initializer_list<const char *> parts)
{
    QStringList out;
    for (const char *p : parts)
        out << QString::fromUtf8(p);
    return out;
}

// One row of parses_data(), built step by step.
class Case
{
public:
    Case(const char *name, QByteArray input)
        : m_name(name)
        , m_input(std::move(input))
    { }
    Case &header(QByteArrayList h)
    {
        m_header = std::move(h);
        return *this;
    }
    Case &row(qint64 line, QByteArrayList fields)
    {
        m_rows << fields;
        m_lines << line;
        return *this;
    }
    Case &reject(qint64 line, int column, std::initializer_list<const char *> parts,
                 QByteArray raw = {})
    {
        m_rejects << ExpectedReject {line, column, strings(parts), std::move(raw)};
        return *this;
    }
    Case &noHeader()
    {
        m_hasHeader = false;
        return *this;
    }
    Case &latin1()
    {
        m_latin1 = true;
        return *this;
    }
    Case &delimiter(char d)
    {
        m_delimiter = d;
        return *this;
    }
    Case &blanks(int n)
    {
        m_blanks = n;
        return *this;
    }
    void add()
    {
        QTest::newRow(m_name) << m_input << QByteArray(1, m_delimiter) << m_hasHeader << m_latin1
                              << m_header << m_rows << m_lines << m_rejects << m_blanks;
    }

private:
    const char *m_name;
    QByteArray m_input;
    QByteArrayList m_header;
    Rows m_rows;
    Lines m_lines;
    Rejects m_rejects;
    char m_delimiter = ',';
    bool m_hasHeader = true;
    bool m_latin1 = false;
    int m_blanks = 0;
};

struct Collected
{
    Rows rows;
    Lines lines;
    QByteArrayList raws;
    std::vector<CsvChunk::Reject> rejects;
    QString problem; // empty when the chunks kept their promises
};

// Reads to the end, checking what every chunk promises: rows + rejects == recordCount, at most
// maxRecords records, every field valid UTF-8 without NUL bytes; and conservation: the reader's
// record count grows by exactly the rows plus rejects handed out.
inline Collected readAll(CsvReader &reader, int maxRecords = 16384)
{
    Collected c;
    const qint64 before = reader.recordsRead();
    CsvChunk chunk;
    int chunks = 0;
    while (reader.readChunk(chunk, maxRecords)) {
        if (chunk.recordCount() != chunk.rowCount() + int(chunk.rejects().size())
            || chunk.recordCount() == 0 || chunk.recordCount() > maxRecords) {
            c.problem = QStringLiteral("chunk with %1 rows, %2 rejects, recordCount %3")
                            .arg(chunk.rowCount())
                            .arg(chunk.rejects().size())
                            .arg(chunk.recordCount());
        }
        for (int r = 0; r < chunk.rowCount(); ++r) {
            QByteArrayList fields;
            for (int f = 0; f < chunk.fieldCount(r); ++f) {
                const QByteArray v = chunk.field(r, f).toByteArray();
                // (A decoder that keeps a leading BOM: QString::fromUtf8 drops it.)
                QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
                const QString text = utf8(v);
                if (utf8.hasError() || text.toUtf8() != v || v.contains('\0'))
                    c.problem = QStringLiteral("invalid field text on line %1").arg(chunk.line(r));
                fields << v;
            }
            if (!chunk.field(r, chunk.fieldCount(r)).isEmpty())
                c.problem = QStringLiteral("a field past the row's end is not empty");
            c.rows << fields;
            c.lines << chunk.line(r);
            c.raws << chunk.raw(r).toByteArray();
        }
        c.rejects.insert(c.rejects.end(), chunk.rejects().begin(), chunk.rejects().end());
        if (++chunks > 10'000'000) {
            c.problem = QStringLiteral("readChunk never ends");
            break;
        }
    }
    if (reader.readChunk(chunk, maxRecords))
        c.problem = QStringLiteral("readChunk returned true after the end");
    if (reader.recordsRead() - before != c.rows.size() + qint64(c.rejects.size()))
        c.problem = QStringLiteral("recordsRead() grew by %1 for %2 rows and %3 rejects")
                        .arg(reader.recordsRead() - before)
                        .arg(c.rows.size())
                        .arg(c.rejects.size());
    return c;
}

inline QString describe(const Rows &rows)
{
    QStringList out;
    for (const QByteArrayList &r : rows)
        out << QString::fromUtf8("[" + r.join("|") + "]");
    return out.join(QLatin1Char(' '));
}

inline QString compareRejects(const std::vector<CsvChunk::Reject> &got, const Rejects &expected)
{
    if (got.size() != size_t(expected.size())) {
        QStringList reasons;
        for (const CsvChunk::Reject &r : got)
            reasons << QStringLiteral("%1: %2").arg(r.line).arg(r.reason);
        return QStringLiteral("%1 rejects, expected %2: %3")
            .arg(got.size())
            .arg(expected.size())
            .arg(reasons.join(QStringLiteral(" / ")));
    }
    for (size_t i = 0; i < got.size(); ++i) {
        const CsvChunk::Reject &g = got[i];
        const ExpectedReject &e = expected[qsizetype(i)];
        if (g.line != e.line || g.column != e.column)
            return QStringLiteral("reject %1 at line %2 column %3, expected line %4 column %5: %6")
                .arg(i)
                .arg(g.line)
                .arg(g.column)
                .arg(e.line)
                .arg(e.column)
                .arg(g.reason);
        for (const QString &part : e.reasonParts) {
            if (!g.reason.contains(part))
                return QStringLiteral("reason \"%1\" lacks \"%2\"").arg(g.reason, part);
        }
        if (!e.raw.isNull() && g.raw != e.raw)
            return QStringLiteral("raw %1, expected %2")
                .arg(QString::fromLatin1(g.raw.toHex()), QString::fromLatin1(e.raw.toHex()));
    }
    return {};
}

} // namespace csvtest
