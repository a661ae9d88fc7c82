#include "csvtesthelpers.h"

#include <QTemporaryDir>
#include <QTest>

using namespace regionmap;
using namespace csvtest;

class TestCsvReader : public QObject
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

    void parses_data();
    void parses();
    void rawIsTheRecordAsInTheFile();
    void largeFields_data();
    void largeFields();
    void recordSizeLimit();
    void recordSizeLimitSmall_data();
    void recordSizeLimitSmall();
    void tenThousandColumns();
    void expectedFieldCountOverride();
    void rejectRawIsTruncated();
    void rejectRawText();
};

void TestCsvReader::parses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("delimiter");
    QTest::addColumn<bool>("hasHeader");
    QTest::addColumn<bool>("latin1");
    QTest::addColumn<QByteArrayList>("header");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<Lines>("lines");
    QTest::addColumn<Rejects>("rejects");
    QTest::addColumn<int>("blanks");

    // Line endings, BOM, last line.
    Case("simple", bytes("id,name\n1,a\n2,b\n"))
        .header({"id", "name"})
        .row(2, {"1", "a"})
        .row(3, {"2", "b"})
        .add();
    Case("no final newline", bytes("id,name\n1,a\n2,b"))
        .header({"id", "name"})
        .row(2, {"1", "a"})
        .row(3, {"2", "b"})
        .add();
    Case("crlf", bytes("id,name\r\n1,a\r\n2,b\r\n"))
        .header({"id", "name"})
        .row(2, {"1", "a"})
        .row(3, {"2", "b"})
        .add();
    Case("crlf no final newline", bytes("id,name\r\n1,a\r\n2,b"))
        .header({"id", "name"})
        .row(2, {"1", "a"})
        .row(3, {"2", "b"})
        .add();
    Case("cr only", bytes("id,name\r1,a\r2,b\r"))
        .header({"id", "name"})
        .row(2, {"1", "a"})
        .row(3, {"2", "b"})
        .add();
    Case("bom", bytes("\xEF\xBB\xBFid,name\n1,a\n"))
        .header({"id", "name"})
        .row(2, {"1", "a"})
        .add();
    Case("bom crlf quoted header", bytes("\xEF\xBB\xBF\"id\",\"na,me\"\r\n1,a\r\n"))
        .header({"id", "na,me"})
        .row(2, {"1", "a"})
        .add();
    Case("bom only", bytes("\xEF\xBB\xBF")).add();
    // Found by fuzz_csvreader: a BOM after the first line is data, kept byte for byte.
    Case("bom inside the file", bytes("id,name\n1,\xEF\xBB\xBF"
                                      "ex\n\xEF\xBB\xBF"
                                      "2,b\n"))
        .header({"id", "name"})
        .row(2, {"1", "\xEF\xBB\xBF"
                      "ex"})
        .row(3, {"\xEF\xBB\xBF"
                 "2",
                 "b"})
        .add();

    // Quoting.
    Case("quoted delimiter", bytes("a,b,c\n1,\"x,y\",3\n"))
        .header({"a", "b", "c"})
        .row(2, {"1", "x,y", "3"})
        .add();
    Case("escaped quotes", bytes("a,b\n\"say \"\"hi\"\"\",\"\"\"\"\n"))
        .header({"a", "b"})
        .row(2, {"say \"hi\"", "\""})
        .add();
    Case("empty fields", bytes("a,b,c\n,,\n\"\",,\"\"\n"))
        .header({"a", "b", "c"})
        .row(2, {"", "", ""})
        .row(3, {"", "", ""})
        .add();
    Case("trailing delimiter", bytes("a,b,\n1,2,\n"))
        .header({"a", "b", ""})
        .row(2, {"1", "2", ""})
        .add();
    Case("embedded lf", bytes("a,b\n1,\"line1\nline2\"\n2,x\n"))
        .header({"a", "b"})
        .row(2, {"1", "line1\nline2"})
        .row(4, {"2", "x"})
        .add();
    Case("embedded crlf", bytes("a,b\r\n1,\"l1\r\nl2\r\nl3\"\r\n2,x\r\n"))
        .header({"a", "b"})
        .row(2, {"1", "l1\r\nl2\r\nl3"})
        .row(5, {"2", "x"})
        .add();
    Case("embedded cr", bytes("a,b\n1,\"l1\rl2\"\n2,x\n"))
        .header({"a", "b"})
        .row(2, {"1", "l1\rl2"})
        .row(4, {"2", "x"})
        .add();
    Case("quoted field at eof", bytes("a,b\n1,\"x\"")).header({"a", "b"}).row(2, {"1", "x"}).add();
    Case("escaped quote at eof", bytes("a,b\n1,\"x\"\"\""))
        .header({"a", "b"})
        .row(2, {"1", "x\""})
        .add();
    Case("quote inside unquoted field", bytes("a,b\n5\"10,x\"y\n"))
        .header({"a", "b"})
        .row(2, {"5\"10", "x\"y"})
        .add();
    Case("space before quote", bytes("a,b\n \"x\",1\n"))
        .header({"a", "b"})
        .row(2, {" \"x\"", "1"})
        .add();
    Case("multi-line quoted header", bytes("\"a\nb\",c\n1,2\n"))
        .header({"a\nb", "c"})
        .row(3, {"1", "2"})
        .add();

    // Blank lines are skipped, not records.
    Case("blank lines", bytes("a,b\n\n1,x\n\r\n2,y\n\n\n"))
        .header({"a", "b"})
        .row(3, {"1", "x"})
        .row(5, {"2", "y"})
        .blanks(4)
        .add();
    Case("only newlines", bytes("\n\n")).blanks(2).add();

    // Malformed records go to the rejects; the read goes on.
    Case("too many fields", bytes("a,b\n1,2\n3,4,5\n6,7\n"))
        .header({"a", "b"})
        .row(2, {"1", "2"})
        .row(4, {"6", "7"})
        .reject(3, 2, {"Line 3 has 3 fields", "header has 2", "must be quoted"}, "3,4,5")
        .add();
    Case("too few fields", bytes("a,b,c\n1,2\n3,4,5\n"))
        .header({"a", "b", "c"})
        .row(3, {"3", "4", "5"})
        .reject(2, 2, {"Line 2 has 2 fields", "header has 3"}, "1,2")
        .add();
    Case("ragged without header", bytes("1,2\n3\n4,5\n"))
        .noHeader()
        .row(1, {"1", "2"})
        .row(3, {"4", "5"})
        .reject(2, 1, {"first record has 2"}, "3")
        .add();
    Case("multi-line reject", bytes("a,b\n1,\"x\ny\",z\n2,w\n"))
        .header({"a", "b"})
        .row(4, {"2", "w"})
        .reject(2, 2, {"Line 2 has 3 fields"}, "1,\"x\ny\",z")
        .add();
    Case("text after closing quote", bytes("a,b\n\"x\"y,1\n2,3\n"))
        .header({"a", "b"})
        .row(3, {"2", "3"})
        .reject(2, 0, {"column 1 (\"a\")", "closing quote", "doubled"}, "\"x\"y,1")
        .add();
    Case("space after closing quote", bytes("a,b\n1,\"x\" \n2,3\n"))
        .header({"a", "b"})
        .row(3, {"2", "3"})
        .reject(2, 1, {"closing quote"})
        .add();
    Case("unterminated quote at eof", bytes("a,b\n1,x\n2,\"open\n3,y\n4,z\n"))
        .header({"a", "b"})
        .row(2, {"1", "x"})
        .reject(3, 1,
                {"quote opened at line 3", "column 2 (\"b\")", "never closed", "remaining 3 line",
                 "lines 3 to 5"},
                "2,\"open\n3,y\n4,z\n")
        .add();
    Case("unterminated quote, no final newline", bytes("a,b\n1,\"abc"))
        .header({"a", "b"})
        .reject(2, 1, {"quote opened at line 2", "(1 line, line 2)"}, "1,\"abc")
        .add();
    Case("unterminated after a closed multi-line field", bytes("a,b\n\"x\ny\",\"z\nw\n"))
        .header({"a", "b"})
        .reject(2, 1, {"quote opened at line 3", "lines 3 to 4"})
        .add();
    Case("lone quote at eof", bytes("a\n\""))
        .header({"a"})
        .reject(2, 0, {"quote opened at line 2"}, "\"")
        .add();
    Case("escaped quote then eof", bytes("a\n\"x\"\""))
        .header({"a"})
        .reject(2, 0, {"never closed"})
        .add();

    // Bytes PostgreSQL text cannot hold.
    Case("nul byte", bytes("a,b\n1,x\0y\n2,z\n"))
        .header({"a", "b"})
        .row(3, {"2", "z"})
        .reject(2, 1, {"Line 2, column 2 (\"b\")", "NUL"}, bytes("1,x\0y"))
        .add();
    Case("nul byte in latin-1 mode", bytes("a,b\n\0,x\n"))
        .header({"a", "b"})
        .latin1()
        .reject(2, 0, {"NUL"})
        .add();
    Case("latin-1 byte in utf-8 mode", bytes("a,b\n1,caf\xE9\n2,ok\n"))
        .header({"a", "b"})
        .row(3, {"2", "ok"})
        .reject(2, 1, {"not valid UTF-8", "0xE9", "Latin-1"}, bytes("1,caf\xE9"))
        .add();
    Case("overlong utf-8", bytes("a,b\n1,\xC0\xAF\n"))
        .header({"a", "b"})
        .reject(2, 1, {"0xC0"})
        .add();
    Case("utf-16 surrogate", bytes("a,b\n\xED\xA0\x80,1\n"))
        .header({"a", "b"})
        .reject(2, 0, {"0xED"})
        .add();
    Case("past U+10FFFF", bytes("a,b\n1,\"\xF4\x90\x80\x80\"\n"))
        .header({"a", "b"})
        .reject(2, 1, {"0xF4"})
        .add();
    Case("cut utf-8 sequence", bytes("a,b\n\xC3,x\n"))
        .header({"a", "b"})
        .reject(2, 0, {"0xC3"})
        .add();
    Case("valid utf-8", bytes("名前,b\n1,\"é,中\"\n2,😀\n"))
        .header({"名前", "b"})
        .row(2, {"1", "é,中"})
        .row(3, {"2", "😀"})
        .add();
    Case("latin-1 transcoded", bytes("n\xE4me,b\n1,caf\xE9\n2,\"\xC4\"\"\xFF\"\n"))
        .latin1()
        .header({"näme", "b"})
        .row(2, {"1", "café"})
        .row(3, {"2", "Ä\"ÿ"})
        .add();

    // Other delimiters.
    Case("semicolon", bytes("a;b\n1,5;\"x;y\"\n"))
        .delimiter(';')
        .header({"a", "b"})
        .row(2, {"1,5", "x;y"})
        .add();
    Case("tab", bytes("a\tb\n1 2\t\"x\ty\"\n"))
        .delimiter('\t')
        .header({"a", "b"})
        .row(2, {"1 2", "x\ty"})
        .add();
    Case("pipe", bytes("a|b\n1|\"x|y\"\n"))
        .delimiter('|')
        .header({"a", "b"})
        .row(2, {"1", "x|y"})
        .add();

    // Headers.
    Case("duplicate and empty names", bytes("a,,a,\n1,2,3,4\n"))
        .header({"a", "", "a", ""})
        .row(2, {"1", "2", "3", "4"})
        .add();
    Case("header only", bytes("a,b,c\n")).header({"a", "b", "c"}).add();
    Case("header only, no newline", bytes("a,b,c")).header({"a", "b", "c"}).add();
    Case("blank lines before header", bytes("\n\na,b\n1,2\n"))
        .header({"a", "b"})
        .row(4, {"1", "2"})
        .blanks(2)
        .add();
    Case("empty file", bytes("")).add();
    Case("empty file without header", bytes("")).noHeader().add();
    Case("no header", bytes("1,2\n3,4\n")).noHeader().row(1, {"1", "2"}).row(2, {"3", "4"}).add();
}

