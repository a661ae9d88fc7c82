#include "testcluster.h"

#include "db/migrations.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <sys/stat.h>

namespace regionmap::test {

TestCluster::TestCluster(bool durable, int port, const QStringList &extraSettings)
    : m_dir(QStringLiteral("/tmp/rmt-XXXXXX"))
{
    // QTemporaryDir makes a 0700 folder; the postgres user must be able to pass through it when
    // the tests run as root. The cluster's own folders are 0700 again.
    ::chmod(QFile::encodeName(m_dir.path()).constData(), 0755);
    EmbeddedPostgres::Options options;
    options.rootDir = m_dir.path() + QStringLiteral("/pg");
    options.durable = durable;
    options.port = port;
    options.extraSettings = extraSettings;
    m_pg = std::make_unique<EmbeddedPostgres>(options);
}

TestCluster::~TestCluster()
{
    m_pg.reset();
}

QString TestCluster::rootDir() const
{
    return m_pg->rootDir();
}

Status TestCluster::start()
{
    if (!m_dir.isValid())
        return Error(QStringLiteral("Could not create a temporary folder for the test cluster."));
    if (Status st = m_pg->start(); !st)
        return st;
    const QString name = QStringLiteral("testcluster-migrate");
    Status result;
    {
        Result<QSqlDatabase> db = m_pg->connectionSettings().open(name);
        if (!db) {
            result = db.error();
        } else {
            const Result<int> applied = Migrations::apply(db.value());
            if (!applied)
                result = applied.error();
            db.value().close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Status TestCluster::stop()
{
    return m_pg->stop();
}

QSqlDatabase TestCluster::connect(const QString &name)
{
    const QString connName
        = name.isEmpty() ? QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::Id128)
                         : name;
    Result<QSqlDatabase> db = m_pg->connectionSettings().open(connName);
    if (!db) {
        qWarning("Test cluster connection failed: %s", qPrintable(db.error().toString()));
        return {};
    }
    return db.value();
}

Status TestCluster::requirePassword(const QString &user, const QString &password)
{
    const QString name = QStringLiteral("testcluster-role");
    Status result;
    {
        QSqlDatabase db = connect(name);
        QSqlQuery q(db);
        // Identifiers and the literal are test-controlled; quote them anyway.
        QString literal = password;
        literal.replace(QLatin1Char('\''), QStringLiteral("''"));
        if (!q.exec(QStringLiteral("CREATE ROLE \"%1\" LOGIN PASSWORD '%2'").arg(user, literal))
            || !q.exec(QStringLiteral("GRANT ALL ON DATABASE regionmap TO \"%1\"").arg(user))
            || !q.exec(QStringLiteral("GRANT ALL ON SCHEMA public TO \"%1\"").arg(user))
            || !q.exec(
                QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA public TO \"%1\"").arg(user))
            || !q.exec(
                QStringLiteral("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO \"%1\"").arg(user)))
            result = Error(QStringLiteral("Could not create the role."), q.lastError().text());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!result)
        return result;
    if (Status st = prependHbaLine(QStringLiteral("local all %1 scram-sha-256").arg(user)); !st)
        return st;
    scalar(QStringLiteral("SELECT pg_reload_conf()"));
    return {};
}

Status TestCluster::prependHbaLine(const QString &line)
{
    QFile hba(m_pg->dataDir() + QStringLiteral("/pg_hba.conf"));
    if (!hba.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("Could not read pg_hba.conf."));
    const QByteArray old = hba.readAll();
    hba.close();
    if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error(QStringLiteral("Could not write pg_hba.conf."));
    hba.write(line.toUtf8() + '\n' + old);
    return {};
}

QVariant TestCluster::scalar(const QString &sql)
{
    const QString name = QStringLiteral("scalar-") + QUuid::createUuid().toString(QUuid::Id128);
    QVariant value;
    {
        QSqlDatabase db = connect(name);
        QSqlQuery q(db);
        if (!q.exec(sql))
            qWarning("Test query failed: %s: %s", qPrintable(sql),
                     qPrintable(q.lastError().text()));
        else if (q.next())
            value = q.value(0);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

} // namespace regionmap::test
