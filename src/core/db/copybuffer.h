#pragma once

#include <QByteArray>
#include <QtEndian>
#include <QtGlobal>

#include <cmath>
#include <cstring>
#include <memory>

namespace regionmap {

// Builds rows for PostgreSQL's COPY: the text format (tab-separated, \N for NULL, backslash
// escapes) and the pieces of the binary format. A plain growable byte buffer: appends are inline
// and check their room once.
class CopyBuffer
{
public:
    CopyBuffer() = default;
    CopyBuffer(CopyBuffer &&other) noexcept { swap(other); }
    CopyBuffer &operator=(CopyBuffer &&other) noexcept
    {
        swap(other);
        return *this;
    }
    CopyBuffer(const CopyBuffer &) = delete;
    CopyBuffer &operator=(const CopyBuffer &) = delete;

    void reserve(size_t bytes)
    {
        if (bytes > m_capacity)
            grow(bytes - m_size);
    }
    size_t size() const { return m_size; }
    const char *data() const { return m_data.get(); }
    void clear() { m_size = 0; }
    void truncate(size_t size) { m_size = size < m_size ? size : m_size; }

    void appendNull() { appendRaw("\\N", 2); }
    // Escapes backslash, tab, newline and carriage return.
    void appendText(const char *text, size_t size);
    void appendText(const QByteArray &text) { appendText(text.constData(), size_t(text.size())); }
    // Trusted text that needs no escaping (numbers, codes produced by RegionMap).
    void appendRaw(const char *text, size_t size)
    {
        char *out = room(size);
        std::memcpy(out, text, size);
        m_size += size;
    }
    void appendRaw(const QByteArray &text) { appendRaw(text.constData(), size_t(text.size())); }
    void appendInt(qint64 value);
    // Shortest text that reads back as the same double; 32-bit floats widened to double print as
    // the float they were ("38.13", not "38.130001068115234").
    void appendDouble(double value);
    // A fixed number of decimals (at most 9), rounded; far faster than appendDouble().
    void appendFixed(double value, int decimals);
    // How appendFixed() writes: a finite value within +-9e9 as the integer nearest to value *
    // fixedScale(decimals) with the point set before the last digits, anything else as
    // appendDouble() does. (The binary COPY writer gives the server the same value.)
    static bool writesFixed(double value)
    {
        return std::isfinite(value) && std::fabs(value) <= 9e9;
    }
    static qint64 fixedScale(int decimals)
    {
        constexpr qint64 kScale[]
            = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000};
        return kScale[decimals < 0 ? 0 : decimals > 9 ? 9 : decimals];
    }
    void separator() { appendChar('\t'); }

    // PostgreSQL's COPY binary format: integers in network byte order (etl/copyformat.h writes the
    // fields with them).
    void appendInt16(qint16 value) { appendBigEndian(quint16(value)); }
    void appendInt32(qint32 value) { appendBigEndian(quint32(value)); }
    void appendInt64(qint64 value) { appendBigEndian(quint64(value)); }
    // What a binary COPY's data starts and ends with.
    static QByteArray binaryHeader()
    {
        return QByteArray("PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0", 19);
    }
    static QByteArray binaryTrailer() { return QByteArray("\377\377", 2); }
    void endRow() { appendChar('\n'); }

    void swap(CopyBuffer &other) noexcept
    {
        std::swap(m_data, other.m_data);
        std::swap(m_size, other.m_size);
        std::swap(m_capacity, other.m_capacity);
    }

private:
    template<typename T>
    void appendBigEndian(T value)
    {
        char *out = room(sizeof value);
        qToBigEndian(value, out);
        m_size += sizeof value;
    }
    void appendChar(char c)
    {
        *room(1) = c;
        ++m_size;
    }
    char *room(size_t n)
    {
        if (m_size + n > m_capacity)
            grow(n);
        return m_data.get() + m_size;
    }
    void grow(size_t n);

    std::unique_ptr<char[]> m_data;
    size_t m_size = 0;
    size_t m_capacity = 0;
};

} // namespace regionmap
