#include "rowqueries.h"

#include "db/copystream.h"
#include "results/pgresult.h"
#include "results/rowindexes.h"
#include "results/scopesource.h"

#include <QHash>
#include <QSaveFile>

#include <libpq-fe.h>

#include <algorithm>

namespace regionmap {

namespace {

// A sorted selection that the server sorts: it reads the matching rows by a scan or a bitmap
// (for a filter), never row by row along an index (RowIndexes), which would read a big table in
// random order, or, for a LIMIT, pass most of it.
const QString kServerSorts = QStringLiteral("SET LOCAL enable_indexscan = off;"
                                            " SET LOCAL enable_indexonlyscan = off;");

quint64 binaryTid(const char *p)
{
    const auto *u = reinterpret_cast<const unsigned char *>(p);
    const quint32 block
        = (quint32(u[0]) << 24) | (quint32(u[1]) << 16) | (quint32(u[2]) << 8) | quint32(u[3]);
    const quint16 offset = quint16((u[4] << 8) | u[5]);
    return (quint64(block) << 16) | offset;
}

// Runs a query for ctids (in binary) in a read-only transaction of its own with these planner
// settings ("SET LOCAL ...;"), which end with it.
Result<PgResult> readTids(PGconn *conn, const QString &settings, const QString &sql,
                          const PgParams &params, const QString &what)
{
    if (Result<qint64> begun = execSql(conn, QStringLiteral("BEGIN READ ONLY; ") + settings);
        !begun) {
        execSql(conn, QStringLiteral("ROLLBACK"));
        return Error(ErrorKind::Database, RowQueries::tr("Could not read %1.").arg(what),
                     begun.error().details);
    }
    Result<PgResult> r = PgResult::exec(conn, sql, params, what, /*binaryResults=*/true);
    execSql(conn, r ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
    return r;
}

// Appends one CSV field: NULL stays empty, an empty string becomes "" (as COPY ... CSV does),
// and a field with a separator, a quote or a line break is quoted.
void appendCsvField(QByteArray &out, const char *data, int size, bool isNull)
{
    if (isNull)
        return;
    bool quote = size == 0;
    for (int i = 0; i < size && !quote; ++i) {
        const char c = data[i];
        quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
        out.append(data, size);
        return;
    }
    out += '"';
    for (int i = 0; i < size; ++i) {
        if (data[i] == '"')
            out += '"';
        out += data[i];
    }
    out += '"';
}

} // namespace

Result<qint64> RowQueries::countFromPoints(PGconn *conn, const RowSelection &selection)
{
    if (!selection.filter().text.isEmpty())
        return qint64(-1);
    const QString what = tr("the number of rows of %1").arg(selection.scope().describe());
    const Result<std::optional<QList<qint64>>> runs = pointRuns(conn, selection.scope(), what);
    if (!runs)
        return runs.error();
    if (!runs->has_value())
        return qint64(-1);
    // The filter's conditions are on columns the points have too, with the same values.
    PgParams params;
    const QString where = selection.whereSql(conn, params);
    const QString sql = QStringLiteral("SELECT coalesce(sum(row_count), 0)::bigint FROM etl_points")
                        + where
                        + (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND "))
                        + QStringLiteral("run_id = ANY(%1::bigint[])").arg(params.next());
    params.addBigIntArray(runs->value());
    const Result<PgResult> r = PgResult::exec(conn, sql, params, what);
    if (!r)
        return r.error();
    return r->rows() == 1 ? r->toInt64(0, 0) : qint64(-1);
}

Result<RowHead> RowQueries::head(PGconn *conn, const RowSelection &selection, int limit,
                                 bool indexOrder)
{
    const QString what = tr("the first rows of %1").arg(selection.scope().describe());
    RowHead head;
    const Result<qint64> total = countFromPoints(conn, selection);
    if (!total)
        return total.error();
    head.total = total.value();

    // A scan that is not a sort gives its rows in physical order page by page, but within a page
    // an index or bitmap scan follows each HOT chain from its root, whose place can differ from
    // the row's own ctid. So the head asks for up to one page's worth of rows more (at most
    // MaxHeapTuplesPerPage), which completes the page of the last row it needs, and sorts them.
    const Result<QStringList> blockSize = execColumn(conn, QStringLiteral("SHOW block_size"));
    if (!blockSize || blockSize->size() != 1)
        return Error(ErrorKind::Database, tr("Could not read %1.").arg(what),
                     blockSize ? QString() : blockSize.error().details);
    const int pageRows = std::max(1, (blockSize->first().toInt() - 24) / 28);

    PgParams params;
    const bool physical = !selection.isSorted();
    // With a filter, the sort's index would be read in order past every row that does not match
    // (for a rare region, most of the table): the server sorts the matching rows instead, unless
    // the filter is one column compared with a value and the index is on it and the sorted
    // column (RowIndexes::orderFilterColumn()): its scan for the value is in the sort's order.
    const bool byIndex
        = !physical && indexOrder
          && (selection.filter().isEmpty() || !RowIndexes::orderFilterColumn(selection).isEmpty());
    // The key column is qualified: ORDER BY a bare name would mean the output column (its text).
    const QString key
        = QStringLiteral("regionmap_head.") + pgQuoteIdentifier(conn, selection.order().column);
    QString sql = QStringLiteral("SELECT ctid");
    if (byIndex)
        sql += QStringLiteral(", ") + key + QStringLiteral("::text");
    sql += QStringLiteral(" FROM ") + selection.table().quotedName
           + QStringLiteral(" AS regionmap_head") + selection.whereSql(conn, params);
    QString settings;
    int fetch = limit;
    if (physical) {
        // One process scanning from the first block (or a bitmap, or an index on a compared
        // column, whose equal keys are in physical order): the first rows in physical order,
        // without sorting every matching row by ctid.
        settings = QStringLiteral("SET LOCAL max_parallel_workers_per_gather = 0;"
                                  " SET LOCAL synchronize_seqscans = off;");
        fetch = limit + pageRows;
    } else if (byIndex) {
        // A forward scan of the index in one process, which keeps equal keys in physical order
        // (by the HOT chain's root, see above): the first rows are read and no more.
        settings = QStringLiteral("SET LOCAL max_parallel_workers_per_gather = 0;"
                                  " SET LOCAL enable_sort = off;");
        sql += QStringLiteral(" ORDER BY %1 %2 NULLS LAST")
                   .arg(key, selection.order().descending ? QStringLiteral("DESC")
                                                          : QStringLiteral("ASC"));
        fetch = limit + pageRows;
    } else {
        // The server sorts the matching rows (top-N). With a filter, a scan of the sort's index
        // that skips the rows which do not match would be planned for the LIMIT, and for a
        // rare region it reads most of the table (24.7 s at 10M rows, against 0.15 s).
        settings = kServerSorts;
        sql += selection.orderSql(conn);
    }
    sql += QStringLiteral(" LIMIT %1").arg(fetch);

    Result<PgResult> r = readTids(conn, settings, sql, params, what);
    if (!r)
        return r.error();
    // (group of equal keys, ctid): the group is the key's rank, counted along the index order.
    QList<std::pair<qint64, quint64>> rows(r->rows());
    qint64 group = 0;
    for (int i = 0; i < r->rows(); ++i) {
        if (byIndex && i > 0
            && (r->isNull(i, 1) != r->isNull(i - 1, 1)
                || QByteArrayView(r->raw(i, 1), r->length(i, 1))
                       != QByteArrayView(r->raw(i - 1, 1), r->length(i - 1, 1)))) {
            ++group;
        }
        rows[i] = {group, r->length(i, 0) == 6 ? binaryTid(r->raw(i, 0)) : 0};
    }
    if (fetch != limit)
        std::sort(rows.begin(), rows.end());
    // Every row, when the scan ended before the rows asked for.
    head.complete = rows.size() < fetch && rows.size() <= limit;
    head.tids.resize(std::min<qsizetype>(rows.size(), limit));
    for (qsizetype i = 0; i < head.tids.size(); ++i)
        head.tids[i] = rows.at(i).second;
    if (head.complete)
        head.total = head.tids.size();
    return head;
}

Result<QList<quint64>> RowQueries::snapshot(PGconn *conn, const RowSelection &selection)
{
    const QString what = tr("the rows of %1").arg(selection.scope().describe());
    PgParams params;
    QString sql = QStringLiteral("SELECT ctid FROM ") + selection.table().quotedName
                  + selection.whereSql(conn, params);
    const bool physical = !selection.isSorted();
    if (!physical)
        sql += selection.orderSql(conn);
    // Every row, sorted: a scan and a sort read the table once in order, where an index made for
    // the first page (RowIndexes) would read it row by row in random order. A bitmap scan for
    // a filter stays allowed.
    const QString settings = physical ? QString() : kServerSorts;
    Result<PgResult> r = readTids(conn, settings, sql, params, what);
    if (!r)
        return r.error();
    QList<quint64> tids;
    tids.resize(r->rows());
    for (int i = 0; i < r->rows(); ++i)
        tids[i] = r->length(i, 0) == 6 ? binaryTid(r->raw(i, 0)) : 0;
    // A sequential scan may start in the middle of a big table (synchronized scans): put the
    // physical order back here rather than have the server sort.
    if (physical)
        std::sort(tids.begin(), tids.end());
    return tids;
}

Result<RowBlock> RowQueries::fetch(PGconn *conn, const TableInfo &table, const QList<quint64> &tids)
{
    RowBlock block;
    block.columnCount = int(table.columns.size());
    const qsizetype cellCount = tids.size() * block.columnCount;
    block.cells = QList<QString>(cellCount);
    block.nulls = QBitArray(cellCount);
    block.found = QBitArray(tids.size());
    if (tids.isEmpty())
        return block;

    QByteArray array = "{";
    QHash<quint64, int> position;
    position.reserve(tids.size());
    for (int i = 0; i < tids.size(); ++i) {
        if (i)
            array += ',';
        array += '"' + tidText(tids.at(i)) + '"';
        position.insert(tids.at(i), i);
    }
    array += '}';

    PgParams params;
    params.add(QString::fromLatin1(array));
    const RowSelection selection(table, ResultScope::wholeTable(table.name));
    const QString sql = QStringLiteral("SELECT ctid, %1 FROM %2 WHERE ctid = ANY($1::tid[])")
                            .arg(selection.columnsSql(conn), table.quotedName);
    Result<PgResult> r
        = PgResult::exec(conn, sql, params, tr("rows of the table \"%1\"").arg(table.name));
    if (!r)
        return r.error();
    for (int i = 0; i < r->rows(); ++i) {
        const auto it = position.constFind(parseTid(r->raw(i, 0), r->length(i, 0)));
        if (it == position.cend())
            continue;
        const int row = it.value();
        block.found.setBit(row);
        for (int c = 0; c < block.columnCount; ++c) {
            const int cell = row * block.columnCount + c;
            if (r->isNull(i, c + 1))
                block.nulls.setBit(cell);
            else
                block.cells[cell] = QString::fromUtf8(r->raw(i, c + 1), r->length(i, c + 1));
        }
    }
    return block;
}

Result<qint64> RowQueries::exportCsv(PGconn *conn, const RowSelection &selection,
                                     const QString &path, const std::atomic_bool *cancel)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error(tr("Could not write %1: %2. Choose another folder or file name.")
                         .arg(path, file.errorString()));
    }
    PgParams params;
    const QString sql = QStringLiteral("SELECT %1 FROM %2")
                            .arg(selection.columnsSql(conn), selection.table().quotedName)
                        + selection.whereSql(conn, params) + selection.orderSql(conn);
    const QByteArray sqlUtf8 = sql.toUtf8();
    QList<const char *> values(params.size());
    for (int i = 0; i < params.size(); ++i)
        values[i] = params.values().at(i).constData();

