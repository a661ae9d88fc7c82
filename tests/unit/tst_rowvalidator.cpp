// The validator stage: every value checked against its column's type and the upsert key, and the
// address parsed and classified, before any lookup; a reject says file line, column and why.
#include "chunkreader.h"
#include "etl/rowbatch.h"
#include "etl/rowvalidator.h"

#include <QTest>

using namespace regionmap;
using namespace regionmap::test;

class TestRowValidator : public QObject
{
    Q_OBJECT

    static TargetSchema schema()
    {
        // id: bigint, score: double, name: text, ip: the IP column
        return TargetSchema::infer({QStringLiteral("id"), QStringLiteral("score"),
                                    QStringLiteral("name"), QStringLiteral("ip")},
                                   3,
                                   {{QStringLiteral("1"), QStringLiteral("1.5"),
                                     QStringLiteral("a"), QStringLiteral("8.8.8.8")}});
    }

private slots:
    void classifiesAndChecks_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<int>("key"); // -1: no upsert key
        QTest::addColumn<bool>("rejected");
        QTest::addColumn<int>("status"); // GeoStatus, when accepted
        QTest::addColumn<bool>("global");
        QTest::addColumn<QString>("column"); // of the reject
        const int located = int(GeoStatus::LookupFailed); // global: until the locator answers
        QTest::newRow("global") << QByteArray("1,2.5,x,8.8.8.8") << -1 << false << located << true
                                << QString();
        QTest::newRow("ipv6 global")
            << QByteArray("1,2.5,x,2001:4860::8888") << -1 << false << located << true << QString();
        QTest::newRow("private") << QByteArray("1,2.5,x,10.1.2.3") << -1 << false
                                 << int(GeoStatus::PrivateOrReserved) << false << QString();
        QTest::newRow("not an address") << QByteArray("1,2.5,x,nope") << -1 << false
                                        << int(GeoStatus::InvalidIp) << false << QString();
        QTest::newRow("empty address") << QByteArray("1,2.5,x,") << -1 << false
                                       << int(GeoStatus::InvalidIp) << false << QString();
        QTest::newRow("text in bigint")
            << QByteArray("one,2.5,x,8.8.8.8") << -1 << true << 0 << false << QStringLiteral("id");
        QTest::newRow("text in double") << QByteArray("1,high,x,8.8.8.8") << -1 << true << 0
                                        << false << QStringLiteral("score");
        QTest::newRow("bigint overflow") << QByteArray("99999999999999999999,1,x,8.8.8.8") << -1
                                         << true << 0 << false << QStringLiteral("id");
        QTest::newRow("empty typed values are NULL")
            << QByteArray(",,x,8.8.8.8") << -1 << false << located << true << QString();
        QTest::newRow("empty key")
            << QByteArray(",2.5,x,8.8.8.8") << 0 << true << 0 << false << QStringLiteral("id");
        QTest::newRow("key present")
            << QByteArray("7,2.5,x,8.8.8.8") << 0 << false << located << true << QString();
    }
    void classifiesAndChecks()
    {
        QFETCH(QByteArray, row);
        QFETCH(int, key);
        QFETCH(bool, rejected);
        QFETCH(int, status);
        QFETCH(bool, global);
        QFETCH(QString, column);
        const TargetSchema s = schema();
        const CsvChunk chunk = readChunk("id,score,name,ip\n" + row + '\n', {}, 4);
        QCOMPARE(chunk.rowCount(), 1);
        RowBatch batch;
        batch.reset(chunk);
        RowValidator(s, key, TextEncoding::Utf8).process(batch);
        QCOMPARE(batch.rows[0].rejected, rejected);
        if (rejected) {
            QCOMPARE(batch.rejects.size(), size_t(1));
            QCOMPARE(batch.rejects[0].line, 2);
            QCOMPARE(batch.rejects[0].column, column);
            QCOMPARE(batch.rejects[0].raw, row);
            QVERIFY(batch.rejects[0].reason.contains(column));
            return;
        }
        QVERIFY(batch.rejects.empty());
        QCOMPARE(int(batch.rows[0].status), status);
        QCOMPARE(batch.rows[0].global, global);
        QCOMPARE(batch.rows[0].lookup, -1); // nothing is looked up here
    }

    void parseRejectsOfTheChunkJoinTheBatch()
    {
        const TargetSchema s = schema();
        // Line 3 has a field too many: the reader turns it away, the validator passes it on.
        const CsvChunk chunk = readChunk("id,score,name,ip\n1,1,a,8.8.8.8\n2,2,b,9.9.9.9,extra\n"
                                         "3,3,c,1.1.1.1\n",
                                         {}, 4);
        QCOMPARE(chunk.rowCount(), 2);
        QCOMPARE(chunk.rejects().size(), size_t(1));
        RowBatch batch;
        batch.reset(chunk);
        RowValidator(s, -1, TextEncoding::Utf8).process(batch);
        QCOMPARE(batch.rejects.size(), size_t(1));
        QCOMPARE(batch.rejects[0].line, 3);
        QVERIFY(!batch.rows[0].rejected);
        QVERIFY(!batch.rows[1].rejected);
    }

    void latin1RawTextBecomesUtf8()
    {
        const TargetSchema s = schema();
        CsvDialect d;
        d.encoding = TextEncoding::Latin1;
        const CsvChunk chunk = readChunk("id,score,name,ip\nx,1,K\xf6ln,8.8.8.8\n", d, 4);
        RowBatch batch;
        batch.reset(chunk);
        RowValidator(s, -1, TextEncoding::Latin1).process(batch);
        QCOMPARE(batch.rejects.size(), size_t(1));
        QCOMPARE(QString::fromUtf8(batch.rejects[0].raw), QStringLiteral("x,1,K\u00f6ln,8.8.8.8"));
    }
};

QTEST_GUILESS_MAIN(TestRowValidator)
#include "tst_rowvalidator.moc"
