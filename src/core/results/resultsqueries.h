#pragma once

#include "common/result.h"
#include "results/distancehistogram.h"
#include "results/mapcells.h"
#include "results/resultscope.h"
#include "results/runrecord.h"
#include "results/scopeoverview.h"
#include "results/tableinfo.h"

#include <QCoreApplication>
#include <QList>

struct pg_conn;
typedef struct pg_conn PGconn;

namespace regionmap {

// The aggregate queries behind the results views. Every number comes from PostgreSQL: the
// functions run in the calling thread on the given connection (a QueryRunner's worker thread in
// the GUI) and aggregate in SQL, so that only small results travel. Table names are quoted with
// libpq's escaping; every value is a bound parameter.
class ResultsQueries
{
    Q_DECLARE_TR_FUNCTIONS(ResultsQueries)

public:
    // The run history, newest first (at most `limit` runs). An empty list when the database has
    // no RegionMap schema yet.
    static Result<QList<RunRecord>> runs(PGconn *conn, int limit = 5000);

    // The target tables etl_runs names, most recently loaded first.
    static Result<QList<TableRecord>> tables(PGconn *conn);

    // The table's columns; an error when it is missing or lacks RegionMap's enrichment columns.
    // The oldest schema (resources/sql) these queries read: the points per run (migration 5).
    // A database an older RegionMap made is updated by a run, or by the app when it connects.
    static constexpr int kOldestSchema = 5;

    static Result<TableInfo> describeTable(PGconn *conn, const QString &table);

    // The table's columns from the CSV files (every column but RegionMap's enrichment columns),
    // in table order: what a scope may match (ResultScope::match).
    static QStringList csvColumns(const TableInfo &table);
    // The most common values of `column` among the scope's rows (its match ignored), most rows
    // first, at most `limit`; an empty value stands for the rows where it is empty. A scan of the
    // scope's rows: seconds on millions of them.
    struct ValueCount
    {
        QString value;
        qint64 rows = 0;
    };
    static Result<QList<ValueCount>> columnValues(PGconn *conn, const TableInfo &table,
                                                  const ResultScope &scope, const QString &column,
                                                  int limit = 100);

    // Rows per status, per region with distances and close calls, the catalog's regions and the
    // geo sources of one scope.
    static Result<ScopeOverview> overview(PGconn *conn, const TableInfo &table,
                                          const ResultScope &scope);

    // Located rows by distance to their region, in about targetBins bins of a nice width.
    static Result<DistanceHistogram> distanceHistogram(PGconn *conn, const TableInfo &table,
                                                       const ResultScope &scope,
                                                       int targetBins = 24);

    // Located rows aggregated to a grid of cellDegrees-square cells, per region.
    static Result<MapCells> mapCells(PGconn *conn, const TableInfo &table, const ResultScope &scope,
                                     double cellDegrees);

    // The rows the cross-check puts in another region, by the pair of places (most rows first,
    // at most `limit` pairs). Empty for a table without a cross-check.
    static Result<Disagreements> disagreements(PGconn *conn, const TableInfo &table,
                                               const ResultScope &scope, int limit = 5000);

    // The enrichment columns the views read; a table without them is not a RegionMap table.
    static const QStringList &requiredColumns();
};

} // namespace regionmap
