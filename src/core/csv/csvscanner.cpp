#include "csvscanner.h"

#include <cstring>

namespace regionmap::csv {

RecordScanner::RecordScanner(char delimiter, char quote, int maxFields)
    : m_delimiter(delimiter)
    , m_quote(quote)
    , m_maxFields(maxFields)
{
    std::memset(m_stopUnquoted, 0, sizeof m_stopUnquoted);
    std::memset(m_stopQuoted, 0, sizeof m_stopQuoted);
    m_stopUnquoted[uchar(delimiter)] = true;
    m_stopUnquoted[uchar('\n')] = true;
    m_stopUnquoted[uchar('\r')] = true;
    m_stopQuoted[uchar(quote)] = true;
    m_stopQuoted[uchar('\n')] = true;
    m_stopQuoted[uchar('\r')] = true;
}

RecordScan RecordScanner::scan(const char *begin, const char *end, bool atEof,
                               std::vector<FieldSpan> &fields) const
{
    Q_ASSERT(*end == '\n');
    fields.clear();
    RecordScan r;
    const char *p = begin;
    qint64 lines = 0;
    int count = 0;

    const auto add = [&](const char *from, const char *to, quint8 flags) {
        if (Q_LIKELY(count < m_maxFields))
            fields.push_back(FieldSpan {quint32(from - begin), quint32(to - begin), flags});
        ++count;
    };
    // The record ends at p: a line break, or the end of the data at EOF.
    const auto finish = [&](const char *at) -> bool {
        r.rawLength = at - begin;
        r.fieldCount = count;
        if (at == end) {
            r.consumed = r.rawLength;
            r.lineBreaks = lines;
        } else if (*at == '\n') {
            r.consumed = r.rawLength + 1;
            r.lineBreaks = lines + 1;
        } else { // '\r', possibly followed by '\n'
            if (at + 1 == end && !atEof)
                return false;
            r.consumed = r.rawLength + ((at + 1 < end && at[1] == '\n') ? 2 : 1);
            r.lineBreaks = lines + 1;
        }
        r.status = RecordScan::Status::Complete;
        return true;
    };
    const auto needMore = [&]() {
        RecordScan more;
        more.status = RecordScan::Status::NeedMore;
        return more;
    };

    for (;;) {
        if (*p != m_quote || p == end) {
            // Unquoted field: runs to the next delimiter or line break. A quote inside it is
            // an ordinary character.
            const char *start = p;
            while (!m_stopUnquoted[uchar(*p)])
                ++p;
            if (p == end && !atEof)
                return needMore();
            add(start, p, 0);
            if (p != end && *p == m_delimiter) {
                ++p;
                continue;
            }
            return finish(p) ? r : needMore();
        }

        // Quoted field.
        const qint64 quoteLine = lines;
        ++p;
        const char *content = p;
        quint8 flags = FieldSpan::Quoted;
        for (;;) {
            while (!m_stopQuoted[uchar(*p)])
                ++p;
            if (p == end) {
                if (!atEof)
                    return needMore();
                r.status = RecordScan::Status::Unterminated;
                r.rawLength = r.consumed = p - begin;
                r.lineBreaks = lines;
                r.fieldCount = count + 1;
                r.openField = count;
                r.openLineOffset = quoteLine;
                r.endsWithLineBreak = p > content && (p[-1] == '\n' || p[-1] == '\r');
                return r;
            }
            if (*p == m_quote) {
                if (p + 1 == end && !atEof)
                    return needMore();
                if (p + 1 < end && p[1] == m_quote) {
                    flags |= FieldSpan::Escaped;
                    p += 2;
                    continue;
                }
                break; // the closing quote
            }
            if (*p == '\n') {
                ++lines;
                ++p;
                continue;
            }
            // '\r': one line break, with or without a following '\n'.
            if (p + 1 == end && !atEof)
                return needMore();
            ++lines;
            p += (p + 1 < end && p[1] == '\n') ? 2 : 1;
        }
        add(content, p, flags);
        ++p; // past the closing quote
        if (p != end && *p == m_delimiter) {
            ++p;
            continue;
        }
        if (p == end || *p == '\n' || *p == '\r')
            return finish(p) ? r : needMore();

        // Text after the closing quote: malformed. Find where the record ends all the same.
        if (r.strayField < 0) {
            r.strayField = count - 1;
            r.strayLineOffset = lines;
        }
        while (!m_stopUnquoted[uchar(*p)])
            ++p;
        if (p == end && !atEof)
            return needMore();
        if (p != end && *p == m_delimiter) {
            ++p;
            continue;
        }
        return finish(p) ? r : needMore();
    }
}

qsizetype RecordSkipper::feed(const char *p, qsizetype n)
{
    for (qsizetype i = 0; i < n; ++i) {
        const char c = p[i];
        if (m_crPending) {
            m_crPending = false;
            if (c == '\n') {
                m_lastWasBreak = true;
                continue;
            }
        }
        if (m_inQuotes) {
            if (m_quotePending) {
                m_quotePending = false;
                if (c == m_quote) { // a doubled quote
                    m_lastWasBreak = false;
                    continue;
                }
                m_inQuotes = false; // the quote closed the field; c is outside it
            } else {
                if (c == m_quote) {
                    m_quotePending = true;
                } else if (c == '\n') {
                    ++m_lines;
                } else if (c == '\r') {
                    ++m_lines;
                    m_crPending = true;
                }
                m_lastWasBreak = c == '\n' || c == '\r';
                continue;
            }
        }
        m_lastWasBreak = false;
        if (c == m_delimiter) {
            ++m_field;
            m_fieldStart = true;
        } else if (c == '\n' || c == '\r') {
            ++m_lines;
            m_done = true;
            m_endedWithCr = c == '\r';
            m_lastWasBreak = true;
            return i + 1;
        } else if (c == m_quote && m_fieldStart) {
            m_inQuotes = true;
            m_quoteLineOffset = m_lines;
            m_quoteField = m_field;
            m_fieldStart = false;
        } else {
            m_fieldStart = false;
        }
    }
    return n;
}

ByteFlags inspectBytes(const char *s, qsizetype n)
{
    constexpr quint64 kOnes = 0x0101010101010101ULL;
    constexpr quint64 kHighs = 0x8080808080808080ULL;
    quint64 any = 0;
    quint64 zero = 0;
    qsizetype i = 0;
    for (; i + 8 <= n; i += 8) {
        quint64 w;
        std::memcpy(&w, s + i, 8);
        any |= w;
        zero |= (w - kOnes) & ~w & kHighs; // exact test for "some byte is zero"
    }
    ByteFlags flags;
    for (; i < n; ++i) {
        any |= uchar(s[i]);
        flags.nul |= s[i] == 0;
    }
    flags.nonAscii = (any & kHighs) != 0;
    flags.nul |= zero != 0;
    return flags;
}

qsizetype firstInvalidUtf8(const char *str, qsizetype n)
{
    const auto *s = reinterpret_cast<const uchar *>(str);
    qsizetype i = 0;
    while (i < n) {
        if (i + 8 <= n) {
            quint64 w;
            std::memcpy(&w, s + i, 8);
            if (!(w & 0x8080808080808080ULL)) {
                i += 8;
                continue;
            }
        }
        const uchar c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        const auto cont = [&](qsizetype k) {
            return i + k < n && (s[i + k] & 0xC0) == 0x80;
        };
        if (c < 0xC2) // a stray continuation byte or an overlong two-byte form
            return i;
        if (c < 0xE0) {
            if (!cont(1))
                return i;
            i += 2;
        } else if (c < 0xF0) {
            if (!cont(1) || !cont(2) || (c == 0xE0 && s[i + 1] < 0xA0) // overlong
                || (c == 0xED && s[i + 1] > 0x9F)) // surrogate
                return i;
            i += 3;
        } else if (c < 0xF5) {
            if (!cont(1) || !cont(2) || !cont(3) || (c == 0xF0 && s[i + 1] < 0x90) // overlong
                || (c == 0xF4 && s[i + 1] > 0x8F)) // > U+10FFFF
                return i;
            i += 4;
        } else {
            return i;
        }
    }
    return -1;
}

qsizetype decodeField(const char *src, qsizetype n, bool unescape, char quote, bool fromLatin1,
                      char *dst)
{
    char *out = dst;
    for (qsizetype i = 0; i < n; ++i) {
        const char c = src[i];
        if (unescape && c == quote && i + 1 < n && src[i + 1] == quote)
            ++i; // keep one of the two
        const auto b = uchar(c);
        if (fromLatin1 && b >= 0x80) {
            *out++ = char(0xC0 | (b >> 6));
            *out++ = char(0x80 | (b & 0x3F));
        } else {
            *out++ = c;
        }
    }
    return out - dst;
}

qsizetype utf8Prefix(const char *s, qsizetype n, qsizetype limit)
{
    if (n <= limit)
        return n;
    qsizetype cut = limit;
    // Step back over continuation bytes (at most three) to the start of the cut sequence.
    for (int k = 0; k < 3 && cut > 0 && (uchar(s[cut]) & 0xC0) == 0x80; ++k)
        --cut;
    return cut;
}

} // namespace regionmap::csv
