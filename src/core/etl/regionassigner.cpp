#include "regionassigner.h"

#include "etl/copyformat.h"
#include "etl/rowbatch.h"

#include <algorithm>

namespace regionmap {

RegionAssigner::RegionAssigner(const NearestRegionFinder &finder, size_t limit, Kind kind)
    : m_finder(finder)
    , m_limit(limit)
    , m_kind(kind)
    , m_slots(4096)
{ }

void RegionAssigner::rehash(size_t slotCount)
{
    std::vector<Slot> old(slotCount);
    std::swap(old, m_slots);
    m_shift = 64;
    for (size_t n = m_slots.size(); n > 1; n /= 2)
        --m_shift;
    for (const Slot &s : old) {
        if (s.point < 0)
            continue;
        size_t i = slotOf(s.lat, s.lon);
        while (m_slots[i].point >= 0)
            i = (i + 1) & (m_slots.size() - 1);
        m_slots[i] = s;
    }
}

int RegionAssigner::pointFor(double latitude, double longitude)
{
    const uint64_t lat = doubleBits(latitude);
    const uint64_t lon = doubleBits(longitude);
    // At most 70 % full; a batch may take the table past its limit (by up to a chunk), which
    // then still fits without doubling it.
    if ((m_points.size() + 1) * 10 > m_slots.size() * 7)
        rehash(m_slots.size() * 2);
    for (size_t i = slotOf(lat, lon);; i = (i + 1) & (m_slots.size() - 1)) {
        Slot &s = m_slots[i];
        if (s.point >= 0 && s.lat == lat && s.lon == lon)
            return s.point;
        if (s.point < 0) {
            // Grown in place up to the limit (pages are used only as points come), so that no
            // copy of every point is held next to them while it grows.
            if (m_points.size() == m_points.capacity() && m_points.size() >= 4096
                && m_points.capacity() < m_limit)
                m_points.reserve(m_limit);
            s = {lat, lon, int(m_points.size())};
            m_points.push_back({latitude, longitude, m_finder.findUncached(latitude, longitude)});
            return s.point;
        }
    }
}

void RegionAssigner::prefetchSlot(const Location *location) const
{
    if (location && location->status == GeoStatus::Located) {
        __builtin_prefetch(
            &m_slots[slotOf(doubleBits(location->latitude), doubleBits(location->longitude))]);
    }
}

void RegionAssigner::process(RowBatch &batch)
{
    if (m_points.size() >= m_limit) {
        std::fill(m_slots.begin(), m_slots.end(), Slot());
        m_points.clear();
        ++m_generation;
    }
    const bool second = m_kind == Kind::SecondOpinion;
    const int rows = int(batch.rows.size());
    // Widely spread places meet a new slot nearly every row: asked for a few rows ahead, the
    // waits for memory overlap.
    constexpr int Ahead = 8;
    for (int r = 0; r < rows; ++r) {
        if (r + Ahead < rows && !batch.rows[size_t(r + Ahead)].rejected)
            prefetchSlot(second ? batch.altLocation(r + Ahead) : batch.location(r + Ahead));
        RowState &row = batch.rows[size_t(r)];
        if (row.rejected)
            continue;
        const Location *loc = second ? batch.altLocation(r) : batch.location(r);
        if (!loc || loc->status != GeoStatus::Located)
            continue;
        (second ? row.altPoint : row.point) = pointFor(loc->latitude, loc->longitude);
    }
}

} // namespace regionmap
