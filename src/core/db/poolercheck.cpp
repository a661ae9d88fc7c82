#include "poolercheck.h"

#include "dblogging.h"

#include <QDeadlineTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <libpq-fe.h>
#include <poll.h>

namespace regionmap {

namespace {

const QLatin1String kSetting("regionmap.session_probe");
// How long the second connection may take to connect and answer. Through a pooler in session
// mode whose sessions are all taken (by other clients, or by this run's own connection) it waits
// for a free one: then the second half is not asked, rather than the run waiting.
constexpr int kSecondConnectionMs = 3000;

Result<QString> probeValue(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT current_setting('%1', true)").arg(kSetting)) || !q.next())
        return Error(ErrorKind::Database, PoolerCheck::tr("Could not read a session setting."),
                     q.lastError().text());
    return q.value(0).toString();
}

// Waits until the socket is ready for what libpq wants, or the deadline passes.
bool waitFor(PGconn *conn, bool write, const QDeadlineTimer &deadline)
{
    pollfd p {PQsocket(conn), short(write ? POLLOUT : POLLIN), 0};
    const qint64 left = deadline.remainingTime();
    return left > 0 && ::poll(&p, 1, int(left)) > 0;
}

// A second connection's view of the probe setting, through libpq's asynchronous calls so that
// it cannot wait longer than the deadline; nullopt when it could not be asked in time.
std::optional<QString> probeFromAnotherConnection(const ConnectionSettings &settings)
{
    const ConnectionSettings s = settings.withLibpqDefaults();
    const QByteArray host = s.host.toUtf8(), port = QByteArray::number(s.port),
                     dbname = s.database.toUtf8(), user = s.user.toUtf8(),
                     password = s.password.toUtf8(), sslmode = s.sslMode.toUtf8(),
                     sslrootcert = s.sslRootCert.toUtf8();
    std::vector<const char *> keys {"host", "port", "dbname", "user", "application_name"};
    std::vector<const char *> values {host.constData(), port.constData(), dbname.constData(),
                                      user.constData(), "regionmap"};
    for (const auto &[key, value] :
         {std::pair {"password", &password}, std::pair {"sslmode", &sslmode},
          std::pair {"sslrootcert", &sslrootcert}}) {
        if (!value->isEmpty()) {
            keys.push_back(key);
            values.push_back(value->constData());
        }
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);

    const QDeadlineTimer deadline(kSecondConnectionMs);
    PGconn *conn = PQconnectStartParams(keys.data(), values.data(), 0);
    std::optional<QString> seen;
    if (conn && PQstatus(conn) != CONNECTION_BAD) {
        PostgresPollingStatusType state = PGRES_POLLING_WRITING;
        while (state != PGRES_POLLING_OK && state != PGRES_POLLING_FAILED) {
            if (!waitFor(conn, state == PGRES_POLLING_WRITING, deadline)) {
                state = PGRES_POLLING_FAILED;
                break;
            }
            state = PQconnectPoll(conn);
        }
        const QByteArray sql
            = QStringLiteral("SELECT current_setting('%1', true)").arg(kSetting).toUtf8();
        if (state == PGRES_POLLING_OK && PQsendQuery(conn, sql.constData())) {
            bool ready = false;
            while (!ready && waitFor(conn, false, deadline)) {
                if (!PQconsumeInput(conn))
                    break;
                ready = !PQisBusy(conn);
            }
            if (ready) {
                if (PGresult *r = PQgetResult(conn)) {
                    if (PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1)
                        seen = QString::fromUtf8(PQgetvalue(r, 0, 0));
                    PQclear(r);
                }
            }
        }
    }
    if (!seen)
        qCInfo(lcDb) << "the second connection of the pooler check did not answer in time";
    PQfinish(conn);
    return seen;
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
    // A few rounds, so that a pool busy with other clients (the session moves away) and an idle
    // one (the next client gets the same session) both show.
    bool askOther = true;
    for (int round = 0; round < 3; ++round) {
        Result<QString> own = probeValue(db);
        if (!own)
            return own.error();
        if (own.value() != token) {
            qCInfo(lcDb) << "the server session changed between two transactions";
            return true;
        }
        if (!askOther)
            continue;
        const std::optional<QString> seen = probeFromAnotherConnection(settings);
        if (!seen) {
            askOther = false; // the second half is not asked: the first still is
            continue;
        }
        if (*seen == token) {
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
