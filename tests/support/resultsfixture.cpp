#include "resultsfixture.h"

#include "common/feedback.h"
#include "db/targetschema.h"
#include "etl/etljob.h"
#include "etl/runrecorder.h"
#include "geo/regioncatalog.h"
#include "testcluster.h"
#include "testpaths.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace regionmap::test {

namespace {

Status exec(QSqlDatabase &db, const QString &sql, QVariant *firstValue = nullptr)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return Error(QStringLiteral("Fixture SQL failed: %1").arg(sql), q.lastError().text());
    if (firstValue && q.next())
        *firstValue = q.value(0);
    return {};
}

} // namespace

Result<qint64> recordRun(QSqlDatabase db, const QString &table, LoadMode mode, RunStatus status,
                         qint64 loaded, const QMap<QString, qint64> &statusCounts,
                         const QByteArray &catalogCsv)
{
    RunStart start;
    start.table = table;
    start.mode = mode;
    start.sourceFiles
        = QJsonArray {QJsonObject {{QStringLiteral("path"), QStringLiteral("/data/hand.csv")}}};
    start.catalogName = QStringLiteral("hand");
    start.provider = QStringLiteral("offline");
    RunRecorder recorder(db);
    const Result<qint64> id = recorder.begin(start);
    if (!id)
        return id.error();
    EtlSummary s;
    s.status = status;
    s.rowsRead = loaded;
    s.rowsLoaded = loaded;
    s.statusCounts = statusCounts;
    Status st = status == RunStatus::Succeeded
                    ? recorder.finish(s)
                    : recorder.abandon(status, QStringLiteral("Failed in the fixture."), s);
    if (st && !catalogCsv.isEmpty()) {
        const RegionCatalog catalog = RegionCatalog::parse(catalogCsv, QStringLiteral("hand"));
        st = catalog.hasErrors() ? Status(Error(QStringLiteral("Fixture: a bad catalog.")))
                                 : recorder.recordCatalog(catalog);
    }
    recorder.release();
    if (!st)
        return st.error();
    return id.value();
}

