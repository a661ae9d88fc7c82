#include "scopesource.h"

#include "db/copystream.h"
#include "db/pointtable.h"
#include "db/runboundary.h"
#include "results/scopesql.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace regionmap {

namespace {

// A succeeded run of the table, as etl_runs records it.
struct RunEntry
{
    qint64 runId = 0;
    QString countsJson;
    QString source;
    qint64 rowsLoaded = 0;
};

// The runs of the scope, when they still describe the table: every run in scope succeeded after
// the table's last replace, and no later run of the table was an upsert (an upsert can take over
// rows of earlier runs), and the scope matches no CSV column. Nothing when they may not.
Result<std::optional<QList<RunEntry>>> scopeRuns(PGconn *conn, const ResultScope &scope,
                                                 const QString &what)
{
    using Runs = std::optional<QList<RunEntry>>;
    // The stored counts and the points know nothing of the CSV columns a match compares.
    if (scope.match.isSet())
        return Runs();
    PgParams p;
    p.add(scope.table);
    Result<PgResult> r = PgResult::exec(
        conn,
        QStringLiteral("WITH runs AS ("
                       "  SELECT run_id, load_mode, %1 AS starts, status_counts,"
                       "         settings->>'geo_source' AS src, rows_loaded"
                       "    FROM etl_runs WHERE target_table = $1 AND status = 'succeeded'"
                       ")"
                       "SELECT run_id, load_mode, status_counts::text, src, rows_loaded FROM runs"
                       " WHERE run_id >= COALESCE((SELECT max(run_id) FROM runs WHERE starts), 0)"
                       " ORDER BY run_id")
            .arg(runboundary::startsTableSql()),
        p, what);
    if (!r)
        return r.error();
    QList<RunEntry> runs;
    for (int i = 0; i < r->rows(); ++i) {
        const qint64 runId = r->toInt64(i, 0);
        if (i > 0 && r->text(i, 1) == QLatin1String("upsert")
            && (!scope.isRun() || runId > scope.runId))
            return Runs(); // rows of earlier runs may have moved
        if (!scope.isRun() || runId == scope.runId)
            runs << RunEntry {runId, r->text(i, 2), r->text(i, 3), r->toInt64(i, 4)};
    }
    if (runs.isEmpty())
        return Runs(); // replaced, failed, or no run of this table
    return Runs(std::move(runs));
}

} // namespace

// A run recorded before its source was (no geo_source in its settings) is counted from its rows.
Result<std::optional<StoredCounts>> storedCounts(PGconn *conn, const ResultScope &scope,
                                                 const QString &what)
{
    Result<std::optional<QList<RunEntry>>> runs = scopeRuns(conn, scope, what);
    if (!runs)
        return runs.error();
    if (!runs->has_value())
        return std::optional<StoredCounts>();
    StoredCounts out;
    for (const RunEntry &run : runs->value()) {
        const QJsonObject counts = QJsonDocument::fromJson(run.countsJson.toUtf8()).object();
        qint64 rows = 0;
        for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
            const qint64 n = qint64(it.value().toDouble());
            out.perStatus[it.key()] += n;
            rows += n;
        }
        const qint64 withSource = qint64(counts.value(QLatin1String("located")).toDouble()
                                         + counts.value(QLatin1String("country_only")).toDouble());
        if (rows != run.rowsLoaded)
            return std::optional<StoredCounts>(); // counts that do not add up are not used
        if (withSource > 0) {
            if (run.source.isEmpty())
                return std::optional<StoredCounts>();
            if (!out.sources.contains(run.source))
                out.sources << run.source;
        }
        if (rows > 0)
            out.runIds << run.runId;
    }
    return std::optional<StoredCounts>(std::move(out));
}

namespace {

// The runs in scope that loaded rows, when the runs still describe the table.
Result<std::optional<QList<qint64>>> runsWithRows(PGconn *conn, const ResultScope &scope,
                                                  const QString &what)
{
    using Ids = std::optional<QList<qint64>>;
    Result<std::optional<QList<RunEntry>>> runs = scopeRuns(conn, scope, what);
    if (!runs)
        return runs.error();
    if (!runs->has_value())
        return Ids();
    QList<qint64> ids;
    for (const RunEntry &run : runs->value()) {
        if (run.rowsLoaded > 0)
            ids << run.runId;
    }
    return Ids(ids);
}

} // namespace

