#include "csvreader.h"

#include "csv/csvlogging.h"
#include "csvreader_p.h"
#include "csvscanner.h"

#include <cstring>

namespace regionmap {

namespace {

// A chunk stops taking records once it holds this much text.
constexpr qsizetype kChunkByteBudget = qsizetype(8) << 20;

} // namespace

void CsvReader::Private::reset()
{
    if (file.isOpen())
        file.close();
    compressed.reset();
    isOpen = false;
    buf.reset();
    capacity = pos = end = 0;
    eof = false;
    pendingLf = false;
    line = 1;
    consumed = fileOffset = fileSize = 0;
    records = blanks = 0;
    expected = -1;
    expectedFrom = ExpectedFrom::Unknown;
    header.clear();
    headerLine = 0;
    error.reset();
}

void CsvReader::Private::resize(qsizetype newCapacity)
{
    const qsizetype pending = end - pos;
    Q_ASSERT(newCapacity >= pending);
    std::unique_ptr<char[]> grown(new char[size_t(newCapacity) + 1]);
    if (pending > 0)
        std::memcpy(grown.get(), buf.get() + pos, size_t(pending));
    buf = std::move(grown);
    capacity = newCapacity;
    pos = 0;
    end = pending;
    buf[end] = '\n';
}

bool CsvReader::Private::fill()
{
    if (eof)
        return false;
    const qsizetype pending = end - pos;
    if (pending == capacity) {
        // One record fills the buffer: grow it (the caller has checked the record size limit).
        resize(qMin(capacity * 2, qMax(maxRecordSize + 2, bufferSize)));
    } else if (capacity > bufferSize && pending <= bufferSize / 2) {
        resize(bufferSize); // back to the normal size after a large record
    } else if (pos > 0) {
        if (pending > 0)
            std::memmove(buf.get(), buf.get() + pos, size_t(pending));
        pos = 0;
        end = pending;
    }

    QIODevice &in = compressed ? static_cast<QIODevice &>(*compressed) : file;
    const qint64 n = in.read(buf.get() + end, capacity - end);
    if (n < 0 && compressed) {
        // A damaged archive: the rows before it were read; the run fails and rolls back.
        error = Error(ErrorKind::Input, compressed->errorString());
        qCWarning(lcCsv) << "damaged archive" << path << compressed->errorString();
    } else if (n < 0) {
        error = Error(tr("Reading %1 failed after %2 bytes: the disk, network share or device "
                         "reported an error. Check it, then run again.")
                          .arg(nativePath(path), num(fileOffset)),
                      file.errorString());
        qCWarning(lcCsv) << "read error" << path << file.errorString();
    }
    if (n <= 0) {
        eof = true;
        buf[end] = '\n';
        return false;
    }
    end += qsizetype(n);
    fileOffset += n;
    buf[end] = '\n';
    return true;
}

CsvReader::Private::Next CsvReader::Private::next(CsvChunk &chunk, bool isHeader)
{
    for (;;) {
        if (pos == end) {
            if (!fill())
                return Next::End;
            continue;
        }
        if (pendingLf) {
            pendingLf = false;
            if (buf[pos] == '\n') {
                ++pos;
                ++consumed;
                continue;
            }
        }

        const char *rec = buf.get() + pos;
        const RecordScan s = scanner.scan(rec, buf.get() + end, eof, spans);
        if (s.status == RecordScan::Status::NeedMore) {
            // The pending bytes are the record's, but for a CR whose LF may follow.
            if (end - pos >= maxRecordSize + 2)
                return skipOversized(chunk);
            fill();
            if (error)
                return Next::End;
            continue;
        }

        const qint64 startLine = line;
        line += s.lineBreaks;
        pos += s.consumed;
        consumed += s.consumed;
        if (s.isBlank(spans)) {
            ++blanks;
            return Next::Blank;
        }
        const qsizetype len = s.rawLength;

        if (s.status == RecordScan::Status::Unterminated) {
            const qint64 last = startLine + s.lineBreaks - (s.endsWithLineBreak ? 1 : 0);
            reject(chunk, startLine, rec, len,
                   unterminatedReason(startLine + s.openLineOffset, s.openField, last),
                   s.openField);
            return Next::Record;
        }
        if (len > maxRecordSize) { // only when the buffer is larger than the limit
            const qint64 last = startLine + s.lineBreaks - (s.consumed > len ? 1 : 0);
            reject(chunk, startLine, rec, len, tooLargeReason(startLine, last), -1);
            return Next::Record;
        }
        if (s.strayField >= 0) {
            reject(chunk, startLine, rec, len,
                   tr("Line %1: in %2, text follows the closing quote (at line %3). A quote "
                      "inside a quoted value must be doubled (\"\").")
                       .arg(num(startLine), columnLabel(s.strayField),
                            num(startLine + s.strayLineOffset)),
                   s.strayField);
            return Next::Record;
        }
        if (s.fieldCount > MaxFieldsPerRecord) {
            reject(chunk, startLine, rec, len,
                   tr("Line %1 has %2 fields, more than the %3 that one record may have.")
                       .arg(num(startLine), num(s.fieldCount), num(MaxFieldsPerRecord)),
                   MaxFieldsPerRecord);
            return Next::Record;
        }
        if (!isHeader) {
            if (expected < 0) {
                expected = s.fieldCount;
                expectedFrom = ExpectedFrom::FirstRecord;
            } else if (s.fieldCount != expected) {
                reject(chunk, startLine, rec, len, fieldCountReason(startLine, s.fieldCount),
                       qMin(s.fieldCount, expected));
                return Next::Record;
            }
        }

        const csv::ByteFlags bytes = csv::inspectBytes(rec, len);
        if (Q_UNLIKELY(bytes.nul)) {
            int column = -1;
            for (size_t i = 0; i < spans.size() && column < 0; ++i) {
                if (std::memchr(rec + spans[i].begin, 0, spans[i].end - spans[i].begin))
                    column = int(i);
            }
            reject(chunk, startLine, rec, len,
                   tr("Line %1, %2: the value contains a NUL byte, which PostgreSQL text "
                      "cannot hold. The file may be binary, or encoded in UTF-16.")
                       .arg(num(startLine), columnLabel(column)),
                   column);
            return Next::Record;
        }
        const bool latin1 = dialect.encoding == TextEncoding::Latin1;
        if (bytes.nonAscii && !latin1) {
            for (size_t i = 0; i < spans.size(); ++i) {
                const char *field = rec + spans[i].begin;
                const qsizetype bad = csv::firstInvalidUtf8(field, spans[i].end - spans[i].begin);
                if (bad < 0)
                    continue;
                reject(chunk, startLine, rec, len,
                       tr("Line %1, %2: the value is not valid UTF-8 (byte 0x%3), which "
                          "PostgreSQL text cannot hold. If the file is in Latin-1 "
                          "(ISO 8859-1), choose that encoding.")
                           .arg(num(startLine), columnLabel(int(i)),
                                QStringLiteral("%1")
                                    .arg(uint(uchar(field[bad])), 2, 16, QLatin1Char('0'))
                                    .toUpper()),
                       int(i));
                return Next::Record;
            }
        }
        commit(chunk, startLine, rec, len, bytes.nonAscii && latin1);
        return Next::Record;
    }
}

CsvReader::Private::Next CsvReader::Private::skipOversized(CsvChunk &chunk)
{
    const qint64 startLine = line;
    const qsizetype headSize = csv::utf8Prefix(buf.get() + pos, end - pos, MaxRejectRawSize);
    QByteArray head(buf.get() + pos, headSize);
    csv::RecordSkipper skipper(dialect.delimiter, dialect.quote);
    for (;;) {
        const qsizetype used = skipper.feed(buf.get() + pos, end - pos);
        pos += used;
        consumed += used;
        if (skipper.done() || !fill()) // with nothing pending, fill() also shrinks the buffer
            break;
    }
    if (error)
        return Next::End;
    line += skipper.lineBreaks();
    pendingLf = skipper.done() && skipper.endedWithCr();

    const qint64 last = startLine + skipper.lineBreaks() - (skipper.lastWasLineBreak() ? 1 : 0);
    const int column = skipper.unterminated() ? skipper.quoteField() : -1;
    QString reason = skipper.unterminated()
                         ? unterminatedReason(startLine + skipper.quoteLineOffset(), column, last)
                         : tooLargeReason(startLine, last);
    chunk.m_rejects.push_back(
        CsvChunk::Reject {startLine, std::move(head), std::move(reason), column});
    return Next::Record;
}

void CsvReader::Private::commit(CsvChunk &c, qint64 atLine, const char *rec, qsizetype len,
                                bool transcode)
{
    const auto base = quint32(c.m_size);
    if (len > 0) {
        std::memcpy(c.reserve(len), rec, size_t(len));
        c.m_size += len;
    }
    c.m_rows.push_back(
        CsvChunk::Row {atLine, base, quint32(len), quint32(c.m_fields.size()), int(spans.size())});
    for (const FieldSpan &f : spans) {
        const qsizetype n = qsizetype(f.end) - qsizetype(f.begin);
        const char *src = rec + f.begin;
        const bool escaped = f.flags & FieldSpan::Escaped;
        if (!escaped && (!transcode || !csv::inspectBytes(src, n).nonAscii)) {
            c.m_fields.push_back(CsvChunk::Span {base + f.begin, quint32(n)});
            continue;
        }
        char *out = c.reserve(2 * n);
        const qsizetype written = csv::decodeField(src, n, escaped, dialect.quote, transcode, out);
        c.m_fields.push_back(CsvChunk::Span {quint32(c.m_size), quint32(written)});
        c.m_size += written;
    }
}

void CsvReader::Private::reject(CsvChunk &chunk, qint64 atLine, const char *raw, qsizetype n,
                                QString reason, int column)
{
    const qsizetype keep = csv::utf8Prefix(raw, n, MaxRejectRawSize);
    chunk.m_rejects.push_back(
        CsvChunk::Reject {atLine, QByteArray(raw, keep), std::move(reason), column});
}

CsvReader::CsvReader(const CsvDialect &dialect)
    : d(std::make_unique<Private>(dialect))
{ }

CsvReader::~CsvReader() = default;

const CsvDialect &CsvReader::dialect() const
{
    return d->dialect;
}

Status CsvReader::open(const QString &path)
{
    close();
    const CsvDialect &dia = d->dialect;
    const auto isBreak = [](char c) {
        return c == '\n' || c == '\r';
    };
    if (dia.delimiter == dia.quote || isBreak(dia.delimiter) || isBreak(dia.quote)
        || dia.delimiter == '\0' || dia.quote == '\0') {
        return Error(tr("The delimiter and the quote character must differ, and neither may be "
                        "a line break or a NUL byte. Choose another delimiter."));
    }
    if (Status checked = checkFile(path); !checked)
        return checked;

    d->path = path;
    if (compressionOf(path) != Compression::None) {
        // .csv.gz, or a .zip of one CSV: decompressed as it is read.
        Result<std::unique_ptr<CompressedFile>> opened = CompressedFile::open(path);
        if (!opened)
            return opened.error().orKind(ErrorKind::Input);
        d->compressed = std::move(opened).value();
        d->fileSize = d->compressed->compressedSize();
    } else {
        d->file.setFileName(path);
        if (!d->file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
            return Error(tr("The file %1 cannot be opened for reading. Check that your user may "
                            "read it (its permissions and owner, and those of its folders), or "
                            "copy it to one of your folders.")
                             .arg(nativePath(path)),
                         d->file.errorString());
        }
        d->fileSize = d->file.size();
    }
    d->resize(qMax<qsizetype>(1, d->bufferSize));
    d->isOpen = true;

    const auto fail = [this](Error e) -> Status {
        close();
        return e;
    };

    while (d->end - d->pos < 4 && d->fill()) { }
    if (d->error)
        return fail(*d->error);
    const auto *b = reinterpret_cast<const uchar *>(d->buf.get() + d->pos);
    const qsizetype avail = d->end - d->pos;
    if (avail >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) {
        d->pos += 3;
        d->consumed += 3;
    } else if ((avail >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF)))
               || (avail >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF)) {
        return fail(Error(tr("The file %1 is encoded in UTF-16 or UTF-32, which RegionMap does "
                             "not read. Save it as \"CSV UTF-8\" and choose it again.")
                              .arg(nativePath(path))));
    }

    if (dia.hasHeader) {
        CsvChunk headerChunk;
        Private::Next next;
        do {
            next = d->next(headerChunk, true);
        } while (next == Private::Next::Blank);
        if (d->error)
            return fail(*d->error);
        if (!headerChunk.rejects().empty()) {
            const CsvChunk::Reject &r = headerChunk.rejects().front();
            return fail(Error(tr("The header row of %1 (line %2) cannot be read. %3")
                                  .arg(nativePath(path), num(r.line), r.reason)));
        }
        if (headerChunk.rowCount() == 1) {
            d->headerLine = headerChunk.line(0);
            const int n = headerChunk.fieldCount(0);
            d->header.reserve(n);
            for (int i = 0; i < n; ++i) {
                const QByteArrayView name = headerChunk.field(0, i);
                d->header << QString::fromUtf8(name.data(), name.size());
            }
            d->expected = n;
            d->expectedFrom = ExpectedFrom::Header;
        }
    }
    if (d->expectedOverride > 0) {
        d->expected = d->expectedOverride;
        d->expectedFrom = ExpectedFrom::Set;
    }
    qCDebug(lcCsv) << "opened" << path << "size" << d->fileSize << "header" << d->header.size()
                   << "columns";
    return {};
}

