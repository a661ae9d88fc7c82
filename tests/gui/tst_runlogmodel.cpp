// RunLogModel (the run's live log, capped) and RunLogFilterModel (the level filter), checked
// with QAbstractItemModelTester.

#include "runlogfiltermodel.h"
#include "runlogmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace regionmap;

class TestRunLogModel : public QObject
{
    Q_OBJECT

private slots:
    void appendsLinesWithTheirLevel()
    {
        RunLogModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(MessageLevel::Info, QStringLiteral("Reading people.csv"));
        model.append(MessageLevel::Warning,
                     QStringLiteral("people.csv, line 7: not an IP address"));
        model.append(MessageLevel::Error, QStringLiteral("The load failed."));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(RunLogModel::ColumnCount));
        QCOMPARE(model.index(1, RunLogModel::MessageColumn).data().toString(),
                 QStringLiteral("people.csv, line 7: not an IP address"));
        QCOMPARE(model.index(1, RunLogModel::LevelColumn).data().toString(),
                 RunLogModel::levelName(MessageLevel::Warning));
        QCOMPARE(model.index(2, 0).data(RunLogModel::LevelRole).toInt(), int(MessageLevel::Error));
        QVERIFY(!model.index(0, RunLogModel::TimeColumn).data().toString().isEmpty());
        QCOMPARE(model.count(MessageLevel::Warning), 1);
    }

    void capsTheLinesAndCountsTheRest()
    {
        RunLogModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCapacity(5);
        for (int i = 0; i < 12; ++i)
            model.append(MessageLevel::Warning, QStringLiteral("reject %1").arg(i));
        QCOMPARE(model.rowCount(), 6); // 5 lines + the "more" line
        QCOMPARE(model.droppedCount(), 7);
        QCOMPARE(model.count(MessageLevel::Warning), 12);
        const QString last = model.index(5, RunLogModel::MessageColumn).data().toString();
        QVERIFY2(last.contains(QLatin1String("7")), qPrintable(last));
        QVERIFY2(last.contains(QLatin1String("etl_rejects")), qPrintable(last));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.droppedCount(), 0);
    }

    void filtersByLevelAndText()
    {
        RunLogModel model;
        RunLogFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(MessageLevel::Info, QStringLiteral("Reading a.csv"));
        model.append(MessageLevel::Warning, QStringLiteral("a.csv, line 2: private address"));
        model.append(MessageLevel::Error, QStringLiteral("b.csv cannot be read"));
        model.append(MessageLevel::Warning, QStringLiteral("b.csv, line 9: not an IP address"));
        QCOMPARE(filter.rowCount(), 4);
        filter.setMinimumLevel(MessageLevel::Warning);
        QCOMPARE(filter.rowCount(), 3);
        filter.setMinimumLevel(MessageLevel::Error);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, RunLogModel::MessageColumn).data().toString(),
                 QStringLiteral("b.csv cannot be read"));
        filter.setMinimumLevel(MessageLevel::Warning);
        filter.setFilterFixedString(QStringLiteral("B.CSV"));
        QCOMPARE(filter.rowCount(), 2);
        // New lines pass through the filter as they arrive.
        model.append(MessageLevel::Warning, QStringLiteral("b.csv, line 12: empty"));
        model.append(MessageLevel::Info, QStringLiteral("b.csv done"));
        QCOMPARE(filter.rowCount(), 3);
    }
};

QTEST_MAIN(TestRunLogModel)
#include "tst_runlogmodel.moc"
