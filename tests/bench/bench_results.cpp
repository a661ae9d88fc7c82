// The results page's queries on a loaded table, timed: the summary, the histogram and the map
// from the runs' points (what the page does now) and from the rows (what it did before, and what
// a scope the points cannot stand for still does), and the row table's first page.
//
//   bench_results --db=URI --table=T [--run=ID] [--repeats=5]
//
// Prints one JSON object: per query and source, the first call on a new connection ("first":
// cold when the server was just restarted) and the median of the warm calls after it. Measures,
// asserts nothing; scripts/bench runs it after the end-to-end loads (docs/benchmarks.md).

#include "db/copystream.h"
#include "results/resultsqueries.h"
#include "results/rowindexes.h"
#include "results/rowqueries.h"
#include "results/scopesource.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <libpq-fe.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace regionmap;

namespace {

struct Options
{
    QString uri;
    QString table;
    qint64 run = 0;
    int repeats = 5;
};

// The first call and the median of `repeats` more, in ms; -1 when the query failed.
QJsonObject timeIt(int repeats, const std::function<bool()> &query)
{
    std::vector<double> warm;
    double first = -1;
    for (int i = 0; i <= repeats; ++i) {
        QElapsedTimer t;
        t.start();
        if (!query())
            return {{QStringLiteral("error"), true}};
        const double ms = double(t.nsecsElapsed()) / 1e6;
        if (i == 0)
            first = ms;
        else
            warm.push_back(ms);
    }
    std::sort(warm.begin(), warm.end());
    return {{QStringLiteral("first_ms"), first},
            {QStringLiteral("warm_ms"), warm.empty() ? first : warm[warm.size() / 2]}};
}

QJsonObject timeQueries(const Options &o, bool points)
{
    PGconn *conn = PQconnectdb(o.uri.toUtf8().constData());
    if (PQstatus(conn) != CONNECTION_OK) {
        std::fprintf(stderr, "bench_results: %s", PQerrorMessage(conn));
        PQfinish(conn);
        return {};
    }
    const ResultScope scope
        = o.run > 0 ? ResultScope::run(o.table, o.run) : ResultScope::wholeTable(o.table);
    const Result<TableInfo> info = ResultsQueries::describeTable(conn, o.table);
    if (!info) {
        std::fprintf(stderr, "bench_results: %s\n", qPrintable(info.error().toString()));
        PQfinish(conn);
        return {};
    }
    QJsonObject out;
    bool fromPoints = false;
    out.insert(QStringLiteral("summary"), timeIt(o.repeats, [&] {
                   const Result<ScopeOverview> ov = ResultsQueries::overview(conn, *info, scope);
                   fromPoints = ov && ov->fromPoints;
                   return ov.isOk();
               }));
    out.insert(QStringLiteral("histogram"), timeIt(o.repeats, [&] {
                   return ResultsQueries::distanceHistogram(conn, *info, scope).isOk();
               }));
    out.insert(QStringLiteral("map"), timeIt(o.repeats, [&] {
                   return ResultsQueries::mapCells(conn, *info, scope, 2.0).isOk();
               }));
    out.insert(QStringLiteral("read_from_points"), fromPoints);
    if (fromPoints != points)
        std::fprintf(stderr, "bench_results: read from the %s, not the %s\n",
                     fromPoints ? "points" : "rows", points ? "points" : "rows");
    PQfinish(conn);
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Options o;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        const QString value = arg.section(QLatin1Char('='), 1);
        if (arg.startsWith(QLatin1String("--db=")))
            o.uri = value;
        else if (arg.startsWith(QLatin1String("--table=")))
            o.table = value;
        else if (arg.startsWith(QLatin1String("--run=")))
            o.run = value.toLongLong();
        else if (arg.startsWith(QLatin1String("--repeats=")))
            o.repeats = std::max(1, value.toInt());
        else {
            std::fprintf(stderr,
                         "usage: bench_results --db=URI --table=T [--run=ID] [--repeats=N]\n");
            return 2;
        }
    }
    if (o.uri.isEmpty() || o.table.isEmpty()) {
        std::fprintf(stderr, "usage: bench_results --db=URI --table=T [--run=ID] [--repeats=N]\n");
        return 2;
    }
    PGconn *admin = PQconnectdb(o.uri.toUtf8().constData());
    if (PQstatus(admin) != CONNECTION_OK) {
        std::fprintf(stderr, "bench_results: %s", PQerrorMessage(admin));
        return 1;
    }
    const QString table = pgQuoteLiteral(admin, o.table);
    // The points, first (made here if the run predates them: the time it takes is the one-off
    // cost an older run pays).
    QJsonObject result;
    {
        PGconn *conn = PQconnectdb(o.uri.toUtf8().constData());
        const ResultScope scope
            = o.run > 0 ? ResultScope::run(o.table, o.run) : ResultScope::wholeTable(o.table);
        const Result<TableInfo> info = ResultsQueries::describeTable(conn, o.table);
        QElapsedTimer t;
        t.start();
        const Result<QList<qint64>> made = info ? PointMaker::makeMissing(conn, *info, scope)
                                                : Result<QList<qint64>>(info.error());
        if (made && !made->isEmpty())
            result.insert(QStringLiteral("points_made_ms"), double(t.nsecsElapsed()) / 1e6);
        PQfinish(conn);
    }
    result.insert(QStringLiteral("points"), timeQueries(o, true));
    result.insert(QStringLiteral("point_count"),
                  execSql(admin, QStringLiteral("SELECT 1 FROM etl_points p JOIN etl_runs r"
                                                " USING (run_id) WHERE r.target_table = %1")
                                     .arg(table))
                      .value());
    // The rows: the same queries with the runs' points hidden for a moment.
    execSql(admin, QStringLiteral("CREATE TEMP TABLE hidden AS SELECT run_id, point_count"
                                  " FROM etl_runs WHERE target_table = %1"
                                  "   AND point_count IS NOT NULL")
                       .arg(table));
    execSql(admin, QStringLiteral("UPDATE etl_runs SET point_count = NULL"
                                  " WHERE run_id IN (SELECT run_id FROM hidden)"));
    result.insert(QStringLiteral("rows"), timeQueries(o, false));
    execSql(admin, QStringLiteral("UPDATE etl_runs r SET point_count = h.point_count FROM hidden h"
                                  " WHERE r.run_id = h.run_id"));
    // The row table: per selection, its first page without an index (the reference), the
    // indexes it gets made on demand, the first page as the GUI asks for it (inspect, head, one
    // block of rows), and the positions of every row that follow in the background.
    {
        PGconn *conn = PQconnectdb(o.uri.toUtf8().constData());
        const Result<TableInfo> info = ResultsQueries::describeTable(conn, o.table);
        if (info) {
            // Made by an earlier call on this table: start without them.
            const Result<QStringList> old = execColumn(
                admin, QStringLiteral("SELECT quote_ident(schemaname) || '.' ||"
                                      " quote_ident(indexname) FROM pg_indexes"
                                      " WHERE tablename = %1 AND indexname LIKE 'regionmap\\_%%'")
                           .arg(table));
            for (const QString &index : old ? old.value() : QStringList())
                execSql(admin, QStringLiteral("DROP INDEX ") + index);
            const Result<QStringList> regions = execColumn(
                admin, QStringLiteral("SELECT p.region_code FROM etl_points p JOIN etl_runs r"
                                      " USING (run_id) WHERE r.target_table = %1"
                                      "   AND p.region_code IS NOT NULL"
                                      " GROUP BY 1 ORDER BY sum(p.row_count) DESC")
                           .arg(table));
            const Result<QStringList> statuses = execColumn(
                admin, QStringLiteral("SELECT p.geo_status FROM etl_points p JOIN etl_runs r"
                                      " USING (run_id) WHERE r.target_table = %1"
                                      " GROUP BY 1 ORDER BY sum(p.row_count)")
                           .arg(table));
            const ResultScope scope = ResultScope::wholeTable(o.table);
            QList<QPair<QString, RowSelection>> cases;
            // The filters first: their "no_index" is then without any index.
            if (regions && !regions->isEmpty()) {
                RowFilter most;
                most.regionCode = regions->first();
                cases.append({QStringLiteral("region with the most rows (%1)").arg(most.regionCode),
                              RowSelection(*info, scope, most)});
                RowFilter fewest;
                fewest.regionCode = regions->last();
                cases.append(
                    {QStringLiteral("region with the fewest rows (%1)").arg(fewest.regionCode),
                     RowSelection(*info, scope, fewest)});
            }
            if (statuses && !statuses->isEmpty()) {
                RowFilter rare;
                rare.geoStatus = statuses->first();
                cases.append({QStringLiteral("rarest status (%1)").arg(rare.geoStatus),
                              RowSelection(*info, scope, rare)});
            }
            for (const bool descending : {false, true}) {
                const QString suffix = descending ? QStringLiteral(", descending") : QString();
                cases.append(
                    {QStringLiteral("sorted by distance_km") + suffix,
                     RowSelection(*info, scope, {}, {QStringLiteral("distance_km"), descending})});
                cases.append(
                    {QStringLiteral("sorted by region_code") + suffix,
                     RowSelection(*info, scope, {}, {QStringLiteral("region_code"), descending})});
            }
            // Filtered and sorted: the server sorts what the filter's index finds.
            if (regions && !regions->isEmpty()) {
                for (const QString &region : {regions->first(), regions->last()}) {
                    RowFilter filter;
                    filter.regionCode = region;
                    cases.append(
                        {QStringLiteral("%1, sorted by distance_km, descending").arg(region),
                         RowSelection(*info, scope, filter,
                                      {QStringLiteral("distance_km"), true})});
                }
            }
            QJsonObject rowTable;
            for (const auto &[name, selection] : std::as_const(cases)) {
                QJsonObject c;
                const auto firstPage = [&](bool indexOrder) {
                    const Result<RowHead> head
                        = RowQueries::head(conn, selection, RowQueries::kHeadRows, indexOrder);
                    return head && RowQueries::fetch(conn, *info, head->tids.mid(0, 200)).isOk();
                };
                c.insert(QStringLiteral("no_index"), timeIt(0, [&] { return firstPage(false); }));
                QElapsedTimer t;
                t.start();
                const Result<RowIndexState> state
                    = RowIndexes::inspect(conn, selection, /*largeBytes=*/0);
                bool madeAll = bool(state);
                for (const RowIndex &index : state ? state->missing : QList<RowIndex>())
                    madeAll = madeAll && RowIndexes::make(conn, *info, index).isOk();
                c.insert(QStringLiteral("index_ms"), double(t.nsecsElapsed()) / 1e6);
                c.insert(QStringLiteral("index_made"), madeAll);
                c.insert(QStringLiteral("first_page"), timeIt(o.repeats, [&] {
                             const Result<RowIndexState> s = RowIndexes::inspect(conn, selection);
                             return s && firstPage(s->orderIndexed);
                         }));
                c.insert(QStringLiteral("positions"),
                         timeIt(0, [&] { return RowQueries::snapshot(conn, selection).isOk(); }));
                rowTable.insert(name, c);
            }
            result.insert(QStringLiteral("row_table"), rowTable);
        }
        PQfinish(conn);
    }
    PQfinish(admin);
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
