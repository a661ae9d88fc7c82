#include "pointtable.h"

#include "db/copystream.h"
#include "db/dblogging.h"

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

QString PointTable::partitionName(qint64 runId)
{
    return QStringLiteral("etl_points_r%1").arg(runId);
}

Result<PointTable::Target> PointTable::begin(PGconn *conn, qint64 runId)
{
    // Only the owner of etl_points (or a member of its role) may attach a partition.
    const Result<QStringList> owner
        = execColumn(conn, QStringLiteral("SELECT pg_has_role(current_user, relowner, 'USAGE')"
                                          "  FROM pg_class WHERE oid = 'etl_points'::regclass"));
    if (!owner || owner->size() != 1)
        return Error(ErrorKind::Database,
                     tr("Could not find the table for the points of run %1.").arg(runId),
                     owner ? QString() : owner.error().details);
    if (owner->first() != QLatin1String("t"))
        return Target::Shared;
    // The check lets the attach skip its scan of the partition.
    const QString name = partitionName(runId);
    const Result<qint64> r
        = execSql(conn, QStringLiteral("SET LOCAL client_min_messages = warning;"
                                       " DROP TABLE IF EXISTS %1;"
                                       " CREATE TABLE %1 (LIKE etl_points INCLUDING CONSTRAINTS,"
                                       "                  CHECK (run_id = %2))")
                            .arg(name)
                            .arg(runId));
    if (!r)
        return Error(ErrorKind::Database,
                     tr("Could not make the table for the points of run %1.").arg(runId),
                     r.error().details);
    return Target::OwnPartition;
}

QString PointTable::copySql(qint64 runId, Target target, bool binary)
{
    QStringList with;
    if (target == Target::OwnPartition)
        with << QStringLiteral("FREEZE");
    if (binary)
        with << QStringLiteral("FORMAT binary");
    return QStringLiteral("COPY %1 (run_id, %2, row_count) FROM STDIN%3")
        .arg(target == Target::OwnPartition ? partitionName(runId) : QStringLiteral("etl_points"),
             pointColumns().join(QStringLiteral(", ")),
             with.isEmpty() ? QString()
                            : QStringLiteral(" WITH (%1)").arg(with.join(QStringLiteral(", "))));
}

Result<qint64> PointTable::fromRows(PGconn *conn, const QString &quotedTable,
                                    const QStringList &tableColumns, qint64 runId, Target target)
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
        = QStringLiteral("INSERT INTO %6 (run_id, %1, row_count)"
                         " SELECT %2, %3, count(*) FROM %4 WHERE run_id = %2 GROUP BY %5")
              .arg(
                  pointColumns().join(QStringLiteral(", ")), run, select.join(QStringLiteral(", ")),
                  quotedTable,
                  [&] {
                      QStringList groups;
                      for (int i = 0; i < select.size(); ++i)
                          groups << QString::number(i + 2);
                      return groups.join(QStringLiteral(", "));
                  }(),
                  target == Target::OwnPartition ? partitionName(runId)
                                                 : QStringLiteral("etl_points"));
    Result<qint64> inserted = execSql(conn, sql);
    if (!inserted)
        return Error(ErrorKind::Database,
                     tr("Could not make the points of run %1 from its rows.").arg(runId),
                     inserted.error().details);
    return inserted;
}

Status PointTable::markMade(PGconn *conn, qint64 runId, qint64 points, Target target)
{
    const QString attach = target == Target::OwnPartition
                               ? QStringLiteral("ALTER TABLE etl_points ATTACH PARTITION %1"
                                                " FOR VALUES IN (%2);")
                                     .arg(partitionName(runId))
                                     .arg(runId)
                               : QString();
    const Result<qint64> r = execSql(
        conn, attach
                  + QStringLiteral(" UPDATE etl_runs SET point_count = %1 WHERE run_id = %2")
                        .arg(points)
                        .arg(runId));
    if (!r)
        return Error(ErrorKind::Database, tr("Could not record the points of run %1.").arg(runId),
                     r.error().details);
    return {};
}

Status PointTable::dropEarlierRuns(PGconn *conn, const QString &table, qint64 runId, Target target)
{
    const auto failed = [](const QString &details) {
        return Error(ErrorKind::Database,
                     tr("Could not drop the points of the runs this one replaces."), details);
    };
    const Result<QStringList> gone
        = execColumn(conn, QStringLiteral("UPDATE etl_runs SET point_count = NULL"
                                          " WHERE target_table = %1 AND run_id < %2"
                                          "   AND point_count IS NOT NULL RETURNING run_id")
                               .arg(pgQuoteLiteral(conn, table), QString::number(runId)));
    if (!gone)
        return failed(gone.error().details);
    if (gone->isEmpty())
        return {};
    // Their own partitions go after the commit; what they have in the shared one goes now. The
    // literal list lets the planner skip the partitions that cannot hold them.
    const Result<qint64> r = execSql(conn, QStringLiteral("DELETE FROM %1 WHERE run_id IN (%2)")
                                               .arg(target == Target::OwnPartition
                                                        ? QStringLiteral("etl_points_shared")
                                                        : QStringLiteral("etl_points"),
                                                    gone->join(QLatin1Char(','))));
    if (!r)
        return failed(r.error().details);
    return {};
}

Result<int> PointTable::dropStale(PGconn *conn)
{
    // The partitions whose run no longer has point_count: replaced, deleted, or made again. A
    // partition still being made is not visible here (its transaction has not committed).
    const Result<QStringList> stale
        = execColumn(conn, QStringLiteral("SELECT c.relname FROM pg_inherits i"
                                          "  JOIN pg_class c ON c.oid = i.inhrelid"
                                          " WHERE i.inhparent = to_regclass('etl_points')"
                                          "   AND c.relname ~ '^etl_points_r[0-9]+$'"
                                          "   AND NOT EXISTS (SELECT 1 FROM etl_runs r"
                                          "     WHERE r.point_count IS NOT NULL"
                                          "       AND 'etl_points_r' || r.run_id = c.relname)"));
    if (!stale)
        return Error(ErrorKind::Database, tr("Could not list the points that are no longer used."),
                     stale.error().details);
    int dropped = 0;
    for (const QString &name : stale.value()) {
        // A drop waits for the readers of etl_points; past a second it is left for next time.
        // Its commit need not wait for the disk: a drop lost in a crash is made again later.
        const Result<qint64> r
            = execSql(conn, QStringLiteral("BEGIN; SET LOCAL lock_timeout = '1s';"
                                           " SET LOCAL synchronous_commit = off;"
                                           " DROP TABLE IF EXISTS %1; COMMIT")
                                .arg(name));
        if (!r) {
            execSql(conn, QStringLiteral("ROLLBACK"));
            qCInfo(lcDb) << "Left the unused points" << name << "for later:" << r.error().details;
            continue;
        }
        ++dropped;
    }
    return dropped;
}

} // namespace regionmap
