#include "resultsqueries.h"

#include "db/copystream.h"
#include "db/runboundary.h"
#include "geo/geosource.h"
#include "results/pgresult.h"
#include "results/pointstats.h"
#include "results/scopesource.h"
#include "results/scopesql.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <libpq-fe.h>

#include <algorithm>
#include <cmath>

namespace regionmap {

namespace {

QDateTime fromEpoch(const PgResult &r, int row, int column)
{
    if (r.isNull(row, column))
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(std::llround(r.toDouble(row, column) * 1000.0)));
}

bool isNumericType(const QString &type)
{
    static const QStringList numeric {
        QStringLiteral("bigint"),           QStringLiteral("integer"), QStringLiteral("smallint"),
        QStringLiteral("double precision"), QStringLiteral("real"),    QStringLiteral("numeric")};
    return numeric.contains(type) || type.startsWith(QLatin1String("numeric("));
}

} // namespace

const QStringList &ResultsQueries::requiredColumns()
{
    static const QStringList columns {
        QStringLiteral("latitude"),    QStringLiteral("longitude"),
        QStringLiteral("region_code"), QStringLiteral("region_name"),
        QStringLiteral("distance_km"), QStringLiteral("second_distance_km"),
        QStringLiteral("geo_source"),  QStringLiteral("geo_status"),
        QStringLiteral("run_id")};
    return columns;
}

Result<QList<RunRecord>> ResultsQueries::runs(PGconn *conn, int limit)
{
    const QString what = tr("the run history");
    Result<PgResult> schema = PgResult::exec(
        conn, QStringLiteral("SELECT to_regclass('etl_runs') IS NOT NULL"), {}, what);
    if (!schema)
        return schema.error();
    if (!schema->toBool(0, 0))
        return QList<RunRecord>();

    PgParams params;
    params.add(qint64(limit));
    Result<PgResult> r = PgResult::exec(
        conn,
        QStringLiteral(
            "SELECT r.run_id, extract(epoch FROM r.started_at), extract(epoch FROM r.finished_at),"
            "       r.status, r.target_table, r.load_mode, r.source_files::text, r.catalog_name,"
            "       r.geo_provider, r.geo_database, r.rows_read, r.rows_loaded, r.rows_rejected,"
            "       COALESCE((r.status_counts->>'located')::bigint, 0), r.error_message,"
            "       to_regclass(quote_ident(r.target_table)) IS NOT NULL,"
            "       (SELECT min(l.run_id) FROM etl_runs l"
            "         WHERE l.target_table = r.target_table AND l.run_id > r.run_id"
            "           AND %1 AND l.status = 'succeeded')"
            "  FROM etl_runs r ORDER BY r.run_id DESC LIMIT $1")
            .arg(runboundary::startsTableSql(QStringLiteral("l"))),
        params, what);
    if (!r)
        return r.error();

    QList<RunRecord> runs;
    runs.reserve(r->rows());
    for (int i = 0; i < r->rows(); ++i) {
        RunRecord run;
        run.runId = r->toInt64(i, 0);
        run.startedAt = fromEpoch(*r, i, 1);
        run.finishedAt = fromEpoch(*r, i, 2);
        run.status = r->text(i, 3);
        run.table = r->text(i, 4);
        run.loadMode = r->text(i, 5);
        const QJsonArray files = QJsonDocument::fromJson(r->text(i, 6).toUtf8()).array();
        for (const QJsonValue &f : files)
            run.sourceFiles << f.toObject().value(QLatin1String("path")).toString();
        run.catalogName = r->text(i, 7);
        run.provider = r->text(i, 8);
        run.geoDatabase = r->text(i, 9);
        run.rowsRead = r->toInt64(i, 10);
        run.rowsLoaded = r->toInt64(i, 11);
        run.rowsRejected = r->toInt64(i, 12);
        run.rowsLocated = r->toInt64(i, 13);
        run.errorMessage = r->text(i, 14);
        run.tableExists = r->toBool(i, 15);
        run.replacedByRun = r->toInt64(i, 16);
        runs << run;
    }
    return runs;
}

