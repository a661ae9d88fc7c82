// The progress of a job as a list of stages named when it starts: a front end draws one bar per
// stage without knowing the job's stages in advance.
#include "common/feedback.h"

#include <QSignalSpy>
#include <QTest>

using namespace regionmap;

class TestFeedback : public QObject
{
    Q_OBJECT

    static QList<StageProgress> threeStages()
    {
        return {{QStringLiteral("read"), QStringLiteral("Read")},
                {QStringLiteral("check"), QStringLiteral("Check")},
                {QStringLiteral("load"), QStringLiteral("Load")}};
    }

private slots:
    void theStagesAreTheOnesTheJobNames()
    {
        Feedback fb;
        fb.setMinimumInterval(0);
        QSignalSpy progress(&fb, &Feedback::progressChanged);
        fb.start(1000, threeStages());
        const ProgressSnapshot first = fb.snapshot();
        QCOMPARE(first.stages.size(), 3);
        QCOMPARE(first.stages.at(1).id, QStringLiteral("check"));
        QCOMPARE(first.stages.at(1).label, QStringLiteral("Check"));
        QCOMPARE(first.rowsRead(), 0);
        QVERIFY(!progress.isEmpty());
    }

    void rowsAreCountedPerStage()
    {
        Feedback fb;
        fb.start(1000, threeStages());
        fb.setBytesRead(500); // half the bytes: the rows read so far are about half
        fb.addStageRows(0, 100);
        fb.addStageRows(1, 100);
        fb.addStageRows(2, 50);
        fb.addStageRows(2, 50);
        const ProgressSnapshot s = fb.snapshot();
        QCOMPARE(s.rowsRead(), 100);
        QCOMPARE(s.rowsDone(), 100);
        QCOMPARE(s.stages.at(1).rows, 100);
        QCOMPARE(s.rowsEstimated, 200);
        QCOMPARE(s.stageFraction(0), 0.5);
        QCOMPARE(s.overallFraction(), 0.5);
    }

    void aStageOutsideTheListIsIgnored()
    {
        Feedback fb;
        fb.start(1000, threeStages());
        fb.addStageRows(3, 10);
        fb.addStageRows(-1, 10);
        const ProgressSnapshot s = fb.snapshot();
        for (const StageProgress &stage : s.stages)
            QCOMPARE(stage.rows, 0);
    }

    void aNewStartForgetsTheOldRows()
    {
        Feedback fb;
        fb.start(1000, threeStages());
        fb.addStageRows(0, 10);
        QList<StageProgress> one {{QStringLiteral("read"), QStringLiteral("Read"), 99}};
        fb.start(10, one);
        const ProgressSnapshot s = fb.snapshot();
        QCOMPARE(s.stages.size(), 1);
        QCOMPARE(s.rowsRead(), 0); // rows given with the list are not taken over
    }
};

QTEST_GUILESS_MAIN(TestFeedback)
#include "tst_feedback.moc"
