#pragma once

#include "common/result.h"
#include "results/rowselection.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

struct pg_conn;
typedef struct pg_conn PGconn;

namespace regionmap {

// One index the row table's first page would use: on the sorted column, in the sort's
// direction, or on a column the filter compares with a value.
struct RowIndex
{
    QString column;
    bool descending = false;

    bool operator==(const RowIndex &o) const
    {
        return column == o.column && descending == o.descending;
    }
};

// What the table offers the first page of a selection (docs/point-table.md, "The row table").
struct RowIndexState
{
    bool large = false; // big enough that a page without an index takes seconds
    bool canMake = false; // the user may add indexes to the table (owns it)
    // An index whose forward scan gives exactly the selection's order: the column in its
    // direction, NULLS LAST, ties in physical order (a B-tree keeps equal keys in heap order).
    bool orderIndexed = false;
    QList<RowIndex> missing; // to make before the first page; only on a large table the user owns
};

// The indexes RowQueries makes on demand, so that the first page of a sorted or filtered
// selection on a table of millions of rows comes in well under a second. Each is made once per
// table, column and direction, by the table's owner, and named for RegionMap ("regionmap_…").
class RowIndexes
{
    Q_DECLARE_TR_FUNCTIONS(RowIndexes)

public:
    // A table over this size (about 700,000 rows of the reference file) gets indexes: below it,
    // PostgreSQL sorts or scans the whole table for the first page in a fraction of a second.
    static constexpr qint64 kLargeTableBytes = qint64(192) << 20;

    // `largeBytes`: the size from which a table counts as large.
    static Result<RowIndexState> inspect(PGconn *conn, const RowSelection &selection,
                                         qint64 largeBytes = kLargeTableBytes);
    // Makes one index, in a transaction of its own that waits at most a few seconds for a load
    // writing to the table. PQcancel stops it, and nothing is left behind.
    static Status make(PGconn *conn, const TableInfo &table, const RowIndex &index);
    // The index's name: "regionmap_", the column, and a hash of table, column and direction.
    static QString name(const TableInfo &table, const RowIndex &index);
};

} // namespace regionmap
