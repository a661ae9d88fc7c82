#pragma once

#include "common/result.h"
#include "etl/etloptions.h"
#include "etl/etlsummary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>

namespace regionmap {

class RegionCatalog;

// What etl_runs records when a run starts.
struct RunStart
{
    QString table;
    LoadMode mode = LoadMode::Replace;
    QString keyColumn;
    QJsonArray sourceFiles; // [{path, size, sha256}]
    QString catalogName;
    QString catalogSha256;
    QString provider;
    QString geoDatabase;
    QJsonObject settings; // never secrets
    QString privacyMode = QStringLiteral("keep"); // docs/privacy.md
    int minCount = 1;
};

// Writes a run's row in etl_runs. While the run lives, its connection holds a session advisory
// lock on the run id; a run found "running" whose lock is free belongs to a process that died
// (killed, crashed, lost its connection) and is marked "interrupted".
class RunRecorder
{
    Q_DECLARE_TR_FUNCTIONS(RunRecorder)

public:
    static constexpr int kLockClass = 0x524d; // "RM"

    explicit RunRecorder(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    // Inserts the row (committed at once, so the run is visible as "running") and takes the lock.
    Result<qint64> begin(const RunStart &start);
    qint64 runId() const { return m_runId; }
    // Continues the record of a run begun elsewhere (e.g. on a connection that was lost).
    void adopt(qint64 runId) { m_runId = runId; }

    Status updateSourceFiles(const QJsonArray &files);
    // That an append or upsert made its table (it was not there): the table's earlier runs are
    // then not in it, and the results must not count them (db/runboundary.h). Inside the load's
    // transaction.
    Status recordCreatedTable();

    // Stores the final counts and status. Call it inside the load's transaction, so the counts and
    // the data become visible together.
    Status finish(const EtlSummary &summary);

    // The regions the run assigned to, in region_catalogs (inside the load's transaction).
    Status recordCatalog(const RegionCatalog &catalog);
    // Records a failed or cancelled run after the load's transaction rolled back.
    Status abandon(RunStatus status, const QString &message, const EtlSummary &counts);

    // Releases the advisory lock (also released when the connection closes).
    void release();

    // Marks every "running" run whose owner is gone as "interrupted". Returns how many.
    static Result<int> markInterrupted(const QSqlDatabase &db);

private:
    QSqlDatabase m_db;
    qint64 m_runId = 0;
};

} // namespace regionmap
