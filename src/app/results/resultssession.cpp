#include "resultssession.h"

#include "common/plural.h"

#include "regionsummarymodel.h"
#include "resultrowsmodel.h"
#include "runsmodel.h"

#include "geo/agreement.h"
#include "results/queryrunner.h"
#include "results/resultslogging.h"
#include "results/resultsqueries.h"
#include "results/rowqueries.h"
#include "results/scopesource.h"

#include <QAtomicInteger>

#include <cmath>

namespace regionmap {

namespace {

QString uniquePurpose(const char *what)
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("results-%1-%2").arg(QLatin1String(what)).arg(++counter);
}

int cellKey(double cellDegrees)
{
    return int(std::lround(cellDegrees * 1000.0));
}

} // namespace

ResultsSession::ResultsSession(QObject *parent)
    : QObject(parent)
    , m_aggregates(new QueryRunner(uniquePurpose("aggregates"), this))
    , m_rows(new QueryRunner(uniquePurpose("rows"), this))
    , m_positions(new QueryRunner(uniquePurpose("positions"), this))
    , m_runsModel(new RunsModel(this))
    , m_summaryModel(new RegionSummaryModel(this))
    , m_rowsModel(new ResultRowsModel(m_rows, m_positions, this))
    , m_disagreementRows(new ResultRowsModel(m_rows, m_positions, this))
{
    connect(m_disagreementRows, &ResultRowsModel::errorOccurred, this,
            &ResultsSession::errorOccurred);
    connect(m_aggregates, &QueryRunner::busyChanged, this, &ResultsSession::updateBusy);
    connect(m_rows, &QueryRunner::busyChanged, this, &ResultsSession::updateBusy);
    connect(m_positions, &QueryRunner::busyChanged, this, &ResultsSession::updateBusy);
    connect(m_rowsModel, &ResultRowsModel::errorOccurred, this, &ResultsSession::errorOccurred);
}

ResultsSession::~ResultsSession() = default;

void ResultsSession::setConnection(const ConnectionSettings &settings)
{
    m_settings = settings;
    m_connected = true;
    m_aggregates->setConnection(settings);
    m_rows->setConnection(settings);
    m_positions->setConnection(settings);
    if (m_export)
        m_export->setConnection(settings);
    m_scope = {};
    m_table = {};
    m_hasOverview = false;
    m_mapCache.clear();
    m_rowsModel->clear();
    m_disagreementRows->clear();
    m_summaryModel->clear();
    refreshRuns();
    emit connectionChanged();
}

void ResultsSession::refreshRuns()
{
    if (!m_connected)
        return;
    struct Lists
    {
        QList<RunRecord> runs;
        QList<TableRecord> tables;
    };
    m_aggregates->submit(
        QStringLiteral("runs"), this,
        [](QueryContext &ctx) -> Result<Lists> {
            Result<QList<RunRecord>> runs = ResultsQueries::runs(ctx.conn);
            if (!runs)
                return runs.error();
            Result<QList<TableRecord>> tables = ResultsQueries::tables(ctx.conn);
            if (!tables)
                return tables.error();
            return Lists {runs.value(), tables.value()};
        },
        [this](const Result<Lists> &r) {
            if (!r) {
                emit errorOccurred(r.error().message, r.error().details);
                return;
            }
            m_runsModel->setRuns(r->runs);
            m_tables = r->tables;
            emit runsLoaded();
        });
}

const QList<RunRecord> &ResultsSession::runs() const
{
    return m_runsModel->runs();
}

const RunRecord *ResultsSession::runRecord(qint64 runId) const
{
    return m_runsModel->run(m_runsModel->rowOfRun(runId));
}

void ResultsSession::setScope(const ResultScope &scope)
{
    if (scope == m_scope && m_hasOverview)
        return;
    m_scope = scope;
    loadScope();
}

void ResultsSession::refresh()
{
    refreshRuns();
    loadScope();
}

