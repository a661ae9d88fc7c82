#include "rowencoder.h"

#include "csv/csvchunk.h"
#include "db/copybuffer.h"
#include "etl/copyformat.h"
#include "etl/pointcounts.h"
#include "etl/regionassigner.h"
#include "etl/rowbatch.h"
#include "etl/runcounts.h"
#include "geo/locationuncertainty.h"

#include <cmath>

namespace regionmap {

namespace {

using Field = TargetSchema::Field;

// The point columns in the order pointText() writes them.
constexpr Field kPointFields[] = {
    Field::Latitude,        Field::Longitude,  Field::RegionCode,       Field::RegionName,
    Field::RegionProvider,  Field::DistanceKm, Field::SecondRegionCode, Field::SecondRegionProvider,
    Field::SecondDistanceKm};
constexpr int kPointFieldCount = int(sizeof kPointFields / sizeof kPointFields[0]);

// The cross-check's columns, in the order appendSecondOpinion() writes them.
constexpr Field kAltFields[] = {Field::AltLatitude,   Field::AltLongitude,  Field::AltRegionCode,
                                Field::AltDistanceKm, Field::AltLocationKm, Field::Agreement};
constexpr int kAltFieldCount = int(sizeof kAltFields / sizeof kAltFields[0]);

constexpr char kNoPoint[] = "\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N";
// The region columns of a point with no region: code, name, provider, distance, second code,
// second provider, second distance.
constexpr char kNoRegion[] = "\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N";

} // namespace

RowEncoder::RowEncoder(const TargetSchema &schema, const RegionAssigner &assigner, Setup setup,
                       const RegionAssigner *second)
    : m_schema(schema)
    , m_assigner(assigner)
    , m_second(second)
    , m_setup(std::move(setup))
    , m_runId(QByteArray::number(m_setup.runId))
{
    for (const QByteArray &code : m_setup.regionCodes)
        m_measuredCodes.push_back(code.toLower());
    const QList<TargetSchema::EnrichmentColumn> &cols = TargetSchema::enrichmentColumns();
    for (int i = 0; i < cols.size(); ++i) {
        switch (cols.at(i).field) {
        case Field::Ip:
            m_plan.push_back(Step::Ip);
            break;
        case Field::Latitude:
            for (int k = 0; k < kPointFieldCount; ++k)
                Q_ASSERT_X(i + k < cols.size() && cols.at(i + k).field == kPointFields[k],
                           "RowEncoder", "the point columns must stay together and in order");
            m_plan.push_back(Step::Point);
            i += kPointFieldCount - 1;
            break;
        case Field::Longitude:
        case Field::RegionCode:
        case Field::RegionName:
        case Field::RegionProvider:
        case Field::DistanceKm:
        case Field::SecondRegionCode:
        case Field::SecondRegionProvider:
        case Field::SecondDistanceKm:
            Q_ASSERT_X(false, "RowEncoder", "a point column outside the point group");
            break;
        case Field::EstRttMs:
            m_plan.push_back(Step::EstRttMs);
            break;
        case Field::EstRttSource:
            m_plan.push_back(Step::EstRttSource);
            break;
        case Field::AccuracyKm:
            m_plan.push_back(Step::AccuracyKm);
            break;
        case Field::UncertaintyKm:
            m_plan.push_back(Step::UncertaintyKm);
            break;
        case Field::Assignment:
            m_plan.push_back(Step::Assignment);
            break;
        case Field::AltLatitude:
            for (int k = 0; k < kAltFieldCount; ++k)
                Q_ASSERT_X(i + k < cols.size() && cols.at(i + k).field == kAltFields[k],
                           "RowEncoder", "the cross-check columns are not in their order");
            m_plan.push_back(Step::AltGroup);
            i += kAltFieldCount - 1;
            break;
        case Field::AltLongitude:
        case Field::AltRegionCode:
        case Field::AltDistanceKm:
        case Field::AltLocationKm:
        case Field::Agreement:
            Q_ASSERT_X(false, "RowEncoder", "a cross-check column outside its group");
            break;
        case Field::CountryCode:
            m_plan.push_back(Step::CountryCode);
            break;
        case Field::City:
            m_plan.push_back(Step::City);
            break;
        case Field::GeoSource:
            m_plan.push_back(Step::GeoSource);
            break;
        case Field::GeoStatus:
            m_plan.push_back(Step::GeoStatus);
            break;
        case Field::GeoNote:
            m_plan.push_back(Step::GeoNote);
            break;
        case Field::RunId:
            m_plan.push_back(Step::RunId);
            break;
        }
    }
}

const QByteArray &RowEncoder::pointText(int point)
{
    if (m_assigner.generation() != m_generation) {
        m_generation = m_assigner.generation();
        m_pointText.clear();
    }
    if (size_t(point) >= m_pointText.size())
        m_pointText.resize(size_t(m_assigner.pointCount()));
    QByteArray &text = m_pointText[size_t(point)];
    if (!text.isEmpty())
        return text;

    const AssignedPoint &p = m_assigner.point(point);
    const NearestResult &near = p.nearest;
    CopyBuffer b;
    b.appendDouble(p.latitude);
    b.separator();
    b.appendDouble(p.longitude);
    b.separator();
    if (near.first >= 0) {
        b.appendText(m_setup.regionCodes.at(near.first));
        b.separator();
        b.appendText(m_setup.regionNames.at(near.first));
        b.separator();
        appendOptional(b, m_setup.regionProviders.value(near.first));
        b.separator();
        b.appendFixed(near.firstKm, kDistanceDecimals);
        b.separator();
        if (near.second >= 0) {
            b.appendText(m_setup.regionCodes.at(near.second));
            b.separator();
            appendOptional(b, m_setup.regionProviders.value(near.second));
            b.separator();
            b.appendFixed(near.secondKm, kDistanceDecimals);
        } else {
            b.appendRaw("\\N\t\\N\t\\N", 8);
        }
    } else {
        b.appendRaw(kNoRegion, sizeof kNoRegion - 1);
    }
    text = QByteArray(b.data(), qsizetype(b.size()));
    return text;
}

RowEncoder::RowAssessment RowEncoder::assess(const RowBatch &batch, int row) const
{
    const RowState &state = batch.rows[size_t(row)];
    const Location *loc = batch.location(row);
    if (state.point < 0 || !loc)
        return {};
    const NearestResult &near = m_assigner.point(state.point).nearest;
    if (near.first < 0)
        return {};
    RowAssessment a;
    a.uncertaintyKm = LocationUncertainty::km(*loc);
    if (m_second) {
        const Location *alt = batch.altLocation(row); // null: not in the cross-check's sample
        const int altPoint = state.altPoint;
        if (!alt)
            a.agreement = Agreement::None;
        else if (alt->status == GeoStatus::Located && altPoint >= 0
                 && m_second->point(altPoint).nearest.first >= 0)
            a.agreement = m_second->point(altPoint).nearest.first == near.first
                              ? Agreement::SameRegion
                              : Agreement::DifferentRegion;
        else
            a.agreement = Agreement::NotLocated;
    }
    a.firm = LocationUncertainty::isFirm(
        near.firstKm, near.second >= 0 ? std::optional<double>(near.secondKm) : std::nullopt,
        a.uncertaintyKm);
    if (!m_setup.measured.isEmpty()) {
        const std::optional<double> ms = m_setup.measured.find(m_measuredCodes[size_t(near.first)],
                                                               loc->countryCode, loc->city);
        if (ms) {
            a.tenths = std::llround(*ms * 10.0);
            a.measured = true;
            return a;
        }
    }
    a.tenths = std::llround(m_setup.latency.rttMs(near.firstKm) * 10.0);
    return a;
}

void RowEncoder::appendRow(const RowBatch &batch, int row, const RowAssessment &a, CopyBuffer &out)
{
    const RowState &state = batch.rows[size_t(row)];
    const Location *loc = batch.location(row);
    const bool hasSource
        = loc && (state.status == GeoStatus::Located || state.status == GeoStatus::CountryOnly);
    bool first = true;
    for (const Step step : m_plan) {
        if (!first)
            out.separator();
        first = false;
        switch (step) {
        case Step::Ip:
            if (state.status == GeoStatus::InvalidIp) {
                out.appendNull();
            } else if (!m_setup.privacy.keepsAddresses()) {
                appendOptional(out, m_setup.privacy.address(state.ip));
            } else {
                char text[IpAddress::MaxTextLength];
                out.appendRaw(text, size_t(state.ip.format(text)));
            }
            break;
        case Step::Point:
            if (state.point >= 0)
                out.appendRaw(pointText(state.point));
            else
                out.appendRaw(kNoPoint, sizeof kNoPoint - 1);
            break;
        case Step::EstRttMs:
            if (a.tenths >= 0)
                out.appendFixed(double(a.tenths) / 10.0, 1);
            else
                out.appendNull();
            break;
        case Step::EstRttSource:
            if (a.tenths < 0)
                out.appendNull();
            else if (a.measured)
                out.appendRaw("measured", 8);
            else
                out.appendRaw("model", 5);
            break;
        case Step::AccuracyKm:
            if (state.point >= 0 && loc && loc->accuracyKm >= 0)
                out.appendInt(loc->accuracyKm);
            else
                out.appendNull();
            break;
        case Step::UncertaintyKm:
            if (a.tenths >= 0)
                out.appendFixed(a.uncertaintyKm, 1);
            else
                out.appendNull();
            break;
        case Step::Assignment:
            if (a.tenths < 0) {
                out.appendNull();
            } else {
                const QLatin1String name = a.firm ? LocationUncertainty::firmName()
                                                  : LocationUncertainty::uncertainName();
                out.appendRaw(name.data(), size_t(name.size()));
            }
            break;
        case Step::AltGroup:
            appendSecondOpinion(batch, row, a, out);
            break;
        case Step::CountryCode:
            appendOptional(out, loc ? loc->countryCode : QByteArray());
            break;
        case Step::City:
            appendOptional(out, loc ? loc->city : QByteArray());
            break;
        case Step::GeoSource:
            appendOptional(out, hasSource ? m_setup.geoSource : QByteArray());
            break;
        case Step::GeoStatus: {
            const QLatin1String name = geoStatusName(state.status);
            out.appendRaw(name.data(), size_t(name.size()));
            break;
        }
        case Step::GeoNote:
            appendOptional(out, loc ? loc->note : QByteArray());
            break;
        case Step::RunId:
            out.appendRaw(m_runId);
            break;
        }
    }
}

void RowEncoder::appendSecondOpinion(const RowBatch &batch, int row, const RowAssessment &a,
                                     CopyBuffer &out) const
{
    if (a.agreement == Agreement::None || a.agreement == Agreement::NotLocated) {
        out.appendRaw("\\N\t\\N\t\\N\t\\N\t\\N\t", 15);
        if (a.agreement == Agreement::None)
            out.appendNull();
        else
            out.appendRaw("not_located", 11);
        return;
    }
    const Location &loc = *batch.location(row);
    const AssignedPoint &p = m_second->point(batch.rows[size_t(row)].altPoint);
    out.appendDouble(p.latitude);
    out.separator();
    out.appendDouble(p.longitude);
    out.separator();
    out.appendText(m_setup.regionCodes.at(p.nearest.first));
    out.separator();
    out.appendFixed(p.nearest.firstKm, kDistanceDecimals);
    out.separator();
    out.appendFixed(
        NearestRegionFinder::geodesicKm(loc.latitude, loc.longitude, p.latitude, p.longitude), 3);
    out.separator();
    const QLatin1String name = agreementName(a.agreement);
    out.appendRaw(name.data(), size_t(name.size()));
}

void RowEncoder::countPoint(const RowBatch &batch, int row, const RowAssessment &a)
{
    const RowState &state = batch.rows[size_t(row)];
    const Location *loc = batch.location(row);
    PointCounts::Row p;
    p.status = state.status;
    p.hasSource
        = loc && (state.status == GeoStatus::Located || state.status == GeoStatus::CountryOnly);
    if (loc) {
        p.countryCode = loc->countryCode;
        p.city = loc->city;
    }
    if (state.point >= 0) {
        const AssignedPoint &point = m_assigner.point(state.point);
        p.hasPoint = true;
        p.latitude = point.latitude;
        p.longitude = point.longitude;
        if (a.tenths >= 0) {
            p.region = point.nearest.first;
            p.secondRegion = point.nearest.second;
            p.km = point.nearest.firstKm;
            p.secondKm = point.nearest.secondKm;
            p.rttTenths = a.tenths;
            p.measured = a.measured;
            p.uncertaintyKm = a.uncertaintyKm;
            p.firm = a.firm;
            p.agreement = a.agreement;
        }
    }
    m_points->add(p, state.point, m_assigner.generation());
}

Status RowEncoder::process(const RowBatch &batch, CopyBuffer &out, RunCounts &counts,
                           const Send &send, size_t sendBytes)
{
    const CsvChunk &chunk = *batch.chunk;
    const int columns = int(m_schema.sourceColumns().size());
    // The CSV's address column, when the privacy mode stores something else in it; the other
    // columns are then searched for addresses too (a second address column, a log line).
    const int rewritten = m_setup.privacy.keepsAddresses() ? -1 : m_schema.ipColumn();
    for (int r = 0; r < int(batch.rows.size()); ++r) {
        const RowState &state = batch.rows[size_t(r)];
        if (state.rejected)
            continue;
        for (int c = 0; c < columns; ++c) {
            const QByteArrayView v = chunk.field(r, c);
            if (c == rewritten)
                appendOptional(out, m_setup.privacy.columnText(v, state.ip));
            else if (rewritten >= 0 && m_setup.privacy.needsRedaction(v))
                appendOptional(out, m_setup.privacy.redact(v)); // another column's addresses
            else if (v.isEmpty())
                out.appendNull();
            else
                out.appendText(v.data(), size_t(v.size()));
            out.separator();
        }
        const RowAssessment a = assess(batch, r);
        appendRow(batch, r, a, out);
        if (m_setup.rowOrigin) {
            out.separator();
            out.appendInt(++m_sequence);
            out.separator();
            out.appendText(m_file);
            out.separator();
            out.appendInt(chunk.line(r));
        }
        out.endRow();
        if (m_points)
            countPoint(batch, r, a);
        if (a.tenths >= 0) {
            const NearestResult &near = m_assigner.point(state.point).nearest;
            counts.add(state.status,
                       {near.first, near.firstKm, a.tenths, a.measured, !a.firm, a.agreement});
        } else {
            counts.add(state.status);
        }
        if (send && out.size() >= sendBytes) {
            if (Status st = send(out); !st)
                return st;
        }
    }
    return {};
}

} // namespace regionmap
