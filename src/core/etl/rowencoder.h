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
class RunCounts;
struct RowBatch;

// The stage after the assigner: writes each accepted row in PostgreSQL's COPY text format, its
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
    };

    // second: the cross-check's assigner (the alt_* columns and the agreement), or null.
    RowEncoder(const TargetSchema &schema, const RegionAssigner &assigner, Setup setup,
               const RegionAssigner *second = nullptr);

    // Where each written row is also counted as a weighted point (etl_points), or null.
    void setPointCounts(PointCounts *points) { m_points = points; }

    // The file whose rows follow, for the row origin.
    void setFile(const QString &path) { m_file = path.toUtf8(); }

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
        CountryCode,
        City,
        GeoSource,
        GeoStatus,
        GeoNote,
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
    void appendRow(const RowBatch &batch, int row, const RowAssessment &a, CopyBuffer &out);
    void countPoint(const RowBatch &batch, int row, const RowAssessment &a);
    void appendSecondOpinion(const RowBatch &batch, int row, const RowAssessment &a,
                             CopyBuffer &out) const;
    const QByteArray &pointText(int point);

    const TargetSchema &m_schema;
    const RegionAssigner &m_assigner;
    const RegionAssigner *m_second;
    PointCounts *m_points = nullptr;
    Setup m_setup;
    QByteArray m_runId;
    QByteArray m_file;
    qint64 m_sequence = 0;
    std::vector<QByteArray> m_measuredCodes; // lower-case region codes, for MeasuredLatencies
    std::vector<Step> m_plan; // the enrichment columns, the seven point columns as one step
    std::vector<QByteArray> m_pointText; // by point index, made on first use
    int m_generation = 0;
};

} // namespace regionmap
