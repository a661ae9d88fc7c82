#pragma once

#include "db/copybuffer.h"
#include "db/targetschema.h"
#include "geo/ipaddress.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QLatin1String>

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace regionmap {

// How the stages write values for COPY, in one place: the encoder's rows and the point table's
// points (etl/pointcounts.cpp) must hold the same value for the same value, whichever format
// carried it.

// Distances in km with six decimals: millimetres, far below any coordinate's precision.
constexpr int kDistanceDecimals = 6;

// An empty text is NULL.
inline void appendOptional(CopyBuffer &out, const QByteArray &text)
{
    if (text.isEmpty())
        out.appendNull();
    else
        out.appendText(text);
}

// The bits of a coordinate, for keys that must tell every double apart.
inline uint64_t doubleBits(double v)
{
    uint64_t b;
    std::memcpy(&b, &v, sizeof b);
    return b;
}

// The double the server stores for CopyBuffer::appendDouble()'s text: the value itself, except
// for a float widened to double, which is written as the float's shortest text ("38.13").
inline double storedDouble(double value)
{
    const float asFloat = float(value);
    if (!std::isfinite(value) || double(asFloat) != value)
        return value;
    char text[32];
    const auto written = std::to_chars(text, text + sizeof text, asFloat);
    double stored = value;
    std::from_chars(text, written.ptr, stored);
    return stored;
}

// The double the server stores for CopyBuffer::appendFixed()'s text: the decimal rounded to
// `decimals` places. Both operands of the division are exact, so the quotient is the double
// nearest that decimal, which is what the server's parse of the text gives.
inline double storedFixed(double value, int decimals)
{
    if (!CopyBuffer::writesFixed(value))
        return storedDouble(value);
    const double scale = double(CopyBuffer::fixedScale(decimals));
    return double(std::llround(value * scale)) / scale;
}

// One row's fields in COPY text, written one field at a time by the encoder. A group of fields
// written by a writer of the same kind (fields()) can be kept and written again.
class TextFields
{
public:
    explicit TextFields(CopyBuffer &out)
        : m_out(out)
    { }
    void beginRow(int /*fields*/) { m_first = true; }
    void endRow() { m_out.endRow(); }

    void null()
    {
        next();
        m_out.appendNull();
    }
    // Text from outside (escaped).
    void text(const char *data, size_t size)
    {
        next();
        m_out.appendText(data, size);
    }
    void text(QByteArrayView value) { text(value.data(), size_t(value.size())); }
    // Empty: NULL. (A view: a value shared with another thread is read without touching its
    // reference count, which both threads would otherwise write.)
    void optional(QByteArrayView value) { value.isEmpty() ? null() : text(value); }
    // RegionMap's own words (statuses, names of values): nothing to escape.
    void word(QLatin1String value)
    {
        next();
        m_out.appendRaw(value.data(), size_t(value.size()));
    }
    void bigint(qint64 value)
    {
        next();
        m_out.appendInt(value);
    }
    // A double precision column.
    void number(double value)
    {
        next();
        m_out.appendDouble(value);
    }
    void fixed(double value, int decimals)
    {
        next();
        m_out.appendFixed(value, decimals);
    }
    void wholeNumber(qint64 value) { bigint(value); }
    void inet(const IpAddress &ip)
    {
        next();
        char text[IpAddress::MaxTextLength];
        m_out.appendRaw(text, size_t(ip.format(text)));
    }
    // A value of the CSV as the table's column type reads it (RowValidator checked it).
    void csvValue(ColumnType, QByteArrayView value)
    {
        if (value.isEmpty())
            null();
        else
            text(value.data(), size_t(value.size()));
    }
    void fields(const QByteArray &written)
    {
        next();
        m_out.appendRaw(written);
    }

private:
    void next()
    {
        if (!m_first)
            m_out.separator();
        m_first = false;
    }

    CopyBuffer &m_out;
    bool m_first = true;
};

// The same in COPY's binary format (each field its length and its bytes in the type's binary
// form), which spares the server parsing the text of every number and address. A number goes as
// the double the text would have given (storedDouble(), storedFixed()), so both formats store
// the same values.
class BinaryFields
{
public:
    explicit BinaryFields(CopyBuffer &out)
        : m_out(out)
    { }
    void beginRow(int fields) { m_out.appendInt16(qint16(fields)); }
    void endRow() { }

    void null() { m_out.appendInt32(-1); }
    void text(const char *data, size_t size)
    {
        m_out.appendInt32(qint32(size));
        m_out.appendRaw(data, size);
    }
    void text(QByteArrayView value) { text(value.data(), size_t(value.size())); }
    void optional(QByteArrayView value) { value.isEmpty() ? null() : text(value); }
    void word(QLatin1String value) { text(value.data(), size_t(value.size())); }
    void bigint(qint64 value)
    {
        m_out.appendInt32(8);
        m_out.appendInt64(value);
    }
    void number(double value) { float8(storedDouble(value)); }
    void fixed(double value, int decimals) { float8(storedFixed(value, decimals)); }
    void wholeNumber(qint64 value) { float8(double(value)); }
    void inet(const IpAddress &ip)
    {
        // PostgreSQL's inet: family (2 IPv4, 3 IPv6), prefix bits, is_cidr, size, the bytes.
        const bool v4 = ip.isV4();
        const int size = v4 ? 4 : 16;
        m_out.appendInt32(4 + size);
        const char head[4] = {char(v4 ? 2 : 3), char(v4 ? 32 : 128), 0, char(size)};
        m_out.appendRaw(head, 4);
        m_out.appendRaw(reinterpret_cast<const char *>(ip.v6().data()) + (16 - size), size_t(size));
    }
    void csvValue(ColumnType type, QByteArrayView value)
    {
        if (value.isEmpty()) {
            null();
            return;
        }
        const char *end = value.data() + value.size();
        if (type == ColumnType::BigInt) {
            long long v = 0;
            if (std::from_chars(value.data(), end, v).ptr == end) {
                bigint(v);
                return;
            }
        } else if (type == ColumnType::Double) {
            double v = 0;
            if (std::from_chars(value.data(), end, v).ptr == end) {
                float8(v);
                return;
            }
        } else {
            text(value.data(), size_t(value.size()));
            return;
        }
        // RowValidator turned such a value away: the server says what is wrong with it.
        text(value.data(), size_t(value.size()));
    }
    void fields(const QByteArray &written) { m_out.appendRaw(written); }
    // Fields written before by a writer of this kind.
    void raw(const char *data, size_t size) { m_out.appendRaw(data, size); }

private:
    void float8(double value)
    {
        m_out.appendInt32(8);
        m_out.appendInt64(qint64(doubleBits(value)));
    }

    CopyBuffer &m_out;
};

} // namespace regionmap
