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

// The first positions of a selection, and how many rows it has.
struct RowHead
{
    QList<quint64> tids; // the first positions, in order
    qint64 total = -1; // rows of the selection; -1 when not known without reading them all
    bool complete = false; // tids holds every row of the selection
};

// The row table's queries (docs/point-table.md, "The row table"). A selection is turned into a
// snapshot: the physical positions (ctid) of its rows in the server's order (sorted and filtered
// by PostgreSQL in one pass), so that any stretch of rows can then be fetched at once by position
// (a TID scan), however deep in a table of millions it lies. Its head (the first positions and
// the count) comes first and fast; the whole snapshot follows. Positions stay valid while the
// table is only read; RegionMap replaces a table by creating a new one, so a new run never moves
// the rows of a snapshot.
class RowQueries
{
    Q_DECLARE_TR_FUNCTIONS(RowQueries)

public:
    // The positions the row table asks for first: ten blocks of rows (a multiple of the model's
    // block), several screens.
    static constexpr int kHeadRows = 2000;

    // The first `limit` positions of the selection, in the snapshot's order, and its row count
    // when the points give it exactly (a filter on the enrichment columns only). With
    // `indexOrder` (an index that gives the order exactly, RowIndexState::orderIndexed) the
    // server reads the first rows off the index instead of sorting them all.
    static Result<RowHead> head(PGconn *conn, const RowSelection &selection, int limit,
                                bool indexOrder);

    // The selection's row count from the points, or -1 when they cannot give it (a text filter,
    // runs without points).
    static Result<qint64> countFromPoints(PGconn *conn, const RowSelection &selection);

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