void ResultsSession::loadScope()
{
    m_hasOverview = false;
    m_mapCache.clear();
    m_overview = {};
    m_overview.scope = m_scope;
    m_histogram = {};
    m_palette = {};
    m_summaryModel->clear();
    m_rowsModel->clear();
    m_disagreementRows->clear();
    for (const char *channel :
         {"table", "points", "overview", "histogram", "map", "disagreements", "values"})
        m_aggregates->cancel(QLatin1String(channel));
    emit scopeChanged(m_scope);
    if (!m_connected || !m_scope.isValid())
        return;

    const ResultScope scope = m_scope;
    // The table's columns, and the runs in scope whose points are still to be made.
    struct TableJob
    {
        TableInfo info;
        QList<qint64> pointsMissing;
    };
    m_aggregates->submit(
        QStringLiteral("table"), this,
        [scope](QueryContext &ctx) -> Result<TableJob> {
            Result<TableInfo> info = ResultsQueries::describeTable(ctx.conn, scope.table);
            if (!info)
                return info.error();
            Result<QList<qint64>> missing = PointMaker::missing(ctx.conn, scope);
            if (!missing)
                return missing.error();
            return TableJob {info.value(), missing.value()};
        },
        [this, scope](const Result<TableJob> &job) {
            if (!job) {
                emit errorOccurred(job.error().message, job.error().details);
                return;
            }
            m_table = job->info;
            if (job->pointsMissing.isEmpty()) {
                loadAggregates(scope);
                return;
            }
            // Runs loaded before the point table: their points are made once, here, and the
            // page then opens as fast as for a new run. Cancelled with the scope.
            emit preparing(tr("Preparing %n run(s) for quick results, once: RegionMap reads "
                              "their rows and stores them as points…",
                              nullptr, int(job->pointsMissing.size())));
            const TableInfo table = m_table;
            m_aggregates->submit(
                QStringLiteral("points"), this,
                [table, scope](QueryContext &ctx) {
                    return PointMaker::makeMissing(ctx.conn, table, scope);
                },
                [this, scope](const Result<QList<qint64>> &made) {
                    emit preparing({});
                    if (!made)
                        qCWarning(lcResults)
                            << "The points of" << scope.describe()
                            << "were not made; the views read the rows:" << made.error().toString();
                    loadAggregates(scope);
                });
        });
}

void ResultsSession::loadAggregates(const ResultScope &scope)
{
    m_rowsModel->setSource(m_table, scope);
    if (m_table.columnIndex(QStringLiteral("agreement")) >= 0) {
        m_disagreementRows->setSource(m_table, scope);
        RowFilter different;
        different.agreement = agreementName(Agreement::DifferentRegion);
        m_disagreementRows->setFilter(different);
    }

    // The summary first: it feeds the summary table, the charts and the palette.
    const TableInfo table = m_table;
    m_aggregates->submit(
        QStringLiteral("overview"), this,
        [table, scope](QueryContext &ctx) {
            return ResultsQueries::overview(ctx.conn, table, scope);
        },
        [this](const Result<ScopeOverview> &ov) {
            if (!ov) {
                emit errorOccurred(ov.error().message, ov.error().details);
                return;
            }
            m_overview = ov.value();
            m_hasOverview = true;
            m_summaryModel->setOverview(m_overview, m_palette);
            emit overviewLoaded();
        });
    // The map asks for its cells when it hears of the table: after the summary.
    emit tableLoaded();
    m_aggregates->submit(
        QStringLiteral("histogram"), this,
        [table, scope](QueryContext &ctx) {
            return ResultsQueries::distanceHistogram(ctx.conn, table, scope);
        },
        [this](const Result<DistanceHistogram> &h) {
            if (!h) {
                emit errorOccurred(h.error().message, h.error().details);
                return;
            }
            m_histogram = h.value();
            emit histogramLoaded();
        });
}

