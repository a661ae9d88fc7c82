#include "csvtesthelpers.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <sys/fsuid.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace regionmap;
using namespace csvtest;

// Opening errors, and files that change while they are read.
class TestCsvReaderFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString writeFile(const QByteArray &content)
    {
        const QString path = m_dir.filePath(QStringLiteral("f%1.csv").arg(++m_files));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void openErrors_data();
    void openErrors();
    void unreadableFile();
    void readErrorIsReported();
    void fileShrinksWhileRead_data();
    void fileShrinksWhileRead();
    void fileGrowsWhileRead();
};

void TestCsvReaderFiles::openErrors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("delimiter");
    QTest::addColumn<QStringList>("parts"); // each must occur in the message
    const QString missing = m_dir.filePath(QStringLiteral("missing.csv"));
    const QString shown = QDir::toNativeSeparators(missing);
    QTest::newRow("missing") << missing << QByteArray(",")
                             << QStringList {shown, QStringLiteral("does not exist")};
    QTest::newRow("directory") << m_dir.path() << QByteArray(",")
                               << QStringList {QDir::toNativeSeparators(m_dir.path()),
                                               QStringLiteral("is a folder")};
    QTest::newRow("empty path") << QString() << QByteArray(",")
                                << QStringList {QStringLiteral("No file was given")};
#ifdef Q_OS_LINUX
    const QString fifo = m_dir.filePath(QStringLiteral("pipe.csv"));
    ::mkfifo(QFile::encodeName(fifo).constData(), 0600);
    QTest::newRow("fifo") << fifo << QByteArray(",")
                          << QStringList {QDir::toNativeSeparators(fifo),
                                          QStringLiteral("not a regular file")};
#endif
    QTest::newRow("utf-16 le") << writeFile(bytes("\xFF\xFE"
                                                  "a\0,\0b\0\n\0"))
                               << QByteArray(",")
                               << QStringList {QStringLiteral("UTF-16"),
                                               QStringLiteral("CSV UTF-8")};
    QTest::newRow("utf-16 be") << writeFile(bytes("\xFE\xFF\0a\0,\0b")) << QByteArray(",")
                               << QStringList {QStringLiteral("UTF-16")};
    QTest::newRow("header quote never closed")
        << writeFile(bytes("\"a,b\n1,2\n")) << QByteArray(",")
        << QStringList {QStringLiteral("header row"), QStringLiteral("(line 1)"),
                        QStringLiteral("never closed")};
    QTest::newRow("header not utf-8")
        << writeFile(bytes("n\xE4me,b\n1,2\n")) << QByteArray(",")
        << QStringList {QStringLiteral("header row"), QStringLiteral("not valid UTF-8")};
    QTest::newRow("delimiter is the quote") << writeFile(bytes("a,b\n")) << QByteArray("\"")
                                            << QStringList {QStringLiteral("must differ")};
}

void TestCsvReaderFiles::openErrors()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, delimiter);
    QFETCH(QStringList, parts);
    CsvDialect dialect;
    dialect.delimiter = delimiter.at(0);
    CsvReader reader(dialect);
    const Status opened = reader.open(path);
    QVERIFY(!opened.isOk());
    for (const QString &part : parts)
        QVERIFY2(opened.error().message.contains(part), qPrintable(opened.error().message));
    QVERIFY(!reader.isOpen());
    CsvChunk chunk;
    QVERIFY(!reader.readChunk(chunk));
}

void TestCsvReaderFiles::unreadableFile()
{
#ifdef Q_OS_LINUX
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Searchable by others, so that only the file's own mode stands in the way.
    QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                  | QFile::ReadOther | QFile::ExeOther));
    const QString path = dir.filePath(QStringLiteral("locked.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("a,b\n1,2\n");
    f.close();
    QVERIFY(QFile::setPermissions(path, QFile::Permissions()));

    // Root reads a file whatever its mode. Then this thread takes the filesystem uid of
    // "nobody" for the open, so the kernel checks the mode as for an ordinary account.
    const bool root = ::geteuid() == 0;
    const auto becomeRootAgain = [root] {
        if (root) {
            ::setfsuid(0);
            ::setfsgid(0);
        }
    };
    auto restore = qScopeGuard(becomeRootAgain);
    if (root) {
        ::setfsgid(65534);
        ::setfsuid(65534);
        if (::setfsgid(65534) != 65534 || ::setfsuid(65534) != 65534)
            QFAIL("Running as root, and setfsuid/setfsgid(65534) failed: chmod 000 does not stop "
                  "root, so this test cannot make an unreadable file here.");
    }
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd >= 0) {
        ::close(fd);
        QFAIL("The file with mode 000 could still be opened, so this test cannot check the "
              "unreadable-file error here.");
    }
    CsvReader reader;
    const Status opened = reader.open(path);
    restore.dismiss();
    becomeRootAgain();
    QVERIFY(!opened.isOk());
    QVERIFY2(opened.error().message.contains(QDir::toNativeSeparators(path)),
             qPrintable(opened.error().message));
    QVERIFY2(opened.error().message.contains(QLatin1String("cannot be opened for reading")),
             qPrintable(opened.error().toString()));
    QVERIFY2(!opened.error().details.isEmpty(), "the system's reason is kept as details");
#else
    QSKIP("The unreadable-file check uses setfsuid and runs on Linux only.");
#endif
}

