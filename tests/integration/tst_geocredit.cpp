// The credit a source of locations requires, as regionmap-cli shows it: a run on DB-IP credits
// DB-IP, a run on a GeoLite2 file credits MaxMind (and not DB-IP), in the text summary and in
// the JSON summary, and every run records its source.
#include "clirun.h"
#include "mmdbwriter.h"
#include "testcluster.h"
#include "testpaths.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace regionmap;
using namespace regionmap::test;

class TestGeoCredit : public QObject
{
    Q_OBJECT

    TestCluster m_cluster;
    QTemporaryDir m_dir;
    QString m_geoLite2;

    CliRun run(const QString &table, const QStringList &more)
    {
        const QStringList args
            = QStringList {QStringLiteral("run"),
                           QStringLiteral("--data"),
                           sourceDir() + QStringLiteral("/resources/samples/people.csv"),
                           QStringLiteral("--catalog"),
                           QStringLiteral("aws"),
                           QStringLiteral("--db"),
                           m_cluster.uri(),
                           QStringLiteral("--table"),
                           table,
                           QStringLiteral("--quiet")}
              + more;
        return runCli(args, QProcessEnvironment::systemEnvironment());
    }

private slots:
    void initTestCase()
    {
        const Status st = m_cluster.start();
        QVERIFY2(st.isOk(), qPrintable(st.isOk() ? QString() : st.error().toString()));
        QVERIFY(m_dir.isValid());
        m_geoLite2 = m_dir.filePath(QStringLiteral("GeoLite2-City.mmdb"));
        QVERIFY(writeTinyGeoLite2City(m_geoLite2));
    }

    void creditFollowsTheDatabase_data()
    {
        QTest::addColumn<bool>("geoLite2");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("other");
        QTest::newRow("DB-IP") << false << QStringLiteral("dbip-city-lite")
                               << QStringLiteral("https://db-ip.com")
                               << QStringLiteral("maxmind.com");
        QTest::newRow("GeoLite2") << true << QStringLiteral("geolite2-city")
                                  << QStringLiteral("https://www.maxmind.com")
                                  << QStringLiteral("db-ip.com");
    }
    void creditFollowsTheDatabase()
    {
        QFETCH(bool, geoLite2);
        QFETCH(QString, id);
        QFETCH(QString, url);
        QFETCH(QString, other);
        const QStringList geo
            = geoLite2 ? QStringList {QStringLiteral("--geodb"), m_geoLite2} : QStringList();

        const CliRun text = run(QStringLiteral("credit_text"), geo);
        QVERIFY2(text.code == 0, text.err.constData());
        // The tiny GeoLite2 file was built in 2024: the run warns that it is old.
        if (geoLite2)
            QVERIFY2(text.err.contains("was built on 2024-06-01"), text.err.constData());
        QVERIFY2(text.out.contains(url.toUtf8()), text.out.constData());
        QVERIFY2(!text.out.contains(other.toUtf8()), text.out.constData());

        const CliRun json
            = run(QStringLiteral("credit_json"), geo + QStringList {QStringLiteral("--json")});
        QVERIFY2(json.code == 0, json.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(o.value(QStringLiteral("geo_source")).toString(), id);
        const QJsonObject credit = o.value(QStringLiteral("attribution")).toObject();
        QCOMPARE(credit.value(QStringLiteral("url")).toString(), url);
        QVERIFY(!credit.value(QStringLiteral("text")).toString().isEmpty());
        QVERIFY(!json.out.contains(other.toUtf8()));

        // The run record says which source located the rows.
        const qint64 runId = qint64(o.value(QStringLiteral("run_id")).toDouble());
        QCOMPARE(m_cluster
                     .scalar(QStringLiteral("SELECT settings->>'geo_source' FROM etl_runs WHERE "
                                            "run_id = %1")
                                 .arg(runId))
                     .toString(),
                 id);
        QCOMPARE(m_cluster
                     .scalar(QStringLiteral("SELECT count(*) FROM credit_json WHERE geo_source IS "
                                            "NOT NULL AND geo_source <> '%1'")
                                 .arg(id))
                     .toLongLong(),
                 0);
        // GeoLite2 gives each location an accuracy radius (20 km in the tiny file); DB-IP Lite
        // gives none.
        const QString radii = m_cluster
                                  .scalar(QStringLiteral("SELECT string_agg(DISTINCT"
                                                         " coalesce(accuracy_km::text, 'none'),"
                                                         " ',') FROM credit_json WHERE geo_status"
                                                         " = 'located'"))
                                  .toString();
        QCOMPARE(radii, geoLite2 ? QStringLiteral("20") : QStringLiteral("none"));
    }
};

QTEST_GUILESS_MAIN(TestGeoCredit)
#include "tst_geocredit.moc"
