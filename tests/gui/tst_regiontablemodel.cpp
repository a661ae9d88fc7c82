// RegionTableModel: the Regions page's table, with issues next to the rows they concern,
// checked with QAbstractItemModelTester.

#include "regiontablemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace regionmap;

class TestRegionTableModel : public QObject
{
    Q_OBJECT

private slots:
    void builtinCatalogHasNoIssues()
    {
        const Result<RegionCatalog> aws = RegionCatalog::builtin(QStringLiteral("aws"));
        QVERIFY2(aws, qPrintable(aws ? QString() : aws.error().toString()));
        RegionTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCatalog(aws.value());
        QCOMPARE(model.rowCount(), int(aws->regions().size()));
        QCOMPARE(model.regionCount(), int(aws->regions().size()));
        QCOMPARE(model.errorCount(), 0);
        QCOMPARE(model.warningCount(), 0);
        QCOMPARE(model.columnCount(), int(RegionTableModel::ColumnCount));
        bool found = false;
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.index(r, RegionTableModel::CodeColumn).data().toString()
                == QLatin1String("us-east-1")) {
                found = true;
                QCOMPARE(model.index(r, RegionTableModel::CheckColumn)
                             .data(RegionTableModel::SeverityRole)
                             .toInt(),
                         -1);
            }
        }
        QVERIFY(found);
    }

    void issuesSitNextToTheirRows()
    {
        // The 2022 reference file's last row says af-south where AWS says af-south-1 (a
        // warning), plus a latitude out of range (an error) and a duplicate code (an error).
        const QByteArray csv = "aws-code,region-name,lat,long\n"
                               "us-east-1,Virginia,38.13,-78.45\n"
                               "eu-west-1,Ireland,53.0,-8.0\n"
                               "eu-west-2,London,151.0,-0.1\n"
                               "us-east-1,Again,38.0,-78.0\n"
                               "af-south,Cape Town,-33.92,18.42\n";
        const RegionCatalog catalog = RegionCatalog::parse(csv, QStringLiteral("datacenters.csv"));
        RegionTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCatalog(catalog);
        QVERIFY(model.errorCount() >= 2);
        QVERIFY(model.warningCount() >= 1);
        QCOMPARE(model.regionCount(), int(catalog.regions().size()));
        int warningRows = 0;
        int errorRows = 0;
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex check = model.index(r, RegionTableModel::CheckColumn);
            const QString code = model.index(r, RegionTableModel::CodeColumn).data().toString();
            const int severity = check.data(RegionTableModel::SeverityRole).toInt();
            if (severity == 1) {
                ++warningRows;
                QCOMPARE(code, QStringLiteral("af-south"));
                QVERIFY(check.data(Qt::DecorationRole).isValid());
            } else if (severity == 0) {
                ++errorRows;
                QVERIFY2(check.data().toString().contains(QLatin1String("Line ")),
                         qPrintable(check.data().toString()));
            } else {
                QCOMPARE(check.data().toString(), RegionTableModel::tr("OK"));
            }
        }
        QCOMPARE(warningRows, 1);
        QVERIFY(errorRows >= 2);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void severalCatalogsInOneTable()
    {
        // AWS and GCP, then a file that replaces us-east-1 (a private site for it) and adds one.
        const RegionCatalog aws = RegionCatalog::builtin(QStringLiteral("aws")).value();
        const RegionCatalog gcp = RegionCatalog::builtin(QStringLiteral("gcp")).value();
        const RegionCatalog file
            = RegionCatalog::parse("code,name,lat,lon\nus-east-1,Our Ashburn cage,39.04,-77.49\n"
                                   "dc-home,Head office,52.37,4.9\n",
                                   QStringLiteral("ours.csv"));
        RegionTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCatalogs({aws, gcp, file}, false, false);
        const int listed = int(aws.regions().size() + gcp.regions().size() + 2);
        QCOMPARE(model.rowCount(), listed);
        QCOMPARE(model.regionCount(), listed);
        int used = 0;
        int replaced = 0;
        int excluded = 0;
        for (int r = 0; r < model.rowCount(); ++r) {
            const QString code = model.index(r, RegionTableModel::CodeColumn).data().toString();
            const QString provider
                = model.index(r, RegionTableModel::ProviderColumn).data().toString();
            const QString check = model.index(r, RegionTableModel::CheckColumn).data().toString();
            if (model.isUsed(r)) {
                ++used;
                // The file's us-east-1 keeps the provider of the region it replaces.
                if (code == QLatin1String("us-east-1"))
                    QCOMPARE(provider, QStringLiteral("aws"));
                continue;
            }
            QVERIFY(model.index(r, RegionTableModel::NameColumn)
                        .data(Qt::ForegroundRole)
                        .isValid()); // greyed out
            if (check.startsWith(QLatin1String("Replaced"))) {
                ++replaced;
                QCOMPARE(code, QStringLiteral("us-east-1"));
                QCOMPARE(provider, QStringLiteral("aws"));
                QVERIFY(check.contains(QLatin1String("ours.csv")));
            } else {
                ++excluded;
                QVERIFY2(check.contains(QLatin1String("only when")), qPrintable(check));
            }
        }
        QCOMPARE(replaced, 1);
        QCOMPARE(excluded,
                 aws.count(RegionStatus::Restricted) + gcp.count(RegionStatus::Announced));
        QCOMPARE(used, aws.count(RegionStatus::Ga) + gcp.count(RegionStatus::Ga) + 1);
        // Included, they are used and say so.
        model.setCatalogs({aws}, true, false);
        for (int r = 0; r < model.rowCount(); ++r)
            QVERIFY(model.isUsed(r));
    }
};

QTEST_MAIN(TestRegionTableModel)
#include "tst_regiontablemodel.moc"
