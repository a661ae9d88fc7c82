#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QStringList>

struct pg_conn;
typedef struct pg_conn PGconn;

namespace regionmap {

// etl_points: the rows of each run as weighted points, one per distinct place and assignment
// with the number of rows it stands for (docs/point-table.md). Each run's points are a partition
// of their own, etl_points_r<run_id>: begin() makes it, then they are filled in one of two ways,
// with the same result: counted while the run loads (etl/pointcounts.h) and copied in with
// copySql(), or made from its rows by fromRows() (a run loaded before the table existed, a merge
// of an upsert, more places than the load counts in memory); markMade() attaches them. All in
// the caller's transaction.
class PointTable
{
    Q_DECLARE_TR_FUNCTIONS(PointTable)

public:
    // The columns copySql() expects, after run_id, in order: every one but row_count is also a
    // column of the target table, stored in the same text.
    static const QStringList &pointColumns();
    // Where a run's points are written: a partition of their own, made by a user who owns
    // etl_points; else (a schema a DBA set up) the shared default partition, through etl_points.
    enum class Target { OwnPartition, Shared };

    // The partition that holds the run's points (Target::OwnPartition).
    static QString partitionName(qint64 runId);

    // Says where the run's points go and, for their own partition, makes it, empty and not yet
    // attached (a leftover of the same name is dropped first).
    static Result<Target> begin(PGconn *conn, qint64 runId);

    // COPY (run_id, the point columns, row_count) FROM STDIN, into the run's own partition
    // frozen (it was made in the same transaction), or into etl_points; in COPY's text format,
    // or its binary format.
    static QString copySql(qint64 runId, Target target, bool binary = false);

    // Makes the points of one run from its rows in the target table. tableColumns: the table's
    // columns (a table made by an older version lacks some; their values are NULL). Returns the
    // number of points.
    static Result<qint64> fromRows(PGconn *conn, const QString &quotedTable,
                                   const QStringList &tableColumns, qint64 runId, Target target);

    // Attaches the run's partition to etl_points and records that its points are complete
    // (etl_runs.point_count).
    static Status markMade(PGconn *conn, qint64 runId, qint64 points, Target target);

    // A replace: the points of the table's earlier runs describe rows that are gone. They are
    // no longer read from here on: those in the shared partition are deleted, and dropStale()
    // drops the partitions of their own after the commit.
    static Status dropEarlierRuns(PGconn *conn, const QString &table, qint64 runId, Target target);

    // Outside a transaction: drops the partitions of runs whose points are no longer used (the
    // run was replaced or deleted), each waiting at most a second for readers. Returns how many
    // it dropped; what it could not drop now is dropped next time.
    static Result<int> dropStale(PGconn *conn);
};

} // namespace regionmap
