#include "db/connectionsettings.h"
#include "scriptedcredentialstore.h"
#include "secrets/blockingcredentials.h"
#include "secrets/qtkeychainstore.h"
#include "secrets/secretkeys.h"
#include "secrets/secretresolver.h"
#include "secrets/sessioncredentialstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace regionmap;
using namespace regionmap::test;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(regionmap::SecretSource)

namespace {

const QString Uri = QStringLiteral("postgresql://ana@db.example.com:5432/sales");

bool writeFile(const QString &path, const QByteArray &contents,
               QFile::Permissions permissions = QFile::ReadOwner | QFile::WriteOwner)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.write(contents);
    f.close();
    return f.setPermissions(permissions);
}

// Every source below holds a different value, named after the source.
enum Sources : int {
    FromUri = 1,
    FromFile = 2,
    FromEnvironment = 4,
    FromPgPass = 8,
    FromSession = 16,
    FromKeychain = 32,
    FromPrompt = 64,
};

} // namespace

class TestSecretResolver : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Builds a resolver in which the given sources hold a value; the others are empty.
    // *promptCalls counts the prompt's calls.
    SecretResolver::Options options(int sources, SessionCredentialStore &session,
                                    SessionCredentialStore &keychain, int *promptCalls, bool token)
    {
        SecretResolver::Options o;
        o.environment = QProcessEnvironment();
        o.environment.insert(QStringLiteral("HOME"), m_dir.path());
        if (sources & FromFile) {
            const QString file = path(QStringLiteral("secret-file"));
            writeFile(file, "from-file\n");
            (token ? o.tokenFile : o.passwordFile) = file;
        }
        if (sources & FromEnvironment) {
            o.environment.insert(token ? QStringLiteral("IPINFO_TOKEN")
                                       : QStringLiteral("PGPASSWORD"),
                                 QStringLiteral("from-environment"));
        }
        const QString pgpass = path(QStringLiteral("pgpass"));
        writeFile(pgpass, (sources & FromPgPass) ? "db.example.com:5432:sales:ana:from-pgpass\n"
                                                 : "other:5432:sales:ana:wrong\n");
        o.environment.insert(QStringLiteral("PGPASSFILE"), pgpass);

        const QString key
            = token ? secretkeys::ipinfoToken()
                    : secretkeys::databasePassword(ConnectionSettings::fromUri(Uri).value());
        if (sources & FromSession)
            BlockingCredentials(&session).write(key, QStringLiteral("from-session"));
        if (sources & FromKeychain)
            BlockingCredentials(&keychain).write(key, QStringLiteral("from-keychain"));
        o.session = &session;
        o.keychain = &keychain;
        const bool promptAnswers = sources & FromPrompt;
        o.prompt = [promptCalls, promptAnswers](const QString &) -> std::optional<QString> {
            ++*promptCalls;
            if (!promptAnswers)
                return std::nullopt;
            return QStringLiteral("from-prompt");
        };
        return o;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void databasePasswordOrder_data()
    {
        QTest::addColumn<int>("sources");
        QTest::addColumn<SecretSource>("expected");
        QTest::addColumn<QString>("value");
        const int all = FromUri | FromFile | FromEnvironment | FromPgPass | FromSession
                        | FromKeychain | FromPrompt;
        QTest::newRow("address first") << all << SecretSource::ConnectionUri << "from-uri";
        QTest::newRow("then the password file")
            << (all & ~FromUri) << SecretSource::File << "from-file";
        QTest::newRow("then PGPASSWORD")
            << (all & ~(FromUri | FromFile)) << SecretSource::Environment << "from-environment";
        QTest::newRow("then .pgpass") << (FromPgPass | FromSession | FromKeychain | FromPrompt)
                                      << SecretSource::PgPass << "from-pgpass";
        QTest::newRow("then the session")
            << (FromSession | FromKeychain | FromPrompt) << SecretSource::Session << "from-session";
        QTest::newRow("then the keychain")
            << (FromKeychain | FromPrompt) << SecretSource::Keychain << "from-keychain";
        QTest::newRow("then the prompt")
            << int(FromPrompt) << SecretSource::Prompt << "from-prompt";
        QTest::newRow("nothing") << 0 << SecretSource::None << "";
    }

    void databasePasswordOrder()
    {
        QFETCH(int, sources);
        QFETCH(SecretSource, expected);
        QFETCH(QString, value);

        SessionCredentialStore session;
        SessionCredentialStore keychain;
        int promptCalls = 0;
        const SecretResolver resolver(options(sources, session, keychain, &promptCalls, false));
        Result<ConnectionSettings> settings = ConnectionSettings::fromUri(Uri);
        QVERIFY(settings.isOk());
        if (sources & FromUri)
            settings->password = QStringLiteral("from-uri");

        const Result<ResolvedSecret> r = resolver.databasePassword(settings.value());
        QVERIFY2(r.isOk(), qPrintable(r.isOk() ? QString() : r.error().toString()));
        QCOMPARE(r->source, expected);
        QCOMPARE(r->value, value);
        QCOMPARE(r->isFound(), expected != SecretSource::None);
        // The prompt is asked only when everything else came up empty.
        QCOMPARE(promptCalls,
                 (expected == SecretSource::Prompt || expected == SecretSource::None) ? 1 : 0);
        // The description is for a log line: never the value.
        QVERIFY(!r->describeOrigin().isEmpty());
        if (!value.isEmpty())
            QVERIFY2(!r->describeOrigin().contains(value), qPrintable(r->describeOrigin()));
        for (const QString &note : r->notes)
            QVERIFY(!note.contains(QLatin1String("from-")));
    }

    void tokenOrder_data()
    {
        QTest::addColumn<int>("sources");
        QTest::addColumn<SecretSource>("expected");
        QTest::addColumn<QString>("value");
        const int all = FromFile | FromEnvironment | FromSession | FromKeychain | FromPrompt;
        QTest::newRow("token file first") << all << SecretSource::File << "from-file";
        QTest::newRow("then IPINFO_TOKEN")
            << (all & ~FromFile) << SecretSource::Environment << "from-environment";
        QTest::newRow("then the session")
            << (FromSession | FromKeychain | FromPrompt) << SecretSource::Session << "from-session";
        QTest::newRow("then the keychain")
            << (FromKeychain | FromPrompt) << SecretSource::Keychain << "from-keychain";
        QTest::newRow("then the prompt")
            << int(FromPrompt) << SecretSource::Prompt << "from-prompt";
        QTest::newRow("nothing") << 0 << SecretSource::None << "";
        // .pgpass and PGPASSWORD are for the database only.
        QTest::newRow("database sources do not count")
            << int(FromPgPass) << SecretSource::None << "";
    }

    void tokenOrder()
    {
        QFETCH(int, sources);
        QFETCH(SecretSource, expected);
        QFETCH(QString, value);

        SessionCredentialStore session;
        SessionCredentialStore keychain;
        int promptCalls = 0;
        SecretResolver::Options o = options(sources, session, keychain, &promptCalls, true);
        o.environment.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("from-pgpassword"));
        const SecretResolver resolver(o);
        const Result<ResolvedSecret> r = resolver.ipinfoToken();
        QVERIFY(r.isOk());
        QCOMPARE(r->source, expected);
        QCOMPARE(r->value, value);
        if (!value.isEmpty())
            QVERIFY(!r->describeOrigin().contains(value));
    }

    void describesOrigins()
    {
        ResolvedSecret r;
        r.value = QStringLiteral("hunter2");
        r.source = SecretSource::Environment;
        r.origin = QStringLiteral("PGPASSWORD");
        QCOMPARE(r.describeOrigin(), QStringLiteral("the environment variable PGPASSWORD"));
        r.source = SecretSource::PgPass;
        r.origin = QStringLiteral("/home/ana/.pgpass (line 3)");
        QCOMPARE(r.describeOrigin(),
                 QStringLiteral("the password file /home/ana/.pgpass (line 3)"));
        r.source = SecretSource::Keychain;
        r.origin = QStringLiteral("GNOME Keyring / Secret Service");
        QCOMPARE(r.describeOrigin(),
                 QStringLiteral("the keychain (GNOME Keyring / Secret Service)"));
    }

    void pgpassLineIsReported()
    {
        SecretResolver::Options o;
        o.environment = QProcessEnvironment();
        const QString pgpass = path(QStringLiteral("pgpass-lines"));
        QVERIFY(writeFile(pgpass, "# comment\nother:*:*:*:x\n*:5432:sales:ana:third\n"));
        o.environment.insert(QStringLiteral("PGPASSFILE"), pgpass);
        const Result<ResolvedSecret> r
            = SecretResolver(o).databasePassword(ConnectionSettings::fromUri(Uri).value());
        QVERIFY(r.isOk());
        QCOMPARE(r->source, SecretSource::PgPass);
        QCOMPARE(r->value, QStringLiteral("third"));
        QCOMPARE(r->origin, pgpass + QStringLiteral(" (line 3)"));
    }

    void emptyPgPasswordCountsAsUnset()
    {
        // libpq ignores an empty PGPASSWORD and reads the password file.
        SecretResolver::Options o;
        o.environment = QProcessEnvironment();
        o.environment.insert(QStringLiteral("PGPASSWORD"), QString());
        const QString pgpass = path(QStringLiteral("pgpass-empty-env"));
        QVERIFY(writeFile(pgpass, "*:*:*:*:from-pgpass\n"));
        o.environment.insert(QStringLiteral("PGPASSFILE"), pgpass);
        const Result<ResolvedSecret> r
            = SecretResolver(o).databasePassword(ConnectionSettings::fromUri(Uri).value());
        QVERIFY(r.isOk());
        QCOMPARE(r->source, SecretSource::PgPass);
    }

    void openPgPassIsSkippedWithANote()
    {
        SessionCredentialStore keychain;
        const QString key = secretkeys::databasePassword(ConnectionSettings::fromUri(Uri).value());
        QVERIFY(BlockingCredentials(&keychain).write(key, QStringLiteral("kc")).isOk());

        SecretResolver::Options o;
        o.environment = QProcessEnvironment();
        const QString pgpass = path(QStringLiteral("pgpass-open"));
        QVERIFY(writeFile(pgpass, "*:*:*:*:from-pgpass\n",
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
        o.environment.insert(QStringLiteral("PGPASSFILE"), pgpass);
        o.keychain = &keychain;
        const Result<ResolvedSecret> r
            = SecretResolver(o).databasePassword(ConnectionSettings::fromUri(Uri).value());
        QVERIFY(r.isOk());
        QCOMPARE(r->source, SecretSource::Keychain);
        QCOMPARE(r->value, QStringLiteral("kc"));
        QCOMPARE(r->notes.size(), 1);
        QVERIFY2(r->notes.first().contains(pgpass), qPrintable(r->notes.first()));
    }

    void secretFiles_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("value");
        QTest::newRow("plain") << QByteArray("abc") << true << "abc";
        QTest::newRow("one newline removed") << QByteArray("abc\n") << true << "abc";
        QTest::newRow("CRLF removed") << QByteArray("abc\r\n") << true << "abc";
        QTest::newRow("only one line break removed") << QByteArray("abc\n\n") << true << "abc\n";
        QTest::newRow("inner spaces kept") << QByteArray(" a b ") << true << " a b ";
        QTest::newRow("UTF-8") << QByteArray("p\xc3\xa4ss") << true << QStringLiteral("päss");
        QTest::newRow("empty") << QByteArray() << false << "";
        QTest::newRow("only a newline") << QByteArray("\n") << false << "";
        QTest::newRow("too large") << QByteArray(70 * 1024, 'x') << false << "";
    }

    void secretFiles()
    {
        QFETCH(QByteArray, contents);
        QFETCH(bool, ok);
        const QString file
            = path(QStringLiteral("secret-%1").arg(QString::fromUtf8(QTest::currentDataTag())));
        QVERIFY(writeFile(file, contents));
        QString warning;
        const Result<QString> r = SecretResolver::readSecretFile(file, &warning);
        QCOMPARE(r.isOk(), ok);
        if (ok) {
            QTEST(r.value(), "value");
            QVERIFY(warning.isEmpty());
        } else {
            QVERIFY2(r.error().message.contains(file), qPrintable(r.error().message));
        }
    }

    void missingSecretFileIsAnError()
    {
        SecretResolver::Options o;
        o.environment = QProcessEnvironment();
        o.environment.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("not-used"));
        o.passwordFile = path(QStringLiteral("does-not-exist"));
        const Result<ResolvedSecret> r
            = SecretResolver(o).databasePassword(ConnectionSettings::fromUri(Uri).value());
        QVERIFY(!r.isOk());
        QVERIFY(r.error().message.contains(o.passwordFile));

        o.tokenFile = o.passwordFile;
        QVERIFY(!SecretResolver(o).ipinfoToken().isOk());
    }

    void readableSecretFileWarns()
    {
        const QString file = path(QStringLiteral("open-token"));
        QVERIFY(writeFile(file, "tok\n", QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
        SecretResolver::Options o;
        o.environment = QProcessEnvironment();
        o.tokenFile = file;
        const Result<ResolvedSecret> r = SecretResolver(o).ipinfoToken();
        QVERIFY(r.isOk());
        QCOMPARE(r->value, QStringLiteral("tok"));
        QCOMPARE(r->notes.size(), 1);
        QVERIFY(r->notes.first().contains(QLatin1String("chmod 600")));
    }

    // A keychain that is unavailable or silent is skipped with its sentence; the prompt follows.
    void unusableKeychainFallsBackToPrompt_data()
    {
        QTest::addColumn<bool>("silent");
        QTest::addColumn<QString>("note");
        QTest::newRow("unavailable") << false << QtKeychainStore::unavailableError().message;
        QTest::newRow("silent") << true
                                << QStringLiteral("The keychain did not answer within 0.2 s.");
    }

    void unusableKeychainFallsBackToPrompt()
    {
        QFETCH(bool, silent);
        QFETCH(QString, note);
        ScriptedCredentialStore keychain;
        keychain.setTimeout(200ms);
        if (silent)
            keychain.neverAnswer();
        else
            keychain.answerWith(CredentialResult::failure(CredentialResult::Outcome::Unavailable,
                                                          QtKeychainStore::unavailableError()));
        SecretResolver::Options o;
        o.environment = QProcessEnvironment();
        o.keychain = &keychain;
        QString asked;
        o.prompt = [&asked](const QString &question) -> std::optional<QString> {
            asked = question;
            return QStringLiteral("typed");
        };
        const Result<ResolvedSecret> r = SecretResolver(o).ipinfoToken();
        QVERIFY(r.isOk());
        QCOMPARE(keychain.requests(), 1);
        QCOMPARE(keychain.timedOut(), silent ? 1 : 0);
        QCOMPARE(r->source, SecretSource::Prompt);
        QCOMPARE(r->value, QStringLiteral("typed"));
        QCOMPARE(r->notes, QStringList {note});
        QCOMPARE(asked, QStringLiteral("ipinfo.io token: "));
    }
};

QTEST_GUILESS_MAIN(TestSecretResolver)
#include "tst_secretresolver.moc"
