#include "db/copystream.h"
#include "db/targetschema.h"

#include <QTest>

using namespace regionmap;

class TestTargetSchema : public QObject
{
    Q_OBJECT

private slots:
    void sanitizesIdentifiers_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "ip_address"
                               << "ip_address";
        QTest::newRow("case and spaces") << "  First Name "
                                         << "first_name";
        QTest::newRow("injection") << "\"; drop table x; --"
                                   << "drop_table_x";
        QTest::newRow("reserved word") << "select"
                                       << "select";
        QTest::newRow("empty") << ""
                               << "column_3";
        QTest::newRow("only symbols") << "#$%"
                                      << "column_3";
        QTest::newRow("leading digit") << "2fa"
                                       << "c_2fa";
        QTest::newRow("unicode") << QString::fromUtf8("Straße") << "stra_e";
        QTest::newRow("long") << QString(100, QLatin1Char('a')) << QString(63, QLatin1Char('a'));
    }

    void sanitizesIdentifiers()
    {
        QFETCH(QString, raw);
        QFETCH(QString, expected);
        QCOMPARE(sanitizeIdentifier(raw, 2), expected);
    }

    void quotesIdentifiers()
    {
        QCOMPARE(quoteIdentifier(QStringLiteral("a\"b")), QStringLiteral("\"a\"\"b\""));
        QCOMPARE(quoteIdentifier(QStringLiteral("select")), QStringLiteral("\"select\""));
    }

    void infersTypes()
    {
        const QStringList header {QStringLiteral("id"),    QStringLiteral("zip"),
                                  QStringLiteral("score"), QStringLiteral("ip"),
                                  QStringLiteral("note"),  QStringLiteral("empty")};
        const QList<QStringList> rows {
            {QStringLiteral("1"), QStringLiteral("01234"), QStringLiteral("1.5"),
             QStringLiteral("8.8.8.8"), QStringLiteral("x"), QString()},
            {QStringLiteral("-2"), QStringLiteral("99999"), QStringLiteral("2"),
             QStringLiteral("1"), QStringLiteral("12"), QString()},
            {QString(), QStringLiteral("12345"), QStringLiteral("-3e2"), QStringLiteral("2"),
             QStringLiteral("y"), QString()},
        };
        const TargetSchema s = TargetSchema::infer(header, 3, rows);
        QCOMPARE(s.sourceColumns().at(0).type, ColumnType::BigInt);
        QCOMPARE(s.sourceColumns().at(1).type, ColumnType::Text); // a leading zero: a code
        QCOMPARE(s.sourceColumns().at(2).type, ColumnType::Double);
        QCOMPARE(s.sourceColumns().at(3).type, ColumnType::Text); // the IP column stays text
        QVERIFY(s.sourceColumns().at(3).isIpColumn);
        QCOMPARE(s.sourceColumns().at(4).type, ColumnType::Text);
        QCOMPARE(s.sourceColumns().at(5).type, ColumnType::Text);
        // "ip" clashes with the enrichment column of that name.
        QCOMPARE(s.sourceColumns().at(3).name, QStringLiteral("ip_src"));
        QCOMPARE(s.columnNames().size(), header.size() + TargetSchema::enrichmentColumns().size());
        QVERIFY(s.createTableSql(QStringLiteral("\"t\""))
                    .contains(QLatin1String("\"geo_status\" text NOT NULL")));
    }

    void makesDuplicateNamesUnique()
    {
        const TargetSchema s = TargetSchema::infer(
            {QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("a "), QString(), QString()},
            -1, {});
        QStringList names;
        for (const SourceColumn &c : s.sourceColumns())
            names << c.name;
        QCOMPARE(names,
                 (QStringList {QStringLiteral("a"), QStringLiteral("a_2"), QStringLiteral("a_3"),
                               QStringLiteral("column_4"), QStringLiteral("column_5")}));
    }

    void checksValueFits_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("isInt");
        QTest::addColumn<bool>("isDouble");
        QTest::newRow("int") << QByteArray("42") << true << true;
        QTest::newRow("negative") << QByteArray("-7") << true << true;
        QTest::newRow("zero") << QByteArray("0") << true << true;
        QTest::newRow("leading zero") << QByteArray("007") << false << false;
        // A double rounds these: not doubles (a column of them stays text).
        QTest::newRow("int64 max") << QByteArray("9223372036854775807") << true << false;
        QTest::newRow("int64 overflow") << QByteArray("9223372036854775808") << false << false;
        QTest::newRow("20-digit id") << QByteArray("18446744073709551615") << false << false;
        QTest::newRow("17 digits") << QByteArray("0.12345678901234567") << false << false;
        // ... and a double holds these as written.
        QTest::newRow("2^53") << QByteArray("9007199254740992") << true << true;
        QTest::newRow("shortest of a double") << QByteArray("0.30000000000000004") << false << true;
        QTest::newRow("trailing zero") << QByteArray("1.10") << false << true;
        QTest::newRow("small") << QByteArray("-0.000123") << false << true;
        QTest::newRow("exponent, upper") << QByteArray("2.5E+10") << false << true;
        QTest::newRow("decimal") << QByteArray("3.25") << false << true;
        QTest::newRow("exponent") << QByteArray("1e-3") << false << true;
        QTest::newRow("inf") << QByteArray("inf") << false << false;
        QTest::newRow("nan") << QByteArray("NaN") << false << false;
        QTest::newRow("huge") << QByteArray("1e999") << false << false;
        QTest::newRow("text") << QByteArray("12a") << false << false;
        QTest::newRow("plus") << QByteArray("+5") << false << false;
        QTest::newRow("space") << QByteArray(" 5") << false << false;
    }

    void checksValueFits()
    {
        QFETCH(QByteArray, value);
        QFETCH(bool, isInt);
        QFETCH(bool, isDouble);
        QCOMPARE(fitsBigInt(value.constData(), value.size()), isInt);
        QCOMPARE(fitsDouble(value.constData(), value.size()), isDouble);
    }

    void escapesLongTextLikeTheReference()
    {
        // Every position of every special byte, in strings longer than the 8-byte fast path.
        const QByteArray specials("\\\t\n\r");
        for (int len = 1; len <= 40; ++len) {
            for (int pos = 0; pos < len; ++pos) {
                for (const char special : specials) {
                    QByteArray text(len, 'a');
                    text[pos] = special;
                    QByteArray expected;
                    for (const char c : text) {
                        switch (c) {
                        case '\\':
                            expected += "\\\\";
                            break;
                        case '\t':
                            expected += "\\t";
                            break;
                        case '\n':
                            expected += "\\n";
                            break;
                        case '\r':
                            expected += "\\r";
                            break;
                        default:
                            expected += c;
                        }
                    }
                    CopyBuffer b;
                    b.appendText(text);
                    QCOMPARE(QByteArray(b.data(), qsizetype(b.size())), expected);
                }
            }
        }
        CopyBuffer f;
        f.appendFixed(1234.5678915, 6);
        f.separator();
        f.appendFixed(-0.0000004, 6);
        f.separator();
        f.appendFixed(0.5, 0);
        QCOMPARE(QByteArray(f.data(), qsizetype(f.size())), QByteArray("1234.567892\t0.000000\t1"));
    }

    void escapesCopyText()
    {
        CopyBuffer b;
        b.appendText(QByteArray("a\tb\nc\\d\re"));
        b.separator();
        b.appendNull();
        b.separator();
        b.appendDouble(double(38.13f));
        b.separator();
        b.appendDouble(0.1);
        b.endRow();
        QCOMPARE(QByteArray(b.data(), qsizetype(b.size())),
                 QByteArray("a\\tb\\nc\\\\d\\re\t\\N\t38.13\t0.1\n"));
    }
};

QTEST_GUILESS_MAIN(TestTargetSchema)
#include "tst_targetschema.moc"
