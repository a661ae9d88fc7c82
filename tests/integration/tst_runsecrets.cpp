// The database password of `regionmap-cli run` from the keychain, from PGPASSWORD, and what
// happens without either; and that the password leaks nowhere. Runs inside a private D-Bus
// session with an unlocked gnome-keyring (tests/support/with-keyring.sh).
#include "clirun.h"
#include "testcluster.h"
#include "testpaths.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace regionmap;
using namespace regionmap::test;

namespace {

const QString kUser = QStringLiteral("analyst");
// Distinctive, so that a grep cannot match anything else.
const QString kPassword = QStringLiteral("Pw-7f3c9e1a-correct-horse");

} // namespace

class TestRunSecrets : public QObject
{
    Q_OBJECT

private:
    TestCluster m_cluster;
    QString m_uri;
    QList<QByteArray> m_outputs;

    QStringList runArgs() const
    {
        return {QStringLiteral("run"),
                QStringLiteral("--data"),
                sourceDir() + QStringLiteral("/resources/samples/people.csv"),
                QStringLiteral("--catalog"),
                QStringLiteral("aws"),
                QStringLiteral("--db"),
                m_uri,
                QStringLiteral("--table"),
                QStringLiteral("people_secret"),
                QStringLiteral("--json")};
    }

    void keep(const CliRun &r) { m_outputs << r.out << r.err << r.cmdline; }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "This test must run inside tests/support/with-keyring.sh");
        const Status st = m_cluster.start();
        QVERIFY2(st.isOk(), qPrintable(st.isOk() ? QString() : st.error().toString()));
        const Status pw = m_cluster.requirePassword(kUser, kPassword);
        QVERIFY2(pw.isOk(), qPrintable(pw.isOk() ? QString() : pw.error().toString()));
        ConnectionSettings s = m_cluster.settings();
        s.user = kUser;
        m_uri = s.toUri();
        QVERIFY(!m_uri.contains(kPassword));
        // The server really asks for the password now.
        QTRY_VERIFY_WITH_TIMEOUT(!s.open(QStringLiteral("probe-no-password")).isOk(), 10000);
    }

    void passwordFromTheKeychain()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("PGPASSWORD"));
        const CliRun set = runCli({QStringLiteral("secrets"), QStringLiteral("set"),
                                   QStringLiteral("db-password"), QStringLiteral("--db"), m_uri},
                                  env, kPassword.toUtf8() + '\n');
        keep(set);
        QVERIFY2(set.code == 0, set.err.constData());

        const CliRun run = runCli(runArgs(), env);
        keep(run);
        QVERIFY2(run.code == 0, run.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(o.value(QStringLiteral("rows_read")).toInteger(), 3000);
        QVERIFY2(run.err.contains("keychain"),
                 run.err.constData()); // says where the password came from
    }

    void noKeychainFailsClearlyAndPgpasswordWorks()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("PGPASSWORD"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
        const CliRun without = runCli(runArgs(), env);
        keep(without);
        QCOMPARE(without.code, 3);
        QVERIFY2(without.err.contains("No usable keychain"), without.err.constData());
        QVERIFY2(without.err.contains("password"), without.err.constData());

        env.insert(QStringLiteral("PGPASSWORD"), kPassword);
        const CliRun with = runCli(runArgs(), env);
        keep(with);
        QVERIFY2(with.code == 0, with.err.constData());
        QVERIFY2(with.err.contains("PGPASSWORD"), with.err.constData());
    }

    void thePasswordLeaksNowhere()
    {
        const QByteArray secret = kPassword.toUtf8();
        for (const QByteArray &o : qAsConst(m_outputs))
            QVERIFY2(!o.contains(secret), o.left(300).constData());
        // Nothing under the throwaway HOME holds it in plain text (the keyring file is encrypted).
        QDirIterator it(qEnvironmentVariable("HOME"), QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            ++files;
            QVERIFY2(!f.readAll().contains(secret), qPrintable(f.fileName()));
        }
        QVERIFY(files > 0);
        // Nor the run record, the rejects, or the server log.
        QCOMPARE(m_cluster
                     .scalar(QStringLiteral("SELECT count(*) FROM etl_runs WHERE "
                                            "row_to_json(etl_runs)::text LIKE '%%%1%%'")
                                 .arg(kPassword))
                     .toInt(),
                 0);
        QCOMPARE(m_cluster
                     .scalar(QStringLiteral("SELECT count(*) FROM etl_rejects WHERE "
                                            "row_to_json(etl_rejects)::text LIKE '%%%1%%'")
                                 .arg(kPassword))
                     .toInt(),
                 0);
        QCOMPARE(m_cluster.scalar(QStringLiteral("SELECT count(*) FROM etl_runs")).toInt(), 2);
        QFile log(m_cluster.server().logFile());
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(!log.readAll().contains(secret));
    }
};

QTEST_GUILESS_MAIN(TestRunSecrets)
#include "tst_runsecrets.moc"
