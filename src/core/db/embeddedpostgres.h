#pragma once

#include "common/result.h"
#include "db/connectionsettings.h"
#include "db/postgresbinaries.h"

#include <QObject>
#include <QString>

#include <memory>

class QProcess;

namespace regionmap {

// A private PostgreSQL cluster that RegionMap owns: created with initdb on first use, listening
// only on a unix socket in a 0700 folder (no TCP at all), and reached through QPSQL. The GUI, the
// CLI and the test fixture all use it.
//
// As root, the server programs run as the "postgres" user (PostgreSQL refuses to run as root),
// so the cluster must live where that user can reach it: see defaultRootDir().
//
// A server started with Lifetime::TiedToProcess dies with the thread that started it (Linux
// parent-death signal), so a crashed test or app never leaves one behind. Start it from a
// long-lived thread, such as the main thread.
class EmbeddedPostgres : public QObject
{
    Q_OBJECT

public:
    enum class State { NotCreated, Stopped, Running };
    Q_ENUM(State)

    enum class Lifetime {
        TiedToProcess, // stopped by the destructor, or killed when this process dies
        Detached, // keeps running after this process exits (`regionmap-cli db start`)
    };

    struct Options
    {
        QString rootDir; // empty: defaultRootDir()
        QString binDir; // empty: PostgresBinaries::find()
        bool durable = true; // false for throwaway clusters: no fsync, initdb --no-sync
        // More postgresql.conf lines, written after RegionMap's own (so they win). For tests,
        // e.g. a TCP listener with TLS.
        QStringList extraSettings;
        int port = 5432;
    };

    explicit EmbeddedPostgres(QObject *parent = nullptr);
    explicit EmbeddedPostgres(Options options, QObject *parent = nullptr);
    ~EmbeddedPostgres() override;

    // $XDG_DATA_HOME/regionmap/postgres. As root, when the postgres user cannot reach that
    // folder (/root is 0700), /var/lib/regionmap/postgres instead.
    static QString defaultRootDir();

    QString rootDir() const { return m_rootDir; }
    QString dataDir() const;
    QString socketDir() const;
    QString logFile() const;
    // The port names the socket file (.s.PGSQL.<port>); with no TCP listener, any number is free.
    int port() const { return m_options.port; }
    static QString databaseName() { return QStringLiteral("regionmap"); }
    static QString userName() { return QStringLiteral("regionmap"); }

    State state() const;
    // "running", "stopped" or "not yet created", translated.
    QString stateText() const;

    // Creates the cluster on first use, then starts the server, or joins one that is already
    // running on this data folder. Applies nothing to the schema: see Migrations.
    Status start(Lifetime lifetime = Lifetime::TiedToProcess);

    // Stops the server running on this data folder (fast shutdown), whoever started it.
    Status stop();

    // True when this object started the server (rather than joining a running one).
    bool ownsServer() const { return m_owns; }

    ConnectionSettings connectionSettings() const;
    // A libpq URI that psql accepts.
    QString uri() const { return connectionSettings().toUri(); }

private:
    struct PidFile
    {
        qint64 pid = 0;
        QString socketDir;
        QString status;
    };

    Status prepareRoot();
    Status initCluster();
    Status writeConfig();
    Status startAttached();
    Status startDetached();
    Status waitUntilReady(int timeoutMs);
    Status ensureDatabase();
    Status stopPid(qint64 pid, bool child);
    bool readPidFile(PidFile *out) const;
    QString logTail() const;
    Error explainStartFailure(const QString &what) const;
    QStringList wrapCommand(const QStringList &command, bool tieToParent) const;
    QString pingConninfo(const QString &socketDir, const QString &db) const;
    QString chooseSocketDir() const;

    Options m_options;
    QString m_rootDir;
    PostgresBinaries m_bins;
    QString m_socketDirInUse;
    QString m_pgMajor;
    std::unique_ptr<QProcess> m_server;
    bool m_owns = false;
};

} // namespace regionmap