void CsvReader::close()
{
    d->reset();
}

bool CsvReader::isOpen() const
{
    return d->isOpen;
}

QStringList CsvReader::header() const
{
    return d->header;
}

qint64 CsvReader::headerLine() const
{
    return d->headerLine;
}

void CsvReader::setExpectedFieldCount(int n)
{
    d->expectedOverride = n > 0 ? n : -1;
    if (n > 0) {
        d->expected = n;
        d->expectedFrom = ExpectedFrom::Set;
    } else if (d->headerLine > 0) {
        d->expected = int(d->header.size());
        d->expectedFrom = ExpectedFrom::Header;
    } else {
        d->expected = -1;
        d->expectedFrom = ExpectedFrom::Unknown;
    }
}

int CsvReader::expectedFieldCount() const
{
    return d->expected;
}

bool CsvReader::readChunk(CsvChunk &chunk, int maxRecords)
{
    chunk.clear();
    if (!d->isOpen)
        return false;
    maxRecords = qMax(1, maxRecords);
    while (chunk.recordCount() < maxRecords && chunk.byteSize() < kChunkByteBudget) {
        const Private::Next next = d->next(chunk, false);
        if (next == Private::Next::End)
            break;
        if (next == Private::Next::Record)
            ++d->records;
    }
    return chunk.recordCount() > 0;
}

