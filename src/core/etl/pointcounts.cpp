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

namespace {

// What a point is, as its rows are written: the place's values (region, distances) follow from
// the place; the uncertainty is written to a tenth of a kilometre, and with no region the
// assignment's values are not written at all.
auto pointKey(const PointCounts::Values &r)
{
    const bool region = r.region >= 0;
    return std::make_tuple(uint8_t(r.status), r.hasPoint, r.hasPoint ? doubleBits(r.latitude) : 0,
                           r.hasPoint ? doubleBits(r.longitude) : 0, r.region,
                           region ? r.rttTenths : 0, region && r.measured,
                           region ? std::llround(r.uncertaintyKm * 10.0) : 0, region && r.firm,
                           uint8_t(r.agreement), r.hasSource);
}

} // namespace

bool PointCounts::samePoint(const Entry &a, const Entry &b)
{
    return pointKey(a.values) == pointKey(b.values) && a.countryCode == b.countryCode
           && a.city == b.city;
}

bool PointCounts::holds(const Entry &e, const Row &row)
{
    return pointKey(e.values) == pointKey(row) && QByteArrayView(e.countryCode) == row.countryCode
           && QByteArrayView(e.city) == row.city;
}

bool PointCounts::pointLess(const Entry &a, const Entry &b)
{
    const auto ka = pointKey(a.values);
    const auto kb = pointKey(b.values);
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
        if (holds(e, row)) {
            ++e.rows;
            return;
        }
    }
    if (m_entries.size() >= m_limit) {
        overflow();
        return;
    }
    // A new point: its texts kept as the row's owners hold them, or copied.
    m_entries.push_back({row, row.countryOwner ? *row.countryOwner : row.countryCode.toByteArray(),
                         row.cityOwner ? *row.cityOwner : row.city.toByteArray(), 1, head});
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
    m_entries.clear();
    m_byPlace = {};
    m_placeless.clear();
}

// The points with their repeats merged: the first entry of each (in point order) and the rows of
// all its entries. Indexes, not copies of the entries: at ten million widely spread rows the
// entries take tens of megabytes.
std::vector<std::pair<int, qint64>> PointCounts::merged() const
{
    std::vector<int> order(m_entries.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::sort(order.begin(), order.end(), [this](int a, int b) {
        return pointLess(m_entries[size_t(a)], m_entries[size_t(b)]);
    });
    std::vector<std::pair<int, qint64>> out;
    out.reserve(order.size());
    for (const int i : order) {
        const Entry &e = m_entries[size_t(i)];
        if (!out.empty() && samePoint(m_entries[size_t(out.back().first)], e))
            out.back().second += e.rows;
        else
            out.emplace_back(i, e.rows);
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
    const std::vector<std::pair<int, qint64>> repeatsMerged
        = m_repeats ? merged() : std::vector<std::pair<int, qint64>>();
    const size_t count = m_repeats ? repeatsMerged.size() : m_entries.size();
    for (size_t n = 0; n < count; ++n) {
        const Entry &e = m_entries[m_repeats ? size_t(repeatsMerged[n].first) : n];
        const qint64 rows = m_repeats ? repeatsMerged[n].second : e.rows;
        const Values &r = e.values;
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
        fields.optional(e.countryCode);
        fields.optional(e.city);
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
        fields.bigint(rows);
        fields.endRow();
        if (send && out.size() >= sendBytes) {
            if (Status st = send(out); !st)
                return st;
        }
    }
    return {};
}

} // namespace regionmap
