#include "compressedfile.h"

#include <QDir>
#include <QFile>

#include <algorithm>

#include <minizip/unzip.h>
#include <zlib.h>

#include <vector>

namespace regionmap {

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

Compression compressionOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Compression::None;
    const QByteArray head = file.read(4);
    if (head.startsWith("\x1f\x8b"))
        return Compression::Gzip;
    if (head == QByteArray("PK\x03\x04", 4) || head == QByteArray("PK\x05\x06", 4))
        return Compression::Zip;
    return Compression::None;
}

struct CompressedFile::Gzip
{
    QFile file;
    z_stream z {};
    bool initialised = false;
    bool streamEnd = false; // the current member ended
    std::vector<unsigned char> in = std::vector<unsigned char>(256 * 1024);
    qint64 consumed = 0; // compressed bytes inflated

    ~Gzip()
    {
        if (initialised)
            inflateEnd(&z);
    }
};

struct CompressedFile::Zip
{
    unzFile zip = nullptr;
    bool open = false;
    qint64 dataStart = 0; // where the member's compressed bytes start
    qint64 packed = 0; // its compressed size
    qint64 unpacked = 0; // and its size

    ~Zip()
    {
        if (open)
            unzCloseCurrentFile(zip);
        if (zip)
            unzClose(zip);
    }
};

CompressedFile::~CompressedFile() = default;

