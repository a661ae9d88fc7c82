#include "tarmmdbfilter.h"

#include <cstring>

namespace regionmap {

namespace {

constexpr qint64 kBlock = 512;

// A tar header's octal number field (size), or -1.
qint64 octal(const char *field, int length)
{
    qint64 value = 0;
    bool digits = false;
    for (int i = 0; i < length; ++i) {
        const char c = field[i];
        if (c >= '0' && c <= '7') {
            value = value * 8 + (c - '0');
            digits = true;
        } else if (c == ' ' || c == '\0') {
            if (digits)
                break;
        } else {
            return -1;
        }
    }
    return digits ? value : -1;
}

} // namespace

TarMmdbFilter::TarMmdbFilter(QIODevice *out)
    : m_out(out)
{
    open(QIODevice::WriteOnly);
}

bool TarMmdbFilter::pass(const char *data, qint64 size)
{
    if (size > 0 && m_out->write(data, size) != size) {
        m_error = m_out->errorString();
        setErrorString(m_error);
        return false;
    }
    return true;
}

bool TarMmdbFilter::consumeHeader(const char *block)
{
    static const char zeros[kBlock] = {};
    if (std::memcmp(block, zeros, kBlock) == 0) {
        m_ended = true; // the end of the archive; what follows is padding
        return true;
    }
    const qint64 size = octal(block + 124, 12);
    if (size < 0) {
        m_error = tr("The archive is damaged: a member has no valid size.");
        setErrorString(m_error);
        return false;
    }
    QByteArray name(block, int(qstrnlen(block, 100)));
    if (std::memcmp(block + 257, "ustar", 5) == 0) {
        const QByteArray prefix(block + 345, int(qstrnlen(block + 345, 155)));
        if (!prefix.isEmpty())
            name = prefix + '/' + name;
    }
    const char type = block[156];
    m_left = size;
    m_padding = (kBlock - size % kBlock) % kBlock;
    m_writing = !m_found && (type == '0' || type == '\0') && name.endsWith(".mmdb");
    if (m_writing) {
        m_found = true;
        m_member = QString::fromUtf8(name);
    }
    return true;
}

qint64 TarMmdbFilter::writeData(const char *data, qint64 size)
{
    if (!m_error.isEmpty())
        return -1;
    qint64 at = 0;
    if (m_mode == Mode::Unknown) {
        m_pending.append(data, size);
        if (m_pending.size() < kBlock)
            return size;
        m_mode
            = std::memcmp(m_pending.constData() + 257, "ustar", 5) == 0 ? Mode::Tar : Mode::Plain;
        const QByteArray head = std::exchange(m_pending, QByteArray());
        if (m_mode == Mode::Plain)
            return pass(head.constData(), head.size()) ? size : -1;
        // Go on with the buffered bytes as if they had just arrived.
        m_mode = Mode::Tar;
        return writeData(head.constData(), head.size()) < 0 ? -1 : size;
    }
    if (m_mode == Mode::Plain)
        return pass(data, size) ? size : -1;

    while (at < size) {
        if (m_left > 0) {
            const qint64 n = std::min(m_left, size - at);
            if (m_writing && !pass(data + at, n))
                return -1;
            m_left -= n;
            at += n;
            continue;
        }
        if (m_padding > 0) {
            const qint64 n = std::min(m_padding, size - at);
            m_padding -= n;
            at += n;
            continue;
        }
        if (m_ended) {
            at = size; // the zero blocks and the record padding after the end
            break;
        }
        const qint64 need = kBlock - m_pending.size();
        const qint64 n = std::min(need, size - at);
        m_pending.append(data + at, n);
        at += n;
        if (m_pending.size() == kBlock) {
            const QByteArray block = std::exchange(m_pending, QByteArray());
            if (!consumeHeader(block.constData()))
                return -1;
        }
    }
    return size;
}

Status TarMmdbFilter::finish()
{
    if (m_mode == Mode::Unknown) {
        const QByteArray head = std::exchange(m_pending, QByteArray());
        m_mode = Mode::Plain;
        if (!pass(head.constData(), head.size()))
            return Error(ErrorKind::Geolocation,
                         tr("Could not write the downloaded database: %1").arg(m_error));
    }
    if (!m_error.isEmpty())
        return Error(ErrorKind::Geolocation, m_error);
    if (m_mode == Mode::Tar) {
        if (m_left > 0 || !m_pending.isEmpty())
            return Error(ErrorKind::Geolocation,
                         tr("The archive is incomplete: it ends inside a member."));
        if (!m_found)
            return Error(ErrorKind::Geolocation,
                         tr("The archive holds no .mmdb file: it is not a database download."));
    }
    return {};
}

} // namespace regionmap
