// The window against a PostgreSQL server that wants a password, with the password in the
// keychain (a private, unlocked gnome-keyring: this test runs under with-keyring.sh). The
// password is read back at startup without blocking, "Test connection" answers in words, a run
// on the sample data loads it, and the settings file never holds the password.

#include "clirun.h"
#include "guitesthelpers.h"
#include "guitestmain.h"
#include "testcluster.h"

#include "appsettings.h"
#include "common/paths.h"
#include "databasepage.h"
#include "keychainservice.h"
#include "mainwindow.h"
#include "privacypanel.h"
#include "runpage.h"
#include "secrets/credentialreply.h"
#include "secrets/privacykey.h"
#include "secrets/qtkeychainstore.h"
#include "secrets/secretindex.h"
#include "secrets/secretkeys.h"
#include "sourcespage.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace regionmap;

namespace {

const QString kUser = QStringLiteral("analyst");
const QString kPassword = QStringLiteral("s3cret-Pässword-42");

CredentialResult waitFor(CredentialReply *reply)
{
    QSignalSpy done(reply, &CredentialReply::finished);
    if (!reply->isFinished())
        done.wait(30000);
    const CredentialResult result = reply->result();
    reply->deleteLater();
    return result;
}

} // namespace

class TestGuiServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const Status started = m_cluster.start();
        QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
        // A role that must give its password (scram) over the socket; the fixture's own user
        // keeps trust.
        QVERIFY(m_cluster.scalar(QStringLiteral("SELECT 1")).isValid());
        m_cluster.scalar(
            QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(kUser, kPassword));
        m_cluster.scalar(QStringLiteral("GRANT ALL ON SCHEMA public TO %1").arg(kUser));
        m_cluster.scalar(
            QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA public TO %1").arg(kUser));
        m_cluster.scalar(
            QStringLiteral("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO %1").arg(kUser));
        const QString hba = m_cluster.server().dataDir() + QStringLiteral("/pg_hba.conf");
        QFile f(hba);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray rules = f.readAll();
        f.close();
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("local all " + kUser.toUtf8() + " scram-sha-256\n" + rules);
        f.close();
        QVERIFY(m_cluster.scalar(QStringLiteral("SELECT pg_reload_conf()")).toBool());

        m_settings = m_cluster.settings();
        m_settings.user = kUser;

        // The analyst stored the password earlier (the keychain holds it, QSettings the flag).
        QtKeychainStore store;
        SecretIndex index;
        store.setIndex(&index);
        const CredentialResult probe = waitFor(store.probe());
        QVERIFY2(probe.isOk(), qPrintable(probe.error.toString()));
        const CredentialResult written
            = waitFor(store.write(secretkeys::databasePassword(m_settings), kPassword));
        QVERIFY2(written.isOk(), qPrintable(written.error.toString()));
        QVERIFY(index.contains(secretkeys::databasePassword(m_settings)));

        AppSettings::databaseMode.setValue(QStringLiteral("server"));
        AppSettings::serverHost.setValue(m_settings.host);
        AppSettings::serverPort.setValue(m_settings.port > 0 ? m_settings.port : 5432);
        AppSettings::serverDatabase.setValue(m_settings.database);
        AppSettings::serverUser.setValue(kUser);
        AppSettings::sslMode.setValue(QStringLiteral("disable"));
        AppSettings::sync();
    }

    void thePasswordComesFromTheKeychain()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        DatabasePage *db = m_window->databasePage();
        QVERIFY(!db->usesLocalDatabase());
        // A server's password is needed: the keychain is asked (and answers).
        QTRY_VERIFY_WITH_TIMEOUT(m_window->keychainService()->availability()
                                     == KeychainService::Availability::Available,
                                 30000);
        QVERIFY(m_window->keychainService()->isAvailable());
        QVERIFY(m_window->keychainService()->statusText().contains(QLatin1String("available")));
        QTRY_COMPARE_WITH_TIMEOUT(db->serverSettings().password, kPassword, 30000);
        QVERIFY(db->rememberPassword()); // on by default when the keychain can be used
    }

    void testConnectionAnswersInWords()
    {
        DatabasePage *db = m_window->databasePage();
        QSignalSpy tested(db, &DatabasePage::connectionTested);
        db->testConnection();
        QVERIFY(tested.wait(30000));
        QVERIFY2(tested.first().at(0).toBool(), qPrintable(tested.first().at(1).toString()));
        QVERIFY2(tested.first().at(1).toString().contains(QLatin1String("PostgreSQL")),
                 qPrintable(tested.first().at(1).toString()));
    }

    void aRunLoadsTheSampleIntoTheServer()
    {
        MainWindow &w = *m_window;
        QTRY_VERIFY(!w.sourcesPage()->isBusy());
        QCOMPARE(w.sourcesPage()->files().size(), 1); // the sample, on a first start
        w.databasePage()->setTargetTable(QStringLiteral("people_on_server"));
        QSignalSpy finished(w.runPage(), &RunPage::runFinished);
        QVERIFY(w.startRun());
        QVERIFY(finished.wait(120000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(w.runPage()->lastSummaryText()));
        const qint64 runId = w.runPage()->lastRunId();
        QCOMPARE(
            m_cluster
                .scalar(
                    QStringLiteral("SELECT rows_read FROM etl_runs WHERE run_id = %1").arg(runId))
                .toLongLong(),
            test::dataLines(paths::samplePeopleCsv()));
        QCOMPARE(
            m_cluster.scalar(QStringLiteral("SELECT count(*) FROM people_on_server")).toLongLong(),
            w.runPage()->lastSummary()->rowsLoaded);
        QCOMPARE(m_cluster
                     .scalar(QStringLiteral("SELECT tableowner FROM pg_tables WHERE "
                                            "tablename = 'people_on_server'"))
                     .toString(),
                 kUser);
        // A user who does not own etl_points writes the run's points to the shared partition,
        // and they stand for every row.
        QCOMPARE(m_cluster
                     .scalar(QStringLiteral("SELECT sum(row_count) FROM etl_points_shared"
                                            " WHERE run_id = %1")
                                 .arg(runId))
                     .toLongLong(),
                 w.runPage()->lastSummary()->rowsLoaded);
        QCOMPARE(
            m_cluster
                .scalar(
                    QStringLiteral("SELECT point_count FROM etl_runs WHERE run_id = %1").arg(runId))
                .toLongLong(),
            m_cluster
                .scalar(QStringLiteral("SELECT count(*) FROM etl_points_shared"
                                       " WHERE run_id = %1")
                            .arg(runId))
                .toLongLong());
    }

    // The hash privacy mode from the window: its key made in the keychain on first use, the
    // rows stored as pseudonyms under it, and the run recording the key's id only.
    void aHashRunFromTheWindow()
    {
        MainWindow &w = *m_window;
        PrivacyPanel *privacy = w.databasePage()->privacy();
        privacy->setMode(PrivacyMode::Hash);
        QTRY_VERIFY_WITH_TIMEOUT(!privacy->key().isEmpty(), 30000);
        QVERIFY(privacy->blockingProblem().isEmpty());
        m_key = privacy->key();
        w.databasePage()->setTargetTable(QStringLiteral("people_hashed"));
        QSignalSpy finished(w.runPage(), &RunPage::runFinished);
        QVERIFY(w.startRun());
        QVERIFY(finished.wait(120000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(w.runPage()->lastSummaryText()));
        const qint64 runId = w.runPage()->lastRunId();
        QCOMPARE(m_cluster
                     .scalar(QStringLiteral("SELECT privacy_mode || ' ' || min_count || ' ' || "
                                            "(settings->'privacy'->>'key_id') FROM etl_runs "
                                            "WHERE run_id = %1")
                                 .arg(runId))
                     .toString(),
                 QStringLiteral("hash 5 ") + AddressPrivacy::keyId(m_key));
        QCOMPARE(m_cluster
                     .scalar(QStringLiteral("SELECT count(*) FROM people_hashed WHERE ip IS NOT "
                                            "NULL AND ip !~ '^[0-9a-f]{32}$'"))
                     .toLongLong(),
                 0);
        QVERIFY(m_cluster.scalar(QStringLiteral("SELECT count(ip) FROM people_hashed")).toLongLong()
                > 2900);
        // The key is the keychain's.
        QtKeychainStore store;
        const CredentialResult stored = waitFor(store.read(secretkeys::privacyKey()));
        QVERIFY(stored.isOk());
        QCOMPARE(PrivacyKey::decode(stored.value), std::optional<QByteArray>(m_key));
        privacy->setMode(PrivacyMode::Keep);
    }

    // A project saved in the window (no password in it) runs from the command line with the
    // same result, its password from the keychain; and opening it sets the pages back.
    void aProjectSavedHereRunsFromTheCli()
    {
        MainWindow &w = *m_window;
        QVERIFY(m_dir.isValid());
        w.databasePage()->setTargetTable(QStringLiteral("people_gui_project"));
        w.databasePage()->privacy()->setMode(PrivacyMode::Truncate);
        // A planner scenario of this table: the project names it.
        m_cluster.scalar(QStringLiteral(
            "INSERT INTO plan_scenarios (name, target_table, regions, objective, method, numbers,"
            " created_by) VALUES ('eu-first', 'people_gui_project', '{aws:eu-west-1}', 'mean_km',"
            " 'what-if', '{}', 'test'), ('other', 'another_table', '{aws:us-east-1}', 'mean_km',"
            " 'what-if', '{}', 'test')"));
        const QString project = m_dir.filePath(QStringLiteral("job.regionmap"));
        QVERIFY(w.saveProject(project));
        QCOMPARE(w.projectFile(), QFileInfo(project).absoluteFilePath());
        QCOMPARE(AppSettings::recentProjects.value().value(0), w.projectFile());
        QFile f(project);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(!text.contains(kPassword.toUtf8()));
        QVERIFY(text.contains("\"managed\": false"));
        QCOMPARE(QJsonDocument::fromJson(text).object().value(u"scenarios").toArray(),
                 QJsonArray {QStringLiteral("eu-first")});

        QSignalSpy finished(w.runPage(), &RunPage::runFinished);
        QVERIFY(w.startRun());
        QVERIFY(finished.wait(120000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(w.runPage()->lastSummaryText()));

        // The CLI: the project's server, the password from the keychain.
        QProcessEnvironment env = test::cLocaleEnvironment();
        env.remove(QStringLiteral("PGPASSWORD"));
        const test::CliRun r = test::runCli(
            {QStringLiteral("run"), QStringLiteral("--project"), project, QStringLiteral("--table"),
             QStringLiteral("people_cli_project"), QStringLiteral("-q")},
            env);
        QVERIFY2(r.code == 0, r.err.constData());
        const QString cols = QStringLiteral(
            "id, email, ip_address, ip, latitude, longitude, region_code, distance_km, "
            "second_region_code, est_rtt_ms, assignment, country_code, city, geo_status");
        QCOMPARE(m_cluster
                     .scalar(QStringLiteral("SELECT count(*) FROM ((SELECT %1 FROM "
                                            "people_gui_project EXCEPT ALL SELECT %1 FROM "
                                            "people_cli_project) UNION ALL (SELECT %1 FROM "
                                            "people_cli_project EXCEPT ALL SELECT %1 FROM "
                                            "people_gui_project)) d")
                                 .arg(cols))
                     .toLongLong(),
                 0);
        QVERIFY(
            m_cluster.scalar(QStringLiteral("SELECT count(*) FROM people_cli_project")).toLongLong()
            > 2900);
        QCOMPARE(m_cluster
                     .scalar(QStringLiteral("SELECT count(DISTINCT privacy_mode) FROM etl_runs "
                                            "WHERE target_table LIKE 'people_%_project'"))
                     .toInt(),
                 1);

        // Opening it sets the pages back to the project's job.
        w.databasePage()->setTargetTable(QStringLiteral("something_else"));
        w.databasePage()->privacy()->setMode(PrivacyMode::Keep);
        QVERIFY(w.openProject(project, MainWindow::ProjectChanges::Refuse));
        QCOMPARE(w.databasePage()->targetTable(), QStringLiteral("people_gui_project"));
        QCOMPARE(w.databasePage()->privacy()->mode(), PrivacyMode::Truncate);
        QVERIFY(!w.databasePage()->usesLocalDatabase());
        QCOMPARE(w.sourcesPage()->files().size(), 1);
        w.databasePage()->privacy()->setMode(PrivacyMode::Keep);
    }

    void aWrongPasswordIsExplained()
    {
        DatabasePage *db = m_window->databasePage();
        ConnectionSettings wrong = db->serverSettings();
        wrong.password = QStringLiteral("not-the-password");
        db->setServerSettings(wrong);
        QSignalSpy tested(db, &DatabasePage::connectionTested);
        db->testConnection();
        QVERIFY(tested.wait(30000));
        QVERIFY(!tested.first().at(0).toBool());
        const QString message = tested.first().at(1).toString();
        QVERIFY2(message.contains(QLatin1String("rejected the password")), qPrintable(message));
    }

    void theSettingsNeverHoldThePassword()
    {
        m_window->close();
        m_window.reset();
        QFile conf(AppSettings::fileName());
        QVERIFY(conf.open(QIODevice::ReadOnly));
        const QByteArray text = conf.readAll();
        QVERIFY(text.contains("secrets"));
        QVERIFY(!text.contains(kPassword.toUtf8()));
        QVERIFY(!text.contains("not-the-password"));
        // Nor the privacy key, in any spelling; the mode is a setting.
        QVERIFY(!m_key.isEmpty());
        QVERIFY(!text.contains(PrivacyKey::encode(m_key).toLatin1()));
        QVERIFY(!text.contains(m_key.toHex()));
        QVERIFY(text.contains("privacy"));
    }

private:
    test::TestCluster m_cluster;
    ConnectionSettings m_settings;
    std::unique_ptr<MainWindow> m_window;
    QByteArray m_key; // the hash mode's, as the window got it
    QTemporaryDir m_dir;
};

REGIONMAP_GUI_TEST_MAIN(TestGuiServer)
#include "tst_guiserver.moc"
