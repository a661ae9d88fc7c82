#include "connectionsettings.h"

#include <QSqlError>
#include <QUrl>
#include <QUuid>

#include <libpq-fe.h>

#include <memory>

namespace regionmap {

namespace {

struct ConninfoDeleter
{
    void operator()(PQconninfoOption *options) const { PQconninfoFree(options); }
};
using ConninfoPtr = std::unique_ptr<PQconninfoOption, ConninfoDeleter>;

} // namespace

Result<ConnectionSettings> ConnectionSettings::fromUri(const QString &uri)
{
    char *errmsg = nullptr;
    const QByteArray utf8 = uri.toUtf8();
    ConninfoPtr options(PQconninfoParse(utf8.constData(), &errmsg));
    if (!options) {
        const QString detail = errmsg ? QString::fromUtf8(errmsg).trimmed() : QString();
        PQfreemem(errmsg);
        return Error(tr("The database address is not a valid PostgreSQL connection URI. Use the "
                        "form postgresql://user@host:port/database."),
                     detail);
    }

    ConnectionSettings s;
    for (PQconninfoOption *o = options.get(); o->keyword; ++o) {
        if (!o->val)
            continue;
        const QByteArray key(o->keyword);
        const QString val = QString::fromUtf8(o->val);
        if (key == "host" || key == "hostaddr") {
            if (s.host.isEmpty() || key == "host")
                s.host = val;
        } else if (key == "port") {
            bool ok = false;
            s.port = val.toInt(&ok);
            if (!ok || s.port <= 0 || s.port > 65535)
                return Error(tr("The port \"%1\" in the database address is not a number "
                                "between 1 and 65535.")
                                 .arg(val));
        } else if (key == "dbname") {
            s.database = val;
        } else if (key == "user") {
            s.user = val;
        } else if (key == "password") {
            s.password = val;
        } else if (key == "sslmode") {
            s.sslMode = val;
        } else if (key == "sslrootcert") {
            s.sslRootCert = val;
        } else if (key == "connect_timeout") {
            s.connectTimeoutSeconds = val.toInt();
        }
    }
    return s;
}

QString ConnectionSettings::toUri(bool withPassword) const
{
    const auto pct = [](const QString &v) {
        return QString::fromLatin1(QUrl::toPercentEncoding(v));
    };
    QString uri = QStringLiteral("postgresql://");
    if (!user.isEmpty()) {
        uri += pct(user);
        if (withPassword && !password.isEmpty())
            uri += QLatin1Char(':') + pct(password);
        uri += QLatin1Char('@');
    }
    QStringList query;
    if (isUnixSocket()) {
        // A socket folder goes into the query string: postgresql://user@/db?host=%2Ftmp%2Fx
        query << QStringLiteral("host=") + pct(host);
        if (port > 0)
            query << QStringLiteral("port=") + QString::number(port);
    } else {
        if (host.contains(QLatin1Char(':')))
            uri += QLatin1Char('[') + host + QLatin1Char(']');
        else
            uri += pct(host);
        if (port > 0)
            uri += QLatin1Char(':') + QString::number(port);
    }
    uri += QLatin1Char('/') + pct(database);
    if (!sslMode.isEmpty())
        query << QStringLiteral("sslmode=") + pct(sslMode);
    if (!sslRootCert.isEmpty())
        query << QStringLiteral("sslrootcert=") + pct(sslRootCert);
    if (!query.isEmpty())
        uri += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return uri;
}

ConnectionSettings ConnectionSettings::withLibpqDefaults() const
{
    ConnectionSettings s = *this;
    ConninfoPtr defaults(PQconndefaults());
    if (!defaults)
        return s;
    for (PQconninfoOption *o = defaults.get(); o->keyword; ++o) {
        const QByteArray key(o->keyword);
        const QString val = o->val ? QString::fromUtf8(o->val) : QString();
        if (key == "host" && s.host.isEmpty())
            s.host = val.isEmpty() ? QStringLiteral("/var/run/postgresql") : val;
        else if (key == "port" && s.port == 0)
            s.port = val.isEmpty() ? 5432 : val.toInt();
        else if (key == "user" && s.user.isEmpty())
            s.user = val;
        else if (key == "dbname" && s.database.isEmpty())
            s.database = val;
        else if (key == "sslmode" && s.sslMode.isEmpty())
            s.sslMode = val;
    }
    if (s.database.isEmpty())
        s.database = s.user;
    return s;
}

QString ConnectionSettings::displayName() const
{
    const ConnectionSettings s = withLibpqDefaults();
    return QStringLiteral("%1@%2:%3/%4").arg(s.user, s.host, QString::number(s.port), s.database);
}

Result<QSqlDatabase> ConnectionSettings::open(const QString &connectionName) const
{
    Result<QSqlDatabase> result = Error(QString());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        if (!db.isValid()) {
            result = Error(tr("The PostgreSQL driver for Qt (QPSQL) is not installed. Install the "
                              "Debian package \"libqt6sql6-psql\"."));
        } else {
            db.setHostName(host);
            if (port > 0)
                db.setPort(port);
            db.setDatabaseName(database);
            db.setUserName(user);
            db.setPassword(password);
            QStringList options;
            if (!sslMode.isEmpty())
                options << QStringLiteral("sslmode=") + sslMode;
            if (!sslRootCert.isEmpty())
                options << QStringLiteral("sslrootcert=") + sslRootCert;
            options << QStringLiteral("connect_timeout=%1").arg(qMax(1, connectTimeoutSeconds));
            options << QStringLiteral("application_name=regionmap");
            db.setConnectOptions(options.join(QLatin1Char(';')));
            if (db.open())
                return db;
            result = describeConnectionError(*this, db.lastError().text());
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
    return result;
}

Error describeConnectionError(const ConnectionSettings &settings, const QString &driverText)
{
    const ConnectionSettings s = settings.withLibpqDefaults();
    const QString where = s.isUnixSocket()
                              ? ConnectionSettings::tr("the socket folder %1").arg(s.host)
                              : ConnectionSettings::tr("%1, port %2").arg(s.host).arg(s.port);
    const QString t = driverText.toLower();
    QString msg;
    if (t.contains(QLatin1String("password authentication failed"))
        || t.contains(QLatin1String("no password supplied"))) {
        msg = ConnectionSettings::tr("The server rejected the password for user \"%1\". Check the "
                                     "password in the keychain, PGPASSWORD or ~/.pgpass.")
                  .arg(s.user);
    } else if (t.contains(QLatin1String("does not exist"))
               && t.contains(QLatin1String("database"))) {
        msg = ConnectionSettings::tr("The database \"%1\" does not exist on the server. Create it, "
                                     "or check the database name.")
                  .arg(s.database);
    } else if (t.contains(QLatin1String("role")) && t.contains(QLatin1String("does not exist"))) {
        msg = ConnectionSettings::tr("The user \"%1\" does not exist on the server. Check the user "
                                     "name.")
                  .arg(s.user);
    } else if (t.contains(QLatin1String("connection refused"))
               || t.contains(QLatin1String("no such file or directory"))) {
        msg = ConnectionSettings::tr("No PostgreSQL server answers at %1. Check that the server "
                                     "is running and that the host and port are right.")
                  .arg(where);
    } else if (t.contains(QLatin1String("timeout expired"))
               || t.contains(QLatin1String("timed out"))) {
        msg = ConnectionSettings::tr("The connection to %1 timed out. Check the host name, the "
                                     "network and any firewall.")
                  .arg(where);
    } else if (t.contains(QLatin1String("could not translate host name"))) {
        msg = ConnectionSettings::tr("The host name \"%1\" could not be resolved. Check its "
                                     "spelling and your network.")
                  .arg(s.host);
    } else if (t.contains(QLatin1String("certificate")) || t.contains(QLatin1String("ssl"))) {
        msg = ConnectionSettings::tr(
                  "The secure (TLS) connection to %1 failed. Check the SSL mode, "
                  "the CA file and that the host name matches the server's "
                  "certificate.")
                  .arg(where);
    } else if (t.contains(QLatin1String("pg_hba.conf"))) {
        msg = ConnectionSettings::tr("The server at %1 does not accept connections from this "
                                     "machine or user (pg_hba.conf). Ask its administrator.")
                  .arg(where);
    } else {
        msg = ConnectionSettings::tr("Could not connect to the PostgreSQL server at %1.")
                  .arg(where);
    }
    return Error(msg, driverText.trimmed());
}

ScopedConnection::ScopedConnection(const ConnectionSettings &settings, const QString &purpose)
    : m_name(purpose + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::Id128))
    , m_opened(settings.open(m_name))
{ }

ScopedConnection::~ScopedConnection()
{
    if (!m_opened)
        return; // open() has removed it already
    m_opened.value().close();
    m_opened = Error(); // the last handle goes before the connection is removed
    QSqlDatabase::removeDatabase(m_name);
}

} // namespace regionmap
