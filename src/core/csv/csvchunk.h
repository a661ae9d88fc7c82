#pragma once

#include "csvdialect.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>
#include <vector>

namespace regionmap {

// A block of records parsed by CsvReader. Fields are views into the chunk's own buffer, already
// unquoted, unescaped and valid UTF-8 (Latin-1 input is transcoded), without a heap allocation
// per field. The views stay valid until the chunk is cleared or handed to readChunk() again.
//
// Records that could not be parsed are not rows: they are listed in rejects(), in file order.
// Every record read lands in exactly one of the two, so rowCount() + rejects().size() is the
// number of records the reader consumed for this chunk (blank lines are not records).
class CsvChunk
{
public:
    struct Reject
    {
        qint64 line = 0; // 1-based physical line where the record starts
        QByteArray raw; // the record's bytes as in the file, cut to about 1 KB
        QString reason; // a sentence for the analyst
        int column = -1; // 0-based index of the field at fault, -1 when no single field is

        // The raw bytes as text that PostgreSQL can store: decoded with `encoding` (invalid
        // UTF-8 becomes U+FFFD) and NUL bytes shown as U+2400.
        QString rawText(TextEncoding encoding) const;
    };

    CsvChunk();
    ~CsvChunk();
    CsvChunk(CsvChunk &&other) noexcept;
    CsvChunk &operator=(CsvChunk &&other) noexcept;
    CsvChunk(const CsvChunk &) = delete;
    CsvChunk &operator=(const CsvChunk &) = delete;

    int rowCount() const { return int(m_rows.size()); }
    int fieldCount(int row) const { return m_rows[size_t(row)].fieldCount; }

    // An empty view for a column past the row's end.
    QByteArrayView field(int row, int column) const
    {
        const Row &r = m_rows[size_t(row)];
        if (unsigned(column) >= unsigned(r.fieldCount))
            return {};
        const Span &f = m_fields[size_t(r.firstField) + size_t(column)];
        return QByteArrayView(m_data.get() + f.offset, qsizetype(f.size));
    }

    // The record's bytes as they are in the file, without its line terminator.
    QByteArrayView raw(int row) const
    {
        const Row &r = m_rows[size_t(row)];
        return QByteArrayView(m_data.get() + r.rawOffset, qsizetype(r.rawSize));
    }

    // 1-based physical line of the file where the record starts.
    qint64 line(int row) const { return m_rows[size_t(row)].line; }

    const std::vector<Reject> &rejects() const { return m_rejects; }
    int recordCount() const { return rowCount() + int(m_rejects.size()); }

    // Bytes held for the records (raw text plus unescaped or transcoded fields).
    qsizetype byteSize() const { return m_size; }

    // Forgets every record; keeps the buffers for reuse unless they grew very large.
    void clear();

private:
    friend class CsvReader;

    struct Span
    {
        quint32 offset;
        quint32 size;
    };
    struct Row
    {
        qint64 line;
        quint32 rawOffset;
        quint32 rawSize;
        quint32 firstField;
        int fieldCount;
    };

    // Room for `n` more bytes at m_data + m_size (the caller advances m_size).
    char *reserve(qsizetype n)
    {
        if (m_capacity - m_size < n)
            grow(n);
        return m_data.get() + m_size;
    }
    void grow(qsizetype n);

    std::unique_ptr<char[]> m_data;
    qsizetype m_size = 0;
    qsizetype m_capacity = 0;
    std::vector<Row> m_rows;
    std::vector<Span> m_fields;
    std::vector<Reject> m_rejects;
};

} // namespace regionmap
