// Messy input, end to end through the ETL into a real cluster: every case ends in a precise
// refusal (file and reason), recorded rejects (line and reason), or rows loaded exactly; never a
// crash, a hang, or a row lost or invented.
#include "common/feedback.h"
#include "etl/etljob.h"
#include "testcluster.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace regionmap;
using namespace regionmap::test;

class TestBadInput : public QObject
{
    Q_OBJECT

private:
    TestCluster m_cluster;
    QTemporaryDir m_dir;
    int m_n = 0;

    QString write(const QByteArray &content)
    {
        const QString path = m_dir.filePath(QStringLiteral("input%1.csv").arg(++m_n));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(content);
        return path;
    }

    struct Outcome
    {
        EtlSummary summary;
        QStringList warnings;
    };

    Outcome run(const QString &path, const QString &table, const SniffOverrides &overrides = {},
                const QString &regions = {})
    {
        EtlOptions o;
        o.inputs.append({path, overrides});
        o.connection = m_cluster.settings();
        o.table = table;
        if (!regions.isEmpty()) {
            o.builtinCatalogs.clear(); // the file alone, not added to the AWS catalog
            o.catalogFile = regions;
        }
        Feedback fb;
        Outcome out;
        QObject::connect(&fb, &Feedback::messageReported, &fb,
                         [&out](MessageLevel level, const QString &text) {
                             if (level != MessageLevel::Info)
                                 out.warnings << text;
                         });
        EtlJob job(o);
        out.summary = job.run(fb);
        return out;
    }

    int scalarInt(const QString &sql) { return m_cluster.scalar(sql).toInt(); }
    QString scalarText(const QString &sql) { return m_cluster.scalar(sql).toString(); }

    // Loaded rows + rejected rows = rows read, in the summary and in etl_runs.
    void verifyConserved(const EtlSummary &s)
    {
        QCOMPARE(s.rowsRead, s.rowsLoaded + s.rowsRejected);
        QCOMPARE(scalarInt(QStringLiteral("SELECT rows_read - rows_loaded - rows_rejected FROM "
                                          "etl_runs WHERE run_id = %1")
                               .arg(s.runId)),
                 0);
    }

private slots:
    void initTestCase()
    {
        const Status st = m_cluster.start();
        QVERIFY2(st.isOk(), qPrintable(st.isOk() ? QString() : st.error().toString()));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected"); // a phrase of the message
        QTest::newRow("empty file") << QByteArray() << "empty";
        // Issue 21: said as it is, not as "no column column_1".
        QTest::newRow("only blank lines") << QByteArray("\n\r\n\n") << "only blank lines";
        QTest::newRow("only LF") << QByteArray("\n\n\n") << "only blank lines";
        QTest::newRow("no IP column")
            << QByteArray("id,name\n1,a\n2,b\n") << "Choose the IP column";
        QTest::newRow("latin-1 bytes") << QByteArray(
            "id;ip;city\n1;8.8.8.8;K\xf6ln\n2;1.1.1.1;M\xfcnchen\n3;9.9.9.9;Z\xfcrich\n")
                                       << "Latin-1";
        QByteArray wide;
        for (int i = 0; i < 10000; ++i)
            wide += (i ? "," : "") + QByteArray("c") + QByteArray::number(i);
        wide += ",ip\n";
        for (int i = 0; i < 10000; ++i)
            wide += "1,";
        wide += "8.8.8.8\n";
        QTest::newRow("10,000 columns") << wide << "1,600";
    }

