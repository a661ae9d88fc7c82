#include "ipinfoestimator.h"

#include "db/locationcache.h"
#include "etl/ipinfocostestimate.h"

#include <QFutureWatcher>
#include <QSqlDatabase>
#include <QtConcurrent/QtConcurrentRun>

namespace regionmap {

IpinfoEstimator::IpinfoEstimator(QObject *parent)
    : QObject(parent)
{ }

void IpinfoEstimator::watch(const std::function<QPair<QString, bool>()> &work)
{
    m_busy = true;
    auto *watcher = new QFutureWatcher<QPair<QString, bool>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        m_busy = false;
        const QPair<QString, bool> result = watcher->result();
        watcher->deleteLater();
        emit finished(result.first, result.second);
    });
    watcher->setFuture(QtConcurrent::run(work));
}

void IpinfoEstimator::estimate(const EtlOptions &options)
{
    watch([options]() -> QPair<QString, bool> {
        ScopedConnection db(options.connection, QStringLiteral("regionmap-estimate"));
        if (!db)
            return qMakePair(db.error().message, true);
        const Result<IpinfoCostEstimate> estimate = estimateIpinfoCost(options, db.database());
        return estimate ? qMakePair(estimate->describe().join(QLatin1Char('\n')), false)
                        : qMakePair(estimate.error().message, true);
    });
}

void IpinfoEstimator::clearCache(const ConnectionSettings &connection)
{
    watch([connection]() -> QPair<QString, bool> {
        const Result<qint64> cleared = LocationCache::clear(connection, QStringLiteral("ipinfo"));
        if (!cleared)
            return {cleared.error().message, true};
        return {tr("%n cached answer(s) removed. The next run asks ipinfo.io again.", nullptr,
                   int(cleared.value())),
                false};
    });
}

} // namespace regionmap
