#include "rowindexes.h"

#include "db/copystream.h"
#include "results/pgresult.h"

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

QString RowIndexes::name(const TableInfo &table, const RowIndex &index)
{
    const QByteArray key = table.name.toUtf8() + '\x1f' + index.column.toUtf8() + '\x1f'
                           + (index.descending ? "desc" : "asc");
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(10));
    // 63 bytes at most: the column's first 40 characters are enough to recognise it.
    QString column = index.column.left(40);
    while (column.toUtf8().size() > 40)
        column.chop(1);
    return QStringLiteral("regionmap_%1_%2").arg(column, hash);
}

Result<RowIndexState> RowIndexes::inspect(PGconn *conn, const RowSelection &selection,
                                          qint64 largeBytes)
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

    // Valid, whole-table B-trees, by their first column, its options and whether its collation
    // is the column's own (only then does the index order what ORDER BY orders).
    Result<PgResult> indexes = PgResult::exec(
        conn,
        QStringLiteral("SELECT a.attname, i.indoption[0]::int,"
                       "       i.indcollation[0] = a.attcollation"
                       "  FROM pg_index i"
                       "  JOIN pg_class ic ON ic.oid = i.indexrelid"
                       "  JOIN pg_am am ON am.oid = ic.relam"
                       "  JOIN pg_attribute a ON a.attrelid = i.indrelid"
                       "                     AND a.attnum = i.indkey[0]"
                       " WHERE i.indrelid = $1::regclass AND i.indisvalid AND i.indisready"
                       "   AND i.indpred IS NULL AND i.indexprs IS NULL AND am.amname = 'btree'"),
        params, what);
    if (!indexes)
        return indexes.error();
    const auto has = [&](const RowIndex &wanted, bool exactOrder) {
        for (int i = 0; i < indexes->rows(); ++i) {
            if (indexes->text(i, 0) != wanted.column)
                continue;
            if (!exactOrder)
                return true;
            const int options = int(indexes->toInt64(i, 1));
            // NULLS LAST in either direction: ASC's default, DESC's non-default.
            const int expected = wanted.descending ? kIndexDesc : 0;
            if ((options & (kIndexDesc | kIndexNullsFirst)) == expected && indexes->toBool(i, 2))
                return true;
        }
        return false;
    };

    const RowOrder &order = selection.order();
    if (selection.isSorted()) {
        const RowIndex wanted {order.column, order.descending};
        state.orderIndexed = has(wanted, true);
        // A filtered selection is sorted by the server from the rows the filter's indexes
        // find: reading the sort's index in order would pass every row that does not match.
        if (!state.orderIndexed && state.large && state.canMake && selection.filter().isEmpty())
            state.missing << wanted;
    }
    if (state.large && state.canMake) {
        for (const QString &column : filteredColumns(selection)) {
            const RowIndex wanted {column, false};
            if (!has(wanted, false))
                state.missing << wanted;
        }
    }
    return state;
}

Status RowIndexes::make(PGconn *conn, const TableInfo &table, const RowIndex &index)
{
    const QString sql = QStringLiteral("BEGIN READ WRITE;"
                                       " SET LOCAL lock_timeout = '3s';"
                                       " SET LOCAL maintenance_work_mem = '256MB';"
                                       " CREATE INDEX IF NOT EXISTS %1 ON %2 (%3 %4);"
                                       " COMMIT")
                            .arg(pgQuoteIdentifier(conn, name(table, index)), table.quotedName,
                                 pgQuoteIdentifier(conn, index.column),
                                 index.descending ? QStringLiteral("DESC NULLS LAST")
                                                  : QStringLiteral("ASC NULLS LAST"));
    const Result<qint64> done = execSql(conn, sql);
    if (!done) {
        execSql(conn, QStringLiteral("ROLLBACK"));
        return Error(
            ErrorKind::Database,
            tr("Could not make an index on %1 of the table \"%2\".").arg(index.column, table.name),
            done.error().details);
    }
    return {};
}

} // namespace regionmap
