// CsvPreviewModel: the Sources page's preview table, checked with QAbstractItemModelTester.

#include "csvpreviewmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace regionmap;

class TestCsvPreviewModel : public QObject
{
    Q_OBJECT

private slots:
    void emptyModel()
    {
        CsvPreviewModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
        QCOMPARE(model.ipColumn(), -1);
    }

    void showsRowsAndMarksTheIpColumn()
    {
        CsvPreviewModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QStringList columns {QStringLiteral("id"), QStringLiteral("name"),
                                   QStringLiteral("ip_address")};
        const QList<QStringList> rows {
            {QStringLiteral("1"), QStringLiteral("Ana"), QStringLiteral("34.148.232.131")},
            {QStringLiteral("2"), QStringLiteral("Bo"), QStringLiteral("2001:db8::1")},
        };
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setPreview(columns, rows, 2);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.ipColumn(), 2);
        QCOMPARE(model.index(1, 2).data().toString(), QStringLiteral("2001:db8::1"));
        QVERIFY(model.index(0, 2).data(CsvPreviewModel::IpColumnRole).toBool());
        QVERIFY(!model.index(0, 1).data(CsvPreviewModel::IpColumnRole).toBool());
        QVERIFY(
            model.headerData(2, Qt::Horizontal).toString().startsWith(QLatin1String("ip_address")));
        QVERIFY(model.headerData(2, Qt::Horizontal, CsvPreviewModel::IpColumnRole).toBool());
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("name"));
        QCOMPARE(model.headerData(0, Qt::Vertical).toInt(), 1);
        QVERIFY(model.index(0, 2).data(Qt::BackgroundRole).isValid());
        QVERIFY(!model.index(0, 0).data(Qt::BackgroundRole).isValid());
    }

    void raggedRowsGetEmptyCellsAndExtraColumns()
    {
        CsvPreviewModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPreview({QStringLiteral("a"), QStringLiteral("b")},
                         {{QStringLiteral("1")},
                          {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}},
                         -1);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.index(0, 1).data().toString(), QString());
        QCOMPARE(model.index(1, 2).data().toString(), QStringLiteral("3"));
        QVERIFY(!model.headerData(2, Qt::Horizontal).toString().isEmpty());
        QCOMPARE(model.ipColumn(), -1);
    }

    void anOutOfRangeIpColumnIsNone()
    {
        CsvPreviewModel model;
        model.setPreview({QStringLiteral("a")}, {{QStringLiteral("1")}}, 5);
        QCOMPARE(model.ipColumn(), -1);
    }

    void clearEmptiesTheModel()
    {
        CsvPreviewModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPreview({QStringLiteral("a")}, {{QStringLiteral("1")}}, 0);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
    }
};

QTEST_MAIN(TestCsvPreviewModel)
#include "tst_csvpreviewmodel.moc"
