#pragma once

// The reader's state, shared by csvreader.cpp (reading) and csvreadermessages.cpp (what it says
// about a file or a record it cannot read). Not part of the csv module's interface.

#include "compressedfile.h"
#include "csvreader.h"
#include "csvscanner.h"

#include <QDir>
#include <QFile>

#include <optional>
#include <vector>

namespace regionmap {

using csv::FieldSpan;
using csv::RecordScan;

enum class ExpectedFrom { Unknown, Header, FirstRecord, Set };

inline QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

inline QString num(qint64 n)
{
    return QString::number(n);
}

struct CsvReader::Private
{
    enum class Next { Record, Blank, End };

    explicit Private(const CsvDialect &d)
        : dialect(d)
        , scanner(d.delimiter, d.quote, MaxFieldsPerRecord)
    { }

    CsvDialect dialect;
    csv::RecordScanner scanner;
    QFile file;
    std::unique_ptr<CompressedFile> compressed; // a .csv.gz or .zip: read through it instead
    QString path;
    bool isOpen = false;

    // The read buffer: unparsed data in [pos, end), a '\n' sentinel at buf[end].
    std::unique_ptr<char[]> buf;
    qsizetype capacity = 0;
    qsizetype pos = 0;
    qsizetype end = 0;
    qsizetype bufferSize = DefaultBufferSize;
    qsizetype maxRecordSize = DefaultMaxRecordSize;
    bool eof = false;
    bool pendingLf = false; // a skipped record ended in CR: a following LF belongs to it

    qint64 line = 1; // physical line at buf[pos]
    qint64 consumed = 0; // file offset of buf[pos]
    qint64 fileOffset = 0; // bytes read from the file
    qint64 fileSize = 0;
    qint64 records = 0;
    qint64 blanks = 0;

    int expected = -1;
    int expectedOverride = -1;
    ExpectedFrom expectedFrom = ExpectedFrom::Unknown;
    QStringList header;
    qint64 headerLine = 0;
    std::optional<Error> error;
    std::vector<FieldSpan> spans;

    void reset();
    void resize(qsizetype newCapacity);
    bool fill();
    Next next(CsvChunk &chunk, bool isHeader);
    Next skipOversized(CsvChunk &chunk);
    void commit(CsvChunk &chunk, qint64 atLine, const char *rec, qsizetype len, bool transcode);
    void reject(CsvChunk &chunk, qint64 atLine, const char *raw, qsizetype n, QString reason,
                int column);

    QString columnLabel(int column) const;
    QString unterminatedReason(qint64 quoteLine, int field, qint64 lastLine) const;
    QString fieldCountReason(qint64 atLine, int count) const;
    QString tooLargeReason(qint64 firstLine, qint64 lastLine) const;
};

} // namespace regionmap