void ResultsSession::requestDisagreements()
{
    if (!m_connected || !m_scope.isValid() || m_table.columns.isEmpty())
        return;
    const TableInfo table = m_table;
    const ResultScope scope = m_scope;
    m_aggregates->submit(
        QStringLiteral("disagreements"), this,
        [table, scope](QueryContext &ctx) {
            return ResultsQueries::disagreements(ctx.conn, table, scope);
        },
        [this](const Result<Disagreements> &d) {
            if (!d) {
                emit errorOccurred(d.error().message, d.error().details);
                return;
            }
            emit disagreementsLoaded(d.value());
        });
}

void ResultsSession::readProvenance(std::function<void(const Result<ScopeProvenance> &)> done)
{
    if (!m_connected || !m_scope.isValid()) {
        done(Error(tr("Choose a run or a table first.")));
        return;
    }
    const ResultScope scope = m_scope;
    m_aggregates->submit(
        QStringLiteral("provenance"), this,
        [scope](QueryContext &ctx) { return ScopeProvenance::load(ctx.db, scope); },
        [done](const Result<ScopeProvenance> &p) { done(p); });
}

void ResultsSession::requestColumnValues(const QString &column)
{
    if (!m_connected || !m_scope.isValid() || m_table.columnIndex(column) < 0)
        return;
    const TableInfo table = m_table;
    const ResultScope scope = m_scope;
    m_aggregates->submit(
        QStringLiteral("values"), this,
        [table, scope, column](QueryContext &ctx) {
            return ResultsQueries::columnValues(ctx.conn, table, scope, column);
        },
        [this, column](const Result<QList<ResultsQueries::ValueCount>> &values) {
            if (!values) {
                emit errorOccurred(values.error().message, values.error().details);
                return;
            }
            emit columnValuesLoaded(column, values.value());
        });
}

void ResultsSession::requestMapCells(double cellDegrees)
{
    if (!m_connected || !m_scope.isValid() || m_table.columns.isEmpty())
        return;
    const auto cached = m_mapCache.constFind(cellKey(cellDegrees));
    if (cached != m_mapCache.cend()) {
        m_aggregates->cancel(QStringLiteral("map"));
        emit mapCellsLoaded(cached.value());
        return;
    }
    const TableInfo table = m_table;
    const ResultScope scope = m_scope;
    m_aggregates->submit(
        QStringLiteral("map"), this,
        [table, scope, cellDegrees](QueryContext &ctx) {
            return ResultsQueries::mapCells(ctx.conn, table, scope, cellDegrees);
        },
        [this, scope](const Result<MapCells> &cells) {
            if (scope != m_scope)
                return;
            if (!cells) {
                emit errorOccurred(cells.error().message, cells.error().details);
                return;
            }
            m_mapCache.insert(cellKey(cells->cellDegrees), cells.value());
            emit mapCellsLoaded(cells.value());
        });
}

void ResultsSession::exportRows(const QString &path)
{
    if (!m_export) {
        m_export = new QueryRunner(uniquePurpose("export"), this);
        m_export->setConnection(m_settings);
        connect(m_export, &QueryRunner::busyChanged, this, &ResultsSession::updateBusy);
    }
    const RowSelection selection = m_rowsModel->selection();
    m_export->submit(
        QStringLiteral("export"), this,
        [selection, path](QueryContext &ctx) {
            return RowQueries::exportCsv(ctx.conn, selection, path);
        },
        [this, path](const Result<qint64> &rows) {
            if (!rows) {
                emit exportFinished(false, rows.error().toString());
                return;
            }
            emit exportFinished(
                true,
                tr("%Ln row(s) written to %1.", nullptr, pluralCount(rows.value())).arg(path));
        });
}

bool ResultsSession::isBusy() const
{
    return m_aggregates->isBusy() || m_rows->isBusy() || m_positions->isBusy()
           || (m_export && m_export->isBusy());
}

void ResultsSession::updateBusy()
{
    const bool busy = isBusy();
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

} // namespace regionmap
