#include "scopeprovenance.h"

#include "db/runboundary.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace regionmap {

Result<ScopeProvenance> ScopeProvenance::load(QSqlDatabase &db, const ResultScope &scope)
{
    QSqlQuery q(db);
    // A whole table holds the rows of its last replace and of the runs after it (as the results
    // views count them, results/scopesource.cpp).
    q.prepare(
        QStringLiteral(
            "WITH runs AS (SELECT * FROM etl_runs WHERE target_table = ? AND status = 'succeeded') "
            "SELECT run_id, finished_at, app_version, source_files::text, "
            "coalesce(geo_provider, ''), coalesce(geo_database, ''), coalesce(catalog_name, ''), "
            "coalesce(catalog_sha256, ''), rows_read, rows_loaded, rows_rejected FROM runs "
            "WHERE (? = 0 OR run_id = ?) AND run_id >= COALESCE((SELECT max(run_id) FROM runs "
            "WHERE %1), 0) ORDER BY run_id")
            .arg(runboundary::startsTableSql()));
    const qint64 runId = scope.isRun() ? scope.runId : 0;
    q.addBindValue(scope.table);
    q.addBindValue(runId);
    q.addBindValue(runId);
    if (!q.exec())
        return Error(ErrorKind::Database, tr("Could not read the runs of \"%1\".").arg(scope.table),
                     q.lastError().text());
    ScopeProvenance out;
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
                              qint64(o.value(QStringLiteral("size")).toDouble())});
        }
        run.geoProvider = q.value(4).toString();
        run.geoDatabase = q.value(5).toString();
        run.catalogName = q.value(6).toString();
        run.catalogSha256 = q.value(7).toString();
        run.rowsRead = q.value(8).toLongLong();
        run.rowsLoaded = q.value(9).toLongLong();
        run.rowsRejected = q.value(10).toLongLong();
        out.runs << run;
    }
    QList<qint64> withRejects;
    for (const Run &run : std::as_const(out.runs)) {
        if (run.rowsRejected > 0)
            withRejects << run.runId;
    }
    for (const qint64 rejectedRun : std::as_const(withRejects)) {
        if (out.firstRejects.size() >= kFirstRejects)
            break;
        QSqlQuery r(db);
        r.prepare(QStringLiteral("SELECT source_file, coalesce(line_number, 0), "
                                 "coalesce(column_name, ''), reason FROM etl_rejects "
                                 "WHERE run_id = ? ORDER BY line_number LIMIT ?"));
        r.addBindValue(rejectedRun);
        r.addBindValue(kFirstRejects - int(out.firstRejects.size()));
        if (!r.exec())
            return Error(ErrorKind::Database,
                         tr("Could not read the rejected rows of run %1.").arg(rejectedRun),
                         r.lastError().text());
        while (r.next())
            out.firstRejects.append({rejectedRun, r.value(0).toString(), r.value(1).toLongLong(),
                                     r.value(2).toString(), r.value(3).toString()});
    }
    return out;
}

} // namespace regionmap
