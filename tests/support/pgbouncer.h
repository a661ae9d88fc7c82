#pragma once

#include "common/result.h"
#include "db/connectionsettings.h"

#include <QProcess>
#include <QTemporaryDir>

namespace regionmap::test {

// A PgBouncer (Debian's pgbouncer) in front of a test cluster, for the connection pooler tests:
// started in its own temporary folder on a free TCP port of 127.0.0.1, as the postgres user when
// the tests run as root (PgBouncer refuses root), and stopped with the test process. Clients log
// in as the cluster's user without a password (auth_type trust); PgBouncer reaches the cluster
// on its socket. A PgBouncer that is missing or cannot start fails the test: no silent skip.
class PgBouncer
{
public:
    enum class PoolMode { Session, Transaction };

    PgBouncer(const ConnectionSettings &server, PoolMode mode, int poolSize);
    ~PgBouncer();

    Status start();
    // The cluster's database and user, through PgBouncer.
    ConnectionSettings settings() const;
    QString uri() const { return settings().toUri(); }
    // PgBouncer's log, for a failure message.
    QByteArray log() const;

private:
    ConnectionSettings m_server;
    PoolMode m_mode;
    int m_poolSize;
    int m_port = 0;
    QTemporaryDir m_dir;
    QProcess m_process;
};

} // namespace regionmap::test