// The hand dataset. Distances and uncertainty in km; an assignment is firm when second -
// distance > uncertainty (or there is no second region).
//
// Run A (9 rows):
//   id  region  distance  second  unc.  assignment  lat/lon          status
//   1   r1      100       104     5     uncertain   10.2/20.3        located
//   2   r1      200       300     150   uncertain   10.2/20.3        located
//   3   r1      300       314     5     firm        10.7/20.9        located
//   4   r1      400       NULL    1000  firm        -33.5/151.5      located
//   5   r2      50        52      5     uncertain   -33.9/151.2      located
//   6-7                                                              invalid_ip
//   8                                                                private_or_reserved
//   9                                                                not_found
// Run B (3 rows):
//   10  r2      10        100     5     firm        -33.9/151.2      located
//   11  r2      30        31      5     uncertain   -33.1/151.7      located
//   12                                              (country only)   country_only, ipinfo
// Run A was cross-checked (its record names GeoLite2 City 2026-09-18); run B was not:
//   1  r1 -> alt r1 at 10.25/20.35   same_region     4  r1 -> alt r2 at -33.8/151.1  different
//   2  r1 -> alt r2 at -33.8/151.1   different       5  r2 -> alt r2 at -33.9/151.2  same_region
//   3  r1 -> not located by it       not_located
// Catalogs: run A has r1 "Region One" (Alpha; 10, 20), r2 "Region Two" (Sydney; -33.9, 151.2)
// and r3 "Region Three" (no rows; 0, 0); run B has r2 "Region Two (new)" only.
Result<HandDataset> createHandDataset(QSqlDatabase db)
{
    HandDataset d;
    const Result<qint64> a
        = recordRun(db, HandDataset::table(), LoadMode::Replace, RunStatus::Succeeded, 9,
                    {{QStringLiteral("located"), 5},
                     {QStringLiteral("invalid_ip"), 2},
                     {QStringLiteral("private_or_reserved"), 1},
                     {QStringLiteral("not_found"), 1}},
                    "code,name,city,lat,lon\n"
                    "r1,Region One,Alpha,10,20\n"
                    "r2,Region Two,Sydney,-33.9,151.2\n"
                    "r3,Region Three,,0,0\n");
    if (!a)
        return a.error();
    d.runA = a.value();
    const Result<qint64> b
        = recordRun(db, HandDataset::table(), LoadMode::Append, RunStatus::Succeeded, 3,
                    {{QStringLiteral("located"), 2}, {QStringLiteral("country_only"), 1}},
                    "code,name,city,lat,lon\nr2,Region Two (new),Sydney,-33.9,151.2\n");
    if (!b)
        return b.error();
    d.runB = b.value();
    const Result<qint64> f
        = recordRun(db, HandDataset::table(), LoadMode::Append, RunStatus::Failed, 0, {});
    if (!f)
        return f.error();
    d.failedRun = f.value();

    // The table the ETL would make for a file with the columns id, name and ip_address.
    const TargetSchema schema = TargetSchema::infer(
        {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("ip_address")}, 2,
        {{QStringLiteral("1"), QStringLiteral("Alice"), QStringLiteral("1.0.0.1")}});
    if (Status st = exec(db, schema.createTableSql(quoteIdentifier(HandDataset::table()))); !st)
        return st.error();

    const QString A = QString::number(d.runA);
    const QString B = QString::number(d.runB);
    const QString rows
        = QStringLiteral(
              "INSERT INTO hand_rows (%3) VALUES"
              " (1, 'Alice, \"the first\"', '1.0.0.1', '1.0.0.1', 10.2, 20.3, 'r1', 'Region One', "
              "100,"
              "  'r2', 104, 'AA', 'Alpha', 'dbip-city-lite', 'located', %1),"
              " (2, 'Bob', '1.0.0.2', '1.0.0.2', 10.2, 20.3, 'r1', 'Region One', 200, 'r2', 300, "
              "'AA',"
              "  'Alpha', 'dbip-city-lite', 'located', %1),"
              " (3, 'Carol 100%', '1.0.0.3', '1.0.0.3', 10.7, 20.9, 'r1', 'Region One', 300, 'r2', "
              "314,"
              "  'AA', NULL, 'dbip-city-lite', 'located', %1),"
              " (4, 'Dan_1', '1.0.0.4', '1.0.0.4', -33.5, 151.5, 'r1', 'Region One', 400, NULL, "
              "NULL,"
              "  'AU', 'Sydney', 'dbip-city-lite', 'located', %1),"
              " (5, 'Eve', '1.0.0.5', '1.0.0.5', -33.9, 151.2, 'r2', 'Region Two', 50, 'r1', 52, "
              "'AU',"
              "  'Sydney', 'dbip-city-lite', 'located', %1),"
              " (6, 'Frank', 'nope', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, "
              "NULL,"
              "  'invalid_ip', %1),"
              " (7, '', '', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,"
              "  'invalid_ip', %1),"
              " (8, 'Heidi', '10.0.0.1', '10.0.0.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, "
              "NULL,"
              "  NULL, NULL, 'private_or_reserved', %1),"
              " (9, 'Ivan', '1.0.0.9', '1.0.0.9', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, "
              "NULL,"
              "  NULL, 'not_found', %1),"
              " (10, 'Judy', '1.0.0.10', '1.0.0.10', -33.9, 151.2, 'r2', 'Region Two', 10, 'r1', "
              "100,"
              "  'AU', 'Sydney', 'dbip-city-lite', 'located', %2),"
              " (11, 'Mallory', '1.0.0.11', '1.0.0.11', -33.1, 151.7, 'r2', 'Region Two', 30, "
              "'r1', 31,"
              "  'AU', 'Sydney', 'dbip-city-lite', 'located', %2),"
              " (12, 'Niaj', '1.0.0.12', '1.0.0.12', NULL, NULL, NULL, NULL, NULL, NULL, NULL, "
              "'NZ',"
              "  NULL, 'ipinfo', 'country_only', %2)")
              .arg(A, B,
                   QStringLiteral("id, name, ip_address, ip, latitude, longitude, region_code,"
                                  " region_name, distance_km, second_region_code,"
                                  " second_distance_km, country_code, city, geo_source,"
                                  " geo_status, run_id"));
    // The rows go through a temporary table, so that "hand" holds them in id order after the
    // updates below.
    if (Status st = exec(db, QStringLiteral("CREATE TEMP TABLE hand_rows (LIKE hand)")); !st)
        return st.error();
    if (Status st = exec(db, rows); !st)
        return st.error();
    // The est. RTT of the model with its defaults (2 × km × 1.5 / 200 + 8), except Eve's, which
    // was measured: 9.5, 11, 12.5, 14, 5 (measured), 8.2 and 8.5 ms.
    if (Status st
        = exec(db, QStringLiteral("UPDATE hand_rows SET est_rtt_ms = round((2 * distance_km"
                                  " * 1.5 / 200 + 8)::numeric, 1), est_rtt_source ="
                                  " 'model' WHERE region_code IS NOT NULL"));
        !st)
        return st.error();
    if (Status st = exec(
            db, QStringLiteral("UPDATE hand_rows SET uncertainty_km = CASE id WHEN 2 THEN 150"
                               " WHEN 4 THEN 1000 ELSE 5 END WHERE region_code IS NOT NULL;"
                               "UPDATE hand_rows SET assignment = CASE WHEN second_distance_km"
                               " IS NULL OR second_distance_km - distance_km > uncertainty_km"
                               " THEN 'firm' ELSE 'uncertain' END WHERE region_code IS NOT NULL"));
        !st)
        return st.error();
    if (Status st = exec(
            db, QStringLiteral(
                    "UPDATE hand_rows h SET alt_latitude = v.lat, alt_longitude = v.lon,"
                    " alt_region_code = v.code, alt_distance_km = v.km, alt_location_km = v.apart,"
                    " agreement = v.agreement FROM (VALUES"
                    " (1, 10.25, 20.35, 'r1', 100.0, 7.5, 'same_region'),"
                    " (2, -33.8, 151.1, 'r2', 14.0, 5400.0, 'different_region'),"
                    " (3, NULL, NULL, NULL, NULL, NULL, 'not_located'),"
                    " (4, -33.8, 151.1, 'r2', 14.0, 52.0, 'different_region'),"
                    " (5, -33.9, 151.2, 'r2', 50.0, 0.0, 'same_region')"
                    ") AS v(id, lat, lon, code, km, apart, agreement) WHERE h.id = v.id;"
                    "UPDATE etl_runs SET settings = settings || '{\"cross_check\": {\"geo_source\":"
                    " \"geolite2-city\", \"geo_build\": \"2026-09-18\"}}' WHERE run_id = %1")
                    .arg(d.runA));
        !st)
        return st.error();
    if (Status st = exec(db, QStringLiteral("UPDATE hand_rows SET est_rtt_ms = 5, est_rtt_source ="
                                            " 'measured' WHERE id = 5"));
        !st)
        return st.error();
    if (Status st = exec(db, QStringLiteral("INSERT INTO hand SELECT * FROM hand_rows ORDER BY id;"
                                            " DROP TABLE hand_rows"));
        !st)
        return st.error();
    return d;
}

