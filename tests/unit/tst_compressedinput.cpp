// .csv.gz and .zip inputs (issue 22): CsvReader and CsvSniffer read them streaming, through zlib
// and minizip, and give the same records as the plain file; progress counts compressed bytes;
// a damaged or cut archive ends the read with a message that says so, after the rows before it.

#include "csv/compressedfile.h"
#include "csv/csvreader.h"
#include "csv/csvsniffer.h"
#include "csvtesthelpers.h"
#include "peoplecsv.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <minizip/zip.h>
#include <zlib.h>

using namespace regionmap;
using namespace regionmap::test;
using namespace csvtest;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeBytes(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

// gzip members, one per part (a file of several members in a row, as `cat a.gz b.gz` makes).
void writeGzip(const QString &path, const QList<QByteArray> &parts)
{
    QFile::remove(path);
    for (const QByteArray &part : parts) {
        gzFile gz = gzopen(QFile::encodeName(path).constData(), "ab");
        QVERIFY(gz);
        QCOMPARE(gzwrite(gz, part.constData(), unsigned(part.size())), int(part.size()));
        QCOMPARE(gzclose(gz), Z_OK);
    }
}

// Member names as bytes: a zip made on Windows stores them in CP437, not UTF-8.
void writeZipBytes(const QString &path, const QList<std::pair<QByteArray, QByteArray>> &members)
{
    QFile::remove(path);
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), 0);
    QVERIFY(zip);
    for (const auto &[name, data] : members) {
        zip_fileinfo info {};
        QCOMPARE(zipOpenNewFileInZip64(zip, name.constData(), &info, nullptr, 0, nullptr, 0,
                                       nullptr, Z_DEFLATED, Z_DEFAULT_COMPRESSION, 0),
                 ZIP_OK);
        QCOMPARE(zipWriteInFileInZip(zip, data.constData(), unsigned(data.size())), ZIP_OK);
        QCOMPARE(zipCloseFileInZip(zip), ZIP_OK);
    }
    QCOMPARE(zipClose(zip, nullptr), ZIP_OK);
}

void writeZip(const QString &path, const QList<std::pair<QString, QByteArray>> &members)
{
    QList<std::pair<QByteArray, QByteArray>> named;
    for (const auto &[name, data] : members)
        named.append({name.toUtf8(), data});
    writeZipBytes(path, named);
}

struct Read
{
    Collected got;
    Status opened;
    Error error;
    qint64 bytesRead = 0;
    qint64 fileSize = 0;
};

Read readFile(const QString &path)
{
    Read r;
    CsvDialect dialect;
    dialect.hasHeader = true;
    CsvReader reader(dialect);
    reader.setBufferSize(64 * 1024); // many refills: the inflater is fed in pieces
    r.opened = reader.open(path);
    if (!r.opened)
        return r;
    r.got = readAll(reader);
    r.error = reader.error();
    r.bytesRead = reader.bytesRead();
    r.fileSize = reader.fileSize();
    return r;
}

} // namespace

