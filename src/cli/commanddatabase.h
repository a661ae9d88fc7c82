#pragma once

#include "db/connectionsettings.h"

#include <QString>

#include <memory>

class QSqlDatabase;
struct pg_conn;
typedef struct pg_conn PGconn;

namespace regionmap {
class EmbeddedPostgres;
class ScopedConnection;
} // namespace regionmap

namespace regionmap::cli {

class CliContext;

// The database a command works on: the server named with --db, with its password found the way
// `run` finds it (the URI, --password-file, PGPASSWORD, ~/.pgpass, the keychain, a prompt), or,
// without --db, the managed local database, started for the command and stopped after it
// unless it was already running.
class CommandDatabase
{
public:
    CommandDatabase();
    ~CommandDatabase();

    // uri empty: the managed local database. Returns ExitOk, or the exit code after printing the
    // error. Notes on where the password came from go to stderr unless quiet.
    int resolve(CliContext &ctx, const QString &uri, const QString &passwordFile, bool quiet);

    const ConnectionSettings &settings() const { return m_settings; }
    // Whether it is the managed local database (after resolve()).
    bool isManaged() const { return m_embedded != nullptr; }

    // Opens a connection to the resolved database for the command (purpose names it). Returns
    // ExitOk, or ExitDatabase after printing why it did not open.
    int open(CliContext &ctx, const QString &purpose);
    // resolve() then open().
    int connect(CliContext &ctx, const QString &uri, const QString &passwordFile, bool quiet,
                const QString &purpose);
    // connect(), and the connection's libpq handle in *conn (for the results queries).
    int connect(CliContext &ctx, const QString &uri, const QString &passwordFile, bool quiet,
                const QString &purpose, PGconn **conn);
    QSqlDatabase &connection(); // after open()

private:
    ConnectionSettings m_settings;
    std::unique_ptr<EmbeddedPostgres> m_embedded;
    std::unique_ptr<ScopedConnection> m_connection; // closed before the managed database stops
};

} // namespace regionmap::cli
