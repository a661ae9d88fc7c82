// regionmap-cli catalog list and catalog show: the built-in catalogs for scripts.
#include "clirun.h"

#include <QTest>

using namespace regionmap::test;

class TestCatalogCli : public QObject
{
    Q_OBJECT

    static QProcessEnvironment env() { return cLocaleEnvironment(); }

private slots:
    void listNamesEveryCatalogWithItsCounts()
    {
        const CliRun r = runCli({QStringLiteral("catalog"), QStringLiteral("list")}, env());
        QCOMPARE(r.code, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 5); // the header and four catalogs
        QVERIFY2(lines.at(1).simplified().startsWith("aws aws 34 4 0 20"), lines.at(1).constData());
        for (const char *name : {"azure", "gcp", "oci"})
            QVERIFY2(r.out.contains(QByteArray("\n") + name + ' '), r.out.constData());
    }

    void showCsvHasTheDocumentedHeaderAndEveryRow()
    {
        const CliRun r = runCli({QStringLiteral("catalog"), QStringLiteral("show"),
                                 QStringLiteral("aws"), QStringLiteral("--csv")},
                                env());
        QCOMPARE(r.code, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.first(),
                 QByteArray("provider,code,name,city,country,latitude,longitude,status"));
        QCOMPARE(lines.size(), 1 + 38);
        QVERIFY(
            lines.contains("aws,us-east-1,US East (N. Virginia),Ashburn,US,39.0438,-77.4874,ga"));
        QVERIFY(lines.contains(
            "aws,cn-north-1,China (Beijing),Beijing,CN,39.9042,116.4074,restricted"));
        // A name with a comma is quoted.
        QVERIFY(!r.out.contains(",US East (N. Virginia)\",")); // no stray quote
    }

    void anUnknownCatalogIsAUsageError()
    {
        const CliRun r = runCli(
            {QStringLiteral("catalog"), QStringLiteral("show"), QStringLiteral("ibm")}, env());
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("ibm") && r.err.contains("aws, azure, gcp, oci"),
                 r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCatalogCli)
#include "tst_catalogcli.moc"
