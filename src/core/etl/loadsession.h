#pragma once

#include "common/result.h"
#include "db/loadmode.h"
#include "db/tableloader.h"
#include "etl/rejectbuffer.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <vector>

namespace regionmap {

class CopyBuffer;
class Feedback;
class PointCounts;
class RunCounts;
struct RejectedRow;

// The last stage: moves the encoded rows into the target table with COPY and the rejects into
// etl_rejects, inside the run's transaction. It owns the COPY protocol (a COPY is paused while
// rejects are written and resumed after) and the end of the load for each mode (see TableLoader).
class LoadSession
{
    Q_DECLARE_TR_FUNCTIONS(LoadSession)

public:
    struct Totals
    {
        qint64 loaded = 0;
        qint64 rejected = 0; // rejects written, duplicate keys of an upsert included
    };

    LoadSession(QSqlDatabase db, const TargetSchema &schema, QString table, LoadMode mode,
                int keyColumn);

    // Before the transaction: the table and the rights (TableLoader::check).
    Status check();
    // Inside the transaction: the staging or target table (then beginCopy() for the first COPY).
    // privacy: what a rejected row's text, value and reason keep of the addresses in them.
    Status prepare(qint64 runId, Feedback *feedback, const AddressPrivacy &privacy = {});
    Status beginCopy();

    bool wantsRowOrigin() const { return m_loader.wantsRowOrigin(); }
    // After prepare(): an append or upsert that made its table (RunRecorder::recordCreatedTable).
    bool createsTable() const { return m_loader.createsTable(); }
    // Before beginCopy(): the rows come in COPY's binary format (RowEncoder::Setup::binary).
    void setBinary(bool binary) { m_loader.setBinary(binary); }
    QString quotedTable() const { return m_loader.quotedTable(); }

    Status send(CopyBuffer &rows);
    // Keeps the rejects of one batch; writes them out when enough are waiting.
    Status reject(const QString &file, const std::vector<RejectedRow> &rejects);

    // Ends the COPY, writes the last rejects, and makes the rows the table's content. An upsert
    // takes the rows that lost to a later row with the same key out of `counts`.
    Result<Totals> finish(RunCounts &counts, const QList<QString> &regionCodes);

    // After finish(): writes the run's points into etl_points, as counted while loading, or
    // made from the loaded rows when the counts cannot say (too many places, or an upsert that
    // turned rows away); a replace drops the points of the runs it replaces. Returns the number
    // of points.
    Result<qint64> storePoints(const PointCounts &points, const QList<QByteArray> &regionCodes,
                               const QByteArray &geoSource);

    // After a failure or a cancel: ends a COPY in progress. The caller rolls back.
    void abort(const QString &reason);

private:
    Status subtractDuplicates(RunCounts &counts, const QList<QString> &regionCodes);

    QSqlDatabase m_db;
    const TargetSchema &m_schema;
    QString m_table;
    LoadMode m_mode;
    TableLoader m_loader;
    qint64 m_duplicates = 0;
    std::unique_ptr<RejectBuffer> m_rejects;
};

} // namespace regionmap
