#include "scopesource.h"

#include "db/copystream.h"
#include "db/pointtable.h"
#include "results/scopesql.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace regionmap {

// A run recorded before its source was (no geo_source in its settings) is counted too.
Result<std::optional<StoredCounts>> storedCounts(PGconn *conn, const ResultScope &scope,
                                                 const QString &what)
{
    PgParams p;
    p.add(scope.table);
    Result<PgResult> r = PgResult::exec(
        conn,
        QStringLiteral("WITH runs AS ("
                       "  SELECT run_id, load_mode, status_counts, settings->>'geo_source' AS src,"
                       "         rows_loaded"
                       "    FROM etl_runs WHERE target_table = $1 AND status = 'succeeded'"
                       ")"
                       "SELECT run_id, load_mode, status_counts::text, src, rows_loaded FROM runs"
                       " WHERE run_id >= COALESCE((SELECT max(run_id) FROM runs"
                       "                            WHERE load_mode = 'replace'), 0)"
                       " ORDER BY run_id"),
        p, what);
    if (!r)
        return r.error();
    StoredCounts out;
    bool inScope = false;
    for (int i = 0; i < r->rows(); ++i) {
        const qint64 runId = r->toInt64(i, 0);
        const bool mine = !scope.isRun() || runId == scope.runId;
        if (i > 0 && r->text(i, 1) == QLatin1String("upsert")
            && (!scope.isRun() || runId > scope.runId))
            return std::optional<StoredCounts>(); // rows of earlier runs may have moved
        if (!mine)
            continue;
        inScope = true;
        const QJsonObject counts = QJsonDocument::fromJson(r->text(i, 2).toUtf8()).object();
        qint64 rows = 0;
        for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
            const qint64 n = qint64(it.value().toDouble());
            out.perStatus[it.key()] += n;
            rows += n;
        }
        const qint64 withSource = qint64(counts.value(QLatin1String("located")).toDouble()
                                         + counts.value(QLatin1String("country_only")).toDouble());
        if (rows != r->toInt64(i, 4))
            return std::optional<StoredCounts>(); // counts that do not add up are not used
        if (withSource > 0) {
            const QString source = r->text(i, 3);
            if (source.isEmpty())
                return std::optional<StoredCounts>();
            if (!out.sources.contains(source))
                out.sources << source;
        }
        if (rows > 0)
            out.runIds << runId;
    }
    if (!inScope)
        return std::optional<StoredCounts>(); // replaced, failed, or no run of this table
    return std::optional<StoredCounts>(std::move(out));
}

Result<std::optional<QList<qint64>>> pointRuns(PGconn *conn, const ResultScope &scope,
                                               const QString &what)
{
    using Runs = std::optional<QList<qint64>>;
    Result<std::optional<StoredCounts>> stored = storedCounts(conn, scope, what);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return Runs();
    PgParams p;
    p.addBigIntArray(stored->value().runIds);
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
    return Runs(stored->value().runIds);
}

Result<QList<qint64>> PointMaker::makeMissing(PGconn *conn, const TableInfo &table,
                                              const ResultScope &scope)
{
    const QString what = tr("the points of %1").arg(scope.describe());
    Result<std::optional<StoredCounts>> stored = storedCounts(conn, scope, what);
    if (!stored)
        return stored.error();
    Result<PgResult> exists = PgResult::exec(
        conn, QStringLiteral("SELECT to_regclass('etl_points') IS NOT NULL"), {}, what);
    if (!exists)
        return exists.error();
    if (!stored->has_value() || !exists->toBool(0, 0))
        return QList<qint64>();
    const QList<qint64> runIds = stored->value().runIds;

    // The results' connection is read-only by default; this one transaction writes.
    if (Result<qint64> begun = execSql(conn, QStringLiteral("BEGIN READ WRITE")); !begun)
        return Error(ErrorKind::Database, tr("Could not start making %1.").arg(what),
                     begun.error().details);
    const auto rollback = [conn](const Error &e) {
        execSql(conn, QStringLiteral("ROLLBACK"));
        return e;
    };
    PgParams p;
    p.addBigIntArray(runIds);
    // Locks the runs, so that a second client waits here and then finds them made.
    Result<PgResult> missing = PgResult::exec(
        conn,
        QStringLiteral("SELECT run_id FROM etl_runs WHERE run_id = ANY($1::bigint[])"
                       "   AND point_count IS NULL ORDER BY run_id FOR UPDATE"),
        p, what);
    if (!missing)
        return rollback(missing.error());
    QStringList columns;
    for (const TableColumn &c : table.columns)
        columns << c.name;
    QList<qint64> made;
    for (int i = 0; i < missing->rows(); ++i) {
        const qint64 runId = missing->toInt64(i, 0);
        const Result<qint64> points = PointTable::fromRows(conn, table.quotedName, columns, runId);
        if (!points)
            return rollback(points.error());
        if (Status st = PointTable::markMade(conn, runId, points.value()); !st)
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
