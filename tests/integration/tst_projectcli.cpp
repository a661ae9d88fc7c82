// A .regionmap project from the command line (issue 22, docs/projects.md): run --project loads
// the same rows as the same options given one by one; the options given override the project's;
// paths are relative to the project, so a moved folder still runs; a changed file is named with
// both sha256 and stops the run unless --accept-changes; a project holds no secret.

#include "clirun.h"
#include "testcluster.h"
#include "testpaths.h"

#include "etl/runproject.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace regionmap;
using namespace regionmap::test;

class TestProjectCli : public QObject
{
    Q_OBJECT

    TestCluster m_cluster;
    QTemporaryDir m_dir;
    QString m_project;

    CliRun run(const QStringList &args)
    {
        QProcessEnvironment env = cLocaleEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        return runCli(QStringList {QStringLiteral("run"), QStringLiteral("--db"), m_cluster.uri(),
                                   QStringLiteral("-q")}
                          + args,
                      env);
    }

    qint64 differences(const QString &a, const QString &b)
    {
        // Every column but the run's id: the same rows, whichever run loaded them.
        const QString cols = QStringLiteral(
            "id, first_name, last_name, email, gender, ip_address, ip, latitude, longitude,"
            " region_code, region_provider, distance_km, second_region_code, second_distance_km,"
            " est_rtt_ms, uncertainty_km, assignment, country_code, city, geo_status");
        return m_cluster
            .scalar(QStringLiteral("SELECT count(*) FROM ((SELECT %1 FROM %2 EXCEPT ALL SELECT %1 "
                                   "FROM %3) UNION ALL (SELECT %1 FROM %3 EXCEPT ALL SELECT %1 "
                                   "FROM %2)) d")
                        .arg(cols, a, b))
            .toLongLong();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_cluster.start(), "the test cluster did not start");
        // The job's folder: the data beside the project, as an analyst keeps it.
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("job/data"))));
        QVERIFY(QFile::copy(sourceDir() + QStringLiteral("/resources/samples/people.csv"),
                            m_dir.filePath(QStringLiteral("job/data/people.csv"))));
        RunProject p;
        p.options.inputs << InputFile {m_dir.filePath(QStringLiteral("job/data/people.csv")), {}};
        p.options.inputs.first().overrides.ipColumnName = QStringLiteral("ip_address");
        p.options.builtinCatalogs = {QStringLiteral("aws"), QStringLiteral("gcp")};
        p.options.table = QStringLiteral("people_project");
        p.options.privacy = PrivacyMode::Truncate;
        p.options.minCount = 3;
        // Secrets given to the options never reach the file.
        p.options.connection.password = QStringLiteral("pw-never-in-a-project");
        p.options.ipinfoToken = QStringLiteral("token-never-in-a-project");
        p.managedDatabase = false;
        p.options.connection.host = QStringLiteral("db.example");
        p.options.connection.user = QStringLiteral("ana");
        m_project = m_dir.filePath(QStringLiteral("job/monthly.regionmap"));
        QVERIFY(p.write(m_project));
        QFile f(m_project);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(!text.contains("never-in-a-project"));
        const QJsonObject json = QJsonDocument::fromJson(text).object();
        QCOMPARE(json.value(u"regionmap_project").toInt(), RunProject::kVersion);
        QCOMPARE(json.value(u"sources").toArray().first()[QStringLiteral("path")].toString(),
                 QStringLiteral("data/people.csv"));
        QCOMPARE(json.value(u"database")[QStringLiteral("host")].toString(),
                 QStringLiteral("db.example"));
    }

    // The project's job equals the same options given on the command line.
    void theProjectRunsAsItsOptions()
    {
        CliRun r = run(
            {QStringLiteral("--data"), m_dir.filePath(QStringLiteral("job/data/people.csv")),
             QStringLiteral("--ip-column"), QStringLiteral("ip_address"),
             QStringLiteral("--catalog"), QStringLiteral("aws,gcp"), QStringLiteral("--privacy"),
             QStringLiteral("truncate"), QStringLiteral("--min-count"), QStringLiteral("3"),
             QStringLiteral("--table"), QStringLiteral("people_plain")});
        QVERIFY2(r.code == 0, r.err.constData());
        // --db overrides the project's server (db.example is not there).
        r = run({QStringLiteral("--project"), m_project});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(
            m_cluster.scalar(QStringLiteral("SELECT count(*) FROM people_project")).toLongLong(),
            m_cluster.scalar(QStringLiteral("SELECT count(*) FROM people_plain")).toLongLong());
        QCOMPARE(differences(QStringLiteral("people_project"), QStringLiteral("people_plain")), 0);
        QCOMPARE(m_cluster
                     .scalar(QStringLiteral("SELECT privacy_mode || ' ' || min_count || ' ' || "
                                            "catalog_name FROM etl_runs ORDER BY run_id DESC "
                                            "LIMIT 1"))
                     .toString(),
                 m_cluster
                     .scalar(QStringLiteral("SELECT privacy_mode || ' ' || min_count || ' ' || "
                                            "catalog_name FROM etl_runs ORDER BY run_id LIMIT 1"))
                     .toString());
    }

    // What the command line gives wins over the project.
    void optionsOverrideTheProject()
    {
        const CliRun r = run({QStringLiteral("--project"), m_project, QStringLiteral("--table"),
                              QStringLiteral("people_override"), QStringLiteral("--privacy"),
                              QStringLiteral("keep")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(m_cluster
                     .scalar(QStringLiteral("SELECT privacy_mode FROM etl_runs WHERE "
                                            "target_table = 'people_override'"))
                     .toString(),
                 QStringLiteral("keep"));
        QCOMPARE(m_cluster
                     .scalar(QStringLiteral("SELECT count(*) FROM people_override WHERE "
                                            "masklen(ip) < 32"))
                     .toLongLong(),
                 0);
    }

    // Paths are the project's own: the folder moved, the job still runs.
    void aMovedFolderStillRuns()
    {
        QVERIFY(QDir().rename(m_dir.filePath(QStringLiteral("job")),
                              m_dir.filePath(QStringLiteral("moved"))));
        m_project = m_dir.filePath(QStringLiteral("moved/monthly.regionmap"));
        const CliRun r = run({QStringLiteral("--project"), m_project, QStringLiteral("--table"),
                              QStringLiteral("people_moved")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(differences(QStringLiteral("people_moved"), QStringLiteral("people_plain")), 0);
    }

    // A file that changed since the project was saved: said with both sha256, and asked for.
    void aChangedFileIsNamedAndAskedFor()
    {
        const QString data = m_dir.filePath(QStringLiteral("moved/data/people.csv"));
        const RunProject before = RunProject::read(m_project).value();
        QFile f(data);
        QVERIFY(f.open(QIODevice::Append));
        f.write("9001,Late,Row,late@example.net,Female,81.2.69.142\n");
        f.close();
        CliRun r = run({QStringLiteral("--project"), m_project, QStringLiteral("--table"),
                        QStringLiteral("people_changed")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(before.recorded.first().sha256.toLatin1()), r.err.constData());
        QVERIFY2(r.err.contains("--accept-changes"), r.err.constData());
        QCOMPARE(m_cluster
                     .scalar(QStringLiteral("SELECT count(*) FROM pg_class WHERE relname = "
                                            "'people_changed'"))
                     .toInt(),
                 0);
        r = run({QStringLiteral("--project"), m_project, QStringLiteral("--table"),
                 QStringLiteral("people_changed"), QStringLiteral("--accept-changes")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(
            m_cluster.scalar(QStringLiteral("SELECT count(*) FROM people_changed")).toLongLong(),
            m_cluster.scalar(QStringLiteral("SELECT count(*) FROM people_plain")).toLongLong() + 1);
        // A missing file is said too.
        QVERIFY(QFile::remove(data));
        r = run({QStringLiteral("--project"), m_project});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("is missing"), r.err.constData());
        // --data replaces the project's files: the missing one is not asked about.
        r = run({QStringLiteral("--project"), m_project, QStringLiteral("--data"),
                 sourceDir() + QStringLiteral("/resources/samples/people.csv"),
                 QStringLiteral("--table"), QStringLiteral("people_newmonth")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(differences(QStringLiteral("people_newmonth"), QStringLiteral("people_plain")), 0);
    }

    void badProjectsAreExplained()
    {
        const QString bad = m_dir.filePath(QStringLiteral("bad.regionmap"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"regionmap_project\": 1, \"sources\": [], \"target\": {\"mode\": \"merge\"}}");
        f.close();
        CliRun r = run({QStringLiteral("--project"), bad});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("target.mode"), r.err.constData());
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{\"regionmap_project\": 99}");
        f.close();
        r = run({QStringLiteral("--project"), bad});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("version 99"), r.err.constData());
        r = run({QStringLiteral("--project"), m_dir.filePath(QStringLiteral("none.regionmap"))});
        QCOMPARE(r.code, 2);
        r = run({QStringLiteral("--accept-changes"), QStringLiteral("--data"), bad,
                 QStringLiteral("--catalog"), QStringLiteral("aws")});
        QCOMPARE(r.code, 1);
    }
};

QTEST_GUILESS_MAIN(TestProjectCli)
#include "tst_projectcli.moc"
