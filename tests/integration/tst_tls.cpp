// TLS to a PostgreSQL server on loopback TCP with a self-signed CA: verify-full with the CA file
// succeeds (also for a whole CLI run); a wrong host name and a server without TLS are refused.
#include "common/feedback.h"
#include "etl/etljob.h"
#include "freeport.h"
#include "testcluster.h"
#include "testpaths.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace regionmap;
using namespace regionmap::test;

namespace {

bool openssl(const QStringList &args, const QString &dir)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning("openssl %s: %s", qPrintable(args.join(QLatin1Char(' '))),
                 p.readAll().constData());
        return false;
    }
    return true;
}

// The server's files must be readable by the server's user only.
bool installForServer(const QString &from, const QString &to)
{
    QFile::remove(to);
    if (!QFile::copy(from, to))
        return false;
    QFile::setPermissions(to, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (::geteuid() == 0) {
        const passwd *pg = ::getpwnam("postgres");
        return pg && ::chown(QFile::encodeName(to).constData(), pg->pw_uid, pg->pw_gid) == 0;
    }
    return true;
}

} // namespace

class TestTls : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_certs;
    std::unique_ptr<TestCluster> m_tls;
    std::unique_ptr<TestCluster> m_plain;
    int m_tlsPort = 0;
    int m_plainPort = 0;

    ConnectionSettings tcp(int port, const QString &host) const
    {
        ConnectionSettings s;
        s.host = host;
        s.port = port;
        s.database = QStringLiteral("regionmap");
        s.user = QStringLiteral("regionmap");
        s.sslMode = QStringLiteral("verify-full");
        s.sslRootCert = m_certs.filePath(QStringLiteral("ca.crt"));
        return s;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_certs.isValid());
        const QString d = m_certs.path();
        // A CA, and a server certificate for "localhost" only (no IP address in it).
        QVERIFY(
            openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                     QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                     QStringLiteral("2"), QStringLiteral("-subj"),
                     QStringLiteral("/CN=RegionMap Test CA"), QStringLiteral("-keyout"),
                     QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.crt")},
                    d));
        QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-newkey"),
                         QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                         QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                         QStringLiteral("-keyout"), QStringLiteral("server.key"),
                         QStringLiteral("-out"), QStringLiteral("server.csr")},
                        d));
        QFile ext(m_certs.filePath(QStringLiteral("san.ext")));
        QVERIFY(ext.open(QIODevice::WriteOnly));
        ext.write("subjectAltName=DNS:localhost\n");
        ext.close();
        QVERIFY(openssl(
            {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
             QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.crt"),
             QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
             QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
             QStringLiteral("san.ext"), QStringLiteral("-out"), QStringLiteral("server.crt")},
            d));

        m_tlsPort = freePort();
        m_plainPort = freePort();
        QVERIFY(m_tlsPort > 0 && m_plainPort > 0 && m_tlsPort != m_plainPort);

        // The server reads its certificate and key from here: reachable, and owned by it.
        ::chmod(QFile::encodeName(d).constData(), 0755);
        const QString crt = m_certs.filePath(QStringLiteral("for-server.crt"));
        const QString key = m_certs.filePath(QStringLiteral("for-server.key"));
        QVERIFY(installForServer(m_certs.filePath(QStringLiteral("server.crt")), crt));
        QVERIFY(installForServer(m_certs.filePath(QStringLiteral("server.key")), key));

        // Two clusters on loopback TCP: one with TLS (and only TLS), one without.
        m_tls = std::make_unique<TestCluster>(
            false, m_tlsPort,
            QStringList {QStringLiteral("listen_addresses = '127.0.0.1'"),
                         QStringLiteral("ssl = on"),
                         QStringLiteral("ssl_cert_file = '%1'").arg(crt),
                         QStringLiteral("ssl_key_file = '%1'").arg(key)});
        QVERIFY(m_tls->start().isOk());
        QVERIFY(m_tls->stop().isOk());
        QVERIFY(m_tls->prependHbaLine(QStringLiteral("hostssl all all 127.0.0.1/32 trust")).isOk());
        const Status tlsStart = m_tls->start();
        QVERIFY2(tlsStart.isOk(),
                 qPrintable(tlsStart.isOk() ? QString() : tlsStart.error().toString()));

        m_plain = std::make_unique<TestCluster>(
            false, m_plainPort,
            QStringList {QStringLiteral("listen_addresses = '127.0.0.1'"),
                         QStringLiteral("ssl = off")});
        QVERIFY(m_plain->start().isOk());
        QVERIFY(m_plain->stop().isOk());
        QVERIFY(m_plain->prependHbaLine(QStringLiteral("host all all 127.0.0.1/32 trust")).isOk());
        QVERIFY(m_plain->start().isOk());
    }

    void verifyFullWithTheCaSucceeds()
    {
        const QString name = QStringLiteral("tls-ok");
        {
            Result<QSqlDatabase> db = tcp(m_tlsPort, QStringLiteral("localhost")).open(name);
            QVERIFY2(db.isOk(), qPrintable(db.isOk() ? QString() : db.error().toString()));
            QSqlQuery q(db.value());
            QVERIFY(q.exec(QStringLiteral(
                        "SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()"))
                    && q.next());
            QVERIFY(q.value(0).toBool());
            QVERIFY(q.value(1).toString().startsWith(QLatin1String("TLS")));
        }
        QSqlDatabase::removeDatabase(name);
    }

    void aWholeRunOverTls()
    {
        const ConnectionSettings s = tcp(m_tlsPort, QStringLiteral("localhost"));
        QProcess cli;
        cli.start(cliPath(), {QStringLiteral("run"), QStringLiteral("--data"),
                              sourceDir() + QStringLiteral("/resources/samples/people.csv"),
                              QStringLiteral("--catalog"), QStringLiteral("aws"),
                              QStringLiteral("--db"), s.toUri(), QStringLiteral("--json")});
        QVERIFY(cli.waitForFinished(120000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        const QJsonObject o = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(o.value(QStringLiteral("rows_loaded")).toInteger(), 3000);
    }

    void aWrongHostNameIsRefused()
    {
        // The certificate names "localhost"; 127.0.0.1 is the same server under another name.
        const Result<QSqlDatabase> db
            = tcp(m_tlsPort, QStringLiteral("127.0.0.1")).open(QStringLiteral("tls-wrong-host"));
        QVERIFY(!db.isOk());
        QVERIFY2(db.error().message.contains(QLatin1String("TLS")),
                 qPrintable(db.error().toString()));
        QVERIFY2(db.error().details.contains(QLatin1String("does not match host name")),
                 qPrintable(db.error().details));
    }

    void aServerWithoutTlsIsRefused()
    {
        const Result<QSqlDatabase> db
            = tcp(m_plainPort, QStringLiteral("localhost")).open(QStringLiteral("tls-plain"));
        QVERIFY(!db.isOk());
        QVERIFY2(db.error().message.contains(QLatin1String("TLS")),
                 qPrintable(db.error().toString()));
        QVERIFY2(db.error().details.contains(QLatin1String("SSL")), qPrintable(db.error().details));
        // Without verification the same server does answer: the refusal above is TLS's doing.
        ConnectionSettings plain = tcp(m_plainPort, QStringLiteral("localhost"));
        plain.sslMode = QStringLiteral("disable");
        const QString name = QStringLiteral("plain-ok");
        QVERIFY(plain.open(name).isOk());
        QSqlDatabase::removeDatabase(name);
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
