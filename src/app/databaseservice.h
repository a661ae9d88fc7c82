#pragma once

#include "common/result.h"
#include "db/connectionsettings.h"
#include "db/embeddedpostgres.h"

#include <QObject>
#include <QString>

class QThread;

namespace regionmap {

class DatabaseServiceWorker;

// The managed local database for the desktop app. EmbeddedPostgres::start() blocks (initdb
// takes a second or more on first use), and a server started with Lifetime::TiedToProcess dies
// with the THREAD that started it. So the server is owned by a worker object on a dedicated
// QThread that lives as long as this service; the service is the GUI thread's handle to it and
// reports every change of state by a signal. The server is stopped when the service is
// destroyed, if the service started it (a server that was already running is left running).
class DatabaseService : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Unknown, // not checked yet
        NotCreated, // no cluster in the data folder yet
        Stopped,
        Starting, // creating (first use) or starting, and applying the schema
        Running, // ready: the schema is current
        Failed, // start failed: see lastError()
        Stopping,
    };
    Q_ENUM(State)

    explicit DatabaseService(EmbeddedPostgres::Options options = {}, QObject *parent = nullptr);
    ~DatabaseService() override;

    // Asynchronous: checks the state of the cluster on disk (stateChanged follows).
    void refresh();
    // Asynchronous: creates the cluster on first use, starts the server (or joins one that is
    // running), and applies the schema migrations. stateChanged(Running) or (Failed) follows.
    void start();
    // Asynchronous: stops the server if this service started it.
    void stop();
    // Blocks until the server this service started has stopped and the thread has ended. Called
    // by the destructor; safe to call twice.
    void shutdown();

    State state() const { return m_state; }
    // Running, started (or joined) by this service, with the schema applied.
    bool isReady() const { return m_ready; }
    // "Running", "Stopped", "Not yet created", "Starting…", ... translated.
    QString stateText() const;
    static QString stateText(State state);
    // Where the cluster lives (its root folder).
    QString location() const { return m_rootDir; }
    QString dataDir() const;
    // How to reach the server (a unix socket); valid once Running.
    ConnectionSettings connectionSettings() const { return m_settings; }
    // Why the last start failed.
    Error lastError() const { return m_error; }
    // True when this service started the server (and will stop it at exit).
    bool ownsServer() const { return m_owns; }

signals:
    void stateChanged(regionmap::DatabaseService::State state);

private:
    void onWorkerState(int state, const regionmap::ConnectionSettings &settings,
                       const regionmap::Error &error, bool owns);

    QThread *m_thread = nullptr;
    DatabaseServiceWorker *m_worker = nullptr;
    QString m_rootDir;
    State m_state = State::Unknown;
    ConnectionSettings m_settings;
    Error m_error;
    bool m_owns = false;
    bool m_ready = false;
};

} // namespace regionmap
