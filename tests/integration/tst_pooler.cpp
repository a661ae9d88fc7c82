// Runs through a connection pooler, and two CLI processes at once: regionmap-cli loads through a
// real PgBouncer (Debian's pgbouncer, started by the test in front of a test cluster). In session
// pooling, each load mode alone and two runs at once into one new table must succeed with the
// rows the mode defines and leave no staging table behind, as two CLI processes at once straight
// into the cluster must. In transaction pooling, every run is refused at once with a message
// that says to use session pooling, and nothing is written (docs/reliability.md).
#include "clirun.h"
#include "peoplecsv.h"
#include "pgbouncer.h"
#include "testcluster.h"
#include "testpaths.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace regionmap;
using namespace regionmap::test;

namespace {

enum Route { Direct, Transaction, Session };

const char *routeName(int route)
{
    return route == Transaction ? "transaction pooling"
           : route == Session   ? "session pooling"
                                : "direct";
}

} // namespace

class TestPooler : public QObject
{
    Q_OBJECT

    TestCluster m_cluster;
    std::unique_ptr<PgBouncer> m_transaction;
    std::unique_ptr<PgBouncer> m_session;
    std::unique_ptr<PgBouncer> m_sessionOfOne; // one server session in all
    QTemporaryDir m_dir;
    QString m_people; // 20,000 rows: two runs of it overlap

    QString uriFor(int route) const
    {
        if (route == Transaction)
            return m_transaction->uri();
        if (route == Session)
            return m_session->uri();
        return m_cluster.uri();
    }

    QStringList runArgs(int route, const QString &file, const QString &table, const QString &mode)
    {
        QStringList args {QStringLiteral("run"),
                          QStringLiteral("--data"),
                          file,
                          QStringLiteral("--catalog"),
                          QStringLiteral("aws"),
                          QStringLiteral("--db"),
                          uriFor(route),
                          QStringLiteral("--table"),
                          table,
                          QStringLiteral("--mode"),
                          mode,
                          QStringLiteral("-q")};
        if (mode == QLatin1String("upsert"))
            args << QStringLiteral("--key") << QStringLiteral("id");
        return args;
    }

    qint64 count(const QString &sql) { return m_cluster.scalar(sql).toLongLong(); }

