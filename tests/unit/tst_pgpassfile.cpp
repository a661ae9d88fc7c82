#include "db/connectionsettings.h"
#include "secrets/pgpassfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace regionmap;

namespace {

PgPassFile::Target target(const QString &host, const QString &port, const QString &database,
                          const QString &user)
{
    PgPassFile::Target t;
    t.host = host;
    t.port = port;
    t.database = database;
    t.user = user;
    return t;
}

bool writeFile(const QString &path, const QByteArray &contents, QFile::Permissions permissions)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.write(contents);
    f.close();
    return f.setPermissions(permissions);
}

const QFile::Permissions OwnerOnly = QFile::ReadOwner | QFile::WriteOwner;

} // namespace

class TestPgPassFile : public QObject
{
    Q_OBJECT

private slots:
    void lookup_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("found");
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("line");

        const QString h = QStringLiteral("db.example.com");
        const QString p = QStringLiteral("5432");
        const QString d = QStringLiteral("sales");
        const QString u = QStringLiteral("ana");

        QTest::newRow("exact") << QByteArray("db.example.com:5432:sales:ana:s3cret\n") << h << p
                               << d << u << true << "s3cret" << 1;
        QTest::newRow("no final newline") << QByteArray("db.example.com:5432:sales:ana:pw") << h
                                          << p << d << u << true << "pw" << 1;
        QTest::newRow("all wildcards")
            << QByteArray("*:*:*:*:any\n") << h << p << d << u << true << "any" << 1;
        QTest::newRow("wildcard host and port")
            << QByteArray("*:*:sales:ana:w\n") << h << p << d << u << true << "w" << 1;
        QTest::newRow("first match wins")
            << QByteArray("*:*:*:ana:first\ndb.example.com:5432:sales:ana:second\n") << h << p << d
            << u << true << "first" << 1;
        QTest::newRow("skips lines that do not match")
            << QByteArray("other:5432:sales:ana:no\ndb.example.com:5433:sales:ana:no\n"
                          "db.example.com:5432:hr:ana:no\ndb.example.com:5432:sales:bo:no\n"
                          "db.example.com:5432:sales:ana:yes\n")
            << h << p << d << u << true << "yes" << 5;
        QTest::newRow("comment lines") << QByteArray("# db.example.com:5432:sales:ana:commented\n"
                                                     "#db.example.com:5432:sales:ana:commented\n"
                                                     "db.example.com:5432:sales:ana:live\n")
                                       << h << p << d << u << true << "live" << 3;
        QTest::newRow("blank lines count")
            << QByteArray("\n\r\n\ndb.example.com:5432:sales:ana:after\n") << h << p << d << u
            << true << "after" << 4;
        QTest::newRow("CRLF") << QByteArray("db.example.com:5432:sales:ana:pw\r\n") << h << p << d
                              << u << true << "pw" << 1;
        QTest::newRow("escaped colon and backslash in password")
            << QByteArray("db.example.com:5432:sales:ana:pa\\:ss\\\\word\n") << h << p << d << u
            << true << "pa:ss\\word" << 1;
        QTest::newRow("password ends at an unescaped colon")
            << QByteArray("db.example.com:5432:sales:ana:pass:extra\n") << h << p << d << u << true
            << "pass" << 1;
        QTest::newRow("empty password") << QByteArray("db.example.com:5432:sales:ana:\n") << h << p
                                        << d << u << true << "" << 1;
        QTest::newRow("escaped colons in an IPv6 host")
            << QByteArray("\\:\\:1:5432:sales:ana:v6\n") << "::1" << p << d << u << true << "v6"
            << 1;
        // libpq lets an unescaped ':' in the file match a ':' in the value, too.
        QTest::newRow("unescaped IPv6 host, as libpq")
            << QByteArray("::1:5432:sales:ana:v6\n") << "::1" << p << d << u << true << "v6" << 1;
        QTest::newRow("escaped ordinary character")
            << QByteArray("d\\b.example.com:5432:sales:ana:esc\n") << h << p << d << u << true
            << "esc" << 1;
        QTest::newRow("escaped colon in user name")
            << QByteArray("db.example.com:5432:sales:a\\:b:c\n") << h << p << d << "a:b" << true
            << "c" << 1;
        QTest::newRow("UTF-8 user")
            << QByteArray("db.example.com:5432:sales:jürgen:ü-pw\n") << h << p << d
            << QStringLiteral("jürgen") << true << QStringLiteral("ü-pw") << 1;
        QTest::newRow("star is a wildcard only as a whole field")
            << QByteArray("db*:5432:sales:ana:x\n") << h << p << d << u << false << "" << 0;
        QTest::newRow("escaped star is literal")
            << QByteArray("\\*:5432:sales:ana:x\n") << h << p << d << u << false << "" << 0;
        QTest::newRow("case matters") << QByteArray("DB.example.com:5432:sales:ana:x\n") << h << p
                                      << d << u << false << "" << 0;
        QTest::newRow("a prefix is no match")
            << QByteArray("db.example.co:5432:sales:ana:x\ndb.example.comm:5432:sales:ana:y\n") << h
            << p << d << u << false << "" << 0;
        QTest::newRow("leading space is significant")
            << QByteArray(" db.example.com:5432:sales:ana:x\n") << h << p << d << u << false << ""
            << 0;
        QTest::newRow("too few fields") << QByteArray("db.example.com:5432:sales:ana\n") << h << p
                                        << d << u << false << "" << 0;
        QTest::newRow("port mismatch") << QByteArray("db.example.com:5433:sales:ana:x\n") << h << p
                                       << d << u << false << "" << 0;
        QTest::newRow("no user: never a match")
            << QByteArray("*:*:*:*:x\n") << h << p << d << "" << false << "" << 0;
        QTest::newRow("no database: never a match")
            << QByteArray("*:*:*:*:x\n") << h << p << "" << u << false << "" << 0;
        QTest::newRow("empty file") << QByteArray() << h << p << d << u << false << "" << 0;
        QTest::newRow("no host means localhost") << QByteArray("localhost:5432:sales:ana:local\n")
                                                 << "" << p << d << u << true << "local" << 1;
        QTest::newRow("no port means 5432") << QByteArray("db.example.com:5432:sales:ana:dflt\n")
                                            << h << "" << d << u << true << "dflt" << 1;
    }

    void lookup()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, host);
        QFETCH(QString, port);
        QFETCH(QString, database);
        QFETCH(QString, user);
        QFETCH(bool, found);
        QFETCH(QString, password);
        QFETCH(int, line);

        const std::optional<PgPassFile::Match> m
            = PgPassFile::lookup(contents, target(host, port, database, user));
        QCOMPARE(m.has_value(), found);
        if (found) {
            QCOMPARE(m->password, password);
            QCOMPARE(m->line, line);
        }
    }

    void hostForMatching_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("expected");
        QTest::newRow("none") << ""
                              << "localhost";
        QTest::newRow("default socket folder") << "/var/run/postgresql"
                                               << "localhost";
        QTest::newRow("other socket folder") << "/tmp/rm-x"
                                             << "/tmp/rm-x";
        QTest::newRow("name") << "db.example.com"
                              << "db.example.com";
        QTest::newRow("localhost") << "localhost"
                                   << "localhost";
        QTest::newRow("address") << "127.0.0.1"
                                 << "127.0.0.1";
    }

    void hostForMatching()
    {
        QFETCH(QString, host);
        QFETCH(QString, expected);
        QCOMPARE(PgPassFile::hostForMatching(host), expected);
    }

    void targetFromSettings_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::newRow("tcp") << "postgresql://ana@db.example.com:6543/sales"
                             << "db.example.com"
                             << "6543"
                             << "sales"
                             << "ana";
        QTest::newRow("default socket")
            << "postgresql://ana@/sales?host=%2Fvar%2Frun%2Fpostgresql&port=5432"
            << "localhost"
            << "5432"
            << "sales"
            << "ana";
        QTest::newRow("private socket") << "postgresql://ana@/sales?host=%2Ftmp%2Frm-x&port=7"
                                        << "/tmp/rm-x"
                                        << "7"
                                        << "sales"
                                        << "ana";
        QTest::newRow("database defaults to the user") << "postgresql://bo@db.example.com:5432"
                                                       << "db.example.com"
                                                       << "5432"
                                                       << "bo"
                                                       << "bo";
    }

    void targetFromSettings()
    {
        QFETCH(QString, uri);
        const Result<ConnectionSettings> s = ConnectionSettings::fromUri(uri);
        QVERIFY2(s.isOk(), qPrintable(s.isOk() ? QString() : s.error().toString()));
        const PgPassFile::Target t = PgPassFile::Target::from(s.value());
        QTEST(t.host, "host");
        QTEST(t.port, "port");
        QTEST(t.database, "database");
        QTEST(t.user, "user");
    }

    void defaultPath()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), QStringLiteral("/home/ana"));
        QCOMPARE(PgPassFile::defaultPath(env), QStringLiteral("/home/ana/.pgpass"));
        env.insert(QStringLiteral("PGPASSFILE"), QStringLiteral("/etc/x/pgpass"));
        QCOMPARE(PgPassFile::defaultPath(env), QStringLiteral("/etc/x/pgpass"));
        env.insert(QStringLiteral("PGPASSFILE"), QString());
        QCOMPARE(PgPassFile::defaultPath(env), QStringLiteral("/home/ana/.pgpass"));
    }

    void lookupFileHonoursPermissions()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("pgpass"));
        const QByteArray line("db.example.com:5432:sales:ana:filepw\n");
        const PgPassFile::Target t
            = target(QStringLiteral("db.example.com"), QStringLiteral("5432"),
                     QStringLiteral("sales"), QStringLiteral("ana"));

        QVERIFY(writeFile(path, line, OwnerOnly));
        QStringList warnings;
        std::optional<PgPassFile::Match> m = PgPassFile::lookupFile(path, t, &warnings);
        QVERIFY(m.has_value());
        QCOMPARE(m->password, QStringLiteral("filepw"));
        QVERIFY(warnings.isEmpty());

        // Like libpq, a file that the group or others can read is ignored, with a warning.
        QVERIFY(writeFile(path, line, OwnerOnly | QFile::ReadGroup));
        m = PgPassFile::lookupFile(path, t, &warnings);
        QVERIFY(!m.has_value());
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().contains(QLatin1String("chmod 600")),
                 qPrintable(warnings.first()));
        QVERIFY(!warnings.first().contains(QLatin1String("filepw")));

        warnings.clear();
        QVERIFY(writeFile(path, line, OwnerOnly | QFile::ReadOther));
        QVERIFY(!PgPassFile::lookupFile(path, t, &warnings).has_value());
        QCOMPARE(warnings.size(), 1);

        // A folder is not a plain file.
        warnings.clear();
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
        QVERIFY(!PgPassFile::lookupFile(dir.filePath(QStringLiteral("folder")), t, &warnings)
                     .has_value());
        QCOMPARE(warnings.size(), 1);

        // A missing file is simply no match.
        warnings.clear();
        QVERIFY(!PgPassFile::lookupFile(dir.filePath(QStringLiteral("missing")), t, &warnings)
                     .has_value());
        QVERIFY(warnings.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPgPassFile)
#include "tst_pgpassfile.moc"
