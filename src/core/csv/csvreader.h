#pragma once

#include "common/result.h"
#include "csvchunk.h"
#include "csvdialect.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

namespace regionmap {

// Streams an RFC 4180 file in chunks of records, with flat memory whatever the file size: it
// parses in place from one read buffer (1 MB) that grows only for a record that does not fit,
// up to the record size limit (64 MB).
//
// Quoted fields may hold delimiters, doubled quotes and line breaks; lines end in LF, CRLF or
// CR; a UTF-8 byte order mark is skipped; the last line needs no line break. Blank lines are
// skipped and counted (blankLinesSkipped()), they are not records.
//
// A record that cannot be loaded is not a row but a reject with its line, raw text and reason:
// a field count other than the expected one, an unterminated quote, text after a closing
// quote, a NUL byte, invalid UTF-8 (in UTF-8 mode) or a record over the size limit. The read
// goes on after it. In Latin-1 mode fields are transcoded, so every field handed out is valid
// UTF-8.
//
// The file may change while it is read: the reader reads up to the end of file it meets and
// bytesRead() says how far that was.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static constexpr qsizetype DefaultBufferSize = qsizetype(1) << 20;
    static constexpr qsizetype DefaultMaxRecordSize = qsizetype(64) << 20;
    static constexpr qsizetype MaxRejectRawSize = 1024;
    static constexpr int MaxFieldsPerRecord = 1 << 18;

    explicit CsvReader(const CsvDialect &dialect = {});
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    const CsvDialect &dialect() const;

    // Opens the file, skips a UTF-8 byte order mark and reads the header when
    // dialect().hasHeader. Fails with a sentence for the analyst when the path is missing, is
    // a folder or not a regular file, cannot be read, is UTF-16/UTF-32, or when the header
    // itself cannot be parsed.
    Status open(const QString &path);
    void close();
    bool isOpen() const;

    // Header names decoded as they are in the file (empty when there is no header). Sanitising
    // them into identifiers is the database layer's job.
    QStringList header() const;
    // 1-based line of the header, 0 when there is none.
    qint64 headerLine() const;

    // The number of fields a record must have. By default the header's size, or without a
    // header the first record's. A value <= 0 restores that default.
    void setExpectedFieldCount(int n);
    // -1 until known.
    int expectedFieldCount() const;

    // Clears `chunk` and fills it with up to maxRecords records (rows and rejects together,
    // and about 8 MB of text at most). Returns false when nothing more was read: at the end of
    // the file, or after an I/O error (see hasError()).
    bool readChunk(CsvChunk &chunk, int maxRecords = 16384);

    // Bytes of the file consumed so far (byte order mark and header included). At the end this
    // is the size of the file as it was met, which may differ from fileSize().
    qint64 bytesRead() const;
    // The size when the file was opened.
    qint64 fileSize() const;
    // Records handed out so far (rows plus rejects, the header not included).
    qint64 recordsRead() const;
    qint64 blankLinesSkipped() const;
    // True once the end of the file was met and every record in the buffer was handed out.
    bool atEnd() const;

    bool hasError() const;
    Error error() const;
    QString fileName() const;

    // Tuning and test hooks; call before open(). The buffer still grows for a record that
    // does not fit in it, up to the record size limit (at most 1 GiB).
    void setBufferSize(qsizetype bytes);
    void setMaxRecordSize(qsizetype bytes);

    // The checks open() makes before reading: exists, is a regular file, can be opened.
    static Status checkFile(const QString &path);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace regionmap
