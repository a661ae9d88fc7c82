// Against the real keychain: gnome-keyring in a private D-Bus session (tests/support/
// with-keyring.sh), reached through QtKeychain's libsecret backend.

#include "db/connectionsettings.h"
#include "secrets/blockingcredentials.h"
#include "secrets/qtkeychainstore.h"
#include "secrets/secretindex.h"
#include "secrets/secretkeys.h"
#include "secrets/secretresolver.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace regionmap;
using namespace std::chrono_literals;

using Outcome = CredentialResult::Outcome;

namespace {

struct ToolResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

ToolResult secretTool(const QStringList &arguments)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"), arguments);
    ToolResult r;
    if (!p.waitForStarted(5000) || !p.waitForFinished(20'000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// `secret-tool search --all` prints "key = value" lines per item (the secret among them);
// returns them without the secret and the dates.
QMap<QString, QString> itemFields(const QByteArray &searchOutput)
{
    QMap<QString, QString> fields;
    const QList<QByteArray> lines = searchOutput.split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype eq = line.indexOf(" = ");
        if (eq < 0)
            continue;
        const QString name = QString::fromUtf8(line.left(eq)).trimmed();
        if (name == QLatin1String("secret") || name == QLatin1String("created")
            || name == QLatin1String("modified"))
            continue;
        fields.insert(name, QString::fromUtf8(line.mid(eq + 3)).trimmed());
    }
    return fields;
}

// Files under dir whose bytes contain needle.
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

QString uniqueKey(const QString &what)
{
    return QStringLiteral("regionmap/test/%1/%2")
        .arg(what, QUuid::createUuid().toString(QUuid::Id128));
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private:
    QtKeychainStore m_store;

    CredentialResult run(CredentialReply *reply)
    {
        QSignalSpy spy(reply, &CredentialReply::finished);
        [&] {
            QVERIFY(spy.wait(15'000));
        }();
        const CredentialResult r = reply->result();
        reply->deleteLater();
        return r;
    }

private slots:
    void initTestCase()
    {
        // Never touch a real keyring: with-keyring.sh points HOME at a throwaway folder.
        const QString home = qEnvironmentVariable("HOME");
        QVERIFY2(home.contains(QLatin1String("regionmap-keyring-")),
                 "Run this test through tests/support/with-keyring.sh (ctest does).");
        QVERIFY2(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty(),
                 "No D-Bus session: run through tests/support/with-keyring.sh.");
        m_store.setTimeout(15s);
    }

    void probeSaysAvailable()
    {
        const CredentialResult r = run(m_store.probe());
        QVERIFY2(r.isOk(), qPrintable(r.error.toString()));
        QCOMPARE(m_store.availabilityText(r),
                 QStringLiteral("Keychain: available (GNOME Keyring / Secret Service)"));
        // The probe leaves nothing behind.
        const ToolResult lookup = secretTool({QStringLiteral("lookup"), QStringLiteral("server"),
                                              QStringLiteral("regionmap"), QStringLiteral("user"),
                                              secretkeys::probe()});
        QCOMPARE(lookup.exitCode, 1);
        QVERIFY(lookup.out.isEmpty());
    }

    void writeReadOverwriteDelete()
    {
        const QString key = uniqueKey(QStringLiteral("cycle"));
        const QString first = QStringLiteral("first-") + QUuid::createUuid().toString();
        const QString second = QStringLiteral("second-ü-€-") + QUuid::createUuid().toString();

        QCOMPARE(run(m_store.read(key)).outcome, Outcome::NotFound);
        QVERIFY(run(m_store.write(key, first)).isOk());
        CredentialResult r = run(m_store.read(key));
        QVERIFY2(r.isOk(), qPrintable(r.error.toString()));
        QCOMPARE(r.value, first);

        QVERIFY(run(m_store.write(key, second)).isOk());
        QCOMPARE(run(m_store.read(key)).value, second);

        QVERIFY(run(m_store.remove(key)).isOk());
        r = run(m_store.read(key));
        QCOMPARE(r.outcome, Outcome::NotFound);
        QVERIFY(r.value.isEmpty());
        QVERIFY(r.error.message.contains(key));

        // Removing what is not there succeeds.
        QVERIFY(run(m_store.remove(key)).isOk());
    }

    void secretToolSeesTheItem()
    {
        const QString key = secretkeys::ipinfoToken();
        const QString token = QStringLiteral("tok-") + QUuid::createUuid().toString(QUuid::Id128);
        QVERIFY(run(m_store.write(key, token)).isOk());

        // QtKeychain's libsecret backend: schema org.qt.keychain, the key in "user", the service
        // in "server", and "type" = "plaintext" for text (as opposed to base64 binary data).
        const ToolResult lookup
            = secretTool({QStringLiteral("lookup"), QStringLiteral("server"),
                          QStringLiteral("regionmap"), QStringLiteral("user"), key});
        QCOMPARE(lookup.exitCode, 0);
        QCOMPARE(QString::fromUtf8(lookup.out), token);

        const ToolResult search = secretTool({QStringLiteral("search"), QStringLiteral("--all"),
                                              QStringLiteral("server"), QStringLiteral("regionmap"),
                                              QStringLiteral("user"), key});
        QCOMPARE(search.exitCode, 0);
        const QMap<QString, QString> fields
            = itemFields(search.out + search.err); // secret-tool prints part of it on stderr
        QCOMPARE(fields.value(QStringLiteral("schema")), QStringLiteral("org.qt.keychain"));
        QCOMPARE(fields.value(QStringLiteral("attribute.user")), key);
        QCOMPARE(fields.value(QStringLiteral("attribute.server")), QStringLiteral("regionmap"));
        QCOMPARE(fields.value(QStringLiteral("attribute.type")), QStringLiteral("plaintext"));
        QCOMPARE(fields.value(QStringLiteral("label")), QStringLiteral("regionmap"));

        // Something stored by another tool under the same attributes is read back too.
        const QString key2 = uniqueKey(QStringLiteral("external"));
        QProcess store;
        store.start(QStringLiteral("secret-tool"),
                    {QStringLiteral("store"), QStringLiteral("--label=regionmap"),
                     QStringLiteral("server"), QStringLiteral("regionmap"), QStringLiteral("user"),
                     key2, QStringLiteral("type"), QStringLiteral("plaintext")});
        QVERIFY(store.waitForStarted());
        store.write("from-secret-tool");
        store.closeWriteChannel();
        QVERIFY(store.waitForFinished(20'000));
        QCOMPARE(store.exitCode(), 0);
        QCOMPARE(run(m_store.read(key2)).value, QStringLiteral("from-secret-tool"));

        QVERIFY(run(m_store.remove(key)).isOk());
        QVERIFY(run(m_store.remove(key2)).isOk());
        QCOMPARE(secretTool({QStringLiteral("lookup"), QStringLiteral("server"),
                             QStringLiteral("regionmap"), QStringLiteral("user"), key})
                     .exitCode,
                 1);
    }

    void keyringFilesHoldNoPlainText()
    {
        const QString key = uniqueKey(QStringLiteral("plain"));
        const QByteArray secret = "plain-check-" + QUuid::createUuid().toByteArray(QUuid::Id128);
        SecretIndex index;
        m_store.setIndex(&index);
        QVERIFY(run(m_store.write(key, QString::fromLatin1(secret))).isOk());
        m_store.setIndex(nullptr);
        index.sync();

        // The index records the key in RegionMap's settings file, never the value.
        QVERIFY(index.contains(key));
        QVERIFY(index.fileName().startsWith(qEnvironmentVariable("HOME")));
        QFile settings(index.fileName());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray contents = settings.readAll();
        QVERIFY(contents.contains(key.toUtf8()));
        QVERIFY(!contents.contains(secret));

        // gnome-keyring keeps the item in an encrypted keyring file under HOME: the secret is
        // nowhere in plain text.
        const QString keyrings
            = qEnvironmentVariable("XDG_DATA_HOME") + QStringLiteral("/keyrings");
        QTRY_VERIFY(!QDir(keyrings).entryList(QDir::Files).isEmpty());
        QCOMPARE(filesContaining(qEnvironmentVariable("HOME"), secret), QStringList());

        QVERIFY(run(m_store.remove(key)).isOk());
        index.markRemoved(key);
    }

    void blockingHelperAndResolverUseTheKeychain()
    {
        const Result<ConnectionSettings> settings = ConnectionSettings::fromUri(
            QStringLiteral("postgresql://ana@db.example.com:5433/sales"));
        QVERIFY(settings.isOk());
        const QString key = secretkeys::databasePassword(settings.value());
        QCOMPARE(key, QStringLiteral("regionmap/db/ana@db.example.com:5433/sales"));

        const BlockingCredentials blocking(&m_store);
        QVERIFY(blocking.probe().isOk());
        QVERIFY(blocking.write(key, QStringLiteral("kc-password")).isOk());
        QCOMPARE(blocking.read(key).value, QStringLiteral("kc-password"));

        SecretResolver::Options o;
        o.environment = QProcessEnvironment();
        o.environment.insert(QStringLiteral("HOME"), qEnvironmentVariable("HOME"));
        o.keychain = &m_store;
        const Result<ResolvedSecret> r = SecretResolver(o).databasePassword(settings.value());
        QVERIFY(r.isOk());
        QCOMPARE(r->source, SecretSource::Keychain);
        QCOMPARE(r->value, QStringLiteral("kc-password"));
        QCOMPARE(r->describeOrigin(),
                 QStringLiteral("the keychain (GNOME Keyring / Secret Service)"));

        QVERIFY(blocking.remove(key).isOk());
        QCOMPARE(blocking.read(key).outcome, Outcome::NotFound);
        QCOMPARE(SecretResolver(o).databasePassword(settings.value())->source, SecretSource::None);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
