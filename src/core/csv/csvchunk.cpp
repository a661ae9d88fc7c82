#include "csvchunk.h"

#include <cstring>

namespace regionmap {

namespace {
// Buffers that grew past these for one huge record are released on clear(), so that memory
// stays flat after it.
constexpr qsizetype kKeepBytes = qsizetype(16) << 20;
constexpr size_t kKeepFields = size_t(1) << 20;
} // namespace

QString CsvChunk::Reject::rawText(TextEncoding encoding) const
{
    QString text
        = encoding == TextEncoding::Latin1 ? QString::fromLatin1(raw) : QString::fromUtf8(raw);
    text.replace(QChar(0), QChar(0x2400));
    return text;
}

CsvChunk::CsvChunk() = default;
CsvChunk::~CsvChunk() = default;
CsvChunk::CsvChunk(CsvChunk &&other) noexcept = default;
CsvChunk &CsvChunk::operator=(CsvChunk &&other) noexcept = default;

void CsvChunk::clear()
{
    m_size = 0;
    if (m_capacity > kKeepBytes) {
        m_data.reset();
        m_capacity = 0;
    }
    m_rows.clear();
    m_rejects.clear();
    if (m_fields.capacity() > kKeepFields)
        std::vector<Span>().swap(m_fields);
    else
        m_fields.clear();
}

void CsvChunk::grow(qsizetype n)
{
    qsizetype capacity = qMax<qsizetype>(m_capacity * 2, qsizetype(1) << 16);
    while (capacity - m_size < n)
        capacity *= 2;
    std::unique_ptr<char[]> data(new char[size_t(capacity)]);
    if (m_size > 0)
        std::memcpy(data.get(), m_data.get(), size_t(m_size));
    m_data = std::move(data);
    m_capacity = capacity;
}

} // namespace regionmap
