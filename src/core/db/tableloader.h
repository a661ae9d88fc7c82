#pragma once

#include "common/result.h"
#include "db/copypipeline.h"
#include "db/copystream.h"
#include "db/loadmode.h"
#include "db/targetschema.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace regionmap {

// Moves rows into the target table in one of three modes, inside the caller's transaction:
// - replace: rows go into a new table that takes the target's name at the end, so readers see
//   the old table or the new one, never half of one (and COPY into a table created in the same
//   transaction skips the WAL on the managed database);
// - append: rows go straight into the table (created when missing; its columns must match);
// - upsert: rows go into a temporary table, then merge on the key; for a key that appears more
//   than once, the last row wins and the earlier ones become rejects.
class TableLoader
{
    Q_DECLARE_TR_FUNCTIONS(TableLoader)

public:
    TableLoader(QSqlDatabase db, TargetSchema schema, QString table, LoadMode mode, int keyColumn);
    ~TableLoader();

    // Before any data moves: the name is allowed, the user may create or insert, an existing
    // table is a table and has the same columns (append, upsert), upsert has a unique key.
    Status check();

    // Inside the transaction: adds the columns a later version added to an existing table (append,
    // upsert), then creates the staging table (replace, upsert) or the target (append, when
    // missing).
    Status prepare(qint64 runId);

    // Upsert needs each row's sequence number, file and line after the regular columns.
    bool wantsRowOrigin() const;

    // After prepare(): an append or upsert that made its table (it was not there), which so
    // begins the table anew like a replace (db/runboundary.h).
    bool createsTable() const { return m_mode != LoadMode::Replace && !m_existed; }

    // The rows come in COPY's binary format (every COPY then starts with its header and ends
    // with its trailer, which the loader writes); the default is text.
    void setBinary(bool binary) { m_binary = binary; }
    Status beginCopy();
    Status send(CopyBuffer &buffer);
    // Ends the current COPY (to let other statements run, e.g. writing rejects); beginCopy()
    // continues. Adds the rows the server stored to copiedRows().
    Status endCopy();
    void abortCopy(const QString &reason);
    bool copying() const { return m_copy && m_copy->isActive(); }
    qint64 copiedRows() const { return m_copied; }

    // Makes the loaded rows the target table's content. Upsert writes the rejects of duplicate keys
    // into etl_rejects and returns their number in *duplicateRejects. Returns the rows loaded.
    Result<qint64> finish(qint64 runId, qint64 *duplicateRejects);

    // Upsert, after finish(): the rows that lost to a later row with the same key, per
    // (geo_status, region_code); region_code is empty for rows without a region.
    struct DuplicateGroup
    {
        QString geoStatus;
        QString regionCode;
        qint64 rows = 0;
        double distanceKm = 0; // the rows' distance and est. RTT (in 0.1 ms), when located
        qint64 rttTenths = 0;
        bool rttMeasured = false;
        bool uncertain = false; // assignment = 'uncertain'
        QString agreement; // the cross-check's agreement, empty when none
    };
    Result<QList<DuplicateGroup>> duplicateGroups();

    QString quotedTable() const;

private:
    Result<bool> tableExists();
    Status checkColumns();
    // Upsert: a unique index on exactly the key column (ON CONFLICT needs it).
    Status checkUniqueKey();
    Status addNewerColumns();
    void askEarlyWriteback();

    // Enrichment columns a later version added, missing from the existing table: checked by
    // check(), added by prepare() in the load's transaction.
    QList<TargetSchema::EnrichmentColumn> m_columnsToAdd;
    QSqlDatabase m_db;
    PGconn *m_conn = nullptr;
    TargetSchema m_schema;
    QString m_table;
    LoadMode m_mode;
    int m_keyColumn = -1;
    QString m_staging; // quoted
    std::unique_ptr<CopyStream> m_copy;
    CopyPipeline m_pipeline;
    qint64 m_copied = 0;
    bool m_existed = false;
    bool m_binary = false;
};

} // namespace regionmap
