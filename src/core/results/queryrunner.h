#pragma once

#include "common/result.h"
#include "db/connectionsettings.h"

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <type_traits>

class QThread;

struct pg_conn;
typedef struct pg_conn PGconn;

namespace regionmap {

// What a job gets in the worker thread: the runner's own connection.
struct QueryContext
{
    QSqlDatabase db;
    PGconn *conn = nullptr;
};

// Runs database jobs one after another on a worker thread that owns its own, uniquely named,
// read-only PostgreSQL connection, and hands each result back in the thread that submitted it.
// The GUI thread never waits for a query.
//
// Jobs on a named channel supersede each other: submitting a job cancels the channel's running
// statement (PQcancel) and drops its queued one, and only the newest job's result is delivered.
// Results are dropped when the receiver is gone.
class QueryRunner : public QObject
{
    Q_OBJECT

public:
    // `purpose` names the connection ("results-aggregates-3"), for pg_stat_activity and logs.
    explicit QueryRunner(const QString &purpose, QObject *parent = nullptr);
    // Cancels what runs, drops what waits, closes the connection and ends the thread.
    ~QueryRunner() override;

    // Jobs submitted from now on use this database; the connection opens with the next job.
    void setConnection(const ConnectionSettings &settings);

    // Runs job(QueryContext &) -> Result<T> in the worker thread, then done(const Result<T> &) in
    // this thread, with receiver as context. A connection failure reaches done() as the error.
    template<typename Job, typename Done>
    void submit(const QString &channel, QObject *receiver, Job job, Done done)
    {
        using R = std::invoke_result_t<Job &, QueryContext &>;
        submitRaw(channel, receiver,
                  [job = std::move(job), done = std::move(done)](
                      QueryContext *context, const Error *connectError) mutable -> Deliver {
                      auto result
                          = std::make_shared<R>(connectError ? R(*connectError) : job(*context));
                      return [done, result]() mutable {
                          done(*result);
                      };
                  });
    }

    // Cancels the channel's running statement and drops its queued jobs: nothing is delivered.
    void cancel(const QString &channel);
    // The same for every job.
    void cancelAll();

    bool isBusy() const { return m_inFlight > 0; }
    int jobsInFlight() const { return m_inFlight; }

signals:
    void busyChanged(bool busy);

private:
    using Deliver = std::function<void()>;
    using RawJob = std::function<Deliver(QueryContext *, const Error *)>;

    struct Shared;
    class Worker;

    void submitRaw(const QString &channel, QObject *receiver, RawJob job);
    void finishJob();

    std::shared_ptr<Shared> m_shared;
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
    int m_inFlight = 0;
};

} // namespace regionmap
