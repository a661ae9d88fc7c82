#include "gunzipstream.h"

#include <QIODevice>

#include <zlib.h>

namespace regionmap {

struct GunzipStream::Inflater
{
    z_stream z {};
    bool open = false;
    ~Inflater()
    {
        if (open)
            inflateEnd(&z);
    }
};

GunzipStream::GunzipStream(QIODevice *out)
    : m_out(out)
{ }

GunzipStream::~GunzipStream() = default;

Status GunzipStream::write(const char *data, qsizetype size)
{
    if (size <= 0)
        return {};
    if (m_out->write(data, size) != size)
        return Error(ErrorKind::Geolocation,
                     tr("The downloaded database could not be kept: %1").arg(m_out->errorString()));
    m_written += size;
    return {};
}

Status GunzipStream::feed(const char *data, qsizetype size)
{
    if (m_mode == Mode::Unknown) {
        m_head.append(data, size);
        if (m_head.size() < 2)
            return {};
        if (uchar(m_head.at(0)) == 0x1f && uchar(m_head.at(1)) == 0x8b) {
            m_mode = Mode::Gzip;
            m_inflater = std::make_unique<Inflater>();
            // 16 + MAX_WBITS: a gzip header and trailer (with its CRC-32 and length checked).
            if (inflateInit2(&m_inflater->z, 16 + MAX_WBITS) != Z_OK)
                return Error(ErrorKind::Internal, tr("Could not start decompressing."));
            m_inflater->open = true;
        } else {
            m_mode = Mode::Plain;
        }
        const QByteArray head = std::exchange(m_head, QByteArray());
        return feed(head.constData(), head.size());
    }
    if (m_mode == Mode::Plain)
        return write(data, size);
    return inflateSome(data, size);
}

Status GunzipStream::inflateSome(const char *data, qsizetype size)
{
    if (size <= 0)
        return {};
    if (m_ended)
        return Error(ErrorKind::Geolocation,
                     tr("The download holds data after the end of its gzip stream: it is not "
                        "one compressed database."));
    z_stream &z = m_inflater->z;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
    z.avail_in = uInt(size);
    char buffer[1 << 16];
    while (z.avail_in > 0 && !m_ended) {
        z.next_out = reinterpret_cast<Bytef *>(buffer);
        z.avail_out = sizeof buffer;
        const int rc = inflate(&z, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR)
            return Error(ErrorKind::Geolocation,
                         tr("The download is not a valid gzip file, or it is damaged (%1).")
                             .arg(QString::fromLatin1(z.msg ? z.msg : "inflate failed")));
        if (Status st = write(buffer, qsizetype(sizeof buffer - z.avail_out)); !st)
            return st;
        if (rc == Z_STREAM_END)
            m_ended = true;
        else if (rc == Z_BUF_ERROR && z.avail_out != 0)
            break;
    }
    if (m_ended && z.avail_in > 0)
        return Error(ErrorKind::Geolocation,
                     tr("The download holds data after the end of its gzip stream: it is not "
                        "one compressed database."));
    return {};
}

Status GunzipStream::finish()
{
    if (m_mode == Mode::Unknown) {
        const QByteArray head = std::exchange(m_head, QByteArray());
        m_mode = Mode::Plain;
        if (Status st = write(head.constData(), head.size()); !st)
            return st;
    }
    if (m_mode == Mode::Gzip && !m_ended)
        return Error(ErrorKind::Geolocation,
                     tr("The download is incomplete: its gzip stream ends early, after %1 bytes "
                        "of the database.")
                         .arg(m_written));
    return {};
}

} // namespace regionmap
