#pragma once

#include "common/result.h"
#include "db/targetschema.h"
#include "etl/addressprivacy.h"
#include "geo/agreement.h"
#include "geo/latencymodel.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <vector>

namespace regionmap {

class CopyBuffer;
class PointCounts;
class RegionAssigner;
struct AssignedPoint;
class RunCounts;
struct RowBatch;

// The stage after the assigner: writes each accepted row for PostgreSQL's COPY (text, or binary
// when the setup says so), its
// own columns and then the enrichment columns in the order TargetSchema::enrichmentColumns()
// gives (the same list the DDL is made from), and tallies the row's status and region.
class RowEncoder
{
public:
    struct Setup
    {
        QList<QByteArray> regionCodes; // by catalog index
        QList<QByteArray> regionNames;
        QList<QByteArray> regionProviders; // empty: the catalog does not say
        LatencyModel latency; // the est. RTT where no measured value applies
        MeasuredLatencies measured; // measured round trips, may be empty
        QByteArray geoSource; // the rows' geo_source (GeoSource::id)
        qint64 runId = 0;
        bool rowOrigin = false; // upsert: each row's sequence, file and line after its columns
        // What the ip column and the CSV's address column store (docs/privacy.md).
        AddressPrivacy privacy;
        // COPY's binary format instead of text (see writesBinary()); the load must use the
        // same (TableLoader::setBinary).
        bool binary = false;
    };

    // Whether a run with this setup writes the binary format: when the ip column holds the
    // address itself (the privacy mode keeps it).
    static bool writesBinary(const Setup &setup);

    // second: the cross-check's assigner (the alt_* columns and the agreement), or null.
    RowEncoder(const TargetSchema &schema, const RegionAssigner &assigner, Setup setup,
               const RegionAssigner *second = nullptr);

    // Where each written row is also counted as a weighted point (etl_points), or null.
    void setPointCounts(PointCounts *points) { m_points = points; }

    // The file whose rows follow, for the row origin.
    void setFile(const QString &path) { m_file = path.toUtf8(); }

    // Writes the CSV's columns of the batch's accepted rows as COPY fields into the batch
    // (RowBatch::sourceFields), where process() then copies each row's as one piece. Only in
    // the binary format (with the privacy mode that keeps addresses, no column is rewritten);
    // otherwise it writes nothing and process() writes them itself. Reads only what does not
    // change during the run: the reading thread calls it while process() runs on another batch.
    void writeSourceColumns(RowBatch &batch) const;
    // The same, after the locators, for the columns that follow from the row's location alone
    // (country_code, city, geo_source, geo_status, geo_note: RowBatch::locationFields).
    void writeLocationColumns(RowBatch &batch) const;

    // Sends the buffer on whenever it holds sendBytes or more, so that a chunk of wide rows
    // never sits in memory whole; send may be empty (then everything stays in out).
    using Send = std::function<Status(CopyBuffer &)>;
    Status process(const RowBatch &batch, CopyBuffer &out, RunCounts &counts, const Send &send = {},
                   size_t sendBytes = size_t(1) << 20);

private:
    enum class Step {
        Ip,
        Point,
        EstRttMs,
        EstRttSource,
        AccuracyKm,
        UncertaintyKm,
        Assignment,
        AltGroup, // the six cross-check columns, alt_latitude to agreement
        LocationGroup, // country_code, city, geo_source, geo_status, geo_note

        RunId
    };
    // What the encoder works out for a row with a region: its est. RTT in tenths of a
    // millisecond (as stored) and where it came from, its uncertainty and whether its
    // assignment is firm (docs/geolocation-accuracy.md).
    struct RowAssessment
    {
        qint64 tenths = -1; // -1: the row has no region (and none of the rest applies)
        bool measured = false;
        double uncertaintyKm = 0;
        bool firm = false;
        Agreement agreement = Agreement::None;
    };

    RowAssessment assess(const RowBatch &batch, int row) const;
    // Fields: TextFields or BinaryFields (etl/copyformat.h).
    template<class Fields>
    Status processAs(const RowBatch &batch, Fields &fields, CopyBuffer &out, RunCounts &counts,
                     const Send &send, size_t sendBytes);
    template<class Fields>
    void appendRow(const RowBatch &batch, int row, const RowAssessment &a, Fields &out);
    template<class Fields>
    void appendSecondOpinion(const RowBatch &batch, int row, const RowAssessment &a,
                             Fields &out) const;
    template<class Fields>
    void writePoint(const AssignedPoint &point, Fields &out) const;
    template<class Fields>
    void writeLocationFields(const RowBatch &batch, int row, Fields &out) const;
    void countPoint(const RowBatch &batch, int row, const RowAssessment &a);
    // The point columns of a place, written once in the encoder's format.
    const QByteArray &pointFields(int point);
    void prefetchPoint(const RowBatch &batch, int far, int near) const;

    const TargetSchema &m_schema;
    const RegionAssigner &m_assigner;
    const RegionAssigner *m_second;
    PointCounts *m_points = nullptr;
    Setup m_setup;
    int m_rowFields = 0; // the fields of a row: the CSV's, the enrichment, the row origin
    QByteArray m_noPoint; // the point columns of a row without a place
    QByteArray m_file;
    qint64 m_sequence = 0;
    std::vector<QByteArray> m_measuredCodes; // lower-case region codes, for MeasuredLatencies
    std::vector<Step> m_plan; // the enrichment columns, the seven point columns as one step
    std::vector<QByteArray> m_pointFields; // by point index, made on first use
    bool m_ipAhead = false; // the ip column is written with the CSV's (writeSourceColumns())
    int m_generation = 0;
};

} // namespace regionmap