void TestCsvReaderFiles::readErrorIsReported()
{
#ifdef Q_OS_LINUX
    // A regular file whose read() fails: the first page of this process is never mapped, so
    // reading /proc/self/mem from offset 0 gives EIO.
    CsvDialect dialect;
    dialect.hasHeader = false;
    CsvReader reader(dialect);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("read error")));
    const Status opened = reader.open(QStringLiteral("/proc/self/mem"));
    QVERIFY(!opened.isOk());
    QVERIFY2(opened.error().message.contains(QLatin1String("Reading /proc/self/mem failed")),
             qPrintable(opened.error().toString()));
    QVERIFY(!opened.error().details.isEmpty());
#else
    QSKIP("Needs /proc/self/mem (Linux) for a file whose read fails.");
#endif
}

void TestCsvReaderFiles::fileShrinksWhileRead_data()
{
    QTest::addColumn<bool>("behindReader");
    QTest::newRow("cut ahead of the reader, inside a record") << false;
    QTest::newRow("cut behind the reader") << true;
}

void TestCsvReaderFiles::fileShrinksWhileRead()
{
    QFETCH(bool, behindReader);
    const QByteArray header = "id,payload\n";
    constexpr int recordSize = 27; // "1000001,payload-abcdefghij\n"
    QByteArray content = header;
    for (int i = 1; i <= 200000; ++i)
        content += QByteArray::number(1000000 + i) + ",payload-abcdefghij\n";
    const QString path = writeFile(content);

    constexpr qsizetype buffer = 64 * 1024;
    CsvReader reader;
    reader.setBufferSize(buffer);
    QVERIFY(reader.open(path).isOk());
    CsvChunk chunk;
    QVERIFY(reader.readChunk(chunk, 100));
    QCOMPARE(chunk.rowCount(), 100);

    // Three bytes into a record's first field, or far behind what the reader has read.
    const qint64 cut = behindReader ? 1000 : header.size() + 80000 * recordSize + 3;
    QVERIFY(QFile::resize(path, cut));

    const Collected rest = readAll(reader);
    QVERIFY2(rest.problem.isEmpty(), qPrintable(rest.problem));
    QVERIFY(!reader.hasError());
    QVERIFY(reader.atEnd());
    const qint64 records = 100 + rest.rows.size() + qint64(rest.rejects.size());
    QCOMPARE(reader.recordsRead(), records);
    // Rows come in order and intact, up to the record the cut went through.
    for (int i = 0; i + 1 < rest.rows.size(); ++i)
        QCOMPARE(rest.rows[i],
                 QByteArrayList({QByteArray::number(1000101 + i), "payload-abcdefghij"}));
    if (behindReader) {
        // The reader had read one buffer; it reads on to the end it meets there.
        QCOMPARE(reader.bytesRead(), qint64(buffer));
        QCOMPARE(records, (buffer - header.size()) / recordSize + 1);
    } else {
        QCOMPARE(reader.bytesRead(), cut);
        QCOMPARE(records, qint64(80001));
        QCOMPARE(rest.rejects.size(), size_t(1)); // "108": one field of two
        QCOMPARE(rest.rejects[0].line, qint64(80002));
        QCOMPARE(rest.rejects[0].raw, QByteArray("108"));
    }
}

void TestCsvReaderFiles::fileGrowsWhileRead()
{
    QByteArray content = "id,payload\n";
    for (int i = 1; i <= 1000; ++i)
        content += QByteArray::number(i) + ",first\n";
    const QString path = writeFile(content);

    CsvReader reader;
    reader.setBufferSize(4096);
    QVERIFY(reader.open(path).isOk());
    CsvChunk chunk;
    QVERIFY(reader.readChunk(chunk, 10));

    QFile appender(path);
    QVERIFY(appender.open(QIODevice::Append));
    QByteArray more;
    for (int i = 1001; i <= 1500; ++i)
        more += QByteArray::number(i) + ",second\n";
    QCOMPARE(appender.write(more), more.size());
    appender.flush();

    const Collected rest = readAll(reader);
    QVERIFY2(rest.problem.isEmpty(), qPrintable(rest.problem));
    QCOMPARE(rest.rows.size(), 1490);
    QCOMPARE(rest.rows.last(), QByteArrayList({"1500", "second"}));
    QCOMPARE(reader.recordsRead(), qint64(1500));
    QCOMPARE(reader.bytesRead(), qint64(content.size() + more.size()));
    QVERIFY(reader.bytesRead() > reader.fileSize());

    // Once the end was met the reader stays there: data appended later is not read.
    QVERIFY(appender.write("1501,late\n") > 0);
    appender.flush();
    QVERIFY(!reader.readChunk(chunk));
    QCOMPARE(reader.bytesRead(), qint64(content.size() + more.size()));
}

QTEST_GUILESS_MAIN(TestCsvReaderFiles)
#include "tst_csvreaderfiles.moc"