Result<QList<TableRecord>> ResultsQueries::tables(PGconn *conn)
{
    const QString what = tr("the list of result tables");
    Result<PgResult> schema = PgResult::exec(
        conn, QStringLiteral("SELECT to_regclass('etl_runs') IS NOT NULL"), {}, what);
    if (!schema)
        return schema.error();
    if (!schema->toBool(0, 0))
        return QList<TableRecord>();
    Result<PgResult> r = PgResult::exec(
        conn,
        QStringLiteral("SELECT target_table, count(*), max(run_id),"
                       "       extract(epoch FROM max(started_at)),"
                       "       to_regclass(quote_ident(target_table)) IS NOT NULL"
                       "  FROM etl_runs GROUP BY target_table ORDER BY max(run_id) DESC"),
        {}, what);
    if (!r)
        return r.error();
    QList<TableRecord> tables;
    for (int i = 0; i < r->rows(); ++i) {
        TableRecord t;
        t.name = r->text(i, 0);
        t.runCount = int(r->toInt64(i, 1));
        t.lastRunId = r->toInt64(i, 2);
        t.lastRunAt = fromEpoch(*r, i, 3);
        t.exists = r->toBool(i, 4);
        tables << t;
    }
    return tables;
}

QStringList ResultsQueries::csvColumns(const TableInfo &table)
{
    QSet<QString> enrichment;
    for (const TargetSchema::EnrichmentColumn &c : TargetSchema::enrichmentColumns())
        enrichment.insert(QLatin1String(c.name));
    QStringList columns;
    for (const TableColumn &c : table.columns) {
        if (!enrichment.contains(c.name))
            columns << c.name;
    }
    return columns;
}

Result<QList<ResultsQueries::ValueCount>> ResultsQueries::columnValues(PGconn *conn,
                                                                       const TableInfo &table,
                                                                       const ResultScope &scope,
                                                                       const QString &column,
                                                                       int limit)
{
    const QString what = tr("the values of %1 in %2").arg(column, scope.describe());
    if (table.columnIndex(column) < 0)
        return Error(ErrorKind::Input,
                     tr("The table \"%1\" has no column \"%2\".").arg(table.name, column));
    ResultScope unmatched = scope;
    unmatched.match = {};
    PgParams params;
    const QString where = scopeCondition(unmatched, params);
    const QString limitParam = params.next();
    params.add(qint64(limit));
    Result<PgResult> r = PgResult::exec(
        conn,
        QStringLiteral("SELECT coalesce(%1::text, ''), count(*) FROM %2 WHERE true%3"
                       " GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT %4")
            .arg(quoteIdentifier(column), table.quotedName, where, limitParam),
        params, what);
    if (!r)
        return r.error();
    QList<ValueCount> values;
    for (int i = 0; i < r->rows(); ++i)
        values.append({r->text(i, 0), r->toInt64(i, 1)});
    return values;
}

Result<TableInfo> ResultsQueries::describeTable(PGconn *conn, const QString &table)
{
    const QString what = tr("the columns of the table \"%1\"").arg(table);
    PgParams params;
    params.add(table);
    Result<PgResult> r = PgResult::exec(
        conn,
        QStringLiteral("SELECT a.attname, format_type(a.atttypid, a.atttypmod),"
                       "       c.reltuples::bigint"
                       "  FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid"
                       " WHERE c.oid = to_regclass(quote_ident($1)) AND c.relkind IN ('r', 'p')"
                       "   AND a.attnum > 0 AND NOT a.attisdropped"
                       " ORDER BY a.attnum"),
        params, what);
    if (!r)
        return r.error();
    if (r->rows() == 0) {
        return Error(tr("The table \"%1\" does not exist (any more) in this database. A later run "
                        "may have dropped or renamed it: choose another run or table.")
                         .arg(table));
    }
    TableInfo info;
    info.name = table;
    info.quotedName = pgQuoteIdentifier(conn, table);
    info.estimatedRows = r->toInt64(0, 2);
    for (int i = 0; i < r->rows(); ++i) {
        TableColumn c;
        c.name = r->text(i, 0);
        c.sqlType = r->text(i, 1);
        c.numeric = isNumericType(c.sqlType);
        info.columns << c;
    }
    QStringList missing;
    for (const QString &column : requiredColumns()) {
        if (info.columnIndex(column) < 0)
            missing << column;
    }
    if (!missing.isEmpty()) {
        return Error(tr("The table \"%1\" is not a RegionMap result table: it has no column %2. "
                        "Choose a table that a RegionMap run loaded.")
                         .arg(table, missing.join(QStringLiteral(", "))));
    }
    return info;
}