void TestCsvReader::parses()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, delimiter);
    QFETCH(bool, hasHeader);
    QFETCH(bool, latin1);
    QFETCH(QByteArrayList, header);
    QFETCH(Rows, rows);
    QFETCH(Lines, lines);
    QFETCH(Rejects, rejects);
    QFETCH(int, blanks);

    CsvDialect dialect;
    dialect.delimiter = delimiter.at(0);
    dialect.hasHeader = hasHeader;
    dialect.encoding = latin1 ? TextEncoding::Latin1 : TextEncoding::Utf8;
    const QString path = writeFile(input);

    // Tiny buffers put a buffer boundary at every position: inside quoted fields, between CR
    // and LF, inside multi-byte UTF-8 characters and inside the byte order mark.
    for (const qsizetype bufferSize :
         {1, 2, 3, 4, 5, 7, 16, 64, int(CsvReader::DefaultBufferSize)}) {
        for (const int maxRecords : {1, 2, 16384}) {
            const QString run
                = QStringLiteral("[buffer %1, maxRecords %2] ").arg(bufferSize).arg(maxRecords);
            CsvReader reader(dialect);
            reader.setBufferSize(bufferSize);
            const Status opened = reader.open(path);
            QVERIFY2(opened.isOk(), qPrintable(run + opened.error().toString()));
            QByteArrayList gotHeader;
            for (const QString &name : reader.header())
                gotHeader << name.toUtf8();
            QVERIFY2(gotHeader == header, qPrintable(run + QString::fromUtf8(gotHeader.join('|'))));
            QCOMPARE(reader.headerLine() > 0, !header.isEmpty());

            const Collected got = readAll(reader, maxRecords);
            QVERIFY2(got.problem.isEmpty(), qPrintable(run + got.problem));
            QVERIFY2(got.rows == rows, qPrintable(run + describe(got.rows)));
            QVERIFY2(got.lines == lines, qPrintable(run + QStringLiteral("lines differ")));
            const QString rejectProblem = compareRejects(got.rejects, rejects);
            QVERIFY2(rejectProblem.isEmpty(), qPrintable(run + rejectProblem));

            // Conservation: every record is a row or a reject.
            QCOMPARE(reader.recordsRead(), qint64(rows.size() + rejects.size()));
            QCOMPARE(reader.blankLinesSkipped(), qint64(blanks));
            QCOMPARE(reader.bytesRead(), qint64(input.size()));
            QCOMPARE(reader.fileSize(), qint64(input.size()));
            QVERIFY(reader.atEnd());
            QVERIFY(!reader.hasError());
        }
    }
}

