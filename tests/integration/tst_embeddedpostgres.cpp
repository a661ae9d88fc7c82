#include "db/embeddedpostgres.h"
#include "db/migrations.h"
#include "testcluster.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

using namespace regionmap;
using namespace regionmap::test;

namespace {

bool alive(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), 0) == 0;
}

qint64 serverPid(const EmbeddedPostgres &pg)
{
    QFile f(pg.dataDir() + QStringLiteral("/postmaster.pid"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return f.readLine().trimmed().toLongLong();
}

int mode(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

EmbeddedPostgres::Options optionsIn(const QTemporaryDir &dir)
{
    EmbeddedPostgres::Options o;
    o.rootDir = dir.path() + QStringLiteral("/pg");
    o.durable = false;
    return o;
}

QTemporaryDir reachableTempDir()
{
    QTemporaryDir dir(QStringLiteral("/tmp/rmt-XXXXXX"));
    ::chmod(QFile::encodeName(dir.path()).constData(), 0755);
    return dir;
}

struct ProcResult
{
    int code = -1;
    QString out;
    QString err;
};

ProcResult runProcess(const QString &program, const QStringList &args,
                      const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    ProcResult r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromLocal8Bit(p.readAllStandardOutput());
    r.err = QString::fromLocal8Bit(p.readAllStandardError());
    return r;
}

} // namespace

class TestEmbeddedPostgres : public QObject
{
    Q_OBJECT

private slots:
    void firstStartCreatesAPrivateCluster()
    {
        QTemporaryDir dir = reachableTempDir();
        EmbeddedPostgres pg(optionsIn(dir));
        QCOMPARE(pg.state(), EmbeddedPostgres::State::NotCreated);

        const Status st = pg.start();
        QVERIFY2(st.isOk(), qPrintable(st.isOk() ? QString() : st.error().toString()));
        QCOMPARE(pg.state(), EmbeddedPostgres::State::Running);
        QVERIFY(pg.ownsServer());
        QVERIFY(QFileInfo::exists(pg.dataDir() + QStringLiteral("/PG_VERSION")));

        // Private folders, and no TCP listener at all.
        QCOMPARE(mode(pg.dataDir()), 0700);
        QCOMPARE(mode(pg.socketDir()), 0700);
        QCOMPARE(mode(pg.rootDir()), 0700);

        const QString name = QStringLiteral("first");
        {
            Result<QSqlDatabase> db = pg.connectionSettings().open(name);
            QVERIFY2(db.isOk(), qPrintable(db.isOk() ? QString() : db.error().toString()));
            QSqlQuery q(db.value());
            QVERIFY(q.exec(QStringLiteral("SHOW listen_addresses")) && q.next());
            QCOMPARE(q.value(0).toString(), QString());
            QVERIFY(q.exec(QStringLiteral("SELECT current_database()")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("regionmap"));
        }
        QSqlDatabase::removeDatabase(name);

        QVERIFY(pg.stop().isOk());
        QCOMPARE(pg.state(), EmbeddedPostgres::State::Stopped);
    }

    void restartReusesTheCluster()
    {
        QTemporaryDir dir = reachableTempDir();
        {
            EmbeddedPostgres pg(optionsIn(dir));
            QVERIFY(pg.start().isOk());
            const QString name = QStringLiteral("keep");
            {
                Result<QSqlDatabase> db = pg.connectionSettings().open(name);
                QVERIFY(db.isOk());
                QSqlQuery q(db.value());
                QVERIFY(q.exec(
                    QStringLiteral("CREATE TABLE kept (v int); INSERT INTO kept VALUES (42)")));
            }
            QSqlDatabase::removeDatabase(name);
        } // the destructor stops the server it started

        EmbeddedPostgres again(optionsIn(dir));
        QCOMPARE(again.state(), EmbeddedPostgres::State::Stopped);
        QVERIFY(again.start().isOk());
        const QString name = QStringLiteral("reuse");
        {
            Result<QSqlDatabase> db = again.connectionSettings().open(name);
            QVERIFY(db.isOk());
            QSqlQuery q(db.value());
            QVERIFY(q.exec(QStringLiteral("SELECT v FROM kept")) && q.next());
            QCOMPARE(q.value(0).toInt(), 42);
        }
        QSqlDatabase::removeDatabase(name);
    }

    void joinsARunningServerAndLeavesItRunning()
    {
        QTemporaryDir dir = reachableTempDir();
        EmbeddedPostgres owner(optionsIn(dir));
        QVERIFY(owner.start().isOk());
        const qint64 pid = serverPid(owner);
        QVERIFY(alive(pid));
        {
            EmbeddedPostgres guest(optionsIn(dir));
            QCOMPARE(guest.state(), EmbeddedPostgres::State::Running);
            const Status st = guest.start();
            QVERIFY2(st.isOk(), qPrintable(st.isOk() ? QString() : st.error().toString()));
            QVERIFY(!guest.ownsServer());
            QCOMPARE(serverPid(guest), pid);
        }
        // The guest did not stop the owner's server.
        QVERIFY(alive(pid));
        QCOMPARE(owner.state(), EmbeddedPostgres::State::Running);
    }

    void removesAStalePidFile()
    {
        QTemporaryDir dir = reachableTempDir();
        EmbeddedPostgres pg(optionsIn(dir));
        QVERIFY(pg.start().isOk());
        QFile original(pg.dataDir() + QStringLiteral("/postmaster.pid"));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArray content = original.readAll();
        original.close();
        QVERIFY(pg.stop().isOk());

        // A pid file left by a crash, naming a process that no longer exists.
        QProcess gone;
        gone.start(QStringLiteral("true"));
        QVERIFY(gone.waitForFinished());
        const qint64 deadPid = gone.processId() > 0 ? gone.processId() : 999999;
        content.replace(0, content.indexOf('\n'), QByteArray::number(deadPid));
        QFile stale(pg.dataDir() + QStringLiteral("/postmaster.pid"));
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.write(content);
        stale.close();
        QCOMPARE(pg.state(), EmbeddedPostgres::State::Stopped);

        const Status st = pg.start();
        QVERIFY2(st.isOk(), qPrintable(st.isOk() ? QString() : st.error().toString()));
        QCOMPARE(pg.state(), EmbeddedPostgres::State::Running);
    }

    // Issue 21: the postmaster itself killed (SIGKILL, as by the OOM killer or a power cut's
    // nearest cousin): the next start needs no manual step, whatever its children and its pid
    // file left behind.
    void startsAgainAfterThePostmasterWasKilled()
    {
        QTemporaryDir dir = reachableTempDir();
        EmbeddedPostgres pg(optionsIn(dir));
        QVERIFY(pg.start().isOk());
        QFile pidFile(pg.dataDir() + QStringLiteral("/postmaster.pid"));
        QVERIFY(pidFile.open(QIODevice::ReadOnly));
        const qint64 pid = pidFile.readLine().trimmed().toLongLong();
        pidFile.close();
        QVERIFY(alive(pid));
        QVERIFY(::kill(pid_t(pid), SIGKILL) == 0);
        QTRY_VERIFY_WITH_TIMEOUT(!alive(pid), 15000);
        QVERIFY(QFile::exists(pg.dataDir() + QStringLiteral("/postmaster.pid"))); // left behind

        EmbeddedPostgres again(optionsIn(dir));
        const Status st = again.start();
        QVERIFY2(st.isOk(), qPrintable(st.isOk() ? QString() : st.error().toString()));
        QCOMPARE(again.state(), EmbeddedPostgres::State::Running);
        QVERIFY(again.stop().isOk());
    }

    void missingBinariesGiveAClearMessage()
    {
        QTemporaryDir dir = reachableTempDir();
        QTemporaryDir emptyBin;
        EmbeddedPostgres::Options o = optionsIn(dir);
        o.binDir = emptyBin.path();
        EmbeddedPostgres pg(o);
        const Status st = pg.start();
        QVERIFY(!st.isOk());
        QVERIFY2(st.error().message.contains(QLatin1String("postgresql")),
                 qPrintable(st.error().message));
        QVERIFY(st.error().message.contains(emptyBin.path()));
        QCOMPARE(pg.state(), EmbeddedPostgres::State::NotCreated);
    }

    void migrationsApplyOnceAndAreIdempotent()
    {
        TestCluster cluster;
        const Status st = cluster.start(); // applies the migrations
        QVERIFY2(st.isOk(), qPrintable(st.isOk() ? QString() : st.error().toString()));
        const int shipped = Migrations::available().size();
        QVERIFY(shipped >= 1);
        QCOMPARE(cluster.scalar(QStringLiteral("SELECT count(*) FROM schema_migrations")).toInt(),
                 shipped);

        ScopedConnection conn(cluster.settings(), QStringLiteral("test"));
        QSqlDatabase db = conn.database();
        const Result<int> again = Migrations::apply(db);
        QVERIFY(again.isOk());
        QCOMPARE(again.value(), 0);
        QCOMPARE(Migrations::currentVersion(db).value(), Migrations::available().last().version);
        for (const char *table : {"etl_runs", "etl_rejects", "ip_locations", "region_catalogs"}) {
            QVERIFY2(cluster
                         .scalar(QStringLiteral("SELECT to_regclass('%1') IS NOT NULL")
                                     .arg(QLatin1String(table)))
                         .toBool(),
                     table);
        }
    }

    void serverDiesWithACrashedOwner()
    {
        QTemporaryDir dir = reachableTempDir();
        QProcess holder;
        holder.start(QStringLiteral(CRASHING_HOLDER_PATH), {dir.path() + QStringLiteral("/pg")});
        QVERIFY(holder.waitForFinished(60000));
        QVERIFY2(holder.exitStatus() == QProcess::CrashExit,
                 holder.readAllStandardError().constData());
        const qint64 pid = holder.readAllStandardOutput().trimmed().toLongLong();
        QVERIFY(pid > 0);
        QTRY_VERIFY_WITH_TIMEOUT(!alive(pid), 15000);
    }

    void cliStartUriPsqlStop()
    {
        QTemporaryDir home = reachableTempDir();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/data"));
        auto stopGuard = qScopeGuard([&] {
            runProcess(cliPath(), {QStringLiteral("db"), QStringLiteral("stop")}, env);
        });

        ProcResult r = runProcess(cliPath(), {QStringLiteral("db"), QStringLiteral("start")}, env);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = runProcess(cliPath(), {QStringLiteral("db"), QStringLiteral("status")}, env);
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("running")));

        r = runProcess(cliPath(), {QStringLiteral("db"), QStringLiteral("uri")}, env);
        QCOMPARE(r.code, 0);
        const QString uri = r.out.trimmed();
        QVERIFY(uri.startsWith(QLatin1String("postgresql://")));

        // psql accepts the URI, and the schema is in place.
        r = runProcess(
            QStringLiteral("psql"),
            {uri, QStringLiteral("-XAtc"), QStringLiteral("SELECT count(*) FROM etl_runs")}, env);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), QStringLiteral("0"));

        r = runProcess(cliPath(), {QStringLiteral("db"), QStringLiteral("stop")}, env);
        QCOMPARE(r.code, 0);
        r = runProcess(cliPath(), {QStringLiteral("db"), QStringLiteral("status")}, env);
        QVERIFY(r.out.contains(QLatin1String("stopped")));
        QCOMPARE(r.code, 3);
    }

    void cliWorksForAnUnprivilegedUser()
    {
        if (::geteuid() != 0)
            QSKIP("Runs as a normal user already (cliStartUriPsqlStop); the root path needs root.");
        // Root here: run the same start/psql/stop as "nobody" with a private home.
        QTemporaryDir home = reachableTempDir();
        const QString cli = home.path() + QStringLiteral("/regionmap-cli");
        QVERIFY(QFile::copy(cliPath(), cli));
        QVERIFY(::chown(QFile::encodeName(home.path()).constData(), 65534, 65534) == 0);
        QVERIFY(::chown(QFile::encodeName(cli).constData(), 65534, 65534) == 0);

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/data"));
        const QStringList asNobody {QStringLiteral("--reuid=65534"),
                                    QStringLiteral("--regid=65534"),
                                    QStringLiteral("--clear-groups"), QStringLiteral("--")};
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        QVERIFY(!setpriv.isEmpty());
        auto stopGuard = qScopeGuard([&] {
            runProcess(setpriv,
                       asNobody + QStringList {cli, QStringLiteral("db"), QStringLiteral("stop")},
                       env);
        });

        ProcResult r = runProcess(
            setpriv, asNobody + QStringList {cli, QStringLiteral("db"), QStringLiteral("start")},
            env);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = runProcess(setpriv,
                       asNobody + QStringList {cli, QStringLiteral("db"), QStringLiteral("uri")},
                       env);
        QCOMPARE(r.code, 0);
        r = runProcess(setpriv,
                       asNobody
                           + QStringList {QStringLiteral("psql"), r.out.trimmed(),
                                          QStringLiteral("-XAtc"),
                                          QStringLiteral("SELECT current_user")},
                       env);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), QStringLiteral("regionmap"));
        // The server ran as nobody, not as postgres or root.
        QVERIFY(QFileInfo(home.path() + QStringLiteral("/data/regionmap/postgres/data")).ownerId()
                == 65534);
        r = runProcess(setpriv,
                       asNobody + QStringList {cli, QStringLiteral("db"), QStringLiteral("stop")},
                       env);
        QCOMPARE(r.code, 0);
    }
};

QTEST_GUILESS_MAIN(TestEmbeddedPostgres)
#include "tst_embeddedpostgres.moc"
