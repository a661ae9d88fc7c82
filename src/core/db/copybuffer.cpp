#include "copybuffer.h"

#include <charconv>
#include <cmath>
#include <cstdint>

namespace regionmap {

namespace {

// 0: copy as is; otherwise the letter after the backslash.
struct EscapeTable
{
    char code[256] = {};
    constexpr EscapeTable()
    {
        code[int('\\')] = '\\';
        code[int('\t')] = 't';
        code[int('\n')] = 'n';
        code[int('\r')] = 'r';
    }
};
constexpr EscapeTable kEscape;

} // namespace

void CopyBuffer::grow(size_t n)
{
    size_t capacity = m_capacity ? m_capacity : 4096;
    while (capacity < m_size + n)
        capacity *= 2;
    std::unique_ptr<char[]> data(new char[capacity]);
    if (m_size)
        std::memcpy(data.get(), m_data.get(), m_size);
    m_data = std::move(data);
    m_capacity = capacity;
}

namespace {

// True when any byte of v is one that COPY text needs escaped: \\ \t \n \r.
inline bool hasSpecialByte(uint64_t v)
{
    constexpr uint64_t ones = 0x0101010101010101ull;
    constexpr uint64_t highs = 0x8080808080808080ull;
    const auto zeroByte = [](uint64_t x) {
        return (x - ones) & ~x & highs;
    };
    return zeroByte(v ^ (ones * 0x5C)) | zeroByte(v ^ (ones * 0x09)) | zeroByte(v ^ (ones * 0x0A))
           | zeroByte(v ^ (ones * 0x0D));
}

} // namespace

void CopyBuffer::appendText(const char *text, size_t size)
{
    char *out = room(size * 2);
    const char *const start = out;
    size_t i = 0;
    // Eight bytes at a time while none needs escaping (the usual case for a whole field).
    while (i + 8 <= size) {
        uint64_t v;
        std::memcpy(&v, text + i, 8);
        if (hasSpecialByte(v))
            break;
        std::memcpy(out, &v, 8);
        out += 8;
        i += 8;
    }
    for (; i < size; ++i) {
        const char c = text[i];
        const char e = kEscape.code[static_cast<unsigned char>(c)];
        if (Q_LIKELY(!e)) {
            *out++ = c;
        } else {
            *out++ = '\\';
            *out++ = e;
        }
    }
    m_size += size_t(out - start);
}

void CopyBuffer::appendInt(qint64 value)
{
    char *out = room(24);
    const auto res = std::to_chars(out, out + 24, value);
    m_size += size_t(res.ptr - out);
}

void CopyBuffer::appendDouble(double value)
{
    char *out = room(32);
    const float asFloat = float(value);
    const auto res = double(asFloat) == value ? std::to_chars(out, out + 32, asFloat)
                                              : std::to_chars(out, out + 32, value);
    m_size += size_t(res.ptr - out);
}

void CopyBuffer::appendFixed(double value, int decimals)
{
    decimals = decimals < 0 ? 0 : decimals > 9 ? 9 : decimals;
    if (!writesFixed(value)) {
        appendDouble(value);
        return;
    }
    const qint64 scale = fixedScale(decimals);
    const qint64 scaled = std::llround(value * double(scale));
    const bool negative = scaled < 0;
    const quint64 magnitude = negative ? quint64(-scaled) : quint64(scaled);
    const quint64 whole = magnitude / quint64(scale);
    quint64 fraction = magnitude % quint64(scale);
    char *out = room(32);
    char *p = out;
    if (negative)
        *p++ = '-';
    p = std::to_chars(p, p + 24, whole).ptr;
    if (decimals > 0) {
        *p++ = '.';
        for (int i = decimals - 1; i >= 0; --i) {
            p[i] = char('0' + fraction % 10);
            fraction /= 10;
        }
        p += decimals;
    }
    m_size += size_t(p - out);
}

} // namespace regionmap
