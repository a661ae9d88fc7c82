// regionmap-cli run on .csv.gz and .zip inputs against a real cluster (issue 22): they load the
// same rows as the plain file; a damaged archive fails the run, and the rows read before the
// damage are rolled back like any failed run's.

#include "clirun.h"
#include "peoplecsv.h"
#include "testcluster.h"
#include "testpaths.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace regionmap;
using namespace regionmap::test;

class TestCompressedRuns : public QObject
{
    Q_OBJECT

    TestCluster m_cluster;
    QTemporaryDir m_dir;
    QString m_plain;

    CliRun load(const QString &file, const QString &table)
    {
        return runCli({QStringLiteral("run"), QStringLiteral("--data"), file,
                       QStringLiteral("--catalog"), QStringLiteral("aws"), QStringLiteral("--db"),
                       m_cluster.uri(), QStringLiteral("--table"), table, QStringLiteral("-q")},
                      cLocaleEnvironment());
    }
    // What the rows hold (the file's columns and the enrichment), whatever their order.
    QString rowsDigest(const QString &table)
    {
        return m_cluster
            .scalar(QStringLiteral("SELECT md5(string_agg(r, E'\\n' ORDER BY r)) FROM (SELECT "
                                   "concat_ws('|', email, ip_address, ip, region_code, "
                                   "distance_km, geo_status, country_code, city) AS r FROM %1) t")
                        .arg(table))
            .toString();
    }
    bool tool(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.start(program, args);
        return p.waitForFinished(60000) && p.exitCode() == 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_cluster.start(), "the test cluster did not start");
        m_plain = m_dir.filePath(QStringLiteral("people.csv"));
        QVERIFY(
            QFile::copy(sourceDir() + QStringLiteral("/resources/samples/people.csv"), m_plain));
        // The archives as analysts get them: gzip(1) and Python's zipfile (what the tools in
        // everyone's hands write), not our own writer.
        QVERIFY(tool(QStringLiteral("gzip"), {QStringLiteral("-k"), QStringLiteral("people.csv")}));
        QVERIFY(tool(QStringLiteral("python3"),
                     {QStringLiteral("-c"),
                      QStringLiteral("import zipfile; zipfile.ZipFile('people.zip', 'w', "
                                     "zipfile.ZIP_DEFLATED).write('people.csv')")}));
        const CliRun plain = load(m_plain, QStringLiteral("plain"));
        QVERIFY2(plain.code == 0, plain.err.constData());
    }

    void archivesLoadTheSameRows_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("csv.gz") << QStringLiteral("people.csv.gz");
        QTest::newRow("zip") << QStringLiteral("people.zip");
    }
    void archivesLoadTheSameRows()
    {
        QFETCH(QString, file);
        const QString table
            = QStringLiteral("from_") + QString(file).replace(QLatin1Char('.'), QLatin1Char('_'));
        const CliRun r = load(m_dir.filePath(file), table);
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(
            m_cluster.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong(),
            m_cluster.scalar(QStringLiteral("SELECT count(*) FROM plain")).toLongLong());
        QCOMPARE(rowsDigest(table), rowsDigest(QStringLiteral("plain")));
        // The run records the archive with its own size and sha256.
        const QString recorded
            = m_cluster
                  .scalar(QStringLiteral("SELECT source_files->0->>'path' FROM etl_runs WHERE "
                                         "target_table = '%1'")
                              .arg(table))
                  .toString();
        QVERIFY2(recorded.endsWith(file), qPrintable(recorded));
    }

    // Damaged two thirds in: deflate may decode the damaged bytes into garbage before the
    // checksum at the end gives it away, so the run must fail as a whole and keep nothing. A big
    // file, so that rows are sent to the server before the damage is found.
    void aDamagedArchiveFailsAndLeavesNothing()
    {
        const QString big = m_dir.filePath(QStringLiteral("big.csv"));
        writePeople(big, 300000);
        QVERIFY(tool(QStringLiteral("gzip"), {QStringLiteral("big.csv")}));
        const QString damaged = big + QStringLiteral(".gz");
        QFile f(damaged);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        for (qsizetype i = bytes.size() * 2 / 3; i < bytes.size() * 2 / 3 + 200; ++i)
            bytes[i] = char(~bytes[i]);
        f.seek(0);
        f.write(bytes);
        f.close();
        const CliRun r = load(damaged, QStringLiteral("from_damaged"));
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains("damaged") || r.err.contains("ends too early"), r.err.constData());
        QVERIFY2(r.err.contains("big.csv.gz"), r.err.constData());
        // Nothing stays: the new table went with the transaction, and the run says it failed.
        QVERIFY(m_cluster.scalar(QStringLiteral("SELECT to_regclass('from_damaged') IS NULL"))
                    .toBool());
        QCOMPARE(m_cluster
                     .scalar(QStringLiteral("SELECT status FROM etl_runs WHERE target_table = "
                                            "'from_damaged'"))
                     .toString(),
                 QStringLiteral("failed"));
        QVERIFY(m_cluster
                    .scalar(QStringLiteral("SELECT error_message FROM etl_runs WHERE "
                                           "target_table = 'from_damaged'"))
                    .toString()
                    .contains(QLatin1String("big.csv.gz")));
    }
};

QTEST_MAIN(TestCompressedRuns)
#include "tst_compressedruns.moc"