namespace {

// The statuses, sources and runs of a scope, counted in the table's rows or the runs' points.
Status countStatuses(PGconn *conn, const TableInfo &table, const ResultScope &scope,
                     const std::optional<QList<qint64>> &points, const QString &what,
                     ScopeOverview &ov, QMap<QString, qint64> &perStatus)
{
    PgParams p1;
    const RowSource from
        = points ? RowSource::points(*points, p1) : RowSource::rows(table, scope, p1);
    Result<PgResult> statusRows = PgResult::exec(
        conn,
        QStringLiteral("SELECT run_id, geo_status, geo_source, sum(%3) FROM %1 WHERE true%2"
                       " GROUP BY 1, 2, 3")
            .arg(from.relation, from.condition, from.weight),
        p1, what);
    if (!statusRows)
        return statusRows.error();
    for (int i = 0; i < statusRows->rows(); ++i) {
        const qint64 runId = statusRows->toInt64(i, 0);
        const QString status = statusRows->text(i, 1);
        const QString source = statusRows->text(i, 2);
        const qint64 n = statusRows->toInt64(i, 3);
        if (!ov.runIds.contains(runId))
            ov.runIds << runId;
        if (!source.isEmpty() && !ov.geoSources.contains(source))
            ov.geoSources << source;
        perStatus[status] += n;
        ov.totalRows += n;
    }
    return {};
}

// Per region: rows, distances, est. RTT and firm and uncertain assignments of the located rows,
// joined with the catalogs of the runs in scope (the newest run's entry wins for a code); and one
// more row, first, with the est. RTT of every located row in scope.
Status readRegionStats(PGconn *conn, const TableInfo &table, const ResultScope &scope,
                       const QString &what, ScopeOverview &ov)
{
    PgParams p2;
    const QString where2 = scopeCondition(scope, p2);
    const QString runsParam = p2.next();
    p2.addBigIntArray(ov.runIds);
    // A table made before est. RTT existed, and not appended to since, has no such column.
    const QString rtt = table.columnIndex(QStringLiteral("est_rtt_ms")) >= 0
                            ? QStringLiteral("est_rtt_ms")
                            : QStringLiteral("NULL::double precision");
    // Nor has one made before the assignments were judged.
    const QString assignment = table.columnIndex(QStringLiteral("assignment")) >= 0
                                   ? QStringLiteral("assignment")
                                   : QStringLiteral("NULL::text");
    const bool crossed = table.columnIndex(QStringLiteral("agreement")) >= 0;
    const auto agreementCount = [crossed](const char *value) {
        return crossed ? QStringLiteral("count(*) FILTER (WHERE agreement = '%1')")
                             .arg(QLatin1String(value))
                       : QStringLiteral("0::bigint");
    };
    const QString crossCounts = agreementCount("same_region") + QStringLiteral(" AS same, ")
                                + agreementCount("different_region")
                                + QStringLiteral(" AS different, ") + agreementCount("not_located")
                                + QStringLiteral(" AS not_located");
    const QString measured
        = table.columnIndex(QStringLiteral("est_rtt_source")) >= 0
              ? QStringLiteral("count(*) FILTER (WHERE est_rtt_source = 'measured')")
              : QStringLiteral("0::bigint");
    const QString sql
        = QStringLiteral(
              "WITH stats AS ("
              "  SELECT region_code, GROUPING(region_code) AS overall,"
              "         max(region_name) AS region_name, count(*) AS n,"
              "         avg(distance_km) AS mean_km,"
              "         percentile_cont(0.5) WITHIN GROUP (ORDER BY distance_km) AS median_km,"
              "         percentile_cont(0.95) WITHIN GROUP (ORDER BY distance_km) AS p95_km,"
              "         count(*) FILTER (WHERE %4 = 'firm') AS firm,"
              "         count(*) FILTER (WHERE %4 = 'uncertain') AS uncertain,"
              "         count(%5) AS rtt_n, avg(%5) AS mean_rtt,"
              "         percentile_cont(0.95) WITHIN GROUP (ORDER BY %5) AS p95_rtt,"
              "         count(*) FILTER (WHERE %5 <= 20) AS within20,"
              "         count(*) FILTER (WHERE %5 <= 50) AS within50,"
              "         count(*) FILTER (WHERE %5 <= 100) AS within100, %6 AS measured, %7"
              "    FROM %1 WHERE geo_status = 'located' AND region_code IS NOT NULL%2"
              "   GROUP BY GROUPING SETS ((region_code), ())"
              "), catalog AS ("
              "  SELECT DISTINCT ON (code) code, name, city, latitude, longitude, provider"
              "    FROM region_catalogs WHERE run_id = ANY(%3::bigint[])"
              "   ORDER BY code, run_id DESC"
              ")"
              "SELECT false, COALESCE(s.region_code, c.code), COALESCE(c.name, s.region_name),"
              "       c.city, c.code IS NOT NULL, c.latitude, c.longitude, COALESCE(s.n, 0),"
              "       s.mean_km, s.median_km, s.p95_km, COALESCE(s.firm, 0), c.provider,"
              "       COALESCE(s.rtt_n, 0), s.mean_rtt, s.p95_rtt, COALESCE(s.within20, 0),"
              "       COALESCE(s.within50, 0), COALESCE(s.within100, 0), COALESCE(s.measured, 0),"
              "       COALESCE(s.uncertain, 0), COALESCE(s.same, 0), COALESCE(s.different, 0),"
              "       COALESCE(s.not_located, 0)"
              "  FROM (SELECT * FROM stats WHERE overall = 0) s"
              "  FULL JOIN catalog c ON c.code = s.region_code"
              " UNION ALL "
              "SELECT true, NULL, NULL, NULL, false, NULL, NULL, n, mean_km, median_km, p95_km,"
              "       firm, NULL, rtt_n, mean_rtt, p95_rtt, within20, within50, within100,"
              "       measured, uncertain, same, different, not_located"
              "  FROM stats WHERE overall = 1"
              " ORDER BY 1 DESC, 8 DESC, 2")
              .arg(table.quotedName, where2, runsParam, assignment, rtt, measured, crossCounts);
    Result<PgResult> regionRows = PgResult::exec(conn, sql, p2, what);
    if (!regionRows)
        return regionRows.error();
    for (int i = 0; i < regionRows->rows(); ++i) {
        RttStats rttStats;
        rttStats.rows = regionRows->toInt64(i, 13);
        rttStats.meanMs = regionRows->optionalDouble(i, 14);
        rttStats.p95Ms = regionRows->optionalDouble(i, 15);
        rttStats.within20 = regionRows->toInt64(i, 16);
        rttStats.within50 = regionRows->toInt64(i, 17);
        rttStats.within100 = regionRows->toInt64(i, 18);
        rttStats.measured = regionRows->toInt64(i, 19);
        if (regionRows->toBool(i, 0)) {
            ov.rtt = rttStats;
            ov.firmRows = regionRows->toInt64(i, 11);
            ov.uncertainRows = regionRows->toInt64(i, 20);
            ov.crossCheck.crossSame = regionRows->toInt64(i, 21);
            ov.crossCheck.crossDifferent = regionRows->toInt64(i, 22);
            ov.crossCheck.crossNotLocated = regionRows->toInt64(i, 23);
            continue;
        }
        RegionStat s;
        s.code = regionRows->text(i, 1);
        s.name = regionRows->text(i, 2);
        s.city = regionRows->text(i, 3);
        s.inCatalog = regionRows->toBool(i, 4);
        s.latitude = regionRows->toDouble(i, 5);
        s.longitude = regionRows->toDouble(i, 6);
        s.rows = regionRows->toInt64(i, 7);
        s.share = ov.totalRows ? double(s.rows) / double(ov.totalRows) : 0.0;
        s.meanKm = regionRows->optionalDouble(i, 8);
        s.medianKm = regionRows->optionalDouble(i, 9);
        s.p95Km = regionRows->optionalDouble(i, 10);
        s.firm = regionRows->toInt64(i, 11);
        s.uncertain = regionRows->toInt64(i, 20);
        s.crossSame = regionRows->toInt64(i, 21);
        s.crossDifferent = regionRows->toInt64(i, 22);
        s.crossNotLocated = regionRows->toInt64(i, 23);
        s.provider = regionRows->text(i, 12);
        s.rtt = rttStats;
        ov.regions << s;
    }
    return {};
}

} // namespace