class TestCompressedInput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_plain;
    QByteArray m_data;
    Read m_expected;

    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_plain = path("people.csv");
        writePeople(m_plain, 20000);
        m_data = fileBytes(m_plain);
        m_expected = readFile(m_plain);
        QVERIFY(m_expected.opened);
        QCOMPARE(m_expected.got.rows.size(), qsizetype(20000));
    }

    void gzipReadsTheSameRecords()
    {
        const QString gz = path("people.csv.gz");
        writeGzip(gz, {m_data});
        QCOMPARE(compressionOf(gz), Compression::Gzip);
        QCOMPARE(compressionOf(m_plain), Compression::None);
        const Read r = readFile(gz);
        QVERIFY2(r.opened, qPrintable(r.opened ? QString() : r.opened.error().message));
        QVERIFY2(r.got.problem.isEmpty(), qPrintable(r.got.problem));
        QVERIFY(r.error.message.isEmpty());
        QCOMPARE(r.got.rows, m_expected.got.rows);
        // Progress counts the compressed bytes: all of them at the end.
        QCOMPARE(r.fileSize, QFileInfo(gz).size());
        QVERIFY(r.fileSize < m_data.size() / 3);
        QCOMPARE(r.bytesRead, r.fileSize);
    }

    void concatenatedGzipMembersAreOneFile()
    {
        const QString gz = path("parts.csv.gz");
        const qsizetype half = m_data.indexOf('\n', m_data.size() / 2) + 1;
        writeGzip(gz, {m_data.left(half), m_data.mid(half)});
        const Read r = readFile(gz);
        QVERIFY(r.opened);
        QVERIFY(r.error.message.isEmpty());
        QCOMPARE(r.got.rows, m_expected.got.rows);
    }

    // Zero bytes after the last member (padding to a block size) are not data: the file reads
    // whole. Other bytes there are damage, and the read says so.
    void zeroPaddingAfterTheLastGzipMember()
    {
        const QString gz = path("padded.csv.gz");
        const qsizetype half = m_data.indexOf('\n', m_data.size() / 2) + 1;
        writeGzip(gz, {m_data.left(half), m_data.mid(half)});
        QFile f(gz);
        QVERIFY(f.open(QIODevice::Append));
        f.write(QByteArray(70000, '\0')); // more than one read of the compressed input
        f.close();
        const Read r = readFile(gz);
        QVERIFY(r.opened);
        QVERIFY2(r.error.message.isEmpty(), qPrintable(r.error.message));
        QCOMPARE(r.got.rows, m_expected.got.rows);

        QVERIFY(f.open(QIODevice::Append));
        f.write("junk");
        f.close();
        const Read junk = readFile(gz);
        QVERIFY(junk.opened);
        QVERIFY2(junk.error.message.contains(QLatin1String("damaged")),
                 qPrintable(junk.error.message));
    }

    void zipOfOneCsvReadsTheSameRecords()
    {
        const QString zip = path("people.zip");
        writeZip(zip, {{QStringLiteral("export/people.csv"), m_data}});
        QCOMPARE(compressionOf(zip), Compression::Zip);
        const Read r = readFile(zip);
        QVERIFY2(r.opened, qPrintable(r.opened ? QString() : r.opened.error().message));
        QVERIFY(r.error.message.isEmpty());
        QCOMPARE(r.got.rows, m_expected.got.rows);
        QCOMPARE(r.fileSize, QFileInfo(zip).size());
        QVERIFY(r.bytesRead > r.fileSize * 8 / 10 && r.bytesRead <= r.fileSize);
        Result<std::unique_ptr<CompressedFile>> f = CompressedFile::open(zip);
        QVERIFY(f);
        QCOMPARE(f.value()->memberName(), QStringLiteral("export/people.csv"));
        QCOMPARE(f.value()->uncompressedSize(), qint64(m_data.size()));
    }

    // A member named in CP437 (a zip from Windows Explorer: "Kundenübersicht.csv" with ü as
    // 0x81), and one whose name is longer than the reader's buffer: both are read.
    void zipMemberNamesThatAreNotUtf8OrVeryLong()
    {
        const QString cp437 = path("cp437.zip");
        writeZipBytes(cp437, {{QByteArray("Kunden\x81"
                                          "bersicht.csv"),
                               m_data}});
        const Read r = readFile(cp437);
        QVERIFY2(r.opened, qPrintable(r.opened ? QString() : r.opened.error().message));
        QVERIFY(r.error.message.isEmpty());
        QCOMPARE(r.got.rows, m_expected.got.rows);

        const QString longName = path("long.zip");
        writeZipBytes(longName, {{QByteArray(1100, 'n') + ".csv", m_data}});
        const Read l = readFile(longName);
        QVERIFY2(l.opened, qPrintable(l.opened ? QString() : l.opened.error().message));
        QCOMPARE(l.got.rows, m_expected.got.rows);
        Result<std::unique_ptr<CompressedFile>> f = CompressedFile::open(longName);
        QVERIFY(f);
        QCOMPARE(f.value()->memberName(), QString(1024, QLatin1Char('n')));
    }

    void aZipOfSeveralFilesIsRefused()
    {
        const QString zip = path("two.zip");
        writeZip(zip, {{QStringLiteral("a.csv"), m_data.left(1000)},
                       {QStringLiteral("b.csv"), m_data.left(1000)}});
        const Read r = readFile(zip);
        QVERIFY(!r.opened);
        QVERIFY2(r.opened.error().message.contains(QLatin1String("holds 2 files")),
                 qPrintable(r.opened.error().message));
        QVERIFY(r.opened.error().message.contains(QLatin1String("a.csv, b.csv")));
        const QString empty = path("empty.zip");
        writeZip(empty, {});
        QVERIFY(!readFile(empty).opened);
    }

    // A damaged block: the read fails and says where, after the records before it.
    void aDamagedGzipFailsAfterTheRowsBeforeIt()
    {
        const QString gz = path("damaged.csv.gz");
        writeGzip(gz, {m_data});
        QByteArray bytes = fileBytes(gz);
        for (qsizetype i = bytes.size() / 2; i < bytes.size() / 2 + 64; ++i)
            bytes[i] = char(~bytes[i]);
        writeBytes(gz, bytes);
        const Read r = readFile(gz);
        QVERIFY(r.opened);
        QVERIFY2(r.error.message.contains(QLatin1String("damaged")), qPrintable(r.error.message));
        QVERIFY(r.error.message.contains(QDir::toNativeSeparators(gz)));
        QVERIFY(r.got.rows.size() > 1000);
        QVERIFY(r.got.rows.size() < m_expected.got.rows.size());
        // The rows before the damage are the file's. (Deflate may decode damaged bytes into
        // garbage for a while before it notices; the run fails on the error and rolls back all
        // of it, so no such row stays: tst_compressedruns.)
        for (qsizetype i = 0; i < 1000; ++i)
            QCOMPARE(r.got.rows[i], m_expected.got.rows[i]);
    }

    void aCutGzipSaysItEndsTooEarly()
    {
        const QString gz = path("cut.csv.gz");
        writeGzip(gz, {m_data});
        writeBytes(gz, fileBytes(gz).left(QFileInfo(gz).size() * 2 / 3));
        const Read r = readFile(gz);
        QVERIFY(r.opened);
        QVERIFY2(r.error.message.contains(QLatin1String("ends too early")),
                 qPrintable(r.error.message));
    }

    void aZipWithABadChecksumFails()
    {
        const QString zip = path("crc.zip");
        writeZip(zip, {{QStringLiteral("people.csv"), m_data}});
        QByteArray bytes = fileBytes(zip);
        // The member's CRC-32 in its local header (offset 14) and central directory entry.
        const qsizetype central = bytes.indexOf(QByteArray("PK\x01\x02", 4));
        QVERIFY(central > 0);
        for (const qsizetype at : {qsizetype(14), central + 16})
            bytes[at] = char(bytes[at] ^ 0x5a);
        writeBytes(zip, bytes);
        const Read r = readFile(zip);
        QVERIFY(r.opened);
        QVERIFY2(r.error.message.contains(QLatin1String("checksum")), qPrintable(r.error.message));
    }

    // The sniffer and its preview read the decompressed bytes; the row estimate uses the data's
    // size, not the archive's.
    void theSnifferReadsArchives()
    {
        const Result<SniffResult> plain = CsvSniffer::sniff(m_plain);
        QVERIFY(plain);
        for (const QString &archive : {path("people.csv.gz"), path("people.zip")}) {
            const Result<SniffResult> s = CsvSniffer::sniff(archive);
            QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
            QCOMPARE(s->dialect.delimiter, plain->dialect.delimiter);
            QCOMPARE(s->columnNames, plain->columnNames);
            QCOMPARE(s->ipColumn, plain->ipColumn);
            QCOMPARE(s->previewRows, plain->previewRows);
            QVERIFY(qAbs(s->estimatedRows - plain->estimatedRows) <= plain->estimatedRows / 50);
        }
        const Result<SniffResult> damaged = CsvSniffer::sniff(path("two.zip"));
        QVERIFY(!damaged);
    }
};

QTEST_MAIN(TestCompressedInput)
#include "tst_compressedinput.moc"