    void refusals()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString path = write(content);
        const int runsBefore = scalarInt(QStringLiteral("SELECT count(*) FROM etl_runs"));
        const Outcome o = run(path, QStringLiteral("refused"));
        QCOMPARE(o.summary.status, RunStatus::Failed);
        QVERIFY(o.summary.error.kind == ErrorKind::Input
                || o.summary.error.kind == ErrorKind::Database);
        QVERIFY2(o.summary.error.message.contains(expected), qPrintable(o.summary.error.message));
        // The message names the file (or, for the column limit, says how many columns).
        QVERIFY2(o.summary.error.message.contains(path) || expected == QLatin1String("1,600"),
                 qPrintable(o.summary.error.message));
        QCOMPARE(scalarInt(QStringLiteral("SELECT count(*) FROM etl_runs")), runsBefore);
        QVERIFY(!m_cluster.scalar(QStringLiteral("SELECT to_regclass('refused') IS NOT NULL"))
                     .toBool());
    }

    void aFolderOrAMissingFileIsRefused()
    {
        Outcome o = run(m_dir.path(), QStringLiteral("refused"));
        QCOMPARE(o.summary.error.kind, ErrorKind::Input);
        QVERIFY2(o.summary.error.message.contains(QLatin1String("folder")),
                 qPrintable(o.summary.error.message));
        o = run(m_dir.filePath(QStringLiteral("missing.csv")), QStringLiteral("refused"));
        QCOMPARE(o.summary.error.kind, ErrorKind::Input);
        QVERIFY2(o.summary.error.message.contains(QLatin1String("does not exist")),
                 qPrintable(o.summary.error.message));
    }

    void latin1LoadsWhenAsked()
    {
        const QString path = write("id;ip;city\n1;8.8.8.8;K\xf6ln\n2;1.1.1.1;M\xfcnchen\n");
        SniffOverrides ov;
        ov.encoding = TextEncoding::Latin1;
        const Outcome o = run(path, QStringLiteral("latin"), ov);
        QVERIFY2(o.summary.status == RunStatus::Succeeded, qPrintable(o.summary.error.toString()));
        QCOMPARE(
            scalarText(QStringLiteral("SELECT string_agg(city_src, ',' ORDER BY id) FROM latin")),
            QString::fromUtf8("K\xc3\xb6ln,M\xc3\xbcnchen"));
        verifyConserved(o.summary);
    }

    // Issue 21: blank lines are skipped, counted in the summary and kept in the run record, so
    // that rows read fewer than the file's lines has its reason.
    void blankLinesAreCountedAndRecorded()
    {
        const QString path = write("id,ip\n\n1,8.8.8.8\n\r\n\n2,1.1.1.1\n\n");
        const Outcome o = run(path, QStringLiteral("blanks"));
        QCOMPARE(o.summary.status, RunStatus::Succeeded);
        QCOMPARE(o.summary.rowsRead, 2);
        QCOMPARE(o.summary.blankLines, 4);
        QCOMPARE(o.summary.toJson().value(QStringLiteral("blank_lines")).toInt(), 4);
        QCOMPARE(scalarInt(QStringLiteral("SELECT blank_lines FROM etl_runs WHERE run_id = %1")
                               .arg(o.summary.runId)),
                 4);

        // One column of addresses (docs/ip-addresses.md): a blank line is skipped, a line of
        // spaces is a record with a blank address.
        const Outcome one = run(write("ip\n8.8.8.8\n   \n\n1.1.1.1\n"), QStringLiteral("onecol"));
        QCOMPARE(one.summary.status, RunStatus::Succeeded);
        QCOMPARE(one.summary.rowsRead, 3);
        QCOMPARE(one.summary.blankLines, 1);
        QCOMPARE(one.summary.statusCounts.value(QStringLiteral("invalid_ip")), 1);
    }

    void headerOnlyLoadsNothingAndSaysSo()
    {
        const QString path = write("id,ip_address\n");
        const Outcome o = run(path, QStringLiteral("header_only"));
        QVERIFY2(o.summary.status == RunStatus::Succeeded, qPrintable(o.summary.error.toString()));
        QCOMPARE(o.summary.rowsRead, 0);
        QVERIFY2(o.warnings.join(QLatin1Char('\n')).contains(QLatin1String("no data rows")),
                 qPrintable(o.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(scalarInt(QStringLiteral("SELECT count(*) FROM header_only")), 0);
    }

    void malformedRowsBecomeRejectsWithLineAndReason_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("loaded");
        QTest::addColumn<QString>("rejectLines"); // comma-separated, in order
        QTest::addColumn<QString>("reasonPhrase");
        QTest::newRow("too many fields")
            << QByteArray("id,ip\n1,8.8.8.8\n2,1.1.1.1,extra\n3,9.9.9.9\n") << 2 << "3"
            << "field";
        QTest::newRow("too few fields")
            << QByteArray("id,ip,name\n1,8.8.8.8,a\n2,1.1.1.1\n3,9.9.9.9,c\n") << 2 << "3"
            << "field";
        QTest::newRow("unterminated quote at EOF")
            << QByteArray("id,ip,note\n1,8.8.8.8,ok\n2,1.1.1.1,\"open\n3,9.9.9.9,x\n") << 1 << "3"
            << "never closed";
        QTest::newRow("NUL byte") << QByteArray("id,ip,note\n1,8.8.8.8,a\0b\n2,1.1.1.1,c\n", 37)
                                  << 1 << "2"
                                  << "NUL";
        QTest::newRow("invalid UTF-8 in a row") << QByteArray(
            "id,ip,note\n1,8.8.8.8,\xc3\xa9t\xc3\xa9\n2,1.1.1.1,caf\xe9\n3,9.9.9.9,ok\n")
                                                << 2 << "3"
                                                << "UTF-8";
    }

    void malformedRowsBecomeRejectsWithLineAndReason()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, loaded);
        QFETCH(QString, rejectLines);
        QFETCH(QString, reasonPhrase);
        const QString path = write(content);
        const Outcome o = run(path, QStringLiteral("ragged"));
        QVERIFY2(o.summary.status == RunStatus::Succeeded, qPrintable(o.summary.error.toString()));
        QCOMPARE(o.summary.rowsLoaded, loaded);
        verifyConserved(o.summary);
        QCOMPARE(scalarText(QStringLiteral("SELECT string_agg(line_number::text, ',' ORDER BY "
                                           "line_number) FROM etl_rejects WHERE run_id = %1")
                                .arg(o.summary.runId)),
                 rejectLines);
        const QString reasons = scalarText(
            QStringLiteral("SELECT string_agg(reason, ' | ') FROM etl_rejects WHERE run_id = %1")
                .arg(o.summary.runId));
        QVERIFY2(reasons.contains(reasonPhrase, Qt::CaseInsensitive), qPrintable(reasons));
        QCOMPARE(scalarInt(QStringLiteral("SELECT count(*) FROM etl_rejects WHERE run_id = %1 AND "
                                          "source_file = '%2' AND raw_text <> ''")
                               .arg(o.summary.runId)
                               .arg(path)),
                 rejectLines.split(QLatin1Char(',')).size());
    }

    void quotingBomCrlfAndBigFieldsLoadExactly()
    {
        QByteArray big(10 * 1024 * 1024, 'x');
        QByteArray content = "\xef\xbb\xbfid,ip,note\r\n"
                             "1,8.8.8.8,\"a, \"\"quoted\"\" value\r\nwith a line break\"\r\n"
                             "2,1.1.1.1,\""
                             + big
                             + "\"\r\n"
                               "3,9.9.9.9,\"tab\there\"";
        const QString path = write(content);
        const Outcome o = run(path, QStringLiteral("quoting"));
        QVERIFY2(o.summary.status == RunStatus::Succeeded, qPrintable(o.summary.error.toString()));
        QCOMPARE(o.summary.rowsLoaded, 3);
        verifyConserved(o.summary);
        QCOMPARE(scalarText(QStringLiteral("SELECT note FROM quoting WHERE id = 1")),
                 QStringLiteral("a, \"quoted\" value\r\nwith a line break"));
        QCOMPARE(scalarInt(QStringLiteral("SELECT length(note) FROM quoting WHERE id = 2")),
                 big.size());
        QCOMPARE(scalarText(QStringLiteral("SELECT note FROM quoting WHERE id = 3")),
                 QStringLiteral("tab\there"));
        // The BOM is not part of the first column's name; CRLF is not part of any value.
        QCOMPARE(
            scalarInt(QStringLiteral("SELECT count(*) FROM quoting WHERE ip_src LIKE '%%\r%%'")),
            0);
        QCOMPARE(scalarInt(QStringLiteral("SELECT count(*) FROM pg_attribute WHERE attrelid = "
                                          "'quoting'::regclass AND attname = 'id'")),
                 1);
    }

    void addressFormsGetTheirStatus()
    {
        const QByteArray content = "n,ip\n"
                                   "1, 8.8.8.8 \n" // surrounding spaces: trimmed
                                   "2,8.8. 8.8\n" // a space inside
                                   "3,010.1.1.1\n" // leading zero (octal?)
                                   "4,1.2.3.0/24\n" // CIDR, not an address
                                   "5,fe80::1%eth0\n" // zone id: link-local
                                   "6,::ffff:8.8.8.8\n" // IPv4-mapped IPv6
                                   "7,not an address\n"
                                   "8,0x08.0x08.0x08.0x08\n" // hex forms
                                   "9,2001:4860:4860::8888\n"
                                   "10,\n";
        const Outcome o = run(write(content), QStringLiteral("forms"));
        QVERIFY2(o.summary.status == RunStatus::Succeeded, qPrintable(o.summary.error.toString()));
        QCOMPARE(o.summary.rowsLoaded, 10);
        const QString statuses = scalarText(
            QStringLiteral("SELECT string_agg(geo_status, ',' ORDER BY n) FROM forms"));
        QCOMPARE(
            statuses,
            QStringLiteral("located,invalid_ip,invalid_ip,invalid_ip,private_or_reserved,located,"
                           "invalid_ip,invalid_ip,located,invalid_ip"));
        // The file's text is kept as it was; the parsed address is canonical.
        QCOMPARE(
            scalarText(QStringLiteral("SELECT ip_src || '|' || host(ip) FROM forms WHERE n = 6")),
            QStringLiteral("::ffff:8.8.8.8|8.8.8.8"));
        QCOMPARE(scalarText(QStringLiteral("SELECT ip_src FROM forms WHERE n = 1")),
                 QStringLiteral(" 8.8.8.8 "));
        QCOMPARE(scalarInt(QStringLiteral("SELECT count(*) FROM forms WHERE geo_status <> "
                                          "'located' AND region_code IS NOT NULL")),
                 0);
    }

    void badCatalogsAreRefusedWithTheirLine_data()
    {
        QTest::addColumn<QByteArray>("catalog");
        QTest::addColumn<QString>("expected");
        QTest::newRow("latitude out of range")
            << QByteArray("code,name,lat,lon\nus-east-1,Virginia,98.1,-78.4\n") << "line 2";
        QTest::newRow("swapped coordinates") << QByteArray(
            "code,name,lat,lon\nus-east-1,Virginia,38.13,-78.45\nus-west-2,Oregon,-121.2,45.6\n")
                                             << "swap";
        QTest::newRow("not a number")
            << QByteArray("code,name,lat,lon\nus-east-1,Virginia,north,-78.4\n") << "line 2";
        QTest::newRow("duplicate code")
            << QByteArray("code,name,lat,lon\nus-east-1,A,38.1,-78.4\nus-east-1,B,40.0,-80.0\n")
            << "line 3";
        QTest::newRow("empty catalog") << QByteArray("code,name,lat,lon\n") << "no region";
    }

    void badCatalogsAreRefusedWithTheirLine()
    {
        QFETCH(QByteArray, catalog);
        QFETCH(QString, expected);
        const QString regions = write(catalog);
        const Outcome o
            = run(write("id,ip\n1,8.8.8.8\n"), QStringLiteral("catalog_refused"), {}, regions);
        QCOMPARE(o.summary.status, RunStatus::Failed);
        QCOMPARE(o.summary.error.kind, ErrorKind::Input);
        QVERIFY2(o.summary.error.toString().contains(expected, Qt::CaseInsensitive),
                 qPrintable(o.summary.error.toString()));
    }

    void aSingleRegionCatalogWorks()
    {
        const QString regions = write("code,name,lat,lon\neu-central-1,Frankfurt,50.11,8.68\n");
        const Outcome o = run(write("id,ip\n1,8.8.8.8\n2,1.1.1.1\n"), QStringLiteral("one_region"),
                              {}, regions);
        QVERIFY2(o.summary.status == RunStatus::Succeeded, qPrintable(o.summary.error.toString()));
        QCOMPARE(scalarInt(QStringLiteral("SELECT count(*) FROM one_region WHERE region_code = "
                                          "'eu-central-1' AND second_region_code IS NULL")),
                 2);
    }

    void aFileThatShrinksOrGrowsWhileReadIsHandled()
    {
        QByteArray content = "id,ip\n";
        for (int i = 1; i <= 300000; ++i)
            content += QByteArray::number(i) + ",8.8.8.8\n";
        const QString path = write(content);
        EtlOptions o;
        o.inputs.append({path, {}});
        o.connection = m_cluster.settings();
        o.table = QStringLiteral("shrinking");
        o.chunkRecords = 1000;
        Feedback fb;
        fb.setMinimumInterval(0);
        bool cut = false;
        QObject::connect(&fb, &Feedback::progressChanged, &fb, [&](const ProgressSnapshot &p) {
            if (!cut && p.rowsRead() >= 1000) {
                cut = true;
                QVERIFY(::truncate(QFile::encodeName(path).constData(), content.size() / 3) == 0);
            }
        });
        EtlJob job(o);
        const EtlSummary s = job.run(fb);
        QVERIFY(cut);
        // Whatever was read is accounted for: loaded or rejected, never lost.
        QVERIFY2(s.status == RunStatus::Succeeded, qPrintable(s.error.toString()));
        QVERIFY2(s.rowsRead > 1000 && s.rowsRead < 300000, qPrintable(QString::number(s.rowsRead)));
        verifyConserved(s);
        QCOMPARE(scalarInt(QStringLiteral("SELECT count(*) FROM shrinking")), int(s.rowsLoaded));
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