namespace {

// The overview's queries in one snapshot, so that a run committing between two of them cannot
// make its parts disagree (shares that do not add up, a region without its run). Inside a
// transaction of the caller's, that one is used as it is.
class Snapshot
{
public:
    explicit Snapshot(PGconn *conn)
        : m_conn(conn)
    {
        // A transaction an earlier failure left aborted is nobody's work: it ends first.
        if (PQtransactionStatus(conn) == PQTRANS_INERROR)
            (void)execSql(conn, QStringLiteral("ROLLBACK"));
        if (PQtransactionStatus(conn) == PQTRANS_IDLE)
            m_open = bool(execSql(conn, QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ"
                                                       " READ ONLY")));
    }
    ~Snapshot()
    {
        // Nothing was written: ending it either way is the same, and never fails the reads. A
        // ROLLBACK that did not get through (cancelled too) is tried once more.
        if (!m_open)
            return;
        for (int attempt = 0; attempt < 2 && PQtransactionStatus(m_conn) != PQTRANS_IDLE; ++attempt)
            (void)execSql(m_conn, QStringLiteral("ROLLBACK"));
    }
    Snapshot(const Snapshot &) = delete;
    Snapshot &operator=(const Snapshot &) = delete;

private:
    PGconn *m_conn;
    bool m_open = false;
};

} // namespace

