#include "pointcounts.h"

#include "db/copybuffer.h"
#include "etl/copyformat.h"
#include "geo/locationuncertainty.h"

#include <cmath>

namespace regionmap {

size_t PointCounts::KeyHash::operator()(const Key &k) const
{
    uint64_t h = k.lat * 0x9E3779B97F4A7C15ull ^ (k.lon + (k.lat >> 7));
    h ^= uint64_t(k.uncertaintyTenths) * 0xC2B2AE3D27D4EB4Full;
    h ^= uint64_t(k.status) << 8 | uint64_t(k.agreement) << 16 | uint64_t(k.hasPoint) << 24;
    return size_t(h ^ (h >> 29));
}

PointCounts::PointCounts(size_t limit)
    : m_limit(limit)
{ }

void PointCounts::add(const Row &row)
{
    if (m_overflowed)
        return;
    ++m_rows;
    const Key key {row.hasPoint ? doubleBits(row.latitude) : 0,
                   row.hasPoint ? doubleBits(row.longitude) : 0,
                   row.region >= 0 ? std::llround(row.uncertaintyKm * 10.0) : -1,
                   uint8_t(row.status),
                   uint8_t(row.agreement),
                   row.hasPoint};
    std::vector<Entry> &entries = m_points[key];
    for (Entry &e : entries) {
        if (e.row.countryCode == row.countryCode && e.row.city == row.city
            && e.row.hasSource == row.hasSource) {
            ++e.rows;
            return;
        }
    }
    if (m_size >= m_limit) {
        overflow();
        return;
    }
    entries.push_back({row, 1});
    ++m_size;
}

void PointCounts::overflow()
{
    m_overflowed = true;
    m_points = {};
    m_size = 0;
}

void PointCounts::encode(qint64 runId, const QList<QByteArray> &regionCodes,
                         const QByteArray &geoSource, CopyBuffer &out) const
{
    const QByteArray run = QByteArray::number(runId);
    for (const auto &[key, entries] : m_points) {
        for (const Entry &e : entries) {
            const Row &r = e.row;
            const bool region = r.region >= 0;
            out.appendRaw(run);
            out.separator();
            const QLatin1String status = geoStatusName(r.status);
            out.appendRaw(status.data(), size_t(status.size()));
            out.separator();
            appendOptional(out, r.hasSource ? geoSource : QByteArray());
            out.separator();
            if (r.hasPoint) {
                out.appendDouble(r.latitude);
                out.separator();
                out.appendDouble(r.longitude);
            } else {
                out.appendRaw("\\N\t\\N", 5);
            }
            out.separator();
            appendOptional(out, r.countryCode);
            out.separator();
            appendOptional(out, r.city);
            out.separator();
            if (region) {
                out.appendText(regionCodes.at(r.region));
                out.separator();
                appendOptional(out,
                               r.secondRegion >= 0 ? regionCodes.at(r.secondRegion) : QByteArray());
                out.separator();
                out.appendFixed(r.km, kDistanceDecimals);
                out.separator();
                if (r.secondRegion >= 0)
                    out.appendFixed(r.secondKm, kDistanceDecimals);
                else
                    out.appendNull();
                out.separator();
                out.appendFixed(double(r.rttTenths) / 10.0, 1);
                out.separator();
                if (r.measured)
                    out.appendRaw("measured", 8);
                else
                    out.appendRaw("model", 5);
                out.separator();
                out.appendFixed(r.uncertaintyKm, 1);
                out.separator();
                const QLatin1String assignment = r.firm ? LocationUncertainty::firmName()
                                                        : LocationUncertainty::uncertainName();
                out.appendRaw(assignment.data(), size_t(assignment.size()));
            } else {
                out.appendRaw("\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N", 23);
            }
            out.separator();
            appendOptional(out, QByteArray(agreementName(r.agreement).data(),
                                           agreementName(r.agreement).size()));
            out.separator();
            out.appendInt(e.rows);
            out.endRow();
        }
    }
}

} // namespace regionmap
