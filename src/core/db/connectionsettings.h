#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace regionmap {

// Where a PostgreSQL database is and how to reach it. Empty fields are left to libpq, which then
// honours the PG* environment variables and ~/.pgpass, as psql does.
struct ConnectionSettings
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionSettings)

public:
    QString host; // a host name, an address, or a unix socket folder (leading '/')
    int port = 0; // 0: libpq's default
    QString database;
    QString user;
    QString password; // never stored in settings; filled from the keychain or the environment
    QString sslMode; // disable, allow, prefer, require, verify-ca, verify-full
    QString sslRootCert; // CA file for verify-ca / verify-full
    int connectTimeoutSeconds = 10;

    // Parses a libpq connection URI or a "key=value" connection string.
    static Result<ConnectionSettings> fromUri(const QString &uri);

    // A libpq URI that psql accepts. The password is left out unless asked for.
    QString toUri(bool withPassword = false) const;

    // "user@host:port/db" with the values libpq will use (environment defaults applied), for
    // labels and as the keychain key.
    QString displayName() const;

    bool isUnixSocket() const { return host.startsWith(QLatin1Char('/')); }

    // Opens a new QPSQL connection under the given (unique) name. On failure the connection is
    // removed again and the error says what to check.
    Result<QSqlDatabase> open(const QString &connectionName) const;

    // Fills in what libpq would use for the empty fields (PGHOST, PGUSER, ... and the built-in
    // defaults), without connecting.
    ConnectionSettings withLibpqDefaults() const;
};

// Turns a libpq/QPSQL error text into one sentence an analyst can act on; the raw text goes into
// the details.
Error describeConnectionError(const ConnectionSettings &settings, const QString &driverText);

// A connection of its own for one piece of work on the calling thread: opened under a unique
// name made from the purpose ("regionmap-cli-cache" -> "regionmap-cli-cache-<uuid>"), and closed
// and removed again when this object goes. Queries on it must end before it does.
class ScopedConnection
{
public:
    ScopedConnection(const ConnectionSettings &settings, const QString &purpose);
    ~ScopedConnection();
    ScopedConnection(const ScopedConnection &) = delete;
    ScopedConnection &operator=(const ScopedConnection &) = delete;

    explicit operator bool() const { return m_opened.isOk(); }
    const Error &error() const { return m_opened.error(); } // when it did not open
    // The open connection; an invalid one (every query fails) when it did not open.
    QSqlDatabase &database() { return m_opened ? m_opened.value() : m_notOpen; }

private:
    QString m_name;
    Result<QSqlDatabase> m_opened;
    QSqlDatabase m_notOpen;
};

} // namespace regionmap