void TestCsvReader::rawIsTheRecordAsInTheFile()
{
    const QString path = writeFile(bytes("a,b\r\n\"x,\"\"y\"\"\",2\r\n3,\"m\nn\"\n4,5"));
    for (const qsizetype bufferSize : {1, 3, 1024}) {
        CsvReader reader;
        reader.setBufferSize(bufferSize);
        QVERIFY(reader.open(path).isOk());
        const Collected got = readAll(reader);
        QVERIFY(got.problem.isEmpty());
        QCOMPARE(got.raws, QByteArrayList({"\"x,\"\"y\"\"\",2", "3,\"m\nn\"", "4,5"}));
        QCOMPARE(got.rows, Rows({{"x,\"y\"", "2"}, {"3", "m\nn"}, {"4", "5"}}));
        QCOMPARE(got.lines, Lines({2, 3, 5}));
    }
}

void TestCsvReader::largeFields_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<bool>("quoted");
    QTest::addColumn<int>("bufferSize");
    for (const int mb : {1, 10}) {
        for (const bool quoted : {false, true}) {
            for (const int buffer : {4096, int(CsvReader::DefaultBufferSize)}) {
                QTest::addRow("%d MB %s, buffer %d", mb, quoted ? "quoted" : "plain", buffer)
                    << mb * 1024 * 1024 << quoted << buffer;
            }
        }
    }
}

