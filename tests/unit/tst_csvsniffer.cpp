#include "csv/csvsniffer.h"
#include "csvtesthelpers.h"
#include "testpaths.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace regionmap;
using csvtest::bytes;

using Source = SniffResult::IpColumnSource;
Q_DECLARE_METATYPE(SniffResult::IpColumnSource)
Q_DECLARE_METATYPE(SniffOverrides)

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

bool anyContains(const QStringList &list, const QString &part)
{
    for (const QString &s : list) {
        if (s.contains(part))
            return true;
    }
    return false;
}

} // namespace

class TestCsvSniffer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString writeFile(const QByteArray &content)
    {
        const QString path = m_dir.filePath(QStringLiteral("s%1.csv").arg(++m_files));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    SniffResult sniffOk(const QString &path, const SniffOverrides &overrides = {})
    {
        const Result<SniffResult> r = CsvSniffer::sniff(path, overrides);
        if (!r.isOk())
            qWarning("sniff failed: %s", qPrintable(r.error().toString()));
        return r.isOk() ? r.value() : SniffResult();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void referenceFile()
    {
        const Result<SniffResult> r
            = CsvSniffer::sniff(test::dataFile(QStringLiteral("csv/people.csv")));
        QVERIFY2(r.isOk(), qPrintable(r.isOk() ? QString() : r.error().toString()));
        QCOMPARE(r->dialect.delimiter, ',');
        QVERIFY(r->dialect.hasHeader);
        QCOMPARE(r->dialect.encoding, TextEncoding::Utf8);
        QVERIFY(r->validUtf8);
        QCOMPARE(r->columnNames, QStringList({u("id"), u("first_name"), u("last_name"), u("email"),
                                              u("gender"), u("ip_address")}));
        QCOMPARE(r->ipColumn, 5);
        QCOMPARE(r->ipColumnSource, Source::Name);
        QCOMPARE(r->estimatedRows, qint64(30));
        QCOMPARE(r->previewRows.size(), 30);
        QCOMPARE(r->previewRows.first().first(), u("1"));
        QVERIFY2(r->problems.isEmpty(), qPrintable(r->problems.join(QLatin1Char('\n'))));
        QVERIFY(r->notes.contains(u("Delimiter: comma (detected)")));
        QVERIFY(r->notes.contains(u("IP column: ip_address (detected by its name)")));
    }

    void delimiter_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<char>("delimiter");
        QTest::newRow("comma") << bytes("id,name,ip\n1,a,1.2.3.4\n2,b,5.6.7.8\n") << ',';
        QTest::newRow("comma, semicolons quoted")
            << bytes("id,note,ip\n1,\"a;b;c\",1.2.3.4\n2,\"x;y\",5.6.7.8\n3,z,9.9.9.9\n") << ',';
        QTest::newRow("semicolon, decimal commas")
            << bytes("id;amount;ip\n1;3,5;1.2.3.4\n2;4,25;5.6.7.8\n3;1000;9.9.9.9\n") << ';';
        QTest::newRow("semicolon, commas quoted")
            << bytes("name;city;ip\n\"Doe, J\";\"Paris, FR\";1.2.3.4\nAnn;Rome;5.6.7.8\n") << ';';
        QTest::newRow("tab") << bytes("id\tname, full\tip\n1\tDoe, J\t1.2.3.4\n2\tAnn\t5.6.7.8\n")
                             << '\t';
        QTest::newRow("pipe") << bytes("id|name|ip\n1|a,b|1.2.3.4\n2|c|5.6.7.8\n") << '|';
        QTest::newRow("crlf and quoted newlines")
            << bytes("id;text;ip\r\n1;\"line, one\r\nline; two\";1.2.3.4\r\n2;x;5.6.7.8\r\n")
            << ';';
    }

    void delimiter()
    {
        QFETCH(QByteArray, content);
        QFETCH(char, delimiter);
        const SniffResult r = sniffOk(writeFile(content));
        QCOMPARE(r.dialect.delimiter, delimiter);
        QVERIFY(anyContains(r.notes, u("Delimiter: ")));
        QCOMPARE(r.columnNames.size(), 3);
        QCOMPARE(r.ipColumn, 2);
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(QLatin1Char('\n'))));
    }

    void header_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("hasHeader");
        QTest::newRow("names over numbers") << bytes("id,score\n1,20\n2,30\n") << true;
        QTest::newRow("numbers and addresses") << bytes("1,1.2.3.4\n2,5.6.7.8\n3,::1\n") << false;
        QTest::newRow("catalog without header")
            << bytes("us-east-1;Virginia;38.13;-78.45\neu-west-1;Ireland;53;-8\n") << false;
        QTest::newRow("catalog with header")
            << bytes("aws-code,region-name,lat,long\nus-east-1,Virginia,38.13,-78.45\n") << true;
        QTest::newRow("text only") << bytes("name,city\nBob,Paris\nAnn,Rome\n") << true;
        QTest::newRow("codes without header") << bytes("US,1.2.3.4\nDE,5.6.7.8\nFR,::1\n") << false;
        QTest::newRow("codes with header") << bytes("cc,host\nUS,1.2.3.4\nDE,5.6.7.8\n") << true;
        QTest::newRow("header only") << bytes("client_ip,name\n") << true;
        QTest::newRow("one data row") << bytes("1.2.3.4,5\n") << false;
    }

    void header()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, hasHeader);
        const SniffResult r = sniffOk(writeFile(content));
        QCOMPARE(r.dialect.hasHeader, hasHeader);
        if (!hasHeader) {
            QVERIFY(!r.columnNames.isEmpty());
            QCOMPARE(r.columnNames.first(), u("column_1"));
            QCOMPARE(r.columnNames.last(), u("column_%1").arg(r.columnNames.size()));
        }
    }

    void ipColumn_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("column");
        QTest::addColumn<Source>("source");
        const auto byName = [](const char *tag, const char *name) {
            QTest::newRow(tag) << QByteArray("id,") + name + ",note\n1,9.9.9.9,x\n2,8.8.8.8,y\n"
                               << 1 << Source::Name;
        };
        byName("ip", "ip");
        byName("IP Address", "IP Address");
        byName("client-ip", "client-ip");
        byName("Remote_Addr", "Remote_Addr");
        byName("SRC IP", "SRC IP");
        byName("ipv6", "ipv6");
        byName("ipaddr", "ipaddr");
        byName("source_ip", "source_ip");
        byName("address holding addresses", "address");
        QTest::newRow("most specific name wins")
            << bytes("client_ip,ip\n1.1.1.1,2.2.2.2\n") << 1 << Source::Name;
        QTest::newRow("name, values not addresses")
            << bytes("ip,host\nyes,1.2.3.4\nno,5.6.7.8\n") << 0 << Source::Name;
        QTest::newRow("street address is not it")
            << bytes("name,address,seen_from\nBob,12 Main St,1.2.3.4\nAnn,3 High St,5.6.7.8\n") << 2
            << Source::Content;
        QTest::newRow("ipv4 by content")
            << bytes("who,where\nBob,10.0.0.1\nAnn,192.168.1.1\n") << 1 << Source::Content;
        QTest::newRow("ipv6 by content")
            << bytes("who,where\nBob,2001:db8::1\nAnn,fe80::1%eth0\nEve,::ffff:1.2.3.4\n") << 1
            << Source::Content;
        QTest::newRow("content without header")
            << bytes("Bob;x;2001:db8::7\nAnn;y;8.8.4.4\n") << 2 << Source::Content;
        QTest::newRow("mostly addresses")
            << bytes("a,b\nx,1.2.3.4\ny,-\nz,5.6.7.8\n") << 1 << Source::Content;
        QTest::newRow("not addresses: times, MACs, bad quads") << bytes(
            "t,mac,quad\n12:30:45,00:1a:2b:3c:4d:5e,1.2.3.256\n01:02:03,aa:bb:cc:dd:ee:ff,1.2.3\n")
                                                               << -1 << Source::None;
    }

    void ipColumn()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, column);
        QFETCH(Source, source);
        const SniffResult r = sniffOk(writeFile(content));
        QCOMPARE(r.ipColumn, column);
        QCOMPARE(r.ipColumnSource, source);
        if (column < 0) {
            QVERIFY2(anyContains(r.problems, u("No column looks like IP addresses")),
                     qPrintable(r.problems.join(QLatin1Char('\n'))));
        }
    }

    void noIpColumn()
    {
        const SniffResult r
            = sniffOk(test::dataFile(QStringLiteral("csv/datacenters_noheader.csv")));
        QCOMPARE(r.dialect.delimiter, ';');
        QVERIFY(!r.dialect.hasHeader);
        QCOMPARE(r.columnNames.size(), 4);
        QCOMPARE(r.ipColumn, -1);
        QCOMPARE(r.ipColumnSource, Source::None);
        QVERIFY(anyContains(r.problems, u("No column looks like IP addresses")));
        QCOMPARE(r.previewRows.size(), 10);
        QCOMPARE(r.estimatedRows, qint64(10));
    }

    void nameWithoutAddressesIsFlagged()
    {
        const SniffResult r = sniffOk(writeFile(bytes("ip,who\nyes,a\nno,b\nyes,c\n")));
        QCOMPARE(r.ipColumn, 0);
        QVERIFY(anyContains(r.problems, u("None of the sampled values in the IP column ip looks")));
    }

    void latin1File()
    {
        const SniffResult r = sniffOk(test::dataFile(QStringLiteral("csv/latin1_semicolon.csv")));
        QVERIFY(!r.validUtf8);
        QCOMPARE(r.dialect.encoding, TextEncoding::Latin1);
        QCOMPARE(r.dialect.delimiter, ';');
        QVERIFY(anyContains(r.problems, u("Latin-1")));
        QCOMPARE(r.columnNames, QStringList({u("Kunde"), u("Straße"), u("IP")}));
        QCOMPARE(r.ipColumn, 2);
        QCOMPARE(r.previewRows.size(), 4);
        QCOMPARE(r.previewRows[0][1], u("Müllerstraße 5"));
        QCOMPARE(r.previewRows[2][1], u("Côte d'Azur; Nice"));
    }

    void mostlyUtf8StaysUtf8()
    {
        const SniffResult r = sniffOk(writeFile(
            bytes("name,ip\nJosé,1.1.1.1\nZoë,2.2.2.2\nSøren,3.3.3.3\nRen\xE9,4.4.4.4\n")));
        QVERIFY(!r.validUtf8);
        QCOMPARE(r.dialect.encoding, TextEncoding::Utf8);
        QVERIFY(anyContains(r.problems, u("byte 0xE9 on line 5")));
        // The reader rejects that row; the preview says so.
        QCOMPARE(r.previewRows.size(), 3);
        QVERIFY(anyContains(r.problems, u("1 of the first 4 records cannot be loaded")));
    }

    void sampleEndsInsideCharacter()
    {
        // "é" straddles the end of the 64 KB sample: still valid UTF-8.
        QByteArray content = "name,ip\n";
        while (content.size() < CsvSniffer::SampleSize - 1 - 10)
            content += "a,1.2.3.4\n";
        content += QByteArray(CsvSniffer::SampleSize - 1 - content.size(), 'b');
        content += "é,5.6.7.8\n";
        QCOMPARE(content.at(CsvSniffer::SampleSize - 1), char(0xC3));
        const SniffResult r = sniffOk(writeFile(content));
        QVERIFY(r.validUtf8);
        QCOMPARE(r.dialect.encoding, TextEncoding::Utf8);
        QVERIFY(r.problems.isEmpty());
    }

    void byteOrderMark()
    {
        const SniffResult r = sniffOk(writeFile(bytes("\xEF\xBB\xBFip,name\r\n1.2.3.4,a\r\n")));
        QCOMPARE(r.columnNames, QStringList({u("ip"), u("name")}));
        QCOMPARE(r.ipColumn, 0);
        QVERIFY(anyContains(r.notes, u("byte order mark")));
        QCOMPARE(r.estimatedRows, qint64(1));
    }

    void nulBytes()
    {
        const SniffResult r = sniffOk(writeFile(bytes("ip,name\n1.2.3.4,a\0b\n5.6.7.8,c\n")));
        QVERIFY(anyContains(r.problems, u("NUL")));
        QCOMPARE(r.previewRows.size(), 1);
    }

    void overrides_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<SniffOverrides>("overrides");
        QTest::addColumn<QStringList>("columns");
        QTest::addColumn<int>("ipColumn");
        QTest::addColumn<QString>("firstValue");
        const QByteArray people = bytes("id,name,ip\n1,Zoë,1.2.3.4\n2,b,5.6.7.8\n");
        SniffOverrides o;
        o.delimiter = ';';
        QTest::newRow("delimiter")
            << people << o << QStringList {u("id,name,ip")} << -1 << u("1,Zoë,1.2.3.4");
        o = {};
        o.hasHeader = false;
        QTest::newRow("no header")
            << people << o << QStringList {u("column_1"), u("column_2"), u("column_3")} << 2
            << u("id");
        o = {};
        o.encoding = TextEncoding::Latin1;
        QTest::newRow("encoding") << people << o << QStringList {u("id"), u("name"), u("ip")} << 2
                                  << u("1");
        o = {};
        o.ipColumnName = u("NAME");
        QTest::newRow("ip column by name")
            << people << o << QStringList {u("id"), u("name"), u("ip")} << 1 << u("1");
        o = {};
        o.ipColumnIndex = 0;
        o.ipColumnName = u("ip");
        QTest::newRow("ip column by index")
            << people << o << QStringList {u("id"), u("name"), u("ip")} << 0 << u("1");
    }

    void overrides()
    {
        QFETCH(QByteArray, content);
        QFETCH(SniffOverrides, overrides);
        QFETCH(QStringList, columns);
        QFETCH(int, ipColumn);
        QFETCH(QString, firstValue);
        const SniffResult r = sniffOk(writeFile(content), overrides);
        QCOMPARE(r.columnNames, columns);
        QCOMPARE(r.ipColumn, ipColumn);
        if (overrides.ipColumnIndex >= 0 || !overrides.ipColumnName.isEmpty())
            QCOMPARE(r.ipColumnSource, Source::Override);
        QVERIFY(!r.previewRows.isEmpty());
        QCOMPARE(r.previewRows.first().first(), firstValue);
        QVERIFY(anyContains(r.notes, u("(chosen)")));
        if (overrides.encoding) {
            QCOMPARE(r.dialect.encoding, *overrides.encoding);
            QCOMPARE(r.previewRows.first().at(1), u("ZoÃ«")); // read as asked
        }
    }

    void badOverrides_data()
    {
        QTest::addColumn<SniffOverrides>("overrides");
        QTest::addColumn<QString>("part");
        SniffOverrides o;
        o.ipColumnName = u("nope");
        QTest::newRow("unknown name")
            << o << u("no column named \"nope\". Its columns are: id, ip");
        o = {};
        o.ipColumnIndex = 5;
        QTest::newRow("index past the end") << o << u("Column 6 was chosen as the IP column");
        o = {};
        o.encoding = TextEncoding::Utf8;
        QTest::newRow("header not in that encoding") << o << u("header row");
    }

    void badOverrides()
    {
        QFETCH(SniffOverrides, overrides);
        QFETCH(QString, part);
        const QString path = writeFile(bytes("id,ip\xE9\n1,1.2.3.4\n"));
        const Result<SniffResult> r = CsvSniffer::sniff(path, overrides);
        QVERIFY(!r.isOk());
        QVERIFY2(r.error().message.contains(part), qPrintable(r.error().message));
    }

    void emptyAndHeaderOnly()
    {
        SniffResult r = sniffOk(writeFile({}));
        QVERIFY(r.columnNames.isEmpty());
        QCOMPARE(r.estimatedRows, qint64(0));
        QVERIFY(anyContains(r.problems, u("is empty")));

        r = sniffOk(writeFile(bytes("id,client_ip\n")));
        QCOMPARE(r.columnNames, QStringList({u("id"), u("client_ip")}));
        QCOMPARE(r.ipColumn, 1);
        QCOMPARE(r.estimatedRows, qint64(0));
        QVERIFY(r.previewRows.isEmpty());
        QVERIFY(anyContains(r.problems, u("header but no data rows")));
    }

    void largeFileEstimateAndPreview()
    {
        // Rows of one size, so that the estimate from the sample can be close.
        QByteArray content = "id,first_name,email,ip_address\n";
        for (int i = 1; i <= 20000; ++i) {
            const QByteArray id = QByteArray::number(i).rightJustified(5, '0');
            content += id + ",Name" + id + ",n" + id + "@example.com,10.1.0."
                       + QByteArray::number(i % 10) + "\n";
        }
        const SniffResult r = sniffOk(writeFile(content));
        QCOMPARE(r.fileSize, qint64(content.size()));
        QVERIFY2(qAbs(r.estimatedRows - 20000) <= 20, qPrintable(QString::number(r.estimatedRows)));
        QCOMPARE(r.previewRows.size(), CsvSniffer::PreviewRows);
        QCOMPARE(r.previewRows.last(),
                 QStringList({u("00100"), u("Name00100"), u("n00100@example.com"), u("10.1.0.0")}));
        QCOMPARE(r.ipColumn, 3);
    }

    void raggedRowsAreProblems()
    {
        const SniffResult r
            = sniffOk(writeFile(bytes("a,b,ip\n1,2,1.1.1.1\n3,4,5,2.2.2.2\n6,7,3.3.3.3\n")));
        QCOMPARE(r.previewRows.size(), 2);
        QVERIFY2(anyContains(r.problems, u("1 of the first 3 records cannot be loaded as they are. "
                                           "The first is on line 3: Line 3 has 4 fields")),
                 qPrintable(r.problems.join(QLatin1Char('\n'))));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("part");
        QTest::newRow("missing") << m_dir.filePath(u("missing.csv")) << u("does not exist");
        QTest::newRow("directory") << m_dir.path() << u("is a folder");
        QTest::newRow("utf-16") << writeFile(bytes("\xFF\xFEi\0p\0\n\0")) << u("UTF-16");
    }

    void errors()
    {
        QFETCH(QString, path);
        QFETCH(QString, part);
        const Result<SniffResult> r = CsvSniffer::sniff(path);
        QVERIFY(!r.isOk());
        QVERIFY2(r.error().message.contains(part), qPrintable(r.error().message));
    }
};

QTEST_GUILESS_MAIN(TestCsvSniffer)
#include "tst_csvsniffer.moc"
