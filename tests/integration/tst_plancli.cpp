// regionmap-cli plan against a real cluster (issue 20): the sample loaded with the AWS catalog,
// then the planner on it. A what-if with the run's own regions must give back the pipeline's
// assignment row for row (the same exact nearest-region finder), and the best-k answers must
// carry what docs/planner.md promises.
#include "clirun.h"
#include "testcluster.h"
#include "testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace regionmap;
using namespace regionmap::test;

class TestPlanCli : public QObject
{
    Q_OBJECT

    TestCluster m_cluster;

    CliRun plan(const QStringList &args)
    {
        return runCli(QStringList {QStringLiteral("plan"), QStringLiteral("--db"), m_cluster.uri(),
                                   QStringLiteral("--table"), QStringLiteral("planned"),
                                   QStringLiteral("-q")}
                          + args,
                      cLocaleEnvironment());
    }
    QJsonObject planJson(const QStringList &args)
    {
        const CliRun r = plan(args + QStringList {QStringLiteral("--json")});
        if (r.code != 0)
            qWarning("plan exited %d: %s", r.code, r.err.constData());
        return QJsonDocument::fromJson(r.out).object();
    }
    qint64 count(const QString &sql) { return m_cluster.scalar(sql).toLongLong(); }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_cluster.start(), "the test cluster did not start");
        const CliRun r = runCli({QStringLiteral("run"), QStringLiteral("--data"),
                                 sourceDir() + QStringLiteral("/resources/samples/people.csv"),
                                 QStringLiteral("--catalog"), QStringLiteral("aws"),
                                 QStringLiteral("--db"), m_cluster.uri(), QStringLiteral("--table"),
                                 QStringLiteral("planned"), QStringLiteral("-q")},
                                cLocaleEnvironment());
        QVERIFY2(r.code == 0, r.err.constData());
    }

    void whatIfWithTheRunsRegionsGivesBackItsAssignment()
    {
        QStringList loaded;
        QMap<QString, qint64> rowsPerRegion;
        {
            QSqlDatabase db = m_cluster.connect();
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT region_code, count(*) FROM planned WHERE "
                                          "geo_status = 'located' GROUP BY 1 ORDER BY 1")));
            while (q.next()) {
                loaded << QStringLiteral("aws:") + q.value(0).toString();
                rowsPerRegion.insert(QStringLiteral("aws:") + q.value(0).toString(),
                                     q.value(1).toLongLong());
            }
        }
        QVERIFY(loaded.size() > 5);
        const QJsonObject o
            = planJson({QStringLiteral("--regions"), loaded.join(QLatin1Char(','))});
        QCOMPARE(qint64(o[QStringLiteral("located_rows")].toDouble()),
                 count(QStringLiteral("SELECT count(*) FROM planned WHERE geo_status = "
                                      "'located'")));
        QCOMPARE(qint64(o[QStringLiteral("not_located_rows")].toDouble()),
                 count(QStringLiteral("SELECT count(*) FROM planned WHERE geo_status <> "
                                      "'located'")));
        QCOMPARE(o[QStringLiteral("read_from")].toString(), QStringLiteral("points"));
        const QJsonObject set = o[QStringLiteral("sets")].toArray().first().toObject();
        QCOMPARE(set[QStringLiteral("method")].toString(), QStringLiteral("what-if"));
        for (const QJsonValue &v : set[QStringLiteral("per_region")].toArray()) {
            const QJsonObject r = v.toObject();
            QCOMPARE(qint64(r[QStringLiteral("rows")].toDouble()),
                     rowsPerRegion.value(r[QStringLiteral("region")].toString()));
        }
        // Nobody moves: every row stays in the region the run gave it.
        for (const QJsonValue &v : set[QStringLiteral("moves")].toArray()) {
            const QJsonObject m = v.toObject();
            QCOMPARE(m[QStringLiteral("from")].toString(), m[QStringLiteral("to")].toString());
        }
        // The distances are the stored ones: the mean and the 95th percentile as the database
        // computes them from distance_km.
        const double mean = m_cluster
                                .scalar(QStringLiteral("SELECT avg(distance_km) FROM planned "
                                                       "WHERE geo_status = 'located'"))
                                .toDouble();
        const double p95 = m_cluster
                               .scalar(QStringLiteral("SELECT percentile_cont(0.95) WITHIN GROUP "
                                                      "(ORDER BY distance_km) FROM planned WHERE "
                                                      "geo_status = 'located'"))
                               .toDouble();
        QVERIFY(qAbs(set[QStringLiteral("mean_km")].toDouble() - mean) < 1e-6 * mean);
        QVERIFY(qAbs(set[QStringLiteral("p95_km")].toDouble() - p95) < 1e-6 * p95);
    }

    void bestKForEachObjective_data()
    {
        QTest::addColumn<QString>("objective");
        QTest::newRow("mean") << QStringLiteral("mean");
        QTest::newRow("p95") << QStringLiteral("p95");
        QTest::newRow("within 50 ms") << QStringLiteral("within:50");
    }
    void bestKForEachObjective()
    {
        QFETCH(QString, objective);
        const QJsonObject o
            = planJson({QStringLiteral("--k"), QStringLiteral("3"), QStringLiteral("--objective"),
                        objective, QStringLiteral("--must"), QStringLiteral("aws:eu-west-1"),
                        QStringLiteral("--exclude"), QStringLiteral("aws:us-east-1")});
        const QJsonArray sets = o[QStringLiteral("sets")].toArray();
        QCOMPARE(sets.size(), 3);
        double previous = 0;
        for (int i = 0; i < sets.size(); ++i) {
            const QJsonObject s = sets.at(i).toObject();
            QCOMPARE(s[QStringLiteral("k")].toInt(), i + 1);
            const QStringList regions = s[QStringLiteral("regions")].toVariant().toStringList();
            QCOMPARE(regions.size(), i + 1);
            QVERIFY(regions.contains(QStringLiteral("aws:eu-west-1")));
            QVERIFY(!regions.contains(QStringLiteral("aws:us-east-1")));
            QVERIFY(s[QStringLiteral("method")].toString() == QLatin1String("exact")
                    || s[QStringLiteral("method")].toString() == QLatin1String("greedy+swap"));
            for (const char *key : {"mean_km", "median_km", "p95_km", "mean_rtt_ms", "p95_rtt_ms"})
                QVERIFY2(s[QLatin1String(key)].toDouble() > 0, key);
            const QJsonObject within = s[QStringLiteral("share_within_ms")].toObject();
            QVERIFY(within[QStringLiteral("20")].toDouble()
                    <= within[QStringLiteral("100")].toDouble());
            const double value = s[QStringLiteral("objective")].toDouble();
            if (i > 0) { // one more region never serves worse
                if (objective.startsWith(QLatin1String("within")))
                    QVERIFY(value >= previous - 1e-12);
                else
                    QVERIFY(value <= previous + 1e-9);
            }
            previous = value;
        }
    }

    void eachProviderSideBySide()
    {
        const QJsonObject o
            = planJson({QStringLiteral("--k"), QStringLiteral("2"), QStringLiteral("--catalog"),
                        QStringLiteral("aws,gcp"), QStringLiteral("--each-provider")});
        const QJsonArray sets = o[QStringLiteral("sets")].toArray();
        QCOMPARE(sets.size(), 2);
        QStringList providers;
        for (const QJsonValue &v : sets) {
            const QJsonObject s = v.toObject();
            const QString provider = s[QStringLiteral("provider")].toString();
            providers << provider;
            QCOMPARE(s[QStringLiteral("k")].toInt(), 2);
            const QStringList regions = s[QStringLiteral("regions")].toVariant().toStringList();
            QCOMPARE(regions.size(), 2);
            for (const QString &r : regions)
                QVERIFY2(r.startsWith(provider + QLatin1Char(':')), qPrintable(r));
            QCOMPARE(qint64(s[QStringLiteral("rows")].toDouble()),
                     qint64(o[QStringLiteral("located_rows")].toDouble()));
        }
        QCOMPARE(providers, (QStringList {QStringLiteral("aws"), QStringLiteral("gcp")}));
        // Without --k it means nothing.
        QCOMPARE(plan({QStringLiteral("--regions"), QStringLiteral("aws:us-east-1"),
                       QStringLiteral("--each-provider")})
                     .code,
                 1);
    }

    void scenariosAreSavedListedRenamedAndDeleted()
    {
        CliRun r = plan({QStringLiteral("--k"), QStringLiteral("2"), QStringLiteral("--objective"),
                         QStringLiteral("within:50"), QStringLiteral("--save"),
                         QStringLiteral("two for Europe")});
        QVERIFY2(r.code == 0, r.err.constData());
        // The same name again: refused, nothing overwritten.
        r = plan({QStringLiteral("--regions"), QStringLiteral("aws:us-east-1"),
                  QStringLiteral("--save"), QStringLiteral("two for Europe")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("saved already"), r.err.constData());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM plan_scenarios")), 1);
        QCOMPARE(m_cluster
                     .scalar(QStringLiteral("SELECT objective || ' ' || objective_ms || ' ' || "
                                            "cardinality(regions) || ' ' || "
                                            "jsonb_array_length(numbers->'sets') FROM "
                                            "plan_scenarios"))
                     .toString(),
                 QStringLiteral("within_ms 50 2 2"));

        r = plan({QStringLiteral("--rename"), QStringLiteral("two for Europe=eu-2")});
        QVERIFY2(r.code == 0, r.err.constData());
        r = runCli({QStringLiteral("plan"), QStringLiteral("--db"), m_cluster.uri(),
                    QStringLiteral("--scenarios"), QStringLiteral("--json")},
                   cLocaleEnvironment());
        QCOMPARE(r.code, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(list.size(), 1);
        const QJsonObject saved = list.first().toObject();
        QCOMPARE(saved[QStringLiteral("name")].toString(), QStringLiteral("eu-2"));
        QCOMPARE(saved[QStringLiteral("table")].toString(), QStringLiteral("planned"));
        QVERIFY(!saved[QStringLiteral("created_by")].toString().isEmpty());

        r = plan({QStringLiteral("--delete"), QStringLiteral("eu-2")});
        QCOMPARE(r.code, 0);
        r = plan({QStringLiteral("--delete"), QStringLiteral("eu-2")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("no scenario named"), r.err.constData());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM plan_scenarios")), 0);
    }

    void badRequestsSayWhatIsWrong()
    {
        // A run with no located row: said as such, not as "not enough regions".
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile f(dir.filePath(QStringLiteral("private.csv")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("id,ip\n1,10.0.0.1\n2,192.168.1.1\n");
        f.close();
        CliRun load = runCli({QStringLiteral("run"), QStringLiteral("--data"), f.fileName(),
                              QStringLiteral("--catalog"), QStringLiteral("aws"),
                              QStringLiteral("--db"), m_cluster.uri(), QStringLiteral("--table"),
                              QStringLiteral("private_only"), QStringLiteral("-q")},
                             cLocaleEnvironment());
        QVERIFY2(load.code == 0, load.err.constData());
        CliRun none = runCli({QStringLiteral("plan"), QStringLiteral("--db"), m_cluster.uri(),
                              QStringLiteral("--table"), QStringLiteral("private_only"),
                              QStringLiteral("--k"), QStringLiteral("2"), QStringLiteral("-q")},
                             cLocaleEnvironment());
        QCOMPARE(none.code, 2);
        QVERIFY2(none.err.contains("no located row"), none.err.constData());
        QCOMPARE(
            plan({QStringLiteral("--k"), QStringLiteral("2"), QStringLiteral("--each-provider"),
                  QStringLiteral("--save"), QStringLiteral("x")})
                .code,
            1);

        CliRun r = plan({QStringLiteral("--regions"), QStringLiteral("aws:mars-north-1")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("aws:mars-north-1"), r.err.constData());
        r = plan({QStringLiteral("--k"), QStringLiteral("2"), QStringLiteral("--regions"),
                  QStringLiteral("aws:us-east-1")});
        QCOMPARE(r.code, 1);
        r = plan({QStringLiteral("--k"), QStringLiteral("2"), QStringLiteral("--objective"),
                  QStringLiteral("fastest")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("fastest"), r.err.constData());
    }

    void scenariosOnADatabaseMigration7HasNotReached()
    {
        // Listing and deleting only read: they work where plan_scenarios does not exist yet
        // (a user who may only read the database), and --save makes it.
        QSqlDatabase db = m_cluster.connect();
        QSqlQuery q(db);
        // As it was before migration 7 (and 8, the runs' privacy, which the plan reads as keep).
        QVERIFY(q.exec(QStringLiteral("DROP TABLE plan_scenarios")));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE etl_runs DROP COLUMN privacy_mode, DROP COLUMN "
                                      "min_count")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM schema_migrations WHERE version >= 7")));
        CliRun r = runCli({QStringLiteral("plan"), QStringLiteral("--db"), m_cluster.uri(),
                           QStringLiteral("--scenarios"), QStringLiteral("--json")},
                          cLocaleEnvironment());
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pg_class WHERE relname = "
                                      "'plan_scenarios'")),
                 0);
        r = plan({QStringLiteral("--delete"), QStringLiteral("nothing")});
        QCOMPARE(r.code, 2);
        r = plan({QStringLiteral("--regions"), QStringLiteral("aws:eu-west-1"),
                  QStringLiteral("--save"), QStringLiteral("after")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM plan_scenarios")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM etl_runs WHERE privacy_mode = 'keep'")),
                 count(QStringLiteral("SELECT count(*) FROM etl_runs")));
    }
};

QTEST_GUILESS_MAIN(TestPlanCli)
#include "tst_plancli.moc"
