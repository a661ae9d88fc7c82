#include "rowencoder.h"

#include "csv/csvchunk.h"
#include "db/copybuffer.h"
#include "etl/copyformat.h"
#include "etl/pointcounts.h"
#include "etl/regionassigner.h"
#include "etl/rowbatch.h"
#include "etl/runcounts.h"
#include "geo/locationuncertainty.h"

#include <QtEndian>

#include <cmath>
#include <iterator>
#include <type_traits>

namespace regionmap {

namespace {

using Field = TargetSchema::Field;

// The point columns in the order writePoint() writes them.
constexpr Field kPointFields[] = {
    Field::Latitude,        Field::Longitude,  Field::RegionCode,       Field::RegionName,
    Field::RegionProvider,  Field::DistanceKm, Field::SecondRegionCode, Field::SecondRegionProvider,
    Field::SecondDistanceKm};
constexpr int kPointFieldCount = int(sizeof kPointFields / sizeof kPointFields[0]);

// The cross-check's columns, in the order appendSecondOpinion() writes them.
constexpr Field kAltFields[] = {Field::AltLatitude,   Field::AltLongitude,  Field::AltRegionCode,
                                Field::AltDistanceKm, Field::AltLocationKm, Field::Agreement};
constexpr int kAltFieldCount = int(sizeof kAltFields / sizeof kAltFields[0]);
// The columns that follow from the row's location alone, in the order writeLocationFields()
// writes them.
constexpr Field kLocationFields[]
    = {Field::CountryCode, Field::City, Field::GeoSource, Field::GeoStatus, Field::GeoNote};
constexpr int kLocationFieldCount = int(std::size(kLocationFields));

} // namespace

RowEncoder::RowEncoder(const TargetSchema &schema, const RegionAssigner &assigner, Setup setup,
                       const RegionAssigner *second)
    : m_schema(schema)
    , m_assigner(assigner)
    , m_second(second)
    , m_setup(std::move(setup))
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
            for (int k = 0; k < kLocationFieldCount; ++k)
                Q_ASSERT_X(i + k < cols.size() && cols.at(i + k).field == kLocationFields[k],
                           "RowEncoder", "the location's columns are not in their order");
            m_plan.push_back(Step::LocationGroup);
            i += kLocationFieldCount - 1;
            break;
        case Field::City:
        case Field::GeoSource:
        case Field::GeoStatus:
        case Field::GeoNote:
            Q_ASSERT_X(false, "RowEncoder", "a location column outside its group");
            break;
        case Field::RunId:
            m_plan.push_back(Step::RunId);
            break;
        }
    }
    // What follows from the validator and the locators alone is written on the reading thread
    // (writeSourceColumns(), writeLocationColumns()) in the binary format.
    m_ipAhead = m_setup.binary && !m_plan.empty() && m_plan.front() == Step::Ip;
    m_rowFields
        = int(m_schema.sourceColumns().size()) + int(cols.size()) + (m_setup.rowOrigin ? 3 : 0);
    CopyBuffer none;
    if (m_setup.binary) {
        BinaryFields out(none);
        for (int k = 0; k < kPointFieldCount; ++k)
            out.null();
    } else {
        TextFields out(none);
        for (int k = 0; k < kPointFieldCount; ++k)
            out.null();
    }
    m_noPoint = QByteArray(none.data(), qsizetype(none.size()));
}

bool RowEncoder::writesBinary(const Setup &setup)
{
    // The binary format carries the address as an inet; the other privacy modes store text
    // made from it, which the text format carries.
    return setup.privacy.keepsAddresses();
}

// Rows of widely spread places meet a different place nearly every row, and its values (the
// assigner's point, its written fields, its count) are far apart in memory: asking for them a
// few rows ahead overlaps the waits. `far`'s place: the written fields' handle; `near`'s: the
// bytes it holds, the point and its count.
void RowEncoder::prefetchPoint(const RowBatch &batch, int far, int near) const
{
    if (m_assigner.generation() != m_generation)
        return;
    if (far < int(batch.rows.size())) {
        const int point = batch.rows[size_t(far)].point;
        if (point >= 0 && size_t(point) < m_pointFields.size())
            __builtin_prefetch(&m_pointFields[size_t(point)]);
    }
    if (near < int(batch.rows.size())) {
        const int point = batch.rows[size_t(near)].point;
        if (point >= 0) {
            __builtin_prefetch(&m_assigner.point(point));
            if (size_t(point) < m_pointFields.size())
                __builtin_prefetch(m_pointFields[size_t(point)].constData());
            if (m_points)
                m_points->prefetch(point);
        }
    }
}

const QByteArray &RowEncoder::pointFields(int point)
{
    if (m_assigner.generation() != m_generation) {
        m_generation = m_assigner.generation();
        m_pointFields.clear();
    }
    if (size_t(point) >= m_pointFields.size())
        m_pointFields.resize(size_t(m_assigner.pointCount()));
    QByteArray &written = m_pointFields[size_t(point)];
    if (!written.isEmpty())
        return written;

    CopyBuffer b;
    if (m_setup.binary) {
        BinaryFields out(b);
        writePoint(m_assigner.point(point), out);
    } else {
        TextFields out(b);
        writePoint(m_assigner.point(point), out);
    }
    written = QByteArray(b.data(), qsizetype(b.size()));
    return written;
}

