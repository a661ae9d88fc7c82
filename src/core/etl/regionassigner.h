#pragma once

#include "geo/nearestregionfinder.h"

#include <cstdint>
#include <vector>

namespace regionmap {

struct Location;

struct RowBatch;

// A distinct location of a run and its assignment: the nearest and second-nearest region and
// their geodesic distances.
struct AssignedPoint
{
    double latitude = 0;
    double longitude = 0;
    NearestResult nearest;
};

// The stage after the locator: gives each located row its point, and each new point its exact
// nearest regions (NearestRegionFinder). City-level databases repeat coordinates a lot, so the
// points are kept in a table (bounded: it starts afresh at a batch boundary once it holds
// `limit` points, and generation() then changes), and a repeated coordinate costs one lookup.
class RegionAssigner
{
public:
    // Of the kind SecondOpinion, it assigns the cross-check's locations (RowState::altPoint).
    enum class Kind { Primary, SecondOpinion };

    explicit RegionAssigner(const NearestRegionFinder &finder, size_t limit = size_t(1) << 17,
                            Kind kind = Kind::Primary);

    void process(RowBatch &batch);

    const AssignedPoint &point(int index) const { return m_points[size_t(index)]; }
    int pointCount() const { return int(m_points.size()); }
    // Changes whenever the point indexes start afresh.
    int generation() const { return m_generation; }

private:
    // The place table's index: open addressing (linear probing) over the coordinates' bits,
    // one memory access per row in the usual case, where a node-based map took two. It grows
    // as places come, to twice the places at least.
    struct Slot
    {
        uint64_t lat = 0;
        uint64_t lon = 0;
        int point = -1; // -1: empty
    };

    int pointFor(double latitude, double longitude);
    // The top bits of one multiply, in which every bit of both coordinates counts (places on
    // whole or quarter degrees differ only in the high bits of their doubles: the product's
    // middle bits put a grid of them into two slots).
    size_t slotOf(uint64_t lat, uint64_t lon) const
    {
        return size_t(((lat ^ (lon << 32 | lon >> 32)) * 0x9E3779B97F4A7C15ull) >> m_shift);
    }
    void rehash(size_t slotCount);
    // Asks the memory for the slot of a row a few rows ahead (see process()).
    void prefetchSlot(const Location *location) const;

    const NearestRegionFinder &m_finder;
    size_t m_limit;
    Kind m_kind;
    std::vector<Slot> m_slots; // a power of two
    int m_shift = 64 - 12; // 64 - log2(m_slots.size())
    std::vector<AssignedPoint> m_points;
    int m_generation = 0;
};

} // namespace regionmap
