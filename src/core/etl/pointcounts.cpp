#include "pointcounts.h"

#include "db/copybuffer.h"
#include "etl/copyformat.h"
#include "geo/locationuncertainty.h"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace regionmap {

PointCounts::PointCounts(size_t limit)
    : m_limit(limit)
{ }

PointCounts::Entry::Entry(const Row &counted, int nextEntry)
    : row(counted)
    , countryCode(counted.countryCode.toByteArray())
    , city(counted.city.toByteArray())
    , rows(1)
    , next(nextEntry)
{
    own();
}

PointCounts::Entry::Entry(const Entry &other)
    : row(other.row)
    , countryCode(other.countryCode)
    , city(other.city)
    , rows(other.rows)
    , next(other.next)
{
    own();
}

PointCounts::Entry &PointCounts::Entry::operator=(const Entry &other)
{
    row = other.row;
    countryCode = other.countryCode;
    city = other.city;
    rows = other.rows;
    next = other.next;
    own();
    return *this;
}

// The row's texts view this entry's own bytes. (A moved QByteArray keeps its bytes where they
// are, so the vector of entries may grow without copying them again.)
void PointCounts::Entry::own()
{
    row.countryCode = countryCode;
    row.city = city;
}

namespace {

// What a point is, as its rows are written: the place's values (region, distances) follow from
// the place; the uncertainty is written to a tenth of a kilometre, and with no region the
// assignment's values are not written at all.
auto pointKey(const PointCounts::Row &r)
{
    const bool region = r.region >= 0;
    return std::make_tuple(uint8_t(r.status), r.hasPoint, r.hasPoint ? doubleBits(r.latitude) : 0,
                           r.hasPoint ? doubleBits(r.longitude) : 0, r.region,
                           region ? r.rttTenths : 0, region && r.measured,
                           region ? std::llround(r.uncertaintyKm * 10.0) : 0, region && r.firm,
                           uint8_t(r.agreement), r.hasSource);
}

} // namespace

bool PointCounts::samePoint(const Row &a, const Row &b)
{
    return pointKey(a) == pointKey(b) && a.countryCode == b.countryCode && a.city == b.city;
}

bool PointCounts::pointLess(const Row &a, const Row &b)
{
    const auto ka = pointKey(a);
    const auto kb = pointKey(b);
    if (ka != kb)
        return ka < kb;
    if (a.countryCode != b.countryCode)
        return a.countryCode < b.countryCode;
    return a.city < b.city;
}

void PointCounts::countIn(int &head, const Row &row)
{
    for (int i = head; i >= 0; i = m_entries[size_t(i)].next) {
        Entry &e = m_entries[size_t(i)];
        if (samePoint(e.row, row)) {
            ++e.rows;
            return;
        }
    }
    if (m_entries.size() >= m_limit) {
        overflow();
        return;
    }
    m_entries.emplace_back(row, head);
    head = int(m_entries.size() - 1);
}

void PointCounts::add(const Row &row, int place, int generation)
{
    if (m_overflowed)
        return;
    ++m_rows;
    if (row.hasPoint && place >= 0) {
        if (generation != m_generation) {
            // The places start afresh: what was counted stays, and may come again.
            m_generation = generation;
            m_byPlace.clear();
            m_repeats = !m_entries.empty();
        }
        if (size_t(place) >= m_byPlace.size())
            m_byPlace.resize(std::max(size_t(place) + 1, m_byPlace.size() * 2), -1);
        countIn(m_byPlace[size_t(place)], row);
        return;
    }
    // Without a place index (rows without a place, or a caller that has none): by country.
    // (A key made over the caller's bytes, without copying them, to look it up.)
    auto it
        = m_placeless.find(QByteArray::fromRawData(row.countryCode.data(), row.countryCode.size()));
    if (it == m_placeless.end())
        it = m_placeless.insert(row.countryCode.toByteArray(), -1);
    countIn(it.value(), row);
}

void PointCounts::overflow()
{
    m_overflowed = true;
    m_entries = {};
    m_byPlace = {};
    m_placeless.clear();
}

std::vector<PointCounts::Entry> PointCounts::merged() const
{
    std::vector<int> order(m_entries.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::sort(order.begin(), order.end(), [this](int a, int b) {
        return pointLess(m_entries[size_t(a)].row, m_entries[size_t(b)].row);
    });
    std::vector<Entry> out;
    out.reserve(order.size());
    for (const int i : order) {
        const Entry &e = m_entries[size_t(i)];
        if (!out.empty() && samePoint(out.back().row, e.row))
            out.back().rows += e.rows;
        else
            out.push_back(e);
    }
    return out;
}

Status PointCounts::encode(qint64 runId, const QList<QByteArray> &regionCodes,
                           const QByteArray &geoSource, CopyBuffer &out, const Send &send,
                           size_t sendBytes, bool binary) const
{
    if (binary) {
        BinaryFields fields(out);
        return encodeAs(runId, regionCodes, geoSource, fields, out, send, sendBytes);
    }
    TextFields fields(out);
    return encodeAs(runId, regionCodes, geoSource, fields, out, send, sendBytes);
}

template<class Fields>
Status PointCounts::encodeAs(qint64 runId, const QList<QByteArray> &regionCodes,
                             const QByteArray &geoSource, Fields &fields, CopyBuffer &out,
                             const Send &send, size_t sendBytes) const
{
    // run_id, the point columns (PointTable::pointColumns()), row_count.
    constexpr int kFields = 17;
    // Without a new generation of places, every entry is a point of its own.
    const std::vector<Entry> repeatsMerged = m_repeats ? merged() : std::vector<Entry>();
    for (const Entry &e : m_repeats ? repeatsMerged : m_entries) {
        const Row &r = e.row;
        fields.beginRow(kFields);
        fields.bigint(runId);
        fields.word(geoStatusName(r.status));
        fields.optional(r.hasSource ? geoSource : QByteArray());
        if (r.hasPoint) {
            fields.number(r.latitude);
            fields.number(r.longitude);
        } else {
            fields.null();
            fields.null();
        }
        fields.optional(r.countryCode);
        fields.optional(r.city);
        if (r.region >= 0) {
            fields.text(regionCodes.at(r.region));
            fields.optional(r.secondRegion >= 0 ? regionCodes.at(r.secondRegion) : QByteArray());
            fields.fixed(r.km, kDistanceDecimals);
            if (r.secondRegion >= 0)
                fields.fixed(r.secondKm, kDistanceDecimals);
            else
                fields.null();
            fields.fixed(double(r.rttTenths) / 10.0, 1);
            fields.word(r.measured ? QLatin1String("measured") : QLatin1String("model"));
            fields.fixed(r.uncertaintyKm, 1);
            fields.word(r.firm ? LocationUncertainty::firmName()
                               : LocationUncertainty::uncertainName());
        } else {
            // region, second region, distances, est. RTT and its source, uncertainty, assignment
            for (int k = 0; k < 8; ++k)
                fields.null();
        }
        if (r.agreement == Agreement::None)
            fields.null();
        else
            fields.word(agreementName(r.agreement));
        fields.bigint(e.rows);
        fields.endRow();
        if (send && out.size() >= sendBytes) {
            if (Status st = send(out); !st)
                return st;
        }
    }
    return {};
}

} // namespace regionmap