Result<qint64> loadSample(TestCluster &cluster, const QString &table, bool append,
                          const QString &crossCheck)
{
    EtlOptions o;
    o.inputs.append({sourceDir() + QStringLiteral("/resources/samples/people.csv"), {}});
    o.builtinCatalogs = QStringList {QStringLiteral("aws")};
    o.connection = cluster.settings();
    o.table = table;
    o.mode = append ? LoadMode::Append : LoadMode::Replace;
    o.crossCheckDatabase = crossCheck;
    Feedback feedback;
    EtlJob job(o);
    const EtlSummary s = job.run(feedback);
    if (s.status != RunStatus::Succeeded)
        return Error(QStringLiteral("Loading the sample failed."), s.error.toString());
    return s.runId;
}

Result<qint64> createLargeTable(QSqlDatabase db, const QString &from, const QString &table,
                                qint64 rows)
{
    QVariant sourceRows;
    if (Status st = exec(db, QStringLiteral("SELECT count(*) FROM %1").arg(from), &sourceRows); !st)
        return st.error();
    const qint64 n = sourceRows.toLongLong();
    if (n <= 0)
        return Error(QStringLiteral("The table %1 is empty.").arg(from));
    const Result<qint64> run
        = recordRun(db, table, LoadMode::Replace, RunStatus::Succeeded, rows, {});
    if (!run)
        return run.error();
    const QString R = QString::number(run.value());
    // Columns of the sample table except id and run_id, in order.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum)"
                             "  FROM pg_attribute WHERE attrelid = to_regclass(?)"
                             "   AND attnum > 0 AND NOT attisdropped"
                             "   AND attname NOT IN ('id', 'run_id')"));
    q.addBindValue(from);
    if (!q.exec() || !q.next())
        return Error(QStringLiteral("Fixture: no columns."), q.lastError().text());
    const QString columns = q.value(0).toString();
    const QString sql
        = QStringLiteral("CREATE TABLE %1 AS SELECT (g * %3 + s.id) AS id, %4, %5::bigint AS run_id"
                         "  FROM generate_series(0, (%6 - 1) / %3) AS g CROSS JOIN %2 s"
                         " WHERE g * %3 + s.id <= %6 ORDER BY 1")
              .arg(table, from)
              .arg(n)
              .arg(columns, R)
              .arg(rows);
    if (Status st = exec(db, sql); !st)
        return st.error();
    if (Status st = exec(db, QStringLiteral("INSERT INTO region_catalogs"
                                            " SELECT %1, catalog_name, code, name, city, latitude,"
                                            " longitude FROM region_catalogs WHERE run_id ="
                                            " (SELECT max(run_id) FROM %2)")
                                 .arg(R, from));
        !st)
        return st.error();
    if (Status st = exec(db, QStringLiteral("ANALYZE %1").arg(table)); !st)
        return st.error();
    return run.value();
}

} // namespace regionmap::test