    auto serverError = [&](const QString &detail) {
        return Error(tr("Could not export the rows of %1: the database reported an error.")
                         .arg(selection.scope().describe()),
                     detail);
    };
    if (!PQsendQueryParams(conn, sqlUtf8.constData(), params.size(), nullptr, values.constData(),
                           nullptr, nullptr, 0)
        || !PQsetSingleRowMode(conn)) {
        const Error e = serverError(QString::fromUtf8(PQerrorMessage(conn)).trimmed());
        while (PGresult *res = PQgetResult(conn))
            PQclear(res);
        return e;
    }

    QByteArray out;
    const QStringList names = selection.table().columnNames();
    for (int c = 0; c < names.size(); ++c) {
        if (c)
            out += ',';
        const QByteArray name = names.at(c).toUtf8();
        appendCsvField(out, name.constData(), int(name.size()), false);
    }
    out += "\r\n";

    qint64 rows = 0;
    Error failure;
    bool failed = false;
    bool cancelled = false;
    while (PGresult *res = PQgetResult(conn)) {
        PgResult result(res);
        const ExecStatusType status = PQresultStatus(res);
        if (status == PGRES_SINGLE_TUPLE) {
            if (failed || cancelled)
                continue;
            for (int c = 0; c < result.columns(); ++c) {
                if (c)
                    out += ',';
                appendCsvField(out, result.raw(0, c), result.length(0, c), result.isNull(0, c));
            }
            out += "\r\n";
            ++rows;
            if (out.size() >= (1 << 20)) {
                if (file.write(out) != out.size()) {
                    failed = true;
                    failure = Error(tr("Could not write %1: %2. Check the free space.")
                                        .arg(path, file.errorString()));
                }
                out.clear();
            }
            if (cancel && cancel->load(std::memory_order_relaxed) && !cancelled) {
                cancelled = true;
                if (PGcancel *c = PQgetCancel(conn)) {
                    char err[256];
                    PQcancel(c, err, sizeof err);
                    PQfreeCancel(c);
                }
            }
        } else if (status != PGRES_TUPLES_OK && !failed && !cancelled) {
            failed = true;
            failure = serverError(QString::fromUtf8(PQresultErrorMessage(res)).trimmed());
        }
    }
    if (cancelled) {
        file.cancelWriting();
        return Error(tr("The export to %1 was cancelled; no file was written.").arg(path));
    }
    if (failed) {
        file.cancelWriting();
        return failure;
    }
    if (file.write(out) != out.size() || !file.commit()) {
        return Error(tr("Could not write %1: %2. Check the free space and the permissions.")
                         .arg(path, file.errorString()));
    }
    return rows;
}

} // namespace regionmap
