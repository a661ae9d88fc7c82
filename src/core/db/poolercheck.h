#pragma once

#include "common/result.h"
#include "connectionsettings.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace regionmap {

// A run needs one server session from its start to its end: its run lock (a session advisory
// lock that tells a live run from an interrupted one) and Qt's prepared statements live in the
// session. A connection pooler in transaction (or statement) pooling mode, PgBouncer's
// pool_mode = transaction for one, hands the server session to other clients between
// transactions, so those break under load ("prepared statement does not exist"). The ETL
// refuses such a connection at once (docs/reliability.md, "Connection poolers").
class PoolerCheck
{
    Q_DECLARE_TR_FUNCTIONS(PoolerCheck)

public:
    // Whether db's server session changes between transactions. It sets a session setting on db
    // and reads it back, both on db and on a second connection opened with settings: a session
    // that loses the value, or another client that sees it, shares server sessions. The second
    // connection has 3 s to connect and answer (a session-mode pool with no free session would
    // keep it waiting); when it cannot, only the first half is asked.
    static Result<bool> sessionsAreShared(QSqlDatabase &db, const ConnectionSettings &settings);

    // The refusal, for the analyst.
    static Error refusal();
};

} // namespace regionmap
