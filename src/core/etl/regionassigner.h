#pragma once

#include "common/flatindex.h"
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
    struct Place
    {
        uint64_t lat = 0; // the coordinates' bits
        uint64_t lon = 0;
        bool operator==(const Place &o) const { return lat == o.lat && lon == o.lon; }
    };
    // One multiply in whose top bits every bit of both coordinates counts (places on whole or
    // quarter degrees differ only in the high bits of their doubles).
    struct PlaceHash
    {
        uint64_t operator()(const Place &p) const
        {
            return (p.lat ^ (p.lon << 32 | p.lon >> 32)) * 0x9E3779B97F4A7C15ull;
        }
    };

    int pointFor(double latitude, double longitude);
    // Asks the memory for the index slot of a row a few rows ahead (see process()).
    void prefetchPlace(const Location *location) const;

    const NearestRegionFinder &m_finder;
    size_t m_limit;
    Kind m_kind;
    FlatIndex<Place, PlaceHash> m_index; // into m_points
    std::vector<AssignedPoint> m_points;
    int m_generation = 0;
};

} // namespace regionmap