template<class Fields>
void RowEncoder::writePoint(const AssignedPoint &p, Fields &out) const
{
    const NearestResult &near = p.nearest;
    out.number(p.latitude);
    out.number(p.longitude);
    if (near.first < 0) {
        // code, name, provider, distance, second code, second provider, second distance
        for (int k = 0; k < 7; ++k)
            out.null();
        return;
    }
    out.text(m_setup.regionCodes.at(near.first));
    out.text(m_setup.regionNames.at(near.first));
    out.optional(m_setup.regionProviders.value(near.first));
    out.fixed(near.firstKm, kDistanceDecimals);
    if (near.second >= 0) {
        out.text(m_setup.regionCodes.at(near.second));
        out.optional(m_setup.regionProviders.value(near.second));
        out.fixed(near.secondKm, kDistanceDecimals);
    } else {
        out.null();
        out.null();
        out.null();
    }
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

template<class Fields>
void RowEncoder::appendRow(const RowBatch &batch, int row, const RowAssessment &a, Fields &out)
{
    const RowState &state = batch.rows[size_t(row)];
    const Location *loc = batch.location(row);
    for (const Step step : m_plan) {
        switch (step) {
        case Step::Ip:
            if (m_ipAhead && !batch.sourceFields.empty())
                break; // written with the CSV's columns
            if (state.status == GeoStatus::InvalidIp)
                out.null();
            else if (!m_setup.privacy.keepsAddresses())
                out.optional(m_setup.privacy.address(state.ip));
            else
                out.inet(state.ip);
            break;
        case Step::Point:
            out.fields(state.point >= 0 ? pointFields(state.point) : m_noPoint);
            break;
        case Step::EstRttMs:
            if (a.tenths >= 0)
                out.fixed(double(a.tenths) / 10.0, 1);
            else
                out.null();
            break;
        case Step::EstRttSource:
            if (a.tenths < 0)
                out.null();
            else
                out.word(a.measured ? QLatin1String("measured") : QLatin1String("model"));
            break;
        case Step::AccuracyKm:
            if (state.point >= 0 && loc && loc->accuracyKm >= 0)
                out.wholeNumber(loc->accuracyKm);
            else
                out.null();
            break;
        case Step::UncertaintyKm:
            if (a.tenths >= 0)
                out.fixed(a.uncertaintyKm, 1);
            else
                out.null();
            break;
        case Step::Assignment:
            if (a.tenths < 0)
                out.null();
            else
                out.word(a.firm ? LocationUncertainty::firmName()
                                : LocationUncertainty::uncertainName());
            break;
        case Step::AltGroup:
            appendSecondOpinion(batch, row, a, out);
            break;
        case Step::LocationGroup:
            if constexpr (std::is_same_v<Fields, BinaryFields>) {
                if (!batch.locationFields.empty()) {
                    const QByteArrayView piece = batch.locationFields.row(row);
                    out.raw(piece.data(), size_t(piece.size()));
                    break;
                }
            }
            writeLocationFields(batch, row, out);
            break;
        case Step::RunId:
            out.bigint(m_setup.runId);
            break;
        }
    }
}

template<class Fields>
void RowEncoder::appendSecondOpinion(const RowBatch &batch, int row, const RowAssessment &a,
                                     Fields &out) const
{
    if (a.agreement == Agreement::None || a.agreement == Agreement::NotLocated) {
        for (int k = 0; k < kAltFieldCount - 1; ++k)
            out.null();
        if (a.agreement == Agreement::None)
            out.null();
        else
            out.word(agreementName(Agreement::NotLocated));
        return;
    }
    const Location &loc = *batch.location(row);
    const AssignedPoint &p = m_second->point(batch.rows[size_t(row)].altPoint);
    out.number(p.latitude);
    out.number(p.longitude);
    out.text(m_setup.regionCodes.at(p.nearest.first));
    out.fixed(p.nearest.firstKm, kDistanceDecimals);
    out.fixed(NearestRegionFinder::geodesicKm(loc.latitude, loc.longitude, p.latitude, p.longitude),
              3);
    out.word(agreementName(a.agreement));
}

// A field of COPY's binary format at `at` (its length, then its bytes; NULL: empty), and `at`
// moved past it.
static QByteArrayView nextBinaryField(const char *&at)
{
    const qint32 size = qFromBigEndian<qint32>(at);
    at += 4;
    if (size < 0)
        return {};
    const QByteArrayView value(at, size);
    at += size;
    return value;
}

void RowEncoder::countPoint(const RowBatch &batch, int row, const RowAssessment &a)
{
    const RowState &state = batch.rows[size_t(row)];
    const Location *loc = batch.location(row);
    PointCounts::Row p;
    p.status = state.status;
    p.hasSource
        = loc && (state.status == GeoStatus::Located || state.status == GeoStatus::CountryOnly);
    if (!batch.locationFields.empty()) {
        // The two first fields of the row's location piece, at hand in this thread's cache.
        const char *at = batch.locationFields.row(row).data();
        p.countryCode = nextBinaryField(at);
        p.city = nextBinaryField(at);
        if (loc) { // the piece was written from them
            p.countryOwner = &loc->countryCode;
            p.cityOwner = &loc->city;
        }
    } else if (loc) {
        p.countryCode = loc->countryCode;
        p.city = loc->city;
        p.countryOwner = &loc->countryCode;
        p.cityOwner = &loc->city;
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

void RowEncoder::writeSourceColumns(RowBatch &batch) const
{
    batch.sourceFields.clear();
    if (!m_setup.binary)
        return;
    const CsvChunk &chunk = *batch.chunk;
    const QList<SourceColumn> &columns = m_schema.sourceColumns();
    BinaryFields fields(batch.sourceFields.bytes);
    for (int r = 0; r < int(batch.rows.size()); ++r) {
        const RowState &state = batch.rows[size_t(r)];
        if (!state.rejected) {
            for (int c = 0; c < int(columns.size()); ++c)
                fields.csvValue(columns.at(c).type, chunk.field(r, c));
            if (m_ipAhead) { // the validator's verdict on the address is final
                if (state.status == GeoStatus::InvalidIp)
                    fields.null();
                else
                    fields.inet(state.ip);
            }
        }
        batch.sourceFields.endRow();
    }
}

template<class Fields>
void RowEncoder::writeLocationFields(const RowBatch &batch, int row, Fields &out) const
{
    const RowState &state = batch.rows[size_t(row)];
    const Location *loc = batch.location(row);
    const bool hasSource
        = loc && (state.status == GeoStatus::Located || state.status == GeoStatus::CountryOnly);
    out.optional(loc ? QByteArrayView(loc->countryCode) : QByteArrayView());
    out.optional(loc ? QByteArrayView(loc->city) : QByteArrayView());
    out.optional(hasSource ? QByteArrayView(m_setup.geoSource) : QByteArrayView());
    out.word(geoStatusName(state.status));
    out.optional(loc ? QByteArrayView(loc->note) : QByteArrayView());
}

void RowEncoder::writeLocationColumns(RowBatch &batch) const
{
    batch.locationFields.clear();
    if (!m_setup.binary)
        return;
    BinaryFields fields(batch.locationFields.bytes);
    for (int r = 0; r < int(batch.rows.size()); ++r) {
        if (!batch.rows[size_t(r)].rejected)
            writeLocationFields(batch, r, fields);
        batch.locationFields.endRow();
    }
}

Status RowEncoder::process(const RowBatch &batch, CopyBuffer &out, RunCounts &counts,
                           const Send &send, size_t sendBytes)
{
    if (m_setup.binary) {
        BinaryFields fields(out);
        return processAs(batch, fields, out, counts, send, sendBytes);
    }
    TextFields fields(out);
    return processAs(batch, fields, out, counts, send, sendBytes);
}

template<class Fields>
Status RowEncoder::processAs(const RowBatch &batch, Fields &fields, CopyBuffer &out,
                             RunCounts &counts, const Send &send, size_t sendBytes)
{
    const CsvChunk &chunk = *batch.chunk;
    const QList<SourceColumn> &columns = m_schema.sourceColumns();
    // The CSV's address column, when the privacy mode stores something else in it; the other
    // columns are then searched for addresses too (a second address column, a log line).
    const int rewritten = m_setup.privacy.keepsAddresses() ? -1 : m_schema.ipColumn();
    const int rowCount = int(batch.rows.size());
    const bool written = !batch.sourceFields.empty();
    for (int r = 0; r < rowCount; ++r) {
        prefetchPoint(batch, r + 16, r + 8);
        const RowState &state = batch.rows[size_t(r)];
        if (state.rejected)
            continue;
        fields.beginRow(m_rowFields);
        if (written) {
            const QByteArrayView piece = batch.sourceFields.row(r);
            out.appendRaw(piece.data(), size_t(piece.size()));
        } else {
            for (int c = 0; c < int(columns.size()); ++c) {
                const QByteArrayView v = chunk.field(r, c);
                if (c == rewritten)
                    fields.optional(m_setup.privacy.columnText(v, state.ip));
                else if (rewritten >= 0 && m_setup.privacy.needsRedaction(v))
                    fields.optional(m_setup.privacy.redact(v)); // another column's addresses
                else
                    fields.csvValue(columns.at(c).type, v);
            }
        }
        const RowAssessment a = assess(batch, r);
        appendRow(batch, r, a, fields);
        if (m_setup.rowOrigin) {
            fields.bigint(++m_sequence);
            fields.text(m_file);
            fields.bigint(chunk.line(r));
        }
        fields.endRow();
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
