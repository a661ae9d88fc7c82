// regionmap-cli summary: the region summary of a run or a table from the same core queries as
// the results page, as text and as JSON in full precision, on the hand dataset (resultsfixture).
#include "clirun.h"
#include "resultsfixture.h"
#include "testcluster.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace regionmap;
using namespace regionmap::test;

class TestSummaryCli : public QObject
{
    Q_OBJECT

    TestCluster m_cluster;
    HandDataset m_hand;

    CliRun summary(const QStringList &args)
    {
        return runCli(QStringList {QStringLiteral("summary"), QStringLiteral("--db"),
                                   m_cluster.uri(), QStringLiteral("--quiet")}
                          + args,
                      cLocaleEnvironment());
    }
    QJsonObject region(const QJsonObject &o, const QString &code)
    {
        for (const QJsonValue &v : o[QStringLiteral("regions")].toArray()) {
            if (v.toObject()[QStringLiteral("region_code")].toString() == code)
                return v.toObject();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        const Status st = m_cluster.start();
        QVERIFY2(st.isOk(), qPrintable(st.isOk() ? QString() : st.error().toString()));
        ScopedConnection c(m_cluster.settings(), QStringLiteral("fixture"));
        Result<HandDataset> hand = createHandDataset(c.database());
        QVERIFY2(hand, qPrintable(hand ? QString() : hand.error().toString()));
        m_hand = hand.value();
    }

    void aRunAsJson()
    {
        const CliRun r = summary(
            {QStringLiteral("--run"), QString::number(m_hand.runA), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o[QStringLiteral("table")].toString(), HandDataset::table());
        QCOMPARE(o[QStringLiteral("run_ids")].toArray(), QJsonArray {double(m_hand.runA)});
        QCOMPARE(o[QStringLiteral("rows")].toInt(), 9);
        // The hand runs were recorded before they had points: the summary made them, once, and
        // read every number below from them.
        QCOMPARE(o[QStringLiteral("read_from")].toString(), QStringLiteral("points"));
        QCOMPARE(o[QStringLiteral("statuses")].toObject()[QStringLiteral("invalid_ip")].toInt(), 2);
        const QJsonObject r1 = region(o, QStringLiteral("r1"));
        QCOMPARE(r1[QStringLiteral("rows")].toInt(), 4);
        QCOMPARE(r1[QStringLiteral("share")].toDouble(), 4.0 / 9.0); // full precision
        QCOMPARE(r1[QStringLiteral("mean_km")].toDouble(), 250.0);
        QCOMPARE(r1[QStringLiteral("median_km")].toDouble(), 250.0);
        QVERIFY(qAbs(r1[QStringLiteral("p95_km")].toDouble() - 385.0) < 1e-9);
        QCOMPARE(r1[QStringLiteral("firm")].toInt(), 2);
        QCOMPARE(r1[QStringLiteral("uncertain")].toInt(), 2);
        QVERIFY(qAbs(r1[QStringLiteral("est_rtt")].toObject()[QStringLiteral("p95_ms")].toDouble()
                     - 13.775)
                < 1e-9);
        QCOMPARE(
            o[QStringLiteral("cross_check")].toObject()[QStringLiteral("different_region")].toInt(),
            2);
        QVERIFY(region(o, QStringLiteral("r3"))[QStringLiteral("mean_km")].isNull());
    }

    void aTableAsText()
    {
        const CliRun r = summary({QStringLiteral("--table"), HandDataset::table()});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("The table \"hand\": 12 rows, 7 located"), r.out.constData());
        QVERIFY2(r.out.contains("country_only"), r.out.constData());
    }

    void theNewestSucceededRunByDefault()
    {
        const CliRun r = summary({QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object()[QStringLiteral("run_id")].toInt(),
                 int(m_hand.runB)); // run C failed
    }

    // --where narrows the summary to the rows whose CSV column holds a value: read from the
    // rows, with the match in the JSON; an empty value is the rows where it is empty.
    void aColumnMatch()
    {
        CliRun r = summary({QStringLiteral("--run"), QString::number(m_hand.runA),
                            QStringLiteral("--where"), QStringLiteral("name=Bob"),
                            QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o[QStringLiteral("rows")].toInt(), 1);
        QCOMPARE(o[QStringLiteral("read_from")].toString(), QStringLiteral("rows"));
        QCOMPARE(o[QStringLiteral("where")].toObject()[QStringLiteral("value")].toString(),
                 QStringLiteral("Bob"));
        const QJsonObject r1 = region(o, QStringLiteral("r1"));
        QCOMPARE(r1[QStringLiteral("rows")].toInt(), 1);
        QCOMPARE(r1[QStringLiteral("mean_km")].toDouble(), 200.0);

        r = summary({QStringLiteral("--table"), HandDataset::table(), QStringLiteral("--where"),
                     QStringLiteral("name=")});
        QVERIFY2(r.code == 0, r.err.constData());
        // Row 7's name is an empty string.
        QVERIFY2(r.out.contains("The table \"hand\": 1 rows, 0 located (where name is empty)"),
                 r.out.constData());

        r = summary({QStringLiteral("--where"), QStringLiteral("nosuch=1")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("no column \"nosuch\"") && r.err.contains("ip_address"),
                 r.err.constData());
        r = summary({QStringLiteral("--where"), QStringLiteral("=1")});
        QCOMPARE(r.code, 1);
    }

    // A table dropped outside RegionMap and made again by an append: the runs before it are
    // not in it, and the summary counts only the new one (db/runboundary.h).
    void aTableMadeAgainByAnAppendCountsOnlyItsRuns()
    {
        const QString table = QStringLiteral("remade");
        const Result<qint64> first = loadSample(m_cluster, table, /*append=*/true);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
        m_cluster.scalar(QStringLiteral("DROP TABLE remade")); // as an analyst might, in psql
        QVERIFY(m_cluster.scalar(QStringLiteral("SELECT to_regclass('remade') IS NULL")).toBool());
        const Result<qint64> second = loadSample(m_cluster, table, /*append=*/true);
        QVERIFY2(second, qPrintable(second ? QString() : second.error().toString()));
        // Both made the table, and said so in their settings.
        QCOMPARE(m_cluster
                     .scalar(QStringLiteral("SELECT count(*) FROM etl_runs WHERE target_table ="
                                            " 'remade' AND settings->>'created_table' = 'true'"))
                     .toInt(),
                 2);
        const CliRun r = summary({QStringLiteral("--table"), table, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o[QStringLiteral("run_ids")].toArray(), QJsonArray {double(second.value())});
        QCOMPARE(o[QStringLiteral("rows")].toInt(),
                 m_cluster.scalar(QStringLiteral("SELECT count(*) FROM remade")).toInt());
        // A third append adds to it: both of the table's runs count.
        const Result<qint64> third = loadSample(m_cluster, table, /*append=*/true);
        QVERIFY(third);
        const CliRun both = summary({QStringLiteral("--table"), table, QStringLiteral("--json")});
        QVERIFY2(both.code == 0, both.err.constData());
        const QJsonObject b = QJsonDocument::fromJson(both.out).object();
        QCOMPARE(b[QStringLiteral("run_ids")].toArray(),
                 (QJsonArray {double(second.value()), double(third.value())}));
        QCOMPARE(b[QStringLiteral("rows")].toInt(),
                 m_cluster.scalar(QStringLiteral("SELECT count(*) FROM remade")).toInt());
    }

    void whatIsNotThereIsSaid()
    {
        CliRun r = summary({QStringLiteral("--run"), QStringLiteral("999")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("no run 999"), r.err.constData());
        r = summary({QStringLiteral("--table"), QStringLiteral("nowhere")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("nowhere"), r.err.constData());
        r = summary({QStringLiteral("--run"), QStringLiteral("x")});
        QCOMPARE(r.code, 1);
    }

    // A database an older RegionMap made (its schema before the points per run): a clear
    // message instead of a missing column, and nothing changed.
    void anOlderSchemaIsNamed()
    {
        m_cluster.scalar(QStringLiteral("UPDATE schema_migrations SET version = -version"
                                        " WHERE version >= 5"));
        const CliRun r = summary({QStringLiteral("--table"), HandDataset::table()});
        const int older = m_cluster
                              .scalar(QStringLiteral("SELECT count(*) FROM schema_migrations"
                                                     " WHERE version < 0"))
                              .toInt();
        m_cluster.scalar(QStringLiteral("UPDATE schema_migrations SET version = -version"
                                        " WHERE version < 0"));
        QVERIFY(older > 0);
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains("made by an older RegionMap: its schema is at version 4"),
                 r.err.constData());
        QVERIFY2(r.err.contains("nothing was changed"), r.err.constData());
        // As it was, it reads again.
        QCOMPARE(summary({QStringLiteral("--table"), HandDataset::table()}).code, 0);
    }
};

QTEST_GUILESS_MAIN(TestSummaryCli)
#include "tst_summarycli.moc"
