#include "databaseservice.h"

#include "applogging.h"
#include "db/migrations.h"

#include <QThread>

#include <memory>

namespace regionmap {

// Lives on the service's thread and owns the server there: EmbeddedPostgres is created,
// started and destroyed on that thread only.
class DatabaseServiceWorker : public QObject
{
public:
    explicit DatabaseServiceWorker(EmbeddedPostgres::Options options)
        : m_options(std::move(options))
    { }

    EmbeddedPostgres &server()
    {
        if (!m_server)
            m_server = std::make_unique<EmbeddedPostgres>(m_options);
        return *m_server;
    }

    void release() { m_server.reset(); }

private:
    EmbeddedPostgres::Options m_options;
    std::unique_ptr<EmbeddedPostgres> m_server;
};

namespace {

DatabaseService::State fromServerState(EmbeddedPostgres::State s)
{
    switch (s) {
    case EmbeddedPostgres::State::NotCreated:
        return DatabaseService::State::NotCreated;
    case EmbeddedPostgres::State::Stopped:
        return DatabaseService::State::Stopped;
    case EmbeddedPostgres::State::Running:
        return DatabaseService::State::Running;
    }
    return DatabaseService::State::Unknown;
}

Status applyMigrations(const ConnectionSettings &settings)
{
    ScopedConnection db(settings, QStringLiteral("regionmap-gui-migrate"));
    if (!db)
        return db.error();
    const Result<int> applied = Migrations::apply(db.database());
    if (!applied)
        return applied.error();
    return {};
}

} // namespace

DatabaseService::DatabaseService(EmbeddedPostgres::Options options, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new DatabaseServiceWorker(options))
{
    // The root folder is known without touching the server (it is only a path).
    m_rootDir = options.rootDir.isEmpty() ? EmbeddedPostgres::defaultRootDir() : options.rootDir;
    m_thread->setObjectName(QStringLiteral("regionmap-database"));
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

DatabaseService::~DatabaseService()
{
    shutdown();
}

QString DatabaseService::dataDir() const
{
    return m_rootDir + QStringLiteral("/data");
}

void DatabaseService::refresh()
{
    if (!m_thread->isRunning())
        return;
    QMetaObject::invokeMethod(m_worker, [this, worker = m_worker] {
        const State s = fromServerState(worker->server().state());
        const ConnectionSettings settings = worker->server().connectionSettings();
        const bool owns = worker->server().ownsServer();
        QMetaObject::invokeMethod(this, [this, s, settings, owns] {
            if (m_state == State::Starting || m_ready)
                return;
            onWorkerState(int(s), settings, {}, owns);
        });
    });
}

void DatabaseService::start()
{
    if (!m_thread->isRunning() || m_state == State::Starting || m_ready)
        return;
    onWorkerState(int(State::Starting), m_settings, {}, m_owns);
    QMetaObject::invokeMethod(m_worker, [this, worker = m_worker] {
        EmbeddedPostgres &pg = worker->server();
        Status st = pg.start(EmbeddedPostgres::Lifetime::TiedToProcess);
        if (st)
            st = applyMigrations(pg.connectionSettings());
        const ConnectionSettings settings = pg.connectionSettings();
        const bool owns = pg.ownsServer();
        const Error error = st ? Error() : st.error();
        const State s = st ? State::Running : State::Failed;
        if (!st)
            qCWarning(lcApp) << "The managed database did not start:" << error.toString();
        QMetaObject::invokeMethod(this, [this, s, settings, error, owns] {
            onWorkerState(int(s), settings, error, owns);
        });
    });
}

void DatabaseService::stop()
{
    if (!m_thread->isRunning() || !m_ready)
        return;
    onWorkerState(int(State::Stopping), m_settings, {}, m_owns);
    QMetaObject::invokeMethod(m_worker, [this, worker = m_worker] {
        EmbeddedPostgres &pg = worker->server();
        Status st;
        if (pg.ownsServer())
            st = pg.stop();
        const State s = fromServerState(pg.state());
        const ConnectionSettings settings = pg.connectionSettings();
        const Error error = st ? Error() : st.error();
        QMetaObject::invokeMethod(this, [this, s, settings, error] {
            onWorkerState(int(s == State::Running ? State::Running : s), settings, error, false);
        });
    });
}

void DatabaseService::shutdown()
{
    if (!m_worker)
        return;
    if (m_thread->isRunning()) {
        // Destroying the server object on its own thread stops a server it started.
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker] { worker->release(); }, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
    }
    delete m_worker;
    m_worker = nullptr;
}

QString DatabaseService::stateText() const
{
    return stateText(m_state);
}

QString DatabaseService::stateText(State state)
{
    switch (state) {
    case State::Unknown:
        return tr("Checking…");
    case State::NotCreated:
        return tr("Not yet created");
    case State::Stopped:
        return tr("Stopped");
    case State::Starting:
        return tr("Starting…");
    case State::Running:
        return tr("Running");
    case State::Failed:
        return tr("Could not start");
    case State::Stopping:
        return tr("Stopping…");
    }
    return {};
}

void DatabaseService::onWorkerState(int state, const ConnectionSettings &settings,
                                    const Error &error, bool owns)
{
    m_settings = settings;
    m_error = error;
    m_owns = owns;
    const auto s = State(state);
    // Ready only after start() has run here: the schema is then current.
    if (s == State::Starting)
        m_ready = false;
    else if (m_state == State::Starting)
        m_ready = s == State::Running;
    else if (s != State::Running)
        m_ready = false;
    if (s == m_state && s != State::Failed)
        return;
    m_state = s;
    emit stateChanged(s);
}

} // namespace regionmap