Result<ScopeOverview> ResultsQueries::overview(PGconn *conn, const TableInfo &table,
                                               const ResultScope &scope)
{
    const QString what = tr("the summary of %1").arg(scope.describe());
    const Snapshot snapshot(conn);
    ScopeOverview ov;
    ov.scope = scope;

    // The runs' points, when they stand for the scope.
    Result<std::optional<QList<qint64>>> points = pointRuns(conn, scope, what);
    if (!points)
        return points.error();
    ov.fromPoints = points->has_value();

    // 1. Rows per run, status and source: the totals, the statuses, the attribution, and the
    //    runs whose catalogs name the regions. From the counts the runs stored when they still
    //    describe the table, else counted in the points or the table.
    Result<std::optional<StoredCounts>> stored = storedCounts(conn, scope, what);
    if (!stored)
        return stored.error();
    QMap<QString, qint64> perStatus;
    if (stored->has_value()) {
        const StoredCounts &c = stored->value();
        ov.runIds = c.runIds;
        ov.geoSources = c.sources;
        perStatus = c.perStatus;
        for (const qint64 n : std::as_const(perStatus))
            ov.totalRows += n;
    } else if (Status st = countStatuses(conn, table, scope, *points, what, ov, perStatus); !st) {
        return st.error();
    }
    std::sort(ov.runIds.begin(), ov.runIds.end());
    ov.geoSources.sort();
    ov.locatedRows = perStatus.value(QStringLiteral("located"));
    for (auto it = perStatus.cbegin(); it != perStatus.cend(); ++it) {
        ov.statuses << StatusStat {it.key(), it.value(),
                                   ov.totalRows ? double(it.value()) / double(ov.totalRows) : 0.0};
    }
    std::stable_sort(ov.statuses.begin(), ov.statuses.end(),
                     [](const StatusStat &a, const StatusStat &b) { return a.rows > b.rows; });

    // 2. Per region: rows, distances, est. RTT, firm and uncertain assignments, agreement. From
    //    the runs' points when they stand for the scope, else from the rows.
    if (ov.fromPoints) {
        if (Status st = readRegionStatsFromPoints(conn, points->value(), what, ov); !st)
            return st.error();
    } else if (Status st = readRegionStats(conn, table, scope, what, ov); !st) {
        return st.error();
    }
    // 3. The second opinions of the runs in scope, as their records name them.
    if (ov.crossCheck.crossChecked() > 0) {
        PgParams p;
        p.addBigIntArray(ov.runIds);
        Result<PgResult> cross = PgResult::exec(
            conn,
            QStringLiteral("SELECT DISTINCT settings->'cross_check'->>'geo_source',"
                           "       settings->'cross_check'->>'geo_build'"
                           "  FROM etl_runs WHERE run_id = ANY($1::bigint[])"
                           "   AND settings ? 'cross_check' ORDER BY 1, 2"),
            p, what);
        if (!cross)
            return cross.error();
        QStringList labels;
        for (int i = 0; i < cross->rows(); ++i) {
            const QString id = cross->text(i, 0);
            if (!ov.crossCheckSources.contains(id))
                ov.crossCheckSources << id;
            labels << (GeoSource::labelFor(id) + QLatin1Char(' ') + cross->text(i, 1)).trimmed();
        }
        ov.crossCheckLabel = labels.join(QStringLiteral(", "));
    }
    // 4. What the runs kept of the addresses: a region of fewer rows than the minimum count
    //    keeps its count, and its numbers are withheld (docs/privacy.md).
    Result<ScopePrivacy> privacy = ScopePrivacy::read(conn, scope);
    if (!privacy)
        return privacy.error();
    ov.privacy = privacy.value();
    withholdSmallRegions(ov);
    return ov;
}

