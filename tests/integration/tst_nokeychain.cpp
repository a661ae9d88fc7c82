// Without a keychain (DBUS_SESSION_BUS_ADDRESS=disabled:, as regionmap_add_test sets for every
// test without KEYRING) and with a keychain that never answers (a private bus on which this
// test owns org.freedesktop.secrets and swallows every call). HOME is a throwaway folder, so
// the test can prove that no secret lands in any file.

#include "db/connectionsettings.h"
#include "secrets/blockingcredentials.h"
#include "secrets/qtkeychainstore.h"
#include "secrets/secretindex.h"
#include "secrets/secretkeys.h"
#include "secrets/secretresolver.h"
#include "secrets/sessioncredentialstore.h"
#include "testpaths.h"

#include <QDBusConnection>
#include <QDBusError>
#include <QDBusMessage>
#include <QDBusVirtualObject>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QMutexLocker>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <atomic>
#include <memory>

using namespace regionmap;
using namespace std::chrono_literals;

using Outcome = CredentialResult::Outcome;

namespace {

std::unique_ptr<QTemporaryDir> g_home;

QString home()
{
    return g_home->path() + QStringLiteral("/home");
}

struct CliRun
{
    int exitCode = -1;
    qint64 ms = 0;
    QString out;
    QString err;
    QByteArray raw;
};

CliRun runCli(const QStringList &arguments, const QByteArray &input = {},
              const QProcessEnvironment &extra = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : extra.keys())
        env.insert(name, extra.value(name));
    p.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    p.start(test::cliPath(), QStringList {QStringLiteral("secrets")} + arguments);
    CliRun r;
    if (!p.waitForStarted(10'000))
        return r;
    p.write(input);
    p.closeWriteChannel();
    // Not waitForFinished(): this thread's event loop must keep running for the silent service.
    QSignalSpy finished(&p, &QProcess::finished);
    if (!finished.wait(60'000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.ms = clock.elapsed();
    const QByteArray out = p.readAllStandardOutput();
    const QByteArray err = p.readAllStandardError();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(out);
    r.err = QString::fromUtf8(err);
    r.raw = out + err;
    return r;
}

QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            hits << path;
    }
    return hits;
}

bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.write(contents);
    f.close();
    return f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
}

QByteArray newSecret(const char *what)
{
    return QByteArray(what) + '-' + QUuid::createUuid().toByteArray(QUuid::Id128);
}

CredentialResult await(CredentialReply *reply, int ms = 15'000)
{
    QSignalSpy spy(reply, &CredentialReply::finished);
    if (!spy.wait(ms))
        return CredentialResult::failure(Outcome::Failed, Error(QStringLiteral("no answer")));
    const CredentialResult r = reply->result();
    reply->deleteLater();
    return r;
}

const QString Db = QStringLiteral("postgresql://ana@db.example.com:5433/sales");

// Owns every object path of its connection and answers no call: a Secret Service that waits
// forever on a prompt nobody sees. wakeUp() makes it answer, with an error, everything it held
// back and everything after.
class SilentService : public QDBusVirtualObject
{
public:
    std::atomic<int> calls {0};

    QString introspect(const QString &) const override { return {}; }

    bool handleMessage(const QDBusMessage &message, const QDBusConnection &connection) override
    {
        ++calls;
        message.setDelayedReply(true);
        QMutexLocker lock(&m_mutex);
        if (m_awake)
            connection.send(errorFor(message));
        else
            m_held.append({message, connection});
        return true;
    }

    void wakeUp()
    {
        QMutexLocker lock(&m_mutex);
        m_awake = true;
        for (const auto &[message, connection] : std::as_const(m_held))
            connection.send(errorFor(message));
        m_held.clear();
    }

private:
    static QDBusMessage errorFor(const QDBusMessage &message)
    {
        return message.createErrorReply(QDBusError::NotSupported,
                                        QStringLiteral("The test's keychain is closed."));
    }

    QMutex m_mutex;
    bool m_awake = false;
    QList<std::pair<QDBusMessage, QDBusConnection>> m_held;
};

} // namespace

class TestNoKeychain : public QObject
{
    Q_OBJECT

private:
    QList<CliRun> m_runs;
    QList<QByteArray> m_secrets; // everything that must never show up in a file or the output

