#include "poolercheck.h"

#include "dblogging.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace regionmap {

namespace {

const QLatin1String kSetting("regionmap.session_probe");

Result<QString> probeValue(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT current_setting('%1', true)").arg(kSetting)) || !q.next())
        return Error(ErrorKind::Database, PoolerCheck::tr("Could not read a session setting."),
                     q.lastError().text());
    return q.value(0).toString();
}

} // namespace

Result<bool> PoolerCheck::sessionsAreShared(QSqlDatabase &db, const ConnectionSettings &settings)
{
    const QString token = QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT set_config('%1', '%2', false)").arg(kSetting, token)))
            return Error(ErrorKind::Database, tr("Could not write a session setting."),
                         q.lastError().text());
    }
    ScopedConnection other(settings, QStringLiteral("regionmap-session-probe"));
    // A few rounds, so that a pool busy with other clients (the session moves away) and an idle
    // one (the next client gets the same session) both show.
    for (int round = 0; round < 3; ++round) {
        Result<QString> own = probeValue(db);
        if (!own)
            return own.error();
        if (own.value() != token) {
            qCInfo(lcDb) << "the server session changed between two transactions";
            return true;
        }
        if (!other)
            continue;
        Result<QString> seen = probeValue(other.database());
        if (!seen)
            return seen.error();
        if (seen.value() == token) {
            qCInfo(lcDb) << "another connection got this connection's server session";
            return true;
        }
    }
    return false;
}

Error PoolerCheck::refusal()
{
    return Error(ErrorKind::Database,
                 tr("The database connection goes through a connection pooler in transaction "
                    "pooling mode (PgBouncer's pool_mode = transaction, for example). It hands the "
                    "server session to other clients between transactions, and a run needs one "
                    "session from its start to its end. Connect to the database server directly, "
                    "or through a pool in session mode (pool_mode = session)."));
}

} // namespace regionmap
