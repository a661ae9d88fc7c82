#include "queryrunner.h"

#include "db/copystream.h"
#include "results/resultslogging.h"

#include <QAtomicInteger>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QThread>

#include <libpq-fe.h>

namespace regionmap {

// State both threads touch, under the mutex.
struct QueryRunner::Shared
{
    QMutex mutex;
    ConnectionSettings settings;
    quint64 settingsEpoch = 0; // bumped by setConnection()
    quint64 cancelEpoch = 0; // bumped by cancelAll(): every older job is stale
    QHash<QString, quint64> generation; // per channel: the newest job's number
    QString runningChannel; // the channel of the statement that runs now
    bool running = false;
    PGcancel *cancel = nullptr; // for the worker's open connection

    bool isCurrent(const QString &channel, quint64 gen, quint64 epoch) const
    {
        return epoch == cancelEpoch && (channel.isEmpty() || generation.value(channel) == gen);
    }
    void cancelRunning()
    {
        if (!running || !cancel)
            return;
        char err[256];
        if (!PQcancel(cancel, err, sizeof err))
            qCWarning(lcResults, "Could not cancel a results query: %s", err);
    }
};

// Lives in the worker thread and owns the connection.
class QueryRunner::Worker : public QObject
{
public:
    Worker(std::shared_ptr<Shared> shared, QString purpose)
        : m_shared(std::move(shared))
        , m_purpose(std::move(purpose))
    { }

    // Runs one job unless it went stale while it waited; returns what to deliver (or nothing).
    Deliver run(const QString &channel, quint64 gen, quint64 epoch, const RawJob &job)
    {
        {
            QMutexLocker lock(&m_shared->mutex);
            if (!m_shared->isCurrent(channel, gen, epoch))
                return {};
        }
        const Error *connectError = ensureOpen();
        {
            QMutexLocker lock(&m_shared->mutex);
            // Superseded while connecting?
            if (!m_shared->isCurrent(channel, gen, epoch))
                return {};
            m_shared->running = true;
            m_shared->runningChannel = channel;
        }
        Deliver deliver = job(connectError ? nullptr : &m_context, connectError);
        QMutexLocker lock(&m_shared->mutex);
        m_shared->running = false;
        m_shared->runningChannel.clear();
        return deliver;
    }

    void close()
    {
        {
            QMutexLocker lock(&m_shared->mutex);
            if (m_shared->cancel) {
                PQfreeCancel(m_shared->cancel);
                m_shared->cancel = nullptr;
            }
        }
        m_context.conn = nullptr;
        if (m_context.db.isValid()) {
            const QString name = m_context.db.connectionName();
            m_context.db.close();
            m_context.db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
        }
    }

private:
    const Error *ensureOpen()
    {
        ConnectionSettings settings;
        quint64 epoch = 0;
        {
            QMutexLocker lock(&m_shared->mutex);
            settings = m_shared->settings;
            epoch = m_shared->settingsEpoch;
        }
        if (m_context.conn && epoch == m_openEpoch && PQstatus(m_context.conn) == CONNECTION_OK)
            return nullptr;
        close();
        static QAtomicInteger<quint64> counter;
        const QString name = QStringLiteral("regionmap-%1-%2").arg(m_purpose).arg(++counter);
        Result<QSqlDatabase> db = settings.open(name);
        if (!db) {
            m_error = db.error();
            return &m_error;
        }
        m_context.db = db.value();
        Result<PGconn *> conn = pgConnection(m_context.db);
        if (!conn) {
            m_error = conn.error();
            close();
            return &m_error;
        }
        m_context.conn = conn.value();
        // The results views only read; sorting a million rows wants more than 4 MB.
        for (const char *sql :
             {"SET default_transaction_read_only = on", "SET work_mem = '64MB'"}) {
            PGresult *res = PQexec(m_context.conn, sql);
            if (PQresultStatus(res) != PGRES_COMMAND_OK)
                qCWarning(lcResults, "%s failed: %s", sql, PQresultErrorMessage(res));
            PQclear(res);
        }
        m_openEpoch = epoch;
        QMutexLocker lock(&m_shared->mutex);
        m_shared->cancel = PQgetCancel(m_context.conn);
        return nullptr;
    }

    std::shared_ptr<Shared> m_shared;
    QString m_purpose;
    QueryContext m_context;
    quint64 m_openEpoch = 0;
    Error m_error;
};

QueryRunner::QueryRunner(const QString &purpose, QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
    , m_thread(new QThread)
    , m_worker(new Worker(m_shared, purpose))
{
    m_thread->setObjectName(QStringLiteral("regionmap-") + purpose);
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

QueryRunner::~QueryRunner()
{
    cancelAll();
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    delete m_thread;
}

void QueryRunner::setConnection(const ConnectionSettings &settings)
{
    cancelAll();
    QMutexLocker lock(&m_shared->mutex);
    m_shared->settings = settings;
    ++m_shared->settingsEpoch;
}

void QueryRunner::cancel(const QString &channel)
{
    QMutexLocker lock(&m_shared->mutex);
    ++m_shared->generation[channel];
    if (m_shared->runningChannel == channel)
        m_shared->cancelRunning();
}

void QueryRunner::cancelAll()
{
    QMutexLocker lock(&m_shared->mutex);
    ++m_shared->cancelEpoch;
    m_shared->cancelRunning();
}

void QueryRunner::submitRaw(const QString &channel, QObject *receiver, RawJob job)
{
    quint64 gen = 0;
    quint64 epoch = 0;
    {
        QMutexLocker lock(&m_shared->mutex);
        if (!channel.isEmpty()) {
            gen = ++m_shared->generation[channel];
            if (m_shared->runningChannel == channel)
                m_shared->cancelRunning();
        }
        epoch = m_shared->cancelEpoch;
    }
    if (++m_inFlight == 1)
        emit busyChanged(true);

    QPointer<QObject> target(receiver);
    QueryRunner *runner = this;
    Worker *worker = m_worker;
    std::shared_ptr<Shared> shared = m_shared;
    QMetaObject::invokeMethod(
        worker,
        [=, job = std::move(job)] {
            Deliver deliver = worker->run(channel, gen, epoch, job);
            // The runner outlives its worker thread (its destructor waits for it), and a posted
            // delivery dies with the runner; the delivery runs in the runner's thread.
            QMetaObject::invokeMethod(
                runner,
                [=] {
                    bool current = false;
                    {
                        QMutexLocker lock(&shared->mutex);
                        current = shared->isCurrent(channel, gen, epoch);
                    }
                    if (deliver && current && target)
                        deliver();
                    runner->finishJob();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void QueryRunner::finishJob()
{
    if (--m_inFlight == 0)
        emit busyChanged(false);
}

} // namespace regionmap