    CliRun cli(const QStringList &arguments, const QByteArray &input = {},
               const QProcessEnvironment &extra = {})
    {
        CliRun r = runCli(arguments, input, extra);
        m_runs << r;
        return r;
    }
    QByteArray secret(const char *what)
    {
        m_secrets << newSecret(what);
        return m_secrets.last();
    }

public:
    // Before QCoreApplication: a throwaway HOME, so that settings and anything a keychain
    // library might write land where the test can search them.
    static void initMain()
    {
        g_home = std::make_unique<QTemporaryDir>(QDir::tempPath()
                                                 + QStringLiteral("/rm-nokeychain-XXXXXX"));
        const QByteArray h = QFile::encodeName(g_home->path() + QStringLiteral("/home"));
        QDir().mkpath(QString::fromLocal8Bit(h + "/.config"));
        QDir().mkpath(QString::fromLocal8Bit(h + "/.local/share"));
        QDir().mkpath(QString::fromLocal8Bit(h + "/.cache"));
        QDir().mkpath(QString::fromLocal8Bit(h + "/run"));
        QFile::setPermissions(QString::fromLocal8Bit(h + "/run"),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("HOME", h);
        qputenv("XDG_CONFIG_HOME", h + "/.config");
        qputenv("XDG_DATA_HOME", h + "/.local/share");
        qputenv("XDG_CACHE_HOME", h + "/.cache");
        qputenv("XDG_RUNTIME_DIR", h + "/run");
        qunsetenv("PGPASSWORD");
        qunsetenv("PGPASSFILE");
        qunsetenv("IPINFO_TOKEN");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(g_home && g_home->isValid());
        QCOMPARE(qgetenv("DBUS_SESSION_BUS_ADDRESS"), QByteArray("disabled:"));
        QVERIFY2(QFile::exists(test::cliPath()), qPrintable(test::cliPath()));
    }

    void keychainIsReportedUnavailable()
    {
        QtKeychainStore store;
        const CredentialResult probe = await(store.probe());
        QCOMPARE(probe.outcome, Outcome::Unavailable);
        QVERIFY(probe.keychainUnusable());
        // One clear sentence; the library's text only as details.
        QCOMPARE(probe.error.message,
                 QStringLiteral("No usable keychain was found on this computer, so RegionMap "
                                "cannot keep secrets between sessions."));
        QVERIFY(!probe.error.details.isEmpty());
        QCOMPARE(store.availabilityText(probe),
                 QStringLiteral("Keychain: not available — secrets are kept for this session "
                                "only"));

        const QString key = secretkeys::ipinfoToken();
        SecretIndex index;
        store.setIndex(&index);
        const QByteArray value = secret("in-process");
        QCOMPARE(await(store.write(key, QString::fromLatin1(value))).outcome, Outcome::Unavailable);
        QCOMPARE(await(store.read(key)).outcome, Outcome::Unavailable);
        QCOMPARE(await(store.remove(key)).outcome, Outcome::Unavailable);
        // Nothing recorded as stored.
        QVERIFY(!index.contains(key));
        QVERIFY(index.fileName().startsWith(home()));
    }

    void sessionStoreIsTheAlternative()
    {
        QtKeychainStore keychain;
        SessionCredentialStore session;
        const QByteArray value = secret("session");
        QVERIFY(await(session.write(secretkeys::ipinfoToken(), QString::fromLatin1(value))).isOk());
        SecretResolver::Options o;
        o.environment = QProcessEnvironment();
        o.session = &session;
        o.keychain = &keychain;
        const Result<ResolvedSecret> r = SecretResolver(o).ipinfoToken();
        QVERIFY(r.isOk());
        QCOMPARE(r->source, SecretSource::Session);
        QCOMPARE(r->value.toLatin1(), value);
    }

    void resolverWorksFromEnvironmentAndFiles()
    {
        QtKeychainStore keychain;
        const ConnectionSettings settings = ConnectionSettings::fromUri(Db).value();
        SecretResolver::Options o;
        o.environment = QProcessEnvironment::systemEnvironment();
        o.keychain = &keychain;

        // Nothing anywhere: not found, and the keychain's sentence says why it was no help.
        Result<ResolvedSecret> r = SecretResolver(o).databasePassword(settings);
        QVERIFY(r.isOk());
        QCOMPARE(r->source, SecretSource::None);
        QCOMPARE(r->notes, QStringList {QtKeychainStore::unavailableError().message});

        const QByteArray envPassword = secret("pgpassword");
        const QByteArray envToken = secret("ipinfo-env");
        o.environment.insert(QStringLiteral("PGPASSWORD"), QString::fromLatin1(envPassword));
        o.environment.insert(QStringLiteral("IPINFO_TOKEN"), QString::fromLatin1(envToken));
        r = SecretResolver(o).databasePassword(settings);
        QCOMPARE(r->source, SecretSource::Environment);
        QCOMPARE(r->value.toLatin1(), envPassword);
        QCOMPARE(r->describeOrigin(), QStringLiteral("the environment variable PGPASSWORD"));
        r = SecretResolver(o).ipinfoToken();
        QCOMPARE(r->source, SecretSource::Environment);
        QCOMPARE(r->value.toLatin1(), envToken);

        const QString file = g_home->filePath(QStringLiteral("token.txt"));
        const QByteArray fileToken = secret("token-file");
        QVERIFY(writeFile(file, fileToken + "\n"));
        o.tokenFile = file;
        r = SecretResolver(o).ipinfoToken();
        QCOMPARE(r->source, SecretSource::File);
        QCOMPARE(r->value.toLatin1(), fileToken);
        QCOMPARE(r->describeOrigin(), QStringLiteral("the file ") + file);

        // ~/.pgpass in the throwaway HOME.
        o.environment.remove(QStringLiteral("PGPASSWORD"));
        const QByteArray pgpassPassword = secret("pgpass");
        QVERIFY(writeFile(home() + QStringLiteral("/.pgpass"),
                          "db.example.com:5433:sales:ana:" + pgpassPassword + "\n"));
        r = SecretResolver(o).databasePassword(settings);
        QCOMPARE(r->source, SecretSource::PgPass);
        QCOMPARE(r->value.toLatin1(), pgpassPassword);
        QVERIFY(QFile::remove(home() + QStringLiteral("/.pgpass")));
    }

    void cliStatusSaysUnavailable()
    {
        const CliRun r = cli({QStringLiteral("status")});
        QCOMPARE(r.exitCode, 3);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(!lines.isEmpty(), qPrintable(r.err));
        QCOMPARE(lines.first(),
                 QStringLiteral("Keychain: not available — No usable keychain was found on this "
                                "computer, so RegionMap cannot keep secrets between sessions."));
        QVERIFY(r.out.contains(QLatin1String("ipinfo.io token: keychain not checked")));
        // The alternatives.
        QVERIFY2(r.err.contains(QLatin1String("set PGPASSWORD, put it in ~/.pgpass, pass "
                                              "--password-file FILE, or type it when asked")),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("set IPINFO_TOKEN, pass --token-file FILE")));
    }