void TestCsvReader::largeFields()
{
    QFETCH(int, size);
    QFETCH(bool, quoted);
    QFETCH(int, bufferSize);

    QByteArray value(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        value[i] = char('a' + i % 26);
    int breaks = 0;
    if (quoted) {
        for (int i = 500; i < size; i += 1000)
            value[i] = '"';
        for (int i = 777; i < size; i += 1000)
            value[i] = ',';
        for (int i = 4099; i < size; i += 8192, ++breaks)
            value[i] = '\n';
    }
    QByteArray field = value;
    if (quoted)
        field = '"' + field.replace("\"", "\"\"") + '"';
    const QByteArray content = "id,big,tail\n1," + field + ",end\n2,small,x";
    const QString path = writeFile(content);

    CsvReader reader;
    reader.setBufferSize(bufferSize);
    QVERIFY(reader.open(path).isOk());
    const Collected got = readAll(reader);
    QVERIFY2(got.problem.isEmpty(), qPrintable(got.problem));
    QCOMPARE(got.rejects.size(), size_t(0));
    QCOMPARE(got.rows.size(), 2);
    QVERIFY(got.rows[0][1] == value); // no QCOMPARE: it would print 10 MB on failure
    QCOMPARE(got.rows[0][2], QByteArray("end"));
    QCOMPARE(got.rows[1], QByteArrayList({"2", "small", "x"}));
    QCOMPARE(got.lines, Lines({2, 3 + breaks}));
    QCOMPARE(reader.recordsRead(), qint64(2));
    QCOMPARE(reader.bytesRead(), qint64(content.size()));
}

void TestCsvReader::recordSizeLimit()
{
    // The real limit: a record of 64 MiB and a bit is rejected, the next one is read.
    const qsizetype big = CsvReader::DefaultMaxRecordSize + 10;
    const QByteArray content = "a,b\n1," + QByteArray(big, 'x') + "\n2,ok\n";
    const QString path = writeFile(content);
    CsvReader reader;
    QVERIFY(reader.open(path).isOk());
    const Collected got = readAll(reader);
    QVERIFY2(got.problem.isEmpty(), qPrintable(got.problem));
    QCOMPARE(got.rows, Rows({{"2", "ok"}}));
    QCOMPARE(got.lines, Lines({3}));
    QCOMPARE(got.rejects.size(), size_t(1));
    const CsvChunk::Reject &r = got.rejects.front();
    QCOMPARE(r.line, qint64(2));
    QVERIFY2(r.reason.contains(QLatin1String("larger than 64 MiB")), qPrintable(r.reason));
    QVERIFY(r.raw.size() <= CsvReader::MaxRejectRawSize);
    QVERIFY(r.raw.startsWith("1,xxx"));
    QCOMPARE(reader.recordsRead(), qint64(2));
    QCOMPARE(reader.bytesRead(), qint64(content.size()));
}

void TestCsvReader::recordSizeLimitSmall_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<Lines>("lines");
    QTest::addColumn<Rejects>("rejects");
    const QByteArray x200(200, 'x');
    QTest::newRow("plain") << "a,b\n1," + x200 + "\n2,ok\n"
                           << Rows {{"2", "ok"}} << Lines {3}
                           << Rejects {{2, -1, strings({"record on line 2 is larger than"}), {}}};
    QTest::newRow("quoted, multi-line")
        << "a,b\n1,\"" + x200 + "\n" + x200 + "\n\"\"\"\n2,ok\n"
        << Rows {{"2", "ok"}} << Lines {5}
        << Rejects {{2, -1, strings({"record on lines 2 to 4 is larger than"}), {}}};
    QTest::newRow("ends in CRLF") << "a,b\r\n1," + x200 + "\r\n2,ok\r\n"
                                  << Rows {{"2", "ok"}} << Lines {3}
                                  << Rejects {{2, -1, strings({"larger than"}), {}}};
    QTest::newRow("ends in CR") << "a,b\r1," + x200 + "\r2,ok\r" << Rows {{"2", "ok"}} << Lines {3}
                                << Rejects {{2, -1, strings({"larger than"}), {}}};
    QTest::newRow("unterminated quote")
        << "a,b\n1,\"" + x200 + "\n3,y\n4,z\n"
        << Rows {} << Lines {}
        << Rejects {
               {2, 1, strings({"quote opened at line 2", "remaining 3 line", "lines 2 to 4"}), {}}};
    QTest::newRow("unterminated quote, no final newline")
        << "a,b\n0,1\n1,\"" + x200 + x200 << Rows {{"0", "1"}} << Lines {2}
        << Rejects {{3, 1, strings({"quote opened at line 3", "(1 line, line 3)"}), {}}};
}

