#include "regionassigner.h"

#include "etl/copyformat.h"
#include "etl/rowbatch.h"

namespace regionmap {

RegionAssigner::RegionAssigner(const NearestRegionFinder &finder, size_t limit, Kind kind)
    : m_finder(finder)
    , m_limit(limit)
    , m_kind(kind)
{
    m_index.reserve(m_limit);
}

int RegionAssigner::pointFor(double latitude, double longitude)
{
    const Key key {doubleBits(latitude), doubleBits(longitude)};
    const auto [it, inserted] = m_index.try_emplace(key, int(m_points.size()));
    if (inserted)
        m_points.push_back({latitude, longitude, m_finder.findUncached(latitude, longitude)});
    return it->second;
}

void RegionAssigner::process(RowBatch &batch)
{
    if (m_points.size() >= m_limit) {
        m_index.clear();
        m_points.clear();
        ++m_generation;
    }
    const bool second = m_kind == Kind::SecondOpinion;
    for (int r = 0; r < int(batch.rows.size()); ++r) {
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
