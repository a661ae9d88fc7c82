#include "pointtable.h"

#include "db/copystream.h"

namespace regionmap {

const QStringList &PointTable::pointColumns()
{
    static const QStringList columns {
        QStringLiteral("geo_status"),     QStringLiteral("geo_source"),
        QStringLiteral("latitude"),       QStringLiteral("longitude"),
        QStringLiteral("country_code"),   QStringLiteral("city"),
        QStringLiteral("region_code"),    QStringLiteral("second_region_code"),
        QStringLiteral("distance_km"),    QStringLiteral("second_distance_km"),
        QStringLiteral("est_rtt_ms"),     QStringLiteral("est_rtt_source"),
        QStringLiteral("uncertainty_km"), QStringLiteral("assignment"),
        QStringLiteral("agreement")};
    return columns;
}

QString PointTable::copySql()
{
    return QStringLiteral("COPY etl_points (run_id, %1, row_count) FROM STDIN")
        .arg(pointColumns().join(QStringLiteral(", ")));
}

Result<qint64> PointTable::fromRows(PGconn *conn, const QString &quotedTable,
                                    const QStringList &tableColumns, qint64 runId)
{
    // A column an older table lacks is NULL in every row, so its points carry NULL.
    QStringList select;
    for (const QString &c : pointColumns()) {
        if (tableColumns.contains(c))
            select << c;
        else if (c == QLatin1String("est_rtt_ms") || c.endsWith(QLatin1String("_km")))
            select << QStringLiteral("NULL::double precision");
        else
            select << QStringLiteral("NULL::text");
    }
    const QString run = QString::number(runId);
    const QString sql
        = QStringLiteral("INSERT INTO etl_points (run_id, %1, row_count)"
                         " SELECT %2, %3, count(*) FROM %4 WHERE run_id = %2 GROUP BY %5")
              .arg(pointColumns().join(QStringLiteral(", ")), run,
                   select.join(QStringLiteral(", ")), quotedTable, [&] {
                       QStringList groups;
                       for (int i = 0; i < select.size(); ++i)
                           groups << QString::number(i + 2);
                       return groups.join(QStringLiteral(", "));
                   }());
    Result<qint64> inserted = execSql(conn, sql);
    if (!inserted)
        return Error(ErrorKind::Database,
                     tr("Could not make the points of run %1 from its rows.").arg(runId),
                     inserted.error().details);
    return inserted;
}

Status PointTable::markMade(PGconn *conn, qint64 runId, qint64 points)
{
    const Result<qint64> r = execSql(conn, QStringLiteral("UPDATE etl_runs SET point_count = %1"
                                                          " WHERE run_id = %2")
                                               .arg(points)
                                               .arg(runId));
    if (!r)
        return Error(ErrorKind::Database, tr("Could not record the points of run %1.").arg(runId),
                     r.error().details);
    return {};
}

Status PointTable::dropEarlierRuns(PGconn *conn, const QString &table, qint64 runId)
{
    const Result<qint64> r = execSql(
        conn, QStringLiteral("WITH gone AS (UPDATE etl_runs SET point_count = NULL"
                             "  WHERE target_table = %1 AND run_id < %2"
                             "    AND point_count IS NOT NULL RETURNING run_id)"
                             " DELETE FROM etl_points WHERE run_id IN (SELECT run_id FROM gone)")
                  .arg(pgQuoteLiteral(conn, table))
                  .arg(runId));
    if (!r)
        return Error(ErrorKind::Database,
                     tr("Could not drop the points of the runs this one replaces."),
                     r.error().details);
    return {};
}

} // namespace regionmap
