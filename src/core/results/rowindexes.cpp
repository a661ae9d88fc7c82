#include "rowindexes.h"

#include "db/copystream.h"
#include "results/pgresult.h"
#include "results/rowqueries.h"

#include <QCryptographicHash>

namespace regionmap {

namespace {

// pg_index.indoption bits of the first key column.
constexpr int kIndexDesc = 1;
constexpr int kIndexNullsFirst = 2;

// The columns the filter compares with one value (or IS NULL), which a B-tree serves.
QStringList filteredColumns(const RowSelection &selection)
{
    const RowFilter &f = selection.filter();
    QStringList columns;
    if (f.withoutRegion || !f.regionCode.isEmpty())
        columns << QStringLiteral("region_code");
    if (!f.geoStatus.isEmpty())
        columns << QStringLiteral("geo_status");
    if (!f.assignment.isEmpty())
        columns << QStringLiteral("assignment");
    if (!f.agreement.isEmpty())
        columns << QStringLiteral("agreement");
    QStringList present;
    for (const QString &c : std::as_const(columns)) {
        if (selection.table().columnIndex(c) >= 0)
            present << c;
    }
    return present;
}

} // namespace

QString RowIndexes::columnsText(const RowIndex &index)
{
    return index.filterColumn.isEmpty() ? index.column
                                        : index.filterColumn + QStringLiteral(", ") + index.column;
}

QString RowIndexes::name(const TableInfo &table, const RowIndex &index)
{
    QByteArray key = table.name.toUtf8() + '\x1f' + index.column.toUtf8() + '\x1f'
                     + (index.descending ? "desc" : "asc");
    if (!index.filterColumn.isEmpty())
        key += '\x1f' + index.filterColumn.toUtf8();
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(10));
    // 63 bytes at most: the columns' first 40 characters are enough to recognise them.
    const QString columns = index.filterColumn.isEmpty()
                                ? index.column
                                : index.filterColumn + QLatin1Char('_') + index.column;
    QString column = columns.left(40);
    while (column.toUtf8().size() > 40)
        column.chop(1);
    return QStringLiteral("regionmap_%1_%2").arg(column, hash);
}

QString RowIndexes::orderFilterColumn(const RowSelection &selection)
{
    if (!selection.isSorted() || !selection.filter().text.isEmpty())
        return {};
    const QStringList columns = filteredColumns(selection);
    // (Compared with one value, the sorted column itself leaves only ties: physical order.)
    if (columns.size() != 1 || columns.first() == selection.order().column)
        return {};
    // Every condition of the filter is on that column (a condition on a column the table lacks
    // is not one the index serves).
    RowFilter only;
    const RowFilter &f = selection.filter();
    if (columns.first() == QLatin1String("region_code")) {
        only.regionCode = f.regionCode;
        only.withoutRegion = f.withoutRegion;
    } else if (columns.first() == QLatin1String("geo_status")) {
        only.geoStatus = f.geoStatus;
    } else if (columns.first() == QLatin1String("assignment")) {
        only.assignment = f.assignment;
    } else {
        only.agreement = f.agreement;
    }
    return only == f ? columns.first() : QString();
}

