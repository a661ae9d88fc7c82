#include "loadsession.h"

#include "db/copystream.h"
#include "db/pointtable.h"
#include "etl/pointcounts.h"
#include "etl/rowbatch.h"
#include "etl/runcounts.h"

namespace regionmap {

namespace {

Status asDatabase(const Status &st)
{
    if (st)
        return {};
    return st.error().orKind(ErrorKind::Database);
}

} // namespace

LoadSession::LoadSession(QSqlDatabase db, const TargetSchema &schema, QString table, LoadMode mode,
                         int keyColumn)
    : m_db(db)
    , m_schema(schema)
    , m_table(table)
    , m_mode(mode)
    , m_loader(db, schema, std::move(table), mode, keyColumn)
{ }

Status LoadSession::check()
{
    return asDatabase(m_loader.check());
}

Status LoadSession::prepare(qint64 runId, Feedback *feedback, const AddressPrivacy &privacy)
{
    m_rejects = std::make_unique<RejectBuffer>(m_db, runId, feedback, privacy);
    return asDatabase(m_loader.prepare(runId));
}

Status LoadSession::beginCopy()
{
    return asDatabase(m_loader.beginCopy());
}

Status LoadSession::send(CopyBuffer &rows)
{
    return asDatabase(m_loader.send(rows));
}

Status LoadSession::reject(const QString &file, const std::vector<RejectedRow> &rejects)
{
    for (const RejectedRow &r : rejects)
        m_rejects->add(file, r.line, r.column, r.value, r.raw, r.reason);
    if (!m_rejects->needsFlush())
        return {};
    // A COPY blocks the connection: pause it while the rejects are written.
    if (Status st = m_loader.endCopy(); !st)
        return asDatabase(st);
    if (Status st = m_rejects->flush(); !st)
        return asDatabase(st);
    return asDatabase(m_loader.beginCopy());
}

Result<LoadSession::Totals> LoadSession::finish(RunCounts &counts,
                                                const QList<QString> &regionCodes)
{
    if (Status st = m_loader.endCopy(); !st)
        return st.error().orKind(ErrorKind::Database);
    if (Status st = m_rejects->flush(); !st)
        return st.error().orKind(ErrorKind::Database);
    qint64 duplicates = 0;
    const Result<qint64> loaded = m_loader.finish(m_rejects->runId(), &duplicates);
    if (!loaded)
        return loaded.error().orKind(ErrorKind::Database);
    m_duplicates = duplicates;
    if (duplicates > 0) {
        if (Status st = subtractDuplicates(counts, regionCodes); !st)
            return st.error();
    }
    return Totals {loaded.value(), m_rejects->total() + duplicates};
}

Status LoadSession::subtractDuplicates(RunCounts &counts, const QList<QString> &regionCodes)
{
    const Result<QList<TableLoader::DuplicateGroup>> groups = m_loader.duplicateGroups();
    if (!groups)
        return groups.error();
    for (const TableLoader::DuplicateGroup &g : groups.value()) {
        const std::optional<GeoStatus> status
            = geoStatusFromName(QLatin1String(g.geoStatus.toLatin1()));
        if (!status)
            return Error(ErrorKind::Internal,
                         tr("The loaded rows hold an unknown geo_status \"%1\".").arg(g.geoStatus));
        RunCounts::Assigned a;
        a.region = g.regionCode.isEmpty() ? -1 : int(regionCodes.indexOf(g.regionCode));
        a.km = g.distanceKm;
        a.rttTenths = g.rttTenths;
        a.measured = g.rttMeasured;
        a.uncertain = g.uncertain;
        a.agreement = agreementFromName(g.agreement);
        counts.remove(*status, g.rows, a);
    }
    return {};
}

Result<qint64> LoadSession::storePoints(const PointCounts &points,
                                        const QList<QByteArray> &regionCodes,
                                        const QByteArray &geoSource)
{
    const Result<PGconn *> conn = pgConnection(m_db);
    if (!conn)
        return conn.error().orKind(ErrorKind::Database);
    const qint64 runId = m_rejects->runId();
    const Result<PointTable::Target> target = PointTable::begin(*conn, runId);
    if (!target)
        return target.error();
    if (m_mode == LoadMode::Replace || m_loader.createsTable()) {
        if (Status st = PointTable::dropEarlierRuns(*conn, m_table, runId, *target); !st)
            return st.error();
    }
    qint64 stored = 0;
    if (points.overflowed() || m_duplicates > 0) {
        QStringList columns;
        for (const SourceColumn &c : m_schema.sourceColumns())
            columns << c.name;
        for (const TargetSchema::EnrichmentColumn &e : TargetSchema::enrichmentColumns())
            columns << QLatin1String(e.name);
        const Result<qint64> made
            = PointTable::fromRows(*conn, quotedTable(), columns, runId, *target);
        if (!made)
            return made.error();
        stored = made.value();
    } else {
        // In COPY's binary format: the server's share of the points is mostly reading numbers.
        CopyStream copy(*conn);
        if (Status st = copy.begin(PointTable::copySql(runId, *target, true)); !st)
            return st.error().orKind(ErrorKind::Database);
        CopyBuffer rows;
        const QByteArray header = CopyBuffer::binaryHeader();
        rows.appendRaw(header);
        if (Status st = points.encode(
                runId, regionCodes, geoSource, rows,
                [&copy](CopyBuffer &piece) { return copy.send(piece); }, size_t(1) << 20, true);
            !st)
            return st.error().orKind(ErrorKind::Database);
        rows.appendRaw(CopyBuffer::binaryTrailer());
        if (Status st = copy.send(rows); !st)
            return st.error().orKind(ErrorKind::Database);
        const Result<qint64> copied = copy.finish();
        if (!copied)
            return copied.error().orKind(ErrorKind::Database);
        stored = copied.value();
    }
    if (Status st = PointTable::markMade(*conn, runId, stored, *target); !st)
        return st.error();
    return stored;
}

void LoadSession::abort(const QString &reason)
{
    m_loader.abortCopy(reason);
}

} // namespace regionmap
