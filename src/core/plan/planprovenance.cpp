#include "planprovenance.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace regionmap {

Result<PlanProvenance> PlanProvenance::load(QSqlDatabase &db, const ResultScope &scope)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT run_id, finished_at, app_version, source_files::text, "
        "coalesce(geo_provider, ''), coalesce(geo_database, ''), coalesce(catalog_name, ''), "
        "coalesce(catalog_sha256, '') FROM etl_runs "
        "WHERE target_table = ? AND status = 'succeeded' AND (? = 0 OR run_id = ?) "
        "ORDER BY run_id"));
    const qint64 runId = scope.isRun() ? scope.runId : 0;
    q.addBindValue(scope.table);
    q.addBindValue(runId);
    q.addBindValue(runId);
    if (!q.exec())
        return Error(ErrorKind::Database, tr("Could not read the runs of \"%1\".").arg(scope.table),
                     q.lastError().text());
    PlanProvenance out;
    while (q.next()) {
        Run run;
        run.runId = q.value(0).toLongLong();
        run.finishedAt = q.value(1).toDateTime();
        run.appVersion = q.value(2).toString();
        const QJsonArray files = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).array();
        for (const QJsonValue &f : files) {
            const QJsonObject o = f.toObject();
            run.files.append({o.value(QStringLiteral("path")).toString(),
                              o.value(QStringLiteral("sha256")).toString(),
                              qint64(o.value(QStringLiteral("rows_read")).toDouble())});
        }
        run.geoProvider = q.value(4).toString();
        run.geoDatabase = q.value(5).toString();
        run.catalogName = q.value(6).toString();
        run.catalogSha256 = q.value(7).toString();
        out.runs << run;
    }
    return out;
}

} // namespace regionmap