Result<RowIndexState> RowIndexes::inspect(PGconn *conn, const RowSelection &selection,
                                          qint64 largeBytes, qint64 filteredSortRows)
{
    const TableInfo &table = selection.table();
    const QString what = tr("the indexes of the table \"%1\"").arg(table.name);
    RowIndexState state;
    PgParams params;
    params.add(table.quotedName);
    Result<PgResult> size = PgResult::exec(
        conn,
        QStringLiteral("SELECT pg_relation_size(c.oid), pg_has_role(current_user, c.relowner,"
                       " 'USAGE') FROM pg_class c WHERE c.oid = $1::regclass"),
        params, what);
    if (!size)
        return size.error();
    if (size->rows() != 1)
        return state;
    state.large = size->toInt64(0, 0) >= largeBytes;
    state.canMake = size->toBool(0, 1);

    // Valid, whole-table B-trees, by their first two key columns, the options of each, whether
    // its collation is the column's own (only then does the index order what ORDER BY orders),
    // and the number of key columns (equal keys are in heap order only when nothing follows).
    Result<PgResult> indexes = PgResult::exec(
        conn,
        QStringLiteral("SELECT a.attname, i.indoption[0]::int,"
                       "       i.indcollation[0] = a.attcollation,"
                       "       a2.attname, i.indoption[1]::int,"
                       "       coalesce(i.indcollation[1] = a2.attcollation, false),"
                       "       i.indnkeyatts"
                       "  FROM pg_index i"
                       "  JOIN pg_class ic ON ic.oid = i.indexrelid"
                       "  JOIN pg_am am ON am.oid = ic.relam"
                       "  JOIN pg_attribute a ON a.attrelid = i.indrelid"
                       "                     AND a.attnum = i.indkey[0]"
                       "  LEFT JOIN pg_attribute a2 ON a2.attrelid = i.indrelid"
                       "                           AND a2.attnum = i.indkey[1]"
                       " WHERE i.indrelid = $1::regclass AND i.indisvalid AND i.indisready"
                       "   AND i.indpred IS NULL AND i.indexprs IS NULL AND am.amname = 'btree'"),
        params, what);
    if (!indexes)
        return indexes.error();
    // The key at `at` (0 or 1) of index i orders like `wanted`'s sorted column: NULLS LAST in
    // either direction (ASC's default, DESC's non-default), the column's own collation.
    const auto ordersAt = [&](int i, int at, const RowIndex &wanted) {
        if (indexes->isNull(i, 3 * at + 1))
            return false;
        const int options = int(indexes->toInt64(i, 3 * at + 1));
        const int expected = wanted.descending ? kIndexDesc : 0;
        return indexes->text(i, 3 * at) == wanted.column
               && (options & (kIndexDesc | kIndexNullsFirst)) == expected
               && indexes->toBool(i, 3 * at + 2);
    };
    const auto has = [&](const RowIndex &wanted, bool exactOrder) {
        for (int i = 0; i < indexes->rows(); ++i) {
            const qint64 keys = indexes->toInt64(i, 6);
            if (!wanted.filterColumn.isEmpty()) {
                // The filter's column first (its collation too: only then is its equality the
                // index's), the sorted one second, and no third.
                if (keys == 2 && indexes->text(i, 0) == wanted.filterColumn && indexes->toBool(i, 2)
                    && ordersAt(i, 1, wanted))
                    return true;
                continue;
            }
            if (indexes->text(i, 0) != wanted.column)
                continue;
            if (!exactOrder)
                return true;
            if (keys == 1 && ordersAt(i, 0, wanted))
                return true;
        }
        return false;
    };

    const RowOrder &order = selection.order();
    const QString filterColumn = orderFilterColumn(selection);
    if (selection.isSorted() && (selection.filter().isEmpty() || !filterColumn.isEmpty())) {
        // Unfiltered: the sort's index. Filtered by one column compared with a value: the
        // index on that column and the sorted one, scanned for the value. (The sort's index
        // alone would be read in order past every row that does not match: for a rare region,
        // most of the table.)
        const RowIndex wanted {order.column, order.descending, filterColumn};
        state.orderIndexed = has(wanted, true);
        bool worthIt = filterColumn.isEmpty();
        if (!worthIt && !state.orderIndexed && state.large && state.canMake) {
            // Only when the server would sort many rows (the count from the points; not known
            // without them: then as for an unfiltered sort).
            const Result<qint64> rows = RowQueries::countFromPoints(conn, selection);
            if (!rows)
                return rows.error();
            worthIt = rows.value() < 0 || rows.value() >= filteredSortRows;
        }
        if (!state.orderIndexed && state.large && state.canMake && worthIt)
            state.missing << wanted;
    }
    // Any other filtered sort is sorted by the server from the rows the filter's indexes find.
    if (state.large && state.canMake) {
        for (const QString &column : filteredColumns(selection)) {
            // The two-column index serves the filter as well, by its first column.
            if (column == filterColumn && (state.orderIndexed || !state.missing.isEmpty()))
                continue;
            const RowIndex wanted {column, false};
            if (!has(wanted, false))
                state.missing << wanted;
        }
    }
    return state;
}

Status RowIndexes::make(PGconn *conn, const TableInfo &table, const RowIndex &index)
{
    const QString sql
        = QStringLiteral("BEGIN READ WRITE;"
                         " SET LOCAL lock_timeout = '3s';"
                         " SET LOCAL maintenance_work_mem = '256MB';"
                         " CREATE INDEX IF NOT EXISTS %1 ON %2 (%3%4 %5);"
                         " COMMIT")
              .arg(pgQuoteIdentifier(conn, name(table, index)), table.quotedName,
                   index.filterColumn.isEmpty()
                       ? QString()
                       : pgQuoteIdentifier(conn, index.filterColumn) + QStringLiteral(", "),
                   pgQuoteIdentifier(conn, index.column),
                   index.descending ? QStringLiteral("DESC NULLS LAST")
                                    : QStringLiteral("ASC NULLS LAST"));
    const Result<qint64> done = execSql(conn, sql);
    if (!done) {
        execSql(conn, QStringLiteral("ROLLBACK"));
        return Error(ErrorKind::Database,
                     tr("Could not make an index on %1 of the table \"%2\".")
                         .arg(columnsText(index), table.name),
                     done.error().details);
    }
    return {};
}

} // namespace regionmap
