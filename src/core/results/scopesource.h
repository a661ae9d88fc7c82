#pragma once

#include "common/result.h"
#include "results/pgresult.h"
#include "results/resultscope.h"
#include "results/tableinfo.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>

namespace regionmap {

// Where the numbers of a scope come from (docs/point-table.md). When the runs in scope still
// describe the table (each succeeded after the table's last replace, and no later run was an
// upsert, which can take over rows of earlier runs), their stored counts give the statuses and
// their points in etl_points give everything else, exactly, from thousands of rows instead of
// millions. Otherwise the table's rows are read.

// The counts the runs in scope stored when they finished (etl_runs.status_counts).
struct StoredCounts
{
    QList<qint64> runIds; // the runs with rows, oldest first
    QMap<QString, qint64> perStatus;
    QStringList sources;
};

// The stored counts of the scope, when they still describe the table; nothing when they may not.
Result<std::optional<StoredCounts>> storedCounts(PGconn *conn, const ResultScope &scope,
                                                 const QString &what);

// The runs whose points stand for the scope's rows; nothing when the rows must be read (the
// counts do not describe the table, or a run's points are not made yet, or the database predates
// the point table).
Result<std::optional<QList<qint64>>> pointRuns(PGconn *conn, const ResultScope &scope,
                                               const QString &what);

// Makes the points of the runs in scope that have none yet (loaded before the point table
// existed), once, from their rows, in a transaction of its own that waits for another client
// making the same. Returns the runs it made points for. A database the user cannot write to
// gives an error, and the views then read the rows.
class PointMaker
{
    Q_DECLARE_TR_FUNCTIONS(PointMaker)

public:
    // The runs in scope whose points are still to be made (none when the scope is read from
    // its rows anyway).
    static Result<QList<qint64>> missing(PGconn *conn, const ResultScope &scope);
    static Result<QList<qint64>> makeMissing(PGconn *conn, const TableInfo &table,
                                             const ResultScope &scope);
};

// The relation the aggregates of a scope read: the table, each row weighing 1, or the runs'
// points, each weighing its row_count. The points have every enrichment column; a table made by
// an older version may lack some (column() gives NULL for those).
struct RowSource
{
    QString relation; // quoted
    QString condition; // " AND run_id = $n" or " AND run_id = ANY($n)", or empty
    QString weight; // "1" or "row_count"
    const TableInfo *table = nullptr; // null for the points

    static RowSource rows(const TableInfo &table, const ResultScope &scope, PgParams &params);
    static RowSource points(const QList<qint64> &runIds, PgParams &params);
    // The points when they stand for the scope (pointRuns()), else the rows.
    static Result<RowSource> forScope(PGconn *conn, const TableInfo &table,
                                      const ResultScope &scope, PgParams &params,
                                      const QString &what);

    bool isPoints() const { return table == nullptr; }
    // The column, or `missing` (a typed NULL) when the table lacks it.
    QString column(const QString &name, const QString &missing) const;
};

} // namespace regionmap