    QByteArray poolerLog(int route) const
    {
        if (route == Transaction)
            return m_transaction->log().right(3000);
        if (route == Session)
            return m_session->log().right(3000);
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_cluster.start(), "the test cluster did not start");
        // Fewer server connections than two runs open in all, so that transaction pooling
        // hands one server connection to several clients in turn.
        m_transaction = std::make_unique<PgBouncer>(m_cluster.settings(),
                                                    PgBouncer::PoolMode::Transaction, 3);
        m_session
            = std::make_unique<PgBouncer>(m_cluster.settings(), PgBouncer::PoolMode::Session, 20);
        m_sessionOfOne
            = std::make_unique<PgBouncer>(m_cluster.settings(), PgBouncer::PoolMode::Session, 1);
        for (PgBouncer *p : {m_transaction.get(), m_session.get(), m_sessionOfOne.get()}) {
            const Status st = p->start();
            QVERIFY2(st, qPrintable(st ? QString() : st.error().toString()));
        }
        m_people = m_dir.filePath(QStringLiteral("people.csv"));
        writePeople(m_people, 20000);
    }

    void eachModeThroughSessionPooling_data()
    {
        QTest::addColumn<QString>("mode");
        for (const char *mode : {"replace", "append", "upsert"})
            QTest::newRow(mode) << QString::fromLatin1(mode);
    }
    void eachModeThroughSessionPooling()
    {
        const int route = Session;
        QFETCH(QString, mode);
        const QString sample = sourceDir() + QStringLiteral("/resources/samples/people.csv");
        const QString table = QStringLiteral("pooled_%1_%2").arg(route).arg(mode);
        // Twice: the first run makes the table, the second replaces, appends or upserts.
        for (int pass = 1; pass <= 2; ++pass) {
            const CliRun r = runCli(runArgs(route, sample, table, mode), cLocaleEnvironment());
            QVERIFY2(r.code == 0, qPrintable(QStringLiteral("pass %1, exit %2: %3\n%4")
                                                 .arg(pass)
                                                 .arg(r.code)
                                                 .arg(QString::fromUtf8(r.err),
                                                      QString::fromUtf8(poolerLog(route)))));
        }
        const qint64 rows = count(QStringLiteral("SELECT count(*) FROM %1").arg(table));
        QCOMPARE(rows, mode == QLatin1String("append") ? 6000 : 3000); // the sample: 3,000 rows
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM etl_runs WHERE target_table = '%1' "
                                      "AND status = 'succeeded'")
                           .arg(table)),
                 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pg_class WHERE relname LIKE "
                                      "'%1\\_\\_rm%%'")
                           .arg(table)),
                 0);
    }

    void twoProcessesAtOnce_data()
    {
        QTest::addColumn<int>("route");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("otherMode");
        QTest::addColumn<int>("rows"); // 0: either order's outcome (replace, append)
        for (const int route : {Direct, Session}) {
            QTest::addRow("%s, replace and replace", routeName(route))
                << route << QStringLiteral("replace") << QStringLiteral("replace") << 20000;
            QTest::addRow("%s, replace and append", routeName(route))
                << route << QStringLiteral("replace") << QStringLiteral("append") << 0;
            QTest::addRow("%s, upsert and upsert", routeName(route))
                << route << QStringLiteral("upsert") << QStringLiteral("upsert") << 20000;
        }
    }
    void twoProcessesAtOnce()
    {
        QFETCH(int, route);
        QFETCH(QString, mode);
        QFETCH(QString, otherMode);
        QFETCH(int, rows);
        // A table neither run finds: both make it, one after the other.
        const QString table = QStringLiteral("both_%1_%2_%3").arg(route).arg(mode, otherMode);
        QProcess a;
        QProcess b;
        for (QProcess *p : {&a, &b})
            p->setProcessEnvironment(cLocaleEnvironment());
        QElapsedTimer timer;
        timer.start();
        a.start(cliPath(), runArgs(route, m_people, table, mode));
        b.start(cliPath(), runArgs(route, m_people, table, otherMode));
        for (QProcess *p : {&a, &b}) {
            QVERIFY(p->waitForStarted());
            QVERIFY2(p->waitForFinished(240000), "a run did not finish in 4 minutes");
        }
        for (QProcess *p : {&a, &b}) {
            QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0,
                     qPrintable(QStringLiteral("exit %1: %2\n%3")
                                    .arg(p->exitCode())
                                    .arg(QString::fromUtf8(p->readAllStandardError()),
                                         QString::fromUtf8(poolerLog(route)))));
        }
        const qint64 have = count(QStringLiteral("SELECT count(*) FROM %1").arg(table));
        const qint64 runs
            = count(QStringLiteral("SELECT count(DISTINCT run_id) FROM %1").arg(table));
        if (rows > 0) {
            QCOMPARE(have, qint64(rows));
            QCOMPARE(runs, 1);
        } else { // replace then append: both runs' rows; append then replace: one run's
            QVERIFY2((have == 40000 && runs == 2) || (have == 20000 && runs == 1),
                     qPrintable(QStringLiteral("%1 rows of %2 runs").arg(have).arg(runs)));
        }
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM (SELECT id FROM %1 GROUP BY id, "
                                      "run_id HAVING count(*) > 1) d")
                           .arg(table)),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pg_class WHERE relname LIKE "
                                      "'%1\\_\\_rm%%'")
                           .arg(table)),
                 0);
        qInfo("%s: both runs done in %lld ms", routeName(route), timer.elapsed());
    }

    void aLoneRunThroughTransactionPoolingIsRefused()
    {
        // An idle pool: the run's next transaction gets the same server session back, so only
        // the second connection of the check can tell (it gets that session too).
        const QString table = QStringLiteral("refused_alone");
        const CliRun r = runCli(runArgs(Transaction, m_people, table, QStringLiteral("replace")),
                                cLocaleEnvironment());
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains("transaction pooling"), r.err.constData());
        QCOMPARE(m_cluster.scalar(QStringLiteral("SELECT to_regclass('%1') IS NULL").arg(table))
                     .toBool(),
                 true);
    }

    void aSessionPoolOfOneStillLoads()
    {
        // The check's second connection finds no free session (the run holds the only one):
        // it gives up after 3 s and the run goes on, instead of waiting for PgBouncer's
        // query_wait_timeout (120 s) or failing.
        const QString sample = sourceDir() + QStringLiteral("/resources/samples/people.csv");
        QStringList args
            = runArgs(Session, sample, QStringLiteral("one_session"), QStringLiteral("replace"));
        args[args.indexOf(QStringLiteral("--db")) + 1] = m_sessionOfOne->uri();
        QElapsedTimer timer;
        timer.start();
        const CliRun r = runCli(args, cLocaleEnvironment());
        QVERIFY2(r.code == 0, qPrintable(QString::fromUtf8(r.err) + QLatin1Char('\n')
                                         + QString::fromUtf8(m_sessionOfOne->log().right(2000))));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM one_session")), 3000);
        qInfo("a run through a session pool of one: %lld ms", timer.elapsed());
    }

    void transactionPoolingIsRefusedAtOnce_data()
    {
        QTest::addColumn<QString>("mode");
        for (const char *mode : {"replace", "append", "upsert"})
            QTest::newRow(mode) << QString::fromLatin1(mode);
    }
    void transactionPoolingIsRefusedAtOnce()
    {
        // Without the check, two runs at once through this pool failed half way with
        // "prepared statement "qpsqlpstmt_1" does not exist" (one server session served
        // both clients' statements in turn), and a run's lock could be taken for another's.
        QFETCH(QString, mode);
        const QString table = QStringLiteral("refused_%1").arg(mode);
        QProcess a;
        QProcess b;
        for (QProcess *p : {&a, &b}) {
            p->setProcessEnvironment(cLocaleEnvironment());
            p->start(cliPath(), runArgs(Transaction, m_people, table, mode));
        }
        for (QProcess *p : {&a, &b}) {
            QVERIFY(p->waitForStarted());
            QVERIFY2(p->waitForFinished(120000), "a run did not finish in 2 minutes");
            const QString err = QString::fromUtf8(p->readAllStandardError());
            QCOMPARE(p->exitCode(), 3); // a database error
            QVERIFY2(err.contains(QLatin1String("transaction pooling"))
                         && err.contains(QLatin1String("session mode")),
                     qPrintable(err));
        }
        QCOMPARE(m_cluster.scalar(QStringLiteral("SELECT to_regclass('%1') IS NULL").arg(table))
                     .toBool(),
                 true);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM etl_runs WHERE target_table = '%1'")
                           .arg(table)),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestPooler)
#include "tst_pooler.moc"
