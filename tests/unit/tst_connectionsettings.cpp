#include "db/connectionsettings.h"

#include <QTest>

using namespace regionmap;

class TestConnectionSettings : public QObject
{
    Q_OBJECT

private slots:
    void parsesUri_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("sslMode");

        QTest::newRow("full") << "postgresql://ana@db.example.com:6543/sales?sslmode=verify-full"
                              << "db.example.com" << 6543 << "sales"
                              << "ana"
                              << "verify-full";
        QTest::newRow("socket")
            << "postgresql://regionmap@/regionmap?host=%2Ftmp%2Frm%20x&port=5432"
            << "/tmp/rm x" << 5432 << "regionmap"
            << "regionmap"
            << "";
        QTest::newRow("keyword form") << "host=localhost port=5433 dbname=a user=b"
                                      << "localhost" << 5433 << "a"
                                      << "b"
                                      << "";
        QTest::newRow("ipv6") << "postgres://u@[::1]:5432/d"
                              << "::1" << 5432 << "d"
                              << "u"
                              << "";
    }

    void parsesUri()
    {
        QFETCH(QString, uri);
        const Result<ConnectionSettings> s = ConnectionSettings::fromUri(uri);
        QVERIFY2(s.isOk(), qPrintable(s.isOk() ? QString() : s.error().toString()));
        QFETCH(QString, host);
        QCOMPARE(s->host, host);
    }

    void roundTripsThroughUri_data() { parsesUri_data(); }

    void roundTripsThroughUri()
    {
        QFETCH(QString, uri);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, database);
        QFETCH(QString, user);
        QFETCH(QString, sslMode);
        const Result<ConnectionSettings> first = ConnectionSettings::fromUri(uri);
        QVERIFY(first.isOk());
        const Result<ConnectionSettings> again = ConnectionSettings::fromUri(first->toUri());
        QVERIFY2(again.isOk(), qPrintable(first->toUri()));
        QCOMPARE(again->host, host);
        QCOMPARE(again->port, port);
        QCOMPARE(again->database, database);
        QCOMPARE(again->user, user);
        QCOMPARE(again->sslMode, sslMode);
    }

    void passwordStaysOutOfUriUnlessAsked()
    {
        const Result<ConnectionSettings> s
            = ConnectionSettings::fromUri(QStringLiteral("postgresql://ana:s3cr%40t@h/db"));
        QVERIFY(s.isOk());
        QCOMPARE(s->password, QStringLiteral("s3cr@t"));
        QVERIFY(!s->toUri().contains(QLatin1String("s3cr")));
        QVERIFY(s->toUri(true).contains(QLatin1String("s3cr%40t")));
    }

    void rejectsGarbage_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::newRow("bad scheme option") << "postgresql://h/db?nosuchoption=1";
        QTest::newRow("bad port") << "postgresql://h:99999/db";
        QTest::newRow("unterminated quote") << "host='abc";
    }

    void rejectsGarbage()
    {
        QFETCH(QString, uri);
        const Result<ConnectionSettings> s = ConnectionSettings::fromUri(uri);
        QVERIFY(!s.isOk());
        QVERIFY(!s.error().message.isEmpty());
    }

    void explainsErrorsInWords()
    {
        ConnectionSettings s;
        s.host = QStringLiteral("db.example.com");
        s.port = 5432;
        s.user = QStringLiteral("ana");
        s.database = QStringLiteral("sales");
        const Error e = describeConnectionError(
            s, QStringLiteral("FATAL:  password authentication failed for user \"ana\""));
        QVERIFY(e.message.contains(QLatin1String("password")));
        QVERIFY(e.details.contains(QLatin1String("FATAL")));
        const Error refused = describeConnectionError(
            s, QStringLiteral("could not connect to server: Connection refused"));
        QVERIFY(refused.message.contains(QLatin1String("db.example.com")));
    }
};

QTEST_GUILESS_MAIN(TestConnectionSettings)
#include "tst_connectionsettings.moc"