Result<std::unique_ptr<CompressedFile>> CompressedFile::open(const QString &path)
{
    std::unique_ptr<CompressedFile> f(new CompressedFile);
    f->m_path = path;
    f->m_compression = compressionOf(path);
    f->m_compressedSize = QFileInfo(path).size();
    if (f->m_compression == Compression::Gzip) {
        f->m_gzip = std::make_unique<Gzip>();
        Gzip &g = *f->m_gzip;
        g.file.setFileName(path);
        if (!g.file.open(QIODevice::ReadOnly))
            return Error(tr("The file %1 cannot be opened for reading. Check that your user may "
                            "read it, or copy it to one of your folders.")
                             .arg(shown(path)),
                         g.file.errorString());
        if (f->m_compressedSize >= 18 && g.file.seek(f->m_compressedSize - 4)) {
            const QByteArray isize = g.file.read(4);
            if (isize.size() == 4)
                f->m_uncompressedSize = qint64(quint8(isize[0])) | qint64(quint8(isize[1])) << 8
                                        | qint64(quint8(isize[2])) << 16
                                        | qint64(quint8(isize[3])) << 24;
            g.file.seek(0);
        }
        // 15 + 16: a gzip wrapper (not zlib's, not raw deflate).
        if (inflateInit2(&g.z, 15 + 16) != Z_OK)
            return Error(ErrorKind::Internal, tr("zlib could not start."));
        g.initialised = true;
    } else if (f->m_compression == Compression::Zip) {
        f->m_zip = std::make_unique<Zip>();
        Zip &z = *f->m_zip;
        z.zip = unzOpen64(QFile::encodeName(path).constData());
        if (!z.zip)
            return Error(tr("%1 is not a zip archive RegionMap can read: its table of contents "
                            "is missing or damaged. Unpack it with another tool and choose the "
                            "CSV file.")
                             .arg(shown(path)));
        // Exactly one file (folders do not count). Its place is kept: finding it again by its
        // name would fail for a name the archive does not store in UTF-8 (CP437 from Windows).
        QStringList files;
        unz64_file_pos place {};
        for (int r = unzGoToFirstFile(z.zip); r == UNZ_OK; r = unzGoToNextFile(z.zip)) {
            unz_file_info64 info;
            char name[1024];
            if (unzGetCurrentFileInfo64(z.zip, &info, name, sizeof name, nullptr, 0, nullptr, 0)
                != UNZ_OK)
                break;
            // No terminating NUL when the name fills the buffer: its length is the stored one.
            const size_t length = std::min<size_t>(size_t(info.size_filename), sizeof name);
            const QString member = QString::fromUtf8(name, qsizetype(length));
            if (!member.endsWith(QLatin1Char('/'))) {
                files << member;
                unzGetFilePos64(z.zip, &place);
            }
        }
        if (files.size() != 1)
            return Error(files.isEmpty()
                             ? tr("The zip archive %1 holds no file. Choose the CSV file itself, "
                                  "or a zip that holds it.")
                                   .arg(shown(path))
                             : tr("The zip archive %1 holds %2 files (%3); RegionMap reads a zip "
                                  "that holds one CSV file. Unpack it and choose the CSV file, "
                                  "or make a zip of that file alone.")
                                   .arg(shown(path))
                                   .arg(files.size())
                                   .arg(files.mid(0, 3).join(QStringLiteral(", "))));
        f->m_member = files.first();
        unz_file_info64 info;
        if (unzGoToFilePos64(z.zip, &place) != UNZ_OK
            || unzGetCurrentFileInfo64(z.zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK
            || unzOpenCurrentFile(z.zip) != UNZ_OK)
            return Error(tr("The file %1 in the zip archive %2 cannot be read: the archive is "
                            "damaged, encrypted or uses a compression RegionMap does not read. "
                            "Unpack it with another tool and choose the CSV file.")
                             .arg(f->m_member, shown(path)));
        z.open = true;
        z.dataStart = qint64(unzGetCurrentFileZStreamPos64(z.zip));
        z.packed = qint64(info.compressed_size);
        z.unpacked = qint64(info.uncompressed_size);
        f->m_uncompressedSize = z.unpacked;
    } else {
        return Error(tr("%1 is neither a gzip nor a zip file.").arg(shown(path)));
    }
    f->QIODevice::open(QIODevice::ReadOnly);
    return f;
}

void CompressedFile::close()
{
    m_gzip.reset();
    m_zip.reset();
    QIODevice::close();
}

qint64 CompressedFile::compressedPos() const
{
    if (m_gzip)
        return m_gzip->consumed;
    if (m_zip) {
        if (m_zip->unpacked <= 0)
            return m_zip->dataStart + m_zip->packed;
        return m_zip->dataStart
               + qint64(double(m_zip->packed) * double(m_out) / double(m_zip->unpacked));
    }
    return m_compressedSize;
}

qint64 CompressedFile::fail(const QString &message)
{
    m_failed = true;
    setErrorString(message);
    return -1;
}

qint64 CompressedFile::readData(char *data, qint64 maxSize)
{
    if (m_failed)
        return -1;
    const qint64 n = m_gzip ? readGzip(data, maxSize) : m_zip ? readZip(data, maxSize) : -1;
    if (n > 0)
        m_out += n;
    return n;
}

qint64 CompressedFile::readGzip(char *data, qint64 maxSize)
{
    Gzip &g = *m_gzip;
    z_stream &z = g.z;
    z.next_out = reinterpret_cast<Bytef *>(data);
    z.avail_out = uInt(std::min<qint64>(maxSize, 1 << 30));
    while (z.avail_out > 0) {
        if (z.avail_in == 0) {
            const qint64 got
                = g.file.read(reinterpret_cast<char *>(g.in.data()), qint64(g.in.size()));
            if (got < 0)
                return fail(tr("Reading %1 failed: %2").arg(shown(m_path), g.file.errorString()));
            if (got == 0) {
                if (!g.streamEnd)
                    return fail(tr("The gzip file %1 ends too early, after %2 bytes: it was cut "
                                   "short (a download or copy that did not finish). Get the "
                                   "whole file again.")
                                    .arg(shown(m_path))
                                    .arg(g.consumed));
                break; // the end, after a whole member
            }
            z.next_in = g.in.data();
            z.avail_in = uInt(got);
        }
        if (g.streamEnd) {
            // Zero bytes after a member are padding (to a block size, by some tools), not another
            // member: skipped, and the file may end after them.
            while (z.avail_in > 0 && *z.next_in == 0) {
                ++z.next_in;
                --z.avail_in;
                ++g.consumed;
            }
            if (z.avail_in == 0)
                continue;
            // Another member follows (gzip files may be concatenated).
            inflateReset(&z);
            g.streamEnd = false;
        }
        const uInt before = z.avail_in;
        const int r = inflate(&z, Z_NO_FLUSH);
        g.consumed += qint64(before - z.avail_in);
        if (r == Z_STREAM_END) {
            g.streamEnd = true;
            continue;
        }
        if (r != Z_OK && r != Z_BUF_ERROR)
            return fail(tr("The gzip file %1 is damaged near byte %2 of %3 (%4). Get the file "
                           "again, or unpack what can be read with another tool.")
                            .arg(shown(m_path))
                            .arg(g.consumed)
                            .arg(m_compressedSize)
                            .arg(QString::fromLatin1(z.msg ? z.msg : "zlib error")));
    }
    return qint64(reinterpret_cast<char *>(z.next_out) - data);
}

qint64 CompressedFile::readZip(char *data, qint64 maxSize)
{
    const int n
        = unzReadCurrentFile(m_zip->zip, data, unsigned(std::min<qint64>(maxSize, 1 << 30)));
    if (n > 0)
        return n;
    if (n == 0) {
        // The end: the member's checksum is checked as it is closed.
        if (m_zip->open) {
            m_zip->open = false;
            if (unzCloseCurrentFile(m_zip->zip) == UNZ_CRCERROR)
                return fail(tr("The file %1 in the zip archive %2 is damaged: its checksum does "
                               "not match. Get the archive again.")
                                .arg(m_member, shown(m_path)));
        }
        return 0;
    }
    if (n == UNZ_CRCERROR)
        return fail(tr("The file %1 in the zip archive %2 is damaged: its checksum does not "
                       "match. Get the archive again.")
                        .arg(m_member, shown(m_path)));
    return fail(tr("The file %1 in the zip archive %2 is damaged after %3 bytes (minizip error "
                   "%4). Get the archive again, or unpack what can be read with another tool.")
                    .arg(m_member, shown(m_path))
                    .arg(m_out)
                    .arg(n));
}

} // namespace regionmap