qint64 CsvReader::bytesRead() const
{
    // A compressed file counts its compressed bytes (as its size does): the share of what was
    // decompressed so far that the records read so far take.
    if (d->compressed && d->fileOffset > 0)
        return qint64(double(d->compressed->compressedPos()) * double(d->consumed)
                      / double(d->fileOffset));
    return d->consumed;
}

qint64 CsvReader::fileSize() const
{
    return d->fileSize;
}

qint64 CsvReader::recordsRead() const
{
    return d->records;
}

qint64 CsvReader::blankLinesSkipped() const
{
    return d->blanks;
}

bool CsvReader::atEnd() const
{
    return !d->isOpen || (d->eof && d->pos == d->end);
}

bool CsvReader::hasError() const
{
    return d->error.has_value();
}

Error CsvReader::error() const
{
    return d->error.value_or(Error());
}

QString CsvReader::fileName() const
{
    return d->path;
}

void CsvReader::setBufferSize(qsizetype bytes)
{
    d->bufferSize = qMax<qsizetype>(1, bytes);
}

void CsvReader::setMaxRecordSize(qsizetype bytes)
{
    // At most 1 GiB, so that a chunk's offsets (32 bits) hold a record and its decoded fields.
    d->maxRecordSize = qBound<qsizetype>(1, bytes, qsizetype(1) << 30);
}

} // namespace regionmap
