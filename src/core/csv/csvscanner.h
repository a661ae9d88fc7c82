#pragma once

// Internal to the csv module: the record scanner shared by CsvReader and CsvSniffer, and the
// byte-level checks and conversions. Not part of the public API.

#include <QtGlobal>

#include <vector>

namespace regionmap::csv {

// One field of a scanned record, as offsets from the record's first byte. For a quoted field
// the span is the text between the quotes (still with doubled quotes when Escaped is set).
struct FieldSpan
{
    enum Flag : quint8 { Quoted = 1, Escaped = 2 };
    quint32 begin;
    quint32 end;
    quint8 flags;
};

struct RecordScan
{
    enum class Status {
        Complete, // a whole record (possibly malformed: see strayField)
        NeedMore, // the data ends inside the record and more may follow
        Unterminated, // end of file inside a quoted field
    };
    Status status = Status::NeedMore;
    qsizetype rawLength = 0; // bytes of the record without its line terminator
    qsizetype consumed = 0; // bytes of the record with its line terminator
    qint64 lineBreaks = 0; // line breaks consumed, embedded ones and the terminator
    int fieldCount = 0; // fields met; spans beyond the scanner's cap are not kept
    // Text after the closing quote of a quoted field ("abc"x): the record is malformed.
    int strayField = -1;
    qint64 strayLineOffset = 0;
    // Unterminated: the field whose quote never closed, the line of that quote relative to the
    // record's first line, and whether the data ends with a line break.
    int openField = -1;
    qint64 openLineOffset = 0;
    bool endsWithLineBreak = false;

    bool isBlank(const std::vector<FieldSpan> &fields) const
    {
        return status == Status::Complete && rawLength == 0 && fields.size() == 1
               && !(fields.front().flags & FieldSpan::Quoted);
    }
};

// RFC 4180 with the usual tolerance: line breaks are LF, CRLF or a lone CR; a quote is special
// only at the start of a field (a quote inside an unquoted field is kept as it is).
class RecordScanner
{
public:
    RecordScanner(char delimiter, char quote, int maxFields);

    // Scans one record that starts at `begin`. The byte at *end must be '\n' (a sentinel that
    // lets the inner loops run without bounds checks). `atEof`: nothing follows `end`.
    RecordScan scan(const char *begin, const char *end, bool atEof,
                    std::vector<FieldSpan> &fields) const;

    char delimiter() const { return m_delimiter; }
    char quote() const { return m_quote; }

private:
    bool m_stopUnquoted[256];
    bool m_stopQuoted[256];
    char m_delimiter;
    char m_quote;
    int m_maxFields;
};

// Follows one record byte by byte without keeping it: used to skip a record that is too large
// to hold. Feed it the record from its first byte on.
class RecordSkipper
{
public:
    RecordSkipper(char delimiter, char quote)
        : m_delimiter(delimiter)
        , m_quote(quote)
    { }

    // Returns the bytes used; done() once the record's line terminator was met.
    qsizetype feed(const char *p, qsizetype n);

    bool done() const { return m_done; }
    bool unterminated() const { return !m_done && m_inQuotes && !m_quotePending; }
    bool endedWithCr() const { return m_endedWithCr; }
    qint64 lineBreaks() const { return m_lines; }
    qint64 quoteLineOffset() const { return m_quoteLineOffset; }
    int quoteField() const { return m_quoteField; }
    bool lastWasLineBreak() const { return m_lastWasBreak; }

private:
    char m_delimiter;
    char m_quote;
    bool m_inQuotes = false;
    bool m_fieldStart = true;
    bool m_quotePending = false;
    bool m_crPending = false;
    bool m_done = false;
    bool m_endedWithCr = false;
    bool m_lastWasBreak = false;
    qint64 m_lines = 0;
    qint64 m_quoteLineOffset = 0;
    int m_field = 0;
    int m_quoteField = -1;
};

struct ByteFlags
{
    bool nonAscii = false;
    bool nul = false;
};
ByteFlags inspectBytes(const char *s, qsizetype n);

// Offset of the first byte that does not start a valid UTF-8 sequence (overlong forms,
// surrogates and code points past U+10FFFF are invalid, as for PostgreSQL), or -1.
qsizetype firstInvalidUtf8(const char *s, qsizetype n);

// Writes the field text to dst: doubled quotes collapse when `unescape`, bytes >= 0x80 become
// two-byte UTF-8 when `fromLatin1`. dst needs room for 2 * n bytes. Returns the bytes written.
qsizetype decodeField(const char *src, qsizetype n, bool unescape, char quote, bool fromLatin1,
                      char *dst);

// The first `limit` bytes of s, not cutting a UTF-8 sequence in two.
qsizetype utf8Prefix(const char *s, qsizetype n, qsizetype limit);

} // namespace regionmap::csv
