#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QString>

#include <memory>

namespace regionmap {

// What a data file is compressed with, told by its first bytes (not its name).
enum class Compression { None, Gzip, Zip };
Compression compressionOf(const QString &path);

// The decompressed bytes of a gzip file (.csv.gz; several members in a row are read as one), or
// of the one file in a zip archive, read as a stream: nothing is unpacked to disk. zlib inflates
// the gzip stream, minizip reads the zip. A damaged archive (a bad block, a wrong checksum, an
// archive cut short) makes read() fail with errorString() saying where; the bytes before it were
// read as they were.
class CompressedFile : public QIODevice
{
    Q_OBJECT

public:
    ~CompressedFile() override;

    // Opens `path` for reading; an error when it is not a gzip or zip file, when a zip holds no
    // file or more than one, or when it cannot be read.
    static Result<std::unique_ptr<CompressedFile>> open(const QString &path);

    Compression compression() const { return m_compression; }
    // The file's size on disk, and how far into it the bytes read so far come from (an estimate
    // within a zip member: its compressed share of what was read).
    qint64 compressedSize() const { return m_compressedSize; }
    qint64 compressedPos() const;
    // The name of the file inside a zip archive (empty for gzip).
    QString memberName() const { return m_member; }
    // The size of the decompressed data: a zip member's, or what a gzip file's trailer says (its
    // size modulo 4 GiB, of its last member); -1 when unknown.
    qint64 uncompressedSize() const { return m_uncompressedSize; }

    // A read found the archive damaged (errorString() says how).
    bool failed() const { return m_failed; }

    bool isSequential() const override { return true; }
    void close() override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    struct Gzip;
    struct Zip;
    CompressedFile() = default;
    qint64 readGzip(char *data, qint64 maxSize);
    qint64 readZip(char *data, qint64 maxSize);
    qint64 fail(const QString &message);

    Compression m_compression = Compression::None;
    QString m_path;
    QString m_member;
    qint64 m_compressedSize = 0;
    qint64 m_uncompressedSize = -1;
    qint64 m_out = 0; // decompressed bytes delivered
    bool m_failed = false;
    std::unique_ptr<Gzip> m_gzip;
    std::unique_ptr<Zip> m_zip;
};

} // namespace regionmap