void TestCsvReader::recordSizeLimitSmall()
{
    QFETCH(QByteArray, input);
    QFETCH(Rows, rows);
    QFETCH(Lines, lines);
    QFETCH(Rejects, rejects);
    const QString path = writeFile(input);
    for (const qsizetype bufferSize : {1, 7, 64, 4096}) {
        const QString run = QStringLiteral("[buffer %1] ").arg(bufferSize);
        CsvReader reader;
        reader.setBufferSize(bufferSize);
        reader.setMaxRecordSize(100);
        QVERIFY(reader.open(path).isOk());
        const Collected got = readAll(reader, 2);
        QVERIFY2(got.problem.isEmpty(), qPrintable(run + got.problem));
        QVERIFY2(got.rows == rows, qPrintable(run + describe(got.rows)));
        QVERIFY2(got.lines == lines, qPrintable(run));
        const QString rejectProblem = compareRejects(got.rejects, rejects);
        QVERIFY2(rejectProblem.isEmpty(), qPrintable(run + rejectProblem));
        for (const CsvChunk::Reject &r : got.rejects)
            QVERIFY(input.mid(input.indexOf('\n') + 1).contains(r.raw.left(50)));
        QCOMPARE(reader.recordsRead(), qint64(rows.size() + rejects.size()));
        QCOMPARE(reader.blankLinesSkipped(), qint64(0));
        QCOMPARE(reader.bytesRead(), qint64(input.size()));
    }
}

