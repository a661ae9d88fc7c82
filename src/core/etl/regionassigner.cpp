#include "regionassigner.h"

#include "etl/copyformat.h"
#include "etl/rowbatch.h"

namespace regionmap {

RegionAssigner::RegionAssigner(const NearestRegionFinder &finder, size_t limit, Kind kind)
    : m_finder(finder)
    , m_limit(limit)
    , m_kind(kind)
{ }

int RegionAssigner::pointFor(double latitude, double longitude)
{
    bool added = false;
    const int point = m_index.findOrAdd({doubleBits(latitude), doubleBits(longitude)},
                                        int(m_points.size()), &added);
    if (added) {
        // Grown in place up to the limit (pages are used only as points come), so that no
        // copy of every point is held next to them while it grows.
        if (m_points.size() == m_points.capacity() && m_points.size() >= 4096
            && m_points.capacity() < m_limit)
            m_points.reserve(m_limit);
        m_points.push_back({latitude, longitude, m_finder.findUncached(latitude, longitude)});
    }
    return point;
}

void RegionAssigner::prefetchPlace(const Location *location) const
{
    if (location && location->status == GeoStatus::Located)
        m_index.prefetch({doubleBits(location->latitude), doubleBits(location->longitude)});
}

void RegionAssigner::process(RowBatch &batch)
{
    if (m_points.size() >= m_limit) {
        m_index.clear();
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
            prefetchPlace(second ? batch.altLocation(r + Ahead) : batch.location(r + Ahead));
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
