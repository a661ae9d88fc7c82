#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>

namespace regionmap {

// Between a decompressed download and its file: a tar archive (MaxMind ships its databases as
// .tar.gz, the .mmdb inside a dated folder) gives up its one .mmdb member, and anything that is
// not a tar archive passes through as it is. Write to it as to a file; finish() says whether a
// tar archive was whole and held an .mmdb file.
class TarMmdbFilter : public QIODevice
{
    Q_DECLARE_TR_FUNCTIONS(TarMmdbFilter)

public:
    explicit TarMmdbFilter(QIODevice *out);

    Status finish();
    bool isArchive() const { return m_mode == Mode::Tar; }
    QString memberName() const { return m_member; } // the .mmdb file taken from the archive

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    enum class Mode { Unknown, Tar, Plain };
    bool consumeHeader(const char *block);
    bool pass(const char *data, qint64 size);

    QIODevice *m_out;
    Mode m_mode = Mode::Unknown;
    QByteArray m_pending; // a partial 512-byte header block, or the first bytes
    qint64 m_left = 0; // bytes of the current member still to come
    qint64 m_padding = 0; // padding after it
    bool m_writing = false; // the current member is the .mmdb
    bool m_found = false;
    bool m_ended = false; // the two zero blocks were seen
    QString m_member;
    QString m_error;
};

} // namespace regionmap
