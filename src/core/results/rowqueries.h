#pragma once

#include "common/result.h"
#include "results/rowblock.h"
#include "results/rowselection.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>

struct pg_conn;
typedef struct pg_conn PGconn;

namespace regionmap {

// The row table's queries. A selection is first turned into a snapshot: the physical positions
// (ctid) of its rows in the server's order (sorted and filtered by PostgreSQL in one pass), so
// that any stretch of rows can then be fetched at once by position (a TID scan), however deep in
// a million-row table it lies. Positions stay valid while the table is only read; RegionMap
// replaces a table by creating a new one, so a new run never moves the rows of a snapshot.
class RowQueries
{
    Q_DECLARE_TR_FUNCTIONS(RowQueries)

public:
    // The positions of the selected rows, in order. The table's physical order when no column
    // is chosen.
    static Result<QList<quint64>> snapshot(PGconn *conn, const RowSelection &selection);

    // Every column of the rows at these positions, in the order of `tids`.
    static Result<RowBlock> fetch(PGconn *conn, const TableInfo &table, const QList<quint64> &tids);

    // Writes the selected rows as CSV (RFC 4180, UTF-8, a header row) to `path`, streaming them
    // from the server. Returns the number of rows written. `cancel` stops it between rows.
    static Result<qint64> exportCsv(PGconn *conn, const RowSelection &selection,
                                    const QString &path, const std::atomic_bool *cancel = nullptr);
};

} // namespace regionmap
