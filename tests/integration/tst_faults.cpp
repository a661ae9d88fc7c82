// Database faults and cancels: a server that is down, a wrong password, a server that dies in
// the middle of a load, missing privileges, a process killed during a run, and a cancel in each
// stage. Nothing half-loaded is ever visible, and a re-run succeeds.
#include "common/feedback.h"
#include "etl/etljob.h"
#include "etl/etlrunner.h"
#include "etl/rowpipeline.h"
#include "etl/runrecorder.h"
#include "testcluster.h"
#include "testpaths.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace regionmap;
using namespace regionmap::test;

namespace {

void writeRows(const QString &path, int rows)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QByteArray buf = "id,email,ip_address\n";
    static const char *ips[]
        = {"8.8.8.8", "81.2.69.142", "10.0.0.1", "1.1.1.1", "bogus", "41.77.1.2"};
    for (int i = 1; i <= rows; ++i) {
        buf += QByteArray::number(i) + ",p" + QByteArray::number(i) + "@example.com," + ips[i % 6]
               + "\n";
        if (buf.size() > (1 << 20)) {
            f.write(buf);
            buf.clear();
        }
    }
    f.write(buf);
}

qint64 postmasterPid(EmbeddedPostgres &pg)
{
    QFile f(pg.dataDir() + QStringLiteral("/postmaster.pid"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return f.readLine().trimmed().toLongLong();
}

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

private:
    TestCluster m_cluster;
    QTemporaryDir m_dir;
    QString m_big;

    EtlOptions options(const ConnectionSettings &settings, const QString &table,
                       const QString &file = {})
    {
        EtlOptions o;
        o.inputs.append({file.isEmpty() ? m_big : file, {}});
        o.connection = settings;
        o.table = table;
        o.chunkRecords = 2000;
        return o;
    }

    int scalarInt(const QString &sql) { return m_cluster.scalar(sql).toInt(); }

private slots:
    void initTestCase()
    {
        const Status st = m_cluster.start();
        QVERIFY2(st.isOk(), qPrintable(st.isOk() ? QString() : st.error().toString()));
        m_big = m_dir.filePath(QStringLiteral("big.csv"));
        writeRows(m_big, 400000);
    }

    void databaseDownAtStart()
    {
        TestCluster down; // created, never started: nothing listens on its socket
        Feedback fb;
        EtlJob job(options(down.settings(), QStringLiteral("nowhere")));
        const EtlSummary s = job.run(fb);
        QCOMPARE(s.status, RunStatus::Failed);
        QCOMPARE(s.error.kind, ErrorKind::Database);
        QVERIFY2(s.error.message.contains(QLatin1String("No PostgreSQL server answers")),
                 qPrintable(s.error.toString()));
        QVERIFY(!s.error.details.isEmpty()); // the driver's text, for "Details"
    }

    void wrongPassword()
    {
        QVERIFY(m_cluster.requirePassword(QStringLiteral("pwuser"), QStringLiteral("right-one"))
                    .isOk());
        ConnectionSettings s = m_cluster.settings();
        s.user = QStringLiteral("pwuser");
        s.password = QStringLiteral("wrong-one");
        QTRY_VERIFY_WITH_TIMEOUT(!s.open(QStringLiteral("probe-wrong")).isOk(), 10000);
        Feedback fb;
        EtlJob job(options(s, QStringLiteral("wrong_pw")));
        const EtlSummary r = job.run(fb);
        QCOMPARE(r.error.kind, ErrorKind::Database);
        QVERIFY2(r.error.message.contains(QLatin1String("rejected the password")),
                 qPrintable(r.error.toString()));
        QVERIFY(!r.error.toString().contains(QLatin1String("wrong-one")));
    }

    void noCreatePrivilegeIsRefusedBeforeDataMoves()
    {
        m_cluster.scalar(QStringLiteral("CREATE ROLE viewer LOGIN"));
        m_cluster.scalar(QStringLiteral(
            "GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO viewer"));
        m_cluster.scalar(QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO viewer"));
        ConnectionSettings s = m_cluster.settings();
        s.user = QStringLiteral("viewer");
        const int runsBefore = scalarInt(QStringLiteral("SELECT count(*) FROM etl_runs"));
        Feedback fb;
        EtlJob job(options(s, QStringLiteral("not_allowed")));
        const EtlSummary r = job.run(fb);
        QCOMPARE(r.error.kind, ErrorKind::Database);
        QVERIFY2(r.error.message.contains(QLatin1String("may not create tables")),
                 qPrintable(r.error.toString()));
        QVERIFY(r.error.message.contains(QLatin1String("Nothing was loaded")));
        QCOMPARE(scalarInt(QStringLiteral("SELECT count(*) FROM etl_runs")), runsBefore);
        QCOMPARE(r.rowsRead, 0);
    }

    void replaceRefusesAView()
    {
        m_cluster.scalar(QStringLiteral("CREATE VIEW a_view AS SELECT 1 AS x"));
        Feedback fb;
        EtlJob job(options(m_cluster.settings(), QStringLiteral("a_view")));
        const EtlSummary r = job.run(fb);
        QCOMPARE(r.error.kind, ErrorKind::Database);
        QVERIFY2(r.error.message.contains(QLatin1String("not a table")),
                 qPrintable(r.error.toString()));
    }

    void cancelInEachStage_data()
    {
        QTest::addColumn<int>("stage");
        QTest::newRow("read") << int(Stage::Read);
        QTest::newRow("locate") << int(Stage::Locate);
        QTest::newRow("assign") << int(Stage::Assign);
        QTest::newRow("load") << int(Stage::Load);
    }

    void cancelInEachStage()
    {
        QFETCH(int, stage);
        const QString table = QStringLiteral("cancel_%1").arg(stage);
        Feedback fb;
        fb.setMinimumInterval(0);
        Stage seen = Stage::Read;
        QObject::connect(&fb, &Feedback::progressChanged, &fb, [&](const ProgressSnapshot &p) {
            if (!fb.isCanceled() && p.stages.value(stage).rows >= 10000) {
                seen = Stage(stage);
                fb.cancel();
            }
        });
        EtlJob job(options(m_cluster.settings(), table));
        const EtlSummary s = job.run(fb);
        QCOMPARE(int(seen), stage);
        QCOMPARE(s.status, RunStatus::Cancelled);
        QCOMPARE(s.error.kind, ErrorKind::Cancelled);
        QVERIFY(s.rowsRead < 400000);
        QCOMPARE(
            m_cluster
                .scalar(
                    QStringLiteral("SELECT status FROM etl_runs WHERE run_id = %1").arg(s.runId))
                .toString(),
            QStringLiteral("cancelled"));
        QVERIFY(!m_cluster.scalar(QStringLiteral("SELECT to_regclass('%1') IS NOT NULL").arg(table))
                     .toBool());
        QCOMPARE(scalarInt(QStringLiteral(
                               "SELECT count(*) FROM pg_class WHERE relname LIKE '%1__rm_new%%'")
                               .arg(table)),
                 0);
        QCOMPARE(
            scalarInt(
                QStringLiteral("SELECT count(*) FROM etl_rejects WHERE run_id = %1").arg(s.runId)),
            0);
        QCOMPARE(scalarInt(QStringLiteral("SELECT count(*) FROM region_catalogs WHERE run_id = %1")
                               .arg(s.runId)),
                 0);
    }

    void processKilledDuringARunIsMarkedInterrupted()
    {
        QProcess cli;
        cli.start(cliPath(), {QStringLiteral("run"), QStringLiteral("--data"), m_big,
                              QStringLiteral("--catalog"), QStringLiteral("aws"),
                              QStringLiteral("--db"), m_cluster.uri(), QStringLiteral("--table"),
                              QStringLiteral("killed_load"), QStringLiteral("-q")});
        QVERIFY(cli.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(
            scalarInt(
                QStringLiteral("SELECT count(*) FROM etl_runs WHERE target_table = 'killed_load'"))
                == 1,
            60000);
        ::kill(pid_t(cli.processId()), SIGKILL);
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitStatus(), QProcess::CrashExit);
        // The row still says "running": the process had no chance to say otherwise.
        QTRY_COMPARE_WITH_TIMEOUT(
            m_cluster
                .scalar(QStringLiteral(
                    "SELECT status FROM etl_runs WHERE target_table = 'killed_load'"))
                .toString(),
            QStringLiteral("running"), 5000);

        // The next start notices. (The killed backend may need a moment to end its session.)
        ScopedConnection conn(m_cluster.settings(), QStringLiteral("test"));
        // (QTRY evaluates its expression more than once: count what each call marks.)
        int marked = 0;
        const auto markOnce = [&] {
            const Result<int> r = RunRecorder::markInterrupted(conn.database());
            marked += r ? r.value() : 0;
            return marked;
        };
        QTRY_COMPARE_WITH_TIMEOUT(markOnce(), 1, 15000);
        QCOMPARE(m_cluster
                     .scalar(QStringLiteral(
                         "SELECT status FROM etl_runs WHERE target_table = 'killed_load'"))
                     .toString(),
                 QStringLiteral("interrupted"));
        QVERIFY(!m_cluster.scalar(QStringLiteral("SELECT to_regclass('killed_load') IS NOT NULL"))
                     .toBool());
        QCOMPARE(scalarInt(QStringLiteral(
                     "SELECT count(*) FROM pg_class WHERE relname LIKE 'killed_load__rm_new%%'")),
                 0);
        // A running job's own row is left alone: its lock is held.
        QCOMPARE(RunRecorder::markInterrupted(conn.database()).value(), 0);
    }

    void serverDiesInTheMiddleOfALoad()
    {
        TestCluster victim(true); // durable: a crash keeps what was committed, as on a real server
        QVERIFY(victim.start().isOk());
        // An earlier good run: its table must survive the failed replace untouched.
        const QString small = m_dir.filePath(QStringLiteral("small.csv"));
        writeRows(small, 100);
        {
            Feedback fb;
            EtlJob job(options(victim.settings(), QStringLiteral("survivor"), small));
            QCOMPARE(job.run(fb).status, RunStatus::Succeeded);
        }

        EtlRunner runner;
        QSignalSpy finished(&runner, &EtlRunner::finished);
        bool killed = false;
        QVERIFY(runner.start(options(victim.settings(), QStringLiteral("survivor"))));
        QObject::connect(runner.feedback(), &Feedback::progressChanged, &runner,
                         [&](const ProgressSnapshot &p) {
                             if (!killed && p.rowsDone() >= 20000) {
                                 killed = true;
                                 // Immediate shutdown: every backend ends at once, mid-COPY.
                                 ::kill(pid_t(postmasterPid(victim.server())), SIGQUIT);
                             }
                         });
        QVERIFY(finished.wait(120000));
        QVERIFY(killed);
        const EtlSummary s = finished.at(0).at(0).value<EtlSummary>();
        QCOMPARE(s.status, RunStatus::Failed);
        QCOMPARE(s.error.kind, ErrorKind::Database);
        QVERIFY2(!s.error.message.isEmpty(), "the failure says what happened");

        // Bring the server back: no partial table is visible, the old one is intact.
        QTRY_VERIFY_WITH_TIMEOUT(victim.server().state() != EmbeddedPostgres::State::Running,
                                 15000);
        QVERIFY(victim.start().isOk());
        QCOMPARE(victim.scalar(QStringLiteral("SELECT count(*) FROM survivor")).toInt(), 100);
        QCOMPARE(victim
                     .scalar(QStringLiteral(
                         "SELECT count(*) FROM pg_class WHERE relname LIKE 'survivor__rm_new%%'"))
                     .toInt(),
                 0);

        // A re-run succeeds, and the dead run is now marked as interrupted.
        Feedback fb;
        EtlJob again(options(victim.settings(), QStringLiteral("survivor")));
        const EtlSummary ok = again.run(fb);
        QVERIFY2(ok.status == RunStatus::Succeeded, qPrintable(ok.error.toString()));
        QCOMPARE(victim.scalar(QStringLiteral("SELECT count(*) FROM survivor")).toInt(),
                 int(ok.rowsLoaded));
        QCOMPARE(
            victim
                .scalar(
                    QStringLiteral("SELECT status FROM etl_runs WHERE run_id = %1").arg(s.runId))
                .toString(),
            QStringLiteral("interrupted"));
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