Result<std::optional<QList<qint64>>> pointRuns(PGconn *conn, const ResultScope &scope,
                                               const QString &what)
{
    using Runs = std::optional<QList<qint64>>;
    Result<Runs> runs = runsWithRows(conn, scope, what);
    if (!runs)
        return runs.error();
    if (!runs->has_value())
        return Runs();
    PgParams p;
    p.addBigIntArray(runs->value());
    Result<PgResult> r = PgResult::exec(
        conn,
        QStringLiteral("SELECT to_regclass('etl_points') IS NOT NULL"
                       "   AND NOT EXISTS (SELECT 1 FROM etl_runs WHERE run_id = ANY($1::bigint[])"
                       "                      AND point_count IS NULL)"),
        p, what);
    if (!r)
        return r.error();
    if (!r->toBool(0, 0))
        return Runs();
    return Runs(runs->value());
}

Result<QList<qint64>> PointMaker::missing(PGconn *conn, const ResultScope &scope)
{
    const QString what = tr("the points of %1").arg(scope.describe());
    Result<std::optional<QList<qint64>>> runs = runsWithRows(conn, scope, what);
    if (!runs)
        return runs.error();
    if (!runs->has_value())
        return QList<qint64>();
    PgParams p;
    p.addBigIntArray(runs->value());
    Result<PgResult> r = PgResult::exec(
        conn,
        QStringLiteral("SELECT run_id FROM etl_runs WHERE to_regclass('etl_points') IS NOT NULL"
                       "   AND run_id = ANY($1::bigint[]) AND point_count IS NULL ORDER BY 1"),
        p, what);
    if (!r)
        return r.error();
    QList<qint64> missing;
    for (int i = 0; i < r->rows(); ++i)
        missing << r->toInt64(i, 0);
    return missing;
}

Result<QList<qint64>> PointMaker::makeMissing(PGconn *conn, const TableInfo &table,
                                              const ResultScope &scope)
{
    const QString what = tr("the points of %1").arg(scope.describe());
    const Result<QList<qint64>> runIds = missing(conn, scope);
    if (!runIds || runIds->isEmpty())
        return runIds;

    // The results' connection is read-only by default; this one transaction writes.
    if (Result<qint64> begun = execSql(conn, QStringLiteral("BEGIN READ WRITE")); !begun)
        return Error(ErrorKind::Database, tr("Could not start making %1.").arg(what),
                     begun.error().details);
    const auto rollback = [conn](const Error &e) {
        execSql(conn, QStringLiteral("ROLLBACK"));
        return e;
    };
    PgParams p;
    p.addBigIntArray(runIds.value());
    // Locks the runs, so that a second client waits here and then finds them made.
    Result<PgResult> locked = PgResult::exec(
        conn,
        QStringLiteral("SELECT run_id FROM etl_runs WHERE run_id = ANY($1::bigint[])"
                       "   AND point_count IS NULL ORDER BY run_id FOR UPDATE"),
        p, what);
    if (!locked)
        return rollback(locked.error());
    QStringList columns;
    for (const TableColumn &c : table.columns)
        columns << c.name;
    QList<qint64> made;
    for (int i = 0; i < locked->rows(); ++i) {
        const qint64 runId = locked->toInt64(i, 0);
        const Result<PointTable::Target> target = PointTable::begin(conn, runId);
        if (!target)
            return rollback(target.error());
        const Result<qint64> points
            = PointTable::fromRows(conn, table.quotedName, columns, runId, *target);
        if (!points)
            return rollback(points.error());
        if (Status st = PointTable::markMade(conn, runId, points.value(), *target); !st)
            return rollback(st.error());
        made << runId;
    }
    if (Result<qint64> committed = execSql(conn, QStringLiteral("COMMIT")); !committed)
        return rollback(Error(ErrorKind::Database, tr("Could not keep %1.").arg(what),
                              committed.error().details));
    return made;
}

RowSource RowSource::rows(const TableInfo &table, const ResultScope &scope, PgParams &params)
{
    RowSource s;
    s.relation = table.quotedName;
    s.condition = scopeCondition(scope, params);
    s.weight = QStringLiteral("1");
    s.table = &table;
    return s;
}

RowSource RowSource::points(const QList<qint64> &runIds, PgParams &params)
{
    RowSource s;
    s.relation = QStringLiteral("etl_points");
    s.condition = QStringLiteral(" AND run_id = ANY(%1::bigint[])").arg(params.next());
    params.addBigIntArray(runIds);
    s.weight = QStringLiteral("row_count");
    return s;
}

Result<RowSource> RowSource::forScope(PGconn *conn, const TableInfo &table,
                                      const ResultScope &scope, PgParams &params,
                                      const QString &what)
{
    Result<std::optional<QList<qint64>>> runs = pointRuns(conn, scope, what);
    if (!runs)
        return runs.error();
    if (runs->has_value())
        return points(runs->value(), params);
    return rows(table, scope, params);
}

QString RowSource::column(const QString &name, const QString &missing) const
{
    if (table && table->columnIndex(name) < 0)
        return missing;
    return name;
}

} // namespace regionmap
