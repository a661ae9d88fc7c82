// regionmap-cli report against a real cluster (issue 22): the run report of the sample, as the
// results page exports it, from the command line with no display: one HTML file with every
// picture inside, and a PDF.

#include "clirun.h"
#include "testcluster.h"
#include "testpaths.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace regionmap;
using namespace regionmap::test;

class TestReportCli : public QObject
{
    Q_OBJECT

    TestCluster m_cluster;
    QTemporaryDir m_dir;
    qint64 m_runId = 0;

    CliRun report(const QStringList &args)
    {
        QProcessEnvironment env = cLocaleEnvironment();
        env.remove(QStringLiteral("DISPLAY")); // as on a server: the offscreen platform
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        return runCli(QStringList {QStringLiteral("report"), QStringLiteral("--db"),
                                   m_cluster.uri(), QStringLiteral("-q")}
                          + args,
                      env);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_cluster.start(), "the test cluster did not start");
        const CliRun r = runCli({QStringLiteral("run"), QStringLiteral("--data"),
                                 sourceDir() + QStringLiteral("/resources/samples/people.csv"),
                                 QStringLiteral("--catalog"), QStringLiteral("aws"),
                                 QStringLiteral("--db"), m_cluster.uri(), QStringLiteral("--table"),
                                 QStringLiteral("people"), QStringLiteral("-q")},
                                cLocaleEnvironment());
        QVERIFY2(r.code == 0, r.err.constData());
        m_runId = m_cluster.scalar(QStringLiteral("SELECT max(run_id) FROM etl_runs")).toLongLong();
    }

    void htmlReportOfTheSample()
    {
        const QString path = m_dir.filePath(QStringLiteral("report.html"));
        const CliRun r = report(
            {QStringLiteral("--run"), QString::number(m_runId), QStringLiteral("--out"), path});
        QVERIFY2(r.code == 0, r.err.constData());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(f.readAll());
        QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(!html.contains(QLatin1String("src=\"http")));
        QCOMPARE(html.count(QLatin1String("src=\"data:image/png;base64,")), 5);
        // The busiest region with its row count, as the database counts it.
        const QString top = m_cluster
                                .scalar(QStringLiteral("SELECT region_code FROM people WHERE "
                                                       "region_code IS NOT NULL GROUP BY 1 ORDER "
                                                       "BY count(*) DESC, 1 LIMIT 1"))
                                .toString();
        const qint64 rows
            = m_cluster
                  .scalar(QStringLiteral("SELECT count(*) FROM people WHERE region_code = '%1'")
                              .arg(top))
                  .toLongLong();
        QVERIFY2(html.contains(QStringLiteral("<tr><td>%1</td>").arg(top)), qPrintable(top));
        QVERIFY(html.contains(QStringLiteral("align=right>%1</td>").arg(rows)));
        const QString sha = m_cluster
                                .scalar(QStringLiteral("SELECT source_files->0->>'sha256' FROM "
                                                       "etl_runs WHERE run_id = %1")
                                            .arg(m_runId))
                                .toString();
        QVERIFY(html.contains(sha));
        QVERIFY(html.contains(QLatin1String("Statuses")));
    }

    void pdfReport()
    {
        const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
        const CliRun r = report({QStringLiteral("--out"), path}); // the newest run
        QVERIFY2(r.code == 0, r.err.constData());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.read(5), QByteArray("%PDF-"));
        QVERIFY(f.size() > 20000);
    }

    void usageErrors()
    {
        QCOMPARE(report({QStringLiteral("--out"), m_dir.filePath(QStringLiteral("r.txt"))}).code,
                 1);
        QCOMPARE(report({}).code, 1);
        const CliRun missing
            = report({QStringLiteral("--run"), QStringLiteral("999"), QStringLiteral("--out"),
                      m_dir.filePath(QStringLiteral("r.html"))});
        QVERIFY(missing.code != 0);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("r.html"))));
    }
};

QTEST_MAIN(TestReportCli)
#include "tst_reportcli.moc"