void TestCsvReader::tenThousandColumns()
{
    constexpr int columns = 10000;
    QByteArrayList names;
    QByteArrayList values;
    for (int i = 1; i <= columns; ++i) {
        names << "c" + QByteArray::number(i);
        values << QByteArray::number(i * 7);
    }
    const QByteArray content = names.join(',') + '\n' + values.join(',') + '\n' + values.join(',')
                               + ",extra\n" + values.join(',') + '\n';
    for (const qsizetype bufferSize : {qsizetype(4096), CsvReader::DefaultBufferSize}) {
        CsvReader reader;
        reader.setBufferSize(bufferSize);
        QVERIFY(reader.open(writeFile(content)).isOk());
        QCOMPARE(reader.header().size(), columns);
        QCOMPARE(reader.header().last(), QStringLiteral("c10000"));
        QCOMPARE(reader.expectedFieldCount(), columns);
        const Collected got = readAll(reader);
        QVERIFY(got.problem.isEmpty());
        QCOMPARE(got.rows.size(), 2);
        QVERIFY(got.rows[0] == values && got.rows[1] == values);
        QCOMPARE(got.lines, Lines({2, 4}));
        QCOMPARE(got.rejects.size(), size_t(1));
        QCOMPARE(got.rejects[0].column, columns);
        QVERIFY(got.rejects[0].reason.contains(QLatin1String("10001 fields")));
        QCOMPARE(reader.recordsRead(), qint64(3));
    }
}

void TestCsvReader::expectedFieldCountOverride()
{
    const QString path = writeFile(bytes("a,b\n1,2,3\n4,5\n"));
    CsvReader reader;
    QVERIFY(reader.open(path).isOk());
    QCOMPARE(reader.expectedFieldCount(), 2);
    reader.setExpectedFieldCount(3);
    QCOMPARE(reader.expectedFieldCount(), 3);
    Collected got = readAll(reader);
    QVERIFY2(got.problem.isEmpty(), qPrintable(got.problem));
    QCOMPARE(got.rows, Rows({{"1", "2", "3"}}));
    QVERIFY(
        compareRejects(got.rejects, {{3, 2, strings({"but 3 were expected"}), "4,5"}}).isEmpty());

    // Back to the header's count.
    CsvReader again;
    QVERIFY(again.open(path).isOk());
    again.setExpectedFieldCount(3);
    again.setExpectedFieldCount(0);
    QCOMPARE(again.expectedFieldCount(), 2);
    got = readAll(again);
    QVERIFY2(got.problem.isEmpty(), qPrintable(got.problem));
    QCOMPARE(got.rows, Rows({{"4", "5"}}));
    QCOMPARE(got.rejects.size(), size_t(1));
}

void TestCsvReader::rejectRawIsTruncated()
{
    QByteArray longValue = "x";
    for (int i = 0; i < 3000; ++i)
        longValue += "é";
    const QByteArray record = "1," + longValue + ",3";
    const QString path = writeFile("a,b\n" + record + "\n");
    CsvReader reader;
    QVERIFY(reader.open(path).isOk());
    const Collected got = readAll(reader);
    QVERIFY2(got.problem.isEmpty(), qPrintable(got.problem));
    QCOMPARE(got.rejects.size(), size_t(1));
    const QByteArray raw = got.rejects[0].raw;
    QVERIFY(raw.size() <= CsvReader::MaxRejectRawSize && raw.size() > 1000);
    QVERIFY(record.startsWith(raw));
    QCOMPARE(QString::fromUtf8(raw).toUtf8(), raw); // not cut inside a character
}

void TestCsvReader::rejectRawText()
{
    const QString path = writeFile(bytes("a,b\n1,x\0y\n2,caf\xE9\n"));
    CsvReader reader;
    QVERIFY(reader.open(path).isOk());
    const Collected got = readAll(reader);
    QVERIFY2(got.problem.isEmpty(), qPrintable(got.problem));
    QCOMPARE(got.rejects.size(), size_t(2));
    QCOMPARE(got.rejects[0].rawText(TextEncoding::Utf8), QString::fromUtf8("1,x\u2400y"));
    QCOMPARE(got.rejects[1].rawText(TextEncoding::Latin1), QString::fromUtf8("2,café"));
    QCOMPARE(got.rejects[1].rawText(TextEncoding::Utf8), QString::fromUtf8("2,caf\uFFFD"));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
