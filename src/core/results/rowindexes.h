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
// direction, or on a column the filter compares with a value; or, for a sort filtered by one
// such column, on both (filterColumn, then the sorted column), whose scan for the filter's value
// gives the sort's order.
struct RowIndex
{
    RowIndex() = default;
    RowIndex(QString sorted, bool desc = false, QString filter = {})
        : column(std::move(sorted))
        , descending(desc)
        , filterColumn(std::move(filter))
    { }

    QString column;
    bool descending = false;
    QString filterColumn; // empty: an index on `column` alone

    bool operator==(const RowIndex &o) const
    {
        return column == o.column && descending == o.descending && filterColumn == o.filterColumn;
    }
};

// What the table offers the first page of a selection (docs/point-table.md, "The row table").
struct RowIndexState
{
    bool large = false; // big enough that a page without an index takes seconds
    bool canMake = false; // the user may add indexes to the table (owns it)
    // An index whose forward scan gives exactly the selection's order: the column in its
    // direction, NULLS LAST, ties in physical order (a B-tree keeps equal keys in heap order);
    // for a sort filtered by one column compared with a value, the index on that column and
    // the sorted one (RowIndexes::orderFilterColumn()).
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

    // A sort filtered by one column gets the index on both columns when the filter matches at
    // least this many rows (from the points): below it the server sorts them in about half a
    // second or less (83 ms for 18,000 rows of a 10M-row table, 1.65 s for 847,000), and the
    // index would take seconds.
    static constexpr qint64 kFilteredSortRows = 250000;

    // `largeBytes`: the size from which a table counts as large; `filteredSortRows`: see
    // kFilteredSortRows.
    static Result<RowIndexState> inspect(PGconn *conn, const RowSelection &selection,
                                         qint64 largeBytes = kLargeTableBytes,
                                         qint64 filteredSortRows = kFilteredSortRows);
    // Makes one index, in a transaction of its own that waits at most a few seconds for a load
    // writing to the table. PQcancel stops it, and nothing is left behind.
    static Status make(PGconn *conn, const TableInfo &table, const RowIndex &index);
    // The index's name: "regionmap_", the column(s), and a hash of table, columns and direction.
    static QString name(const TableInfo &table, const RowIndex &index);
    // The column a sorted selection's filter compares with one value, when that is the whole
    // filter (no other condition, no text): an index on it and the sorted column then gives
    // the first page without sorting the matching rows. Empty otherwise.
    static QString orderFilterColumn(const RowSelection &selection);
    // The index's columns as the status line and messages name them: "column", or
    // "filter column, column".
    static QString columnsText(const RowIndex &index);
};

} // namespace regionmap
