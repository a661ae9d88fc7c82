#include "runrecorder.h"

#include "db/runboundary.h"

#include "common/osuser.h"

#include "db/copybuffer.h"
#include "db/copystream.h"
#include "geo/regioncatalog.h"

#include <regionmap/version.h>

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>

namespace regionmap {

namespace {

QString json(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

Result<qint64> RunRecorder::begin(const RunStart &start)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO etl_runs (status, os_user, host_name, app_version, target_table, load_mode,"
        " key_column, source_files, catalog_name, catalog_sha256, geo_provider, geo_database,"
        " settings, privacy_mode, min_count) VALUES ('running', ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?,"
        " ?, ?, ?::jsonb, ?, ?)"
        " RETURNING run_id"));
    q.addBindValue(osUserName());
    q.addBindValue(QSysInfo::machineHostName());
    q.addBindValue(QStringLiteral(REGIONMAP_VERSION_STRING));
    q.addBindValue(start.table);
    q.addBindValue(loadModeName(start.mode));
    q.addBindValue(start.keyColumn.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                             : start.keyColumn);
    q.addBindValue(json(start.sourceFiles));
    q.addBindValue(start.catalogName);
    q.addBindValue(start.catalogSha256);
    q.addBindValue(start.provider);
    q.addBindValue(start.geoDatabase);
    q.addBindValue(json(start.settings));
    q.addBindValue(start.privacyMode);
    q.addBindValue(start.minCount);
    if (!q.exec() || !q.next())
        return Error(tr("Could not record the run in etl_runs."), q.lastError().text());
    m_runId = q.value(0).toLongLong();

    QSqlQuery lock(m_db);
    if (!lock.exec(QStringLiteral("SELECT pg_advisory_lock(%1, %2)").arg(kLockClass).arg(m_runId)))
        return Error(tr("Could not lock the run record."), lock.lastError().text());
    return m_runId;
}

Status RunRecorder::updateSourceFiles(const QJsonArray &files)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE etl_runs SET source_files = ?::jsonb WHERE run_id = ?"));
    q.addBindValue(json(files));
    q.addBindValue(m_runId);
    if (!q.exec())
        return Error(tr("Could not record the input files of the run."), q.lastError().text());
    return {};
}

Status RunRecorder::recordCreatedTable()
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE etl_runs SET settings = settings"
                             " || jsonb_build_object('%1', true) WHERE run_id = ?")
                  .arg(runboundary::createdTableKey()));
    q.addBindValue(m_runId);
    if (!q.exec())
        return Error(ErrorKind::Database,
                     tr("Could not record that run %1 made its table.").arg(m_runId),
                     q.lastError().text());
    return {};
}

static bool writeFinal(QSqlDatabase &db, qint64 runId, RunStatus status, const EtlSummary &s,
                       const QString &message, QString *error)
{
    QJsonObject counts;
    for (auto it = s.statusCounts.cbegin(); it != s.statusCounts.cend(); ++it)
        counts.insert(it.key(), double(it.value()));
    QJsonObject regions;
    for (const RegionCount &r : s.regions)
        regions.insert(r.code, double(r.rows));
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE etl_runs SET status = ?, finished_at = clock_timestamp(), rows_read = ?,"
        " rows_loaded = ?, rows_rejected = ?, blank_lines = ?, status_counts = ?::jsonb,"
        " region_counts = ?::jsonb, requests_sent = ?, request_retries = ?, error_message = ?"
        " WHERE run_id = ?"));
    q.addBindValue(runStatusName(status));
    q.addBindValue(s.rowsRead);
    q.addBindValue(s.rowsLoaded);
    q.addBindValue(s.rowsRejected);
    q.addBindValue(s.blankLines);
    q.addBindValue(json(counts));
    q.addBindValue(json(regions));
    q.addBindValue(s.requestsSent);
    q.addBindValue(s.requestRetries);
    q.addBindValue(message.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : message);
    q.addBindValue(runId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

Status RunRecorder::finish(const EtlSummary &summary)
{
    QString err;
    if (!writeFinal(m_db, m_runId, summary.status, summary, QString(), &err))
        return Error(tr("Could not record the end of the run."), err);
    return {};
}

Status RunRecorder::abandon(RunStatus status, const QString &message, const EtlSummary &counts)
{
    if (m_runId == 0)
        return {};
    QString err;
    if (!writeFinal(m_db, m_runId, status, counts, message, &err))
        return Error(tr("Could not record the end of the run."), err);
    return {};
}

void RunRecorder::release()
{
    if (m_runId == 0 || !m_db.isOpen())
        return;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT pg_advisory_unlock(%1, %2)").arg(kLockClass).arg(m_runId));
}

Result<int> RunRecorder::markInterrupted(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT run_id FROM etl_runs WHERE status = 'running'")))
        return Error(tr("Could not read the run history."), q.lastError().text());
    QList<qint64> running;
    while (q.next())
        running << q.value(0).toLongLong();
    int marked = 0;
    for (const qint64 id : qAsConst(running)) {
        // If we can take the run's lock, nobody holds it: its owner is gone.
        QSqlQuery tryLock(db);
        if (!tryLock.exec(
                QStringLiteral("SELECT pg_try_advisory_lock(%1, %2)").arg(kLockClass).arg(id))
            || !tryLock.next() || !tryLock.value(0).toBool())
            continue;
        QSqlQuery mark(db);
        mark.prepare(QStringLiteral(
            "UPDATE etl_runs SET status = 'interrupted', finished_at = clock_timestamp(),"
            " error_message = ? WHERE run_id = ? AND status = 'running'"));
        mark.addBindValue(tr("The process running this load ended without finishing it (it was "
                             "killed, crashed or lost its connection). Nothing of it was kept."));
        mark.addBindValue(id);
        if (mark.exec())
            marked += mark.numRowsAffected();
        QSqlQuery unlock(db);
        unlock.exec(QStringLiteral("SELECT pg_advisory_unlock(%1, %2)").arg(kLockClass).arg(id));
    }
    return marked;
}

Status RunRecorder::recordCatalog(const RegionCatalog &catalog)
{
    Result<PGconn *> conn = pgConnection(m_db);
    if (!conn)
        return conn.error().orKind(ErrorKind::Database);
    CopyStream copy(conn.value());
    if (Status st
        = copy.begin(QStringLiteral("COPY region_catalogs (run_id, catalog_name, code, name,"
                                    " city, latitude, longitude, provider) FROM STDIN"));
        !st)
        return st.error().orKind(ErrorKind::Database);
    CopyBuffer buf;
    const QByteArray catName = catalog.name().toUtf8();
    for (const Region &r : catalog.regions()) {
        buf.appendInt(m_runId);
        buf.separator();
        buf.appendText(catName);
        buf.separator();
        buf.appendText(r.code.toUtf8());
        buf.separator();
        buf.appendText(r.name.toUtf8());
        buf.separator();
        if (r.city.isEmpty())
            buf.appendNull();
        else
            buf.appendText(r.city.toUtf8());
        buf.separator();
        buf.appendDouble(r.latitude);
        buf.separator();
        buf.appendDouble(r.longitude);
        buf.separator();
        if (r.provider.isEmpty())
            buf.appendNull();
        else
            buf.appendText(r.provider.toUtf8());
        buf.endRow();
    }
    if (Status st = copy.send(buf); !st)
        return st.error().orKind(ErrorKind::Database);
    if (const Result<qint64> rows = copy.finish(); !rows)
        return rows.error().orKind(ErrorKind::Database);
    return {};
}

} // namespace regionmap