double niceBinWidth(double maxKm, int targetBins)
{
    if (!(maxKm > 0) || targetBins < 1)
        return 1.0;
    const double raw = maxKm / targetBins;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (step * magnitude >= raw)
            return step * magnitude;
    }
    return 10.0 * magnitude;
}

Result<DistanceHistogram> ResultsQueries::distanceHistogram(PGconn *conn, const TableInfo &table,
                                                            const ResultScope &scope,
                                                            int targetBins)
{
    const QString what = tr("the distance histogram of %1").arg(scope.describe());
    DistanceHistogram h;
    // The same source for both queries: the runs' points when they stand for the scope.
    const Result<std::optional<QList<qint64>>> runs = pointRuns(conn, scope, what);
    if (!runs)
        return runs.error();
    const auto sourceOf = [&](PgParams &params) {
        return runs->has_value() ? RowSource::points(runs->value(), params)
                                 : RowSource::rows(table, scope, params);
    };
    PgParams p1;
    const RowSource s1 = sourceOf(p1);
    Result<PgResult> range = PgResult::exec(
        conn,
        QStringLiteral("SELECT COALESCE(sum(%3), 0), max(distance_km) FROM %1"
                       " WHERE geo_status = 'located' AND distance_km IS NOT NULL%2")
            .arg(s1.relation, s1.condition, s1.weight),
        p1, what);
    if (!range)
        return range.error();
    h.total = range->toInt64(0, 0);
    h.maxKm = range->toDouble(0, 1);
    h.binWidthKm = niceBinWidth(h.maxKm, targetBins);
    if (h.total == 0)
        return h;
    const int bins = int(std::floor(h.maxKm / h.binWidthKm)) + 1;
    h.counts = QList<qint64>(bins, 0);
    h.meanRttMs = QList<std::optional<double>>(bins);

    PgParams p2;
    const QString widthParam = p2.next();
    p2.add(h.binWidthKm);
    const RowSource s2 = sourceOf(p2);
    // A table made before est. RTT existed has no such column.
    const QString rtt
        = s2.column(QStringLiteral("est_rtt_ms"), QStringLiteral("NULL::double precision"));
    // The top bin is closed: the maximum distance falls into the last bin.
    Result<PgResult> r = PgResult::exec(
        conn,
        QStringLiteral("SELECT least(floor(distance_km / %3)::int, %5) AS bin, sum(%6),"
                       " sum(%4 * %6), sum(%6) FILTER (WHERE %4 IS NOT NULL) FROM %1"
                       " WHERE geo_status = 'located' AND distance_km IS NOT NULL%2"
                       " GROUP BY 1 ORDER BY 1")
            .arg(s2.relation, s2.condition, widthParam, rtt, QString::number(bins - 1), s2.weight),
        p2, what);
    if (!r)
        return r.error();
    for (int i = 0; i < r->rows(); ++i) {
        const int bin = int(std::clamp<qint64>(r->toInt64(i, 0), 0, bins - 1));
        h.counts[bin] += r->toInt64(i, 1);
        if (const qint64 n = r->toInt64(i, 3); n > 0)
            h.meanRttMs[bin] = r->toDouble(i, 2) / double(n);
    }
    return h;
}

} // namespace regionmap
