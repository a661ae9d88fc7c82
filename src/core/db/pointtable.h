#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QStringList>

struct pg_conn;
typedef struct pg_conn PGconn;

namespace regionmap {

// etl_points: the rows of each run as weighted points, one per distinct place and assignment
// with the number of rows it stands for (docs/point-table.md). A run's points are made in one of
// two ways, with the same result: counted while it loads (etl/pointcounts.h) and copied in with
// copySql(), or made from its rows by fromRows() (a run loaded before the table existed, a merge
// of an upsert, more places than the load counts in memory). The caller owns the transaction.
class PointTable
{
    Q_DECLARE_TR_FUNCTIONS(PointTable)

public:
    // The columns copySql() expects, after run_id, in order: every one but row_count is also a
    // column of the target table, stored in the same text.
    static const QStringList &pointColumns();
    // COPY etl_points (run_id, the point columns, row_count) FROM STDIN.
    static QString copySql();

    // Makes the points of one run from its rows in the target table. tableColumns: the table's
    // columns (a table made by an older version lacks some; their values are NULL). Returns the
    // number of points.
    static Result<qint64> fromRows(PGconn *conn, const QString &quotedTable,
                                   const QStringList &tableColumns, qint64 runId);

    // Records that the run's points are complete (etl_runs.point_count).
    static Status markMade(PGconn *conn, qint64 runId, qint64 points);

    // A replace: the points of the table's earlier runs describe rows that are gone.
    static Status dropEarlierRuns(PGconn *conn, const QString &table, qint64 runId);
};

} // namespace regionmap
