#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <memory>

class QIODevice;

namespace regionmap {

// Decompresses a gzip stream as its bytes arrive, writing the output to a device; a stream that
// does not start with the gzip magic is passed through as it is (a plain .mmdb). finish() says
// whether the stream was whole: a gzip stream cut short, or with bytes after its end, is an
// error.
class GunzipStream
{
    Q_DECLARE_TR_FUNCTIONS(GunzipStream)

public:
    explicit GunzipStream(QIODevice *out);
    ~GunzipStream();
    GunzipStream(const GunzipStream &) = delete;
    GunzipStream &operator=(const GunzipStream &) = delete;

    Status feed(const char *data, qsizetype size);
    Status finish();

    bool compressed() const { return m_mode == Mode::Gzip; }
    qint64 written() const { return m_written; }

private:
    enum class Mode { Unknown, Gzip, Plain };
    struct Inflater;

    Status write(const char *data, qsizetype size);
    Status inflateSome(const char *data, qsizetype size);

    QIODevice *m_out;
    Mode m_mode = Mode::Unknown;
    QByteArray m_head; // the first bytes, until the magic can be told
    std::unique_ptr<Inflater> m_inflater;
    bool m_ended = false; // the gzip stream's end was seen
    qint64 m_written = 0;
};

} // namespace regionmap
