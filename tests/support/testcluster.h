#pragma once

#include "common/result.h"
#include "db/connectionsettings.h"
#include "db/embeddedpostgres.h"

#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace regionmap::test {

// A throwaway PostgreSQL cluster for one test executable, made by the same EmbeddedPostgres
// class the app uses (no fsync, initdb --no-sync). It lives in a short folder under /tmp that the
// postgres user can reach when the tests run as root, and dies with the test process even if it
// crashes. A cluster that cannot start fails the test: there is no silent skip.
class TestCluster
{
public:
    // durable: commits are synchronous and fsync'd, as on a real server (slower; for crash tests).
    // port and extraSettings: see EmbeddedPostgres::Options (e.g. a TCP listener for TLS tests).
    explicit TestCluster(bool durable = false, int port = 5432,
                         const QStringList &extraSettings = {});
    ~TestCluster();

    // Starts the server (creating it on first use) and applies the schema migrations.
    Status start();
    Status stop();

    EmbeddedPostgres &server() { return *m_pg; }
    QString rootDir() const;
    ConnectionSettings settings() const { return m_pg->connectionSettings(); }
    QString uri() const { return m_pg->uri(); }

    // A new QPSQL connection with a unique name; its owner removes it with
    // QSqlDatabase::removeDatabase. (regionmap::ScopedConnection on settings() does both.)
    QSqlDatabase connect(const QString &name = {});

    // Adds a login role that must authenticate with this password (scram-sha-256) on the
    // cluster's socket; the cluster's own superuser keeps its trust login.
    Status requirePassword(const QString &user, const QString &password);

    // Puts a line at the top of pg_hba.conf (the first matching line wins). Takes effect at the
    // next start or configuration reload.
    Status prependHbaLine(const QString &line);

    // Runs one SQL statement and returns the first column of the first row.
    QVariant scalar(const QString &sql);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<EmbeddedPostgres> m_pg;
};

} // namespace regionmap::test
