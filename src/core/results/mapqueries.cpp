// The map's queries: located rows in grid cells, and the cross-check's disagreements by pair of
// places (ResultsQueries, declared in resultsqueries.h).
#include "resultsqueries.h"

#include "results/pgresult.h"
#include "results/scopeprivacy.h"
#include "results/scopesource.h"
#include "results/scopesql.h"

namespace regionmap {

Result<MapCells> ResultsQueries::mapCells(PGconn *conn, const TableInfo &table,
                                          const ResultScope &scope, double cellDegrees)
{
    const QString what = tr("the map of %1").arg(scope.describe());
    MapCells out;
    out.cellDegrees = cellDegrees;
    PgParams params;
    const QString cellParam = params.next();
    params.add(cellDegrees);
    const Result<RowSource> source = RowSource::forScope(conn, table, scope, params, what);
    if (!source)
        return source.error();
    const QString w = source->weight;
    const QString uncertain
        = source->column(QStringLiteral("assignment"), {}).isEmpty()
              ? QStringLiteral("0::bigint")
              : QStringLiteral("COALESCE(sum(%1) FILTER (WHERE assignment = 'uncertain'), 0)")
                    .arg(w);
    Result<PgResult> r = PgResult::exec(
        conn,
        QStringLiteral(
            "SELECT floor(latitude / %3)::int, floor(longitude / %3)::int, region_code,"
            "       sum(%5), sum(latitude * %5) / sum(%5), sum(longitude * %5) / sum(%5),"
            "       %4"
            "  FROM %1"
            " WHERE geo_status = 'located' AND latitude IS NOT NULL"
            "   AND longitude IS NOT NULL%2"
            " GROUP BY 1, 2, 3 ORDER BY 1, 2, 4 DESC, 3")
            .arg(source->relation, source->condition, cellParam, uncertain, w),
        params, what);
    if (!r)
        return r.error();

    // Rows arrive grouped by cell, most rows first within a cell: fold them into cells.
    MapCell *cell = nullptr;
    double latSum = 0;
    double lonSum = 0;
    auto finishCell = [&] {
        if (!cell)
            return;
        cell->latitude = latSum / double(cell->rows);
        cell->longitude = lonSum / double(cell->rows);
        out.maxRows = qMax(out.maxRows, cell->rows);
    };
    for (int i = 0; i < r->rows(); ++i) {
        const int row = int(r->toInt64(i, 0));
        const int column = int(r->toInt64(i, 1));
        if (!cell || cell->row != row || cell->column != column) {
            finishCell();
            out.cells.append(MapCell());
            cell = &out.cells.last();
            cell->row = row;
            cell->column = column;
            latSum = lonSum = 0;
        }
        const qint64 n = r->toInt64(i, 3);
        cell->regions.append({r->text(i, 2), n});
        cell->rows += n;
        cell->uncertainRows += r->toInt64(i, 6);
        latSum += r->toDouble(i, 4) * double(n);
        lonSum += r->toDouble(i, 5) * double(n);
        out.totalRows += n;
    }
    finishCell();

    // Cells of fewer rows than the minimum count are withheld, and counted.
    const Result<ScopePrivacy> privacy = ScopePrivacy::read(conn, scope);
    if (!privacy)
        return privacy.error();
    withholdSmallCells(out, privacy->minCount);
    return out;
}

Result<Disagreements> ResultsQueries::disagreements(PGconn *conn, const TableInfo &table,
                                                    const ResultScope &scope, int limit)
{
    Disagreements out;
    if (table.columnIndex(QStringLiteral("agreement")) < 0)
        return out;
    const QString what = tr("the disagreements of %1").arg(scope.describe());
    PgParams params;
    const QString where = scopeCondition(scope, params);
    const QString limitParam = params.next();
    params.add(qint64(limit));
    Result<PgResult> r = PgResult::exec(
        conn,
        QStringLiteral("SELECT latitude, longitude, alt_latitude, alt_longitude, region_code,"
                       "       alt_region_code, count(*), max(alt_location_km),"
                       "       count(*) OVER (), sum(count(*)) OVER ()"
                       "  FROM %1 WHERE agreement = 'different_region'%2"
                       " GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 7 DESC, 8 DESC LIMIT %3")
            .arg(table.quotedName, where, limitParam),
        params, what);
    if (!r)
        return r.error();
    for (int i = 0; i < r->rows(); ++i) {
        DisagreementPair p;
        p.latitude = r->toDouble(i, 0);
        p.longitude = r->toDouble(i, 1);
        p.altLatitude = r->toDouble(i, 2);
        p.altLongitude = r->toDouble(i, 3);
        p.region = r->text(i, 4);
        p.altRegion = r->text(i, 5);
        p.rows = r->toInt64(i, 6);
        p.apartKm = r->toDouble(i, 7);
        out.pairs << p;
        out.totalPairs = r->toInt64(i, 8);
        out.totalRows = r->toInt64(i, 9);
    }
    return out;
}

} // namespace regionmap