    void cliStatusShowsEnvironmentAndFileSources()
    {
        const QByteArray envToken = secret("cli-env-token");
        const QString file = g_home->filePath(QStringLiteral("db-password.txt"));
        const QByteArray filePassword = secret("cli-file-password");
        QVERIFY(writeFile(file, filePassword + "\n"));
        QProcessEnvironment env;
        env.insert(QStringLiteral("IPINFO_TOKEN"), QString::fromLatin1(envToken));
        const CliRun r = cli({QStringLiteral("status"), QStringLiteral("--db"), Db,
                              QStringLiteral("--password-file"), file},
                             {}, env);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.out.contains(QLatin1String("ipinfo.io token: keychain not checked; a run "
                                              "takes it from the environment variable "
                                              "IPINFO_TOKEN")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Database password for ana@db.example.com:5433/"
                                               "sales: keychain not checked; a run takes it "
                                               "from the file ")
                                + file),
                 qPrintable(r.out));
    }

    // The same on each of QtKeychain's Linux paths: the Secret Service, and KWallet, where the
    // insecure fallback would write the secret in plain text into a settings file.
    void cliSetRefusesAndStoresNothing_data()
    {
        QTest::addColumn<QString>("desktop");
        QTest::addColumn<QString>("kdeVersion");
        QTest::newRow("Secret Service path") << ""
                                             << "";
        QTest::newRow("KWallet 4 path") << "KDE"
                                        << "4";
        QTest::newRow("KWallet 5 path") << "KDE"
                                        << "5";
    }

    void cliSetRefusesAndStoresNothing()
    {
        QFETCH(QString, desktop);
        QFETCH(QString, kdeVersion);
        QProcessEnvironment env;
        if (!desktop.isEmpty()) {
            env.insert(QStringLiteral("XDG_CURRENT_DESKTOP"), desktop);
            env.insert(QStringLiteral("KDE_SESSION_VERSION"), kdeVersion);
        }

        const QByteArray password = secret("cli-set-password");
        CliRun r = cli(
            {QStringLiteral("set"), QStringLiteral("db-password"), QStringLiteral("--db"), Db},
            password + "\n", env);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QLatin1String("No usable keychain was found on this computer")),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("set PGPASSWORD")));
        QVERIFY(r.out.isEmpty());

        const QByteArray token = secret("cli-set-token");
        r = cli({QStringLiteral("set"), QStringLiteral("ipinfo-token")}, token, env);
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.err.contains(QLatin1String("set IPINFO_TOKEN")));

        r = cli({QStringLiteral("delete"), QStringLiteral("ipinfo-token")}, {}, env);
        QCOMPARE(r.exitCode, 4);

        QCOMPARE(filesContaining(g_home->path(), password), QStringList());
        QCOMPARE(filesContaining(g_home->path(), token), QStringList());
    }

    void settingsHoldNoSecret()
    {
        SecretIndex index;
        QVERIFY(index.keys().isEmpty());
        QFile f(index.fileName());
        if (f.open(QIODevice::ReadOnly)) {
            const QByteArray contents = f.readAll();
            for (const QByteArray &s : std::as_const(m_secrets))
                QVERIFY(!contents.contains(s));
        }
        // The whole throwaway HOME, once more, for every secret used so far.
        QVERIFY(m_secrets.size() >= 8);
        for (const QByteArray &s : std::as_const(m_secrets)) {
            const QStringList hits = filesContaining(g_home->path(), s);
            // Only the files the test itself wrote on purpose may hold their own secret.
            for (const QString &hit : hits) {
                QVERIFY2(hit.endsWith(QLatin1String("token.txt"))
                             || hit.endsWith(QLatin1String("db-password.txt")),
                         qPrintable(hit));
            }
        }
    }

    // A Secret Service that never answers: the CLI gives up after --keychain-timeout, says so,
    // and offers the alternatives, long before D-Bus's own 25 s timeout.
    void cliGivesUpOnASilentKeychain()
    {
        QString address;
        QProcess bus;
        SilentService service;
        auto stop = qScopeGuard([&] { stopSilentBus(&bus, QStringLiteral("cli")); });
        QVERIFY(startSilentBus(&bus, &service, &address, QStringLiteral("cli")));

        QProcessEnvironment env;
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), address);
        CliRun r = cli(
            {QStringLiteral("status"), QStringLiteral("--keychain-timeout"), QStringLiteral("1")},
            {}, env);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.out.startsWith(QStringLiteral("Keychain: not available — The keychain did not "
                                                 "answer within 1 s.")),
                 qPrintable(r.out + r.err));
        QVERIFY2(r.ms < 15'000, qPrintable(QString::number(r.ms)));
        QVERIFY(service.calls > 0); // the request did reach the silent service

        const QByteArray token = secret("silent-token");
        r = cli({QStringLiteral("set"), QStringLiteral("ipinfo-token"),
                 QStringLiteral("--keychain-timeout"), QStringLiteral("0.5")},
                token, env);
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(QLatin1String("The keychain did not answer within 0.5 s.")),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("set IPINFO_TOKEN")));
    }

    // The same in process: the reply times out, later requests do not queue up behind the stuck
    // job, and once the keychain answers (late) the stuck job ends and requests get answers.
    void silentKeychainInProcess()
    {
        // GDBus raises SIGTERM in a process whose session bus goes away, so this bus must
        // outlive the test process: it is never stopped here, and setpriv's parent-death
        // signal ends it after the test has exited.
        QString address;
        // Deliberately never deleted (its destructor kills the bus); held by a static so that
        // LeakSanitizer sees it as reachable, not lost.
        static auto *bus = new QProcess;
        static SilentService service; // must outlive the bus connection
        QVERIFY(startSilentBus(bus, &service, &address, QStringLiteral("inproc"), true));
        qputenv("DBUS_SESSION_BUS_ADDRESS", address.toLocal8Bit());
        auto restore = qScopeGuard([] { qputenv("DBUS_SESSION_BUS_ADDRESS", "disabled:"); });

        QtKeychainStore store;
        store.setTimeout(500ms);
        const CredentialResult probe = await(store.probe());
        QCOMPARE(probe.outcome, Outcome::TimedOut);
        QCOMPARE(probe.error.message, QStringLiteral("The keychain did not answer within 0.5 s."));
        QCOMPARE(store.availabilityText(probe),
                 QStringLiteral("Keychain: not answering — secrets are kept for this session "
                                "only"));
        QVERIFY(service.calls > 0); // it did reach the silent service
        QCOMPARE(QtKeychainStore::stalledJobs(), 1);

        // Further requests fail at once instead of waiting behind the stuck job: the answer
        // names the stuck job (a request of its own would have timed out with the message
        // above), and the service was not called again.
        const int callsBefore = service.calls;
        const CredentialResult read = BlockingCredentials(&store).read(secretkeys::ipinfoToken());
        QCOMPARE(read.outcome, Outcome::TimedOut);
        QCOMPARE(read.error.details,
                 QStringLiteral("An earlier request is still waiting for the keychain."));
        QCOMPARE(int(service.calls), callsBefore);

        // The resolver falls back to asking.
        SecretResolver::Options o;
        o.environment = QProcessEnvironment();
        o.keychain = &store;
        o.prompt = [](const QString &) -> std::optional<QString> {
            return QStringLiteral("typed");
        };
        const Result<ResolvedSecret> r = SecretResolver(o).ipinfoToken();
        QCOMPARE(r->source, SecretSource::Prompt);
        QCOMPARE(r->notes, QStringList {probe.error.message});

        // The keychain answers at last (with an error): the stuck job ends, and the next
        // request gets a real answer again.
        service.wakeUp();
        QTRY_COMPARE_WITH_TIMEOUT(QtKeychainStore::stalledJobs(), 0, 30'000);
        const CredentialResult after = await(store.probe());
        QVERIFY2(after.outcome == Outcome::Unavailable, qPrintable(after.error.toString()));
        QVERIFY(after.error.details.contains(QLatin1String("closed")));
    }

    void cleanupTestCase()
    {
        for (const CliRun &r : std::as_const(m_runs)) {
            for (const QByteArray &s : std::as_const(m_secrets))
                QVERIFY2(!r.raw.contains(s), r.raw.constData());
        }
    }

private:
    // A private bus without service activation (so no real keyring can start on it), on which
    // `service` owns org.freedesktop.secrets.
    // With dieWithUs, the bus gets SIGTERM when this process ends (setpriv --pdeathsig).
    bool startSilentBus(QProcess *bus, SilentService *service, QString *address,
                        const QString &name, bool dieWithUs = false)
    {
        const QString dir = g_home->filePath(QStringLiteral("bus-") + name);
        QDir().mkpath(dir);
        const QString config = dir + QStringLiteral("/bus.conf");
        QFile f(config);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(
            "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
            " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
            "<busconfig>\n  <type>session</type>\n  <listen>unix:dir=");
        f.write(QFile::encodeName(dir));
        f.write("</listen>\n  <auth>EXTERNAL</auth>\n"
                "  <policy context=\"default\">\n"
                "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
                "    <allow eavesdrop=\"true\"/>\n    <allow own=\"*\"/>\n"
                "  </policy>\n</busconfig>\n");
        f.close();
        bus->setProcessChannelMode(QProcess::SeparateChannels);
        QStringList command {QStringLiteral("dbus-daemon"),
                             QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"),
                             QStringLiteral("--print-address=1")};
        if (dieWithUs)
            command = QStringList {QStringLiteral("--pdeathsig"), QStringLiteral("TERM"),
                                   QStringLiteral("--")}
                      + command;
        bus->start(dieWithUs ? QStringLiteral("setpriv") : command.takeFirst(), command);
        if (!bus->waitForStarted(5000)) {
            qWarning("dbus-daemon did not start: install the Debian package dbus.");
            return false;
        }
        while (!bus->canReadLine()) {
            if (!bus->waitForReadyRead(10'000))
                return false;
        }
        *address = QString::fromLocal8Bit(bus->readLine()).trimmed();

        QDBusConnection connection
            = QDBusConnection::connectToBus(*address, QStringLiteral("silent-") + name);
        if (!connection.isConnected()) {
            qWarning() << "cannot connect to the private bus:" << connection.lastError().message();
            return false;
        }
        if (!connection.registerVirtualObject(QStringLiteral("/"), service,
                                              QDBusConnection::SubPath)) {
            return false;
        }
        return connection.registerService(QStringLiteral("org.freedesktop.secrets"));
    }

    void stopSilentBus(QProcess *bus, const QString &name)
    {
        QDBusConnection::disconnectFromBus(QStringLiteral("silent-") + name);
        bus->terminate();
        bus->waitForFinished(5000);
    }
};

QTEST_GUILESS_MAIN(TestNoKeychain)
#include "tst_nokeychain.moc"
