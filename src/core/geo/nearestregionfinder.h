#pragma once

#include "region.h"

#include <QHash>
#include <QVector>

#include <vector>

namespace regionmap {

// The nearest and second-nearest region of a point, by geodesic distance on the WGS84
// ellipsoid (kilometres). Indexes are into the region list; -1 when there is none (second is
// -1 with a one-region catalog; first is -1 for an invalid point or an empty catalog).
struct NearestResult
{
    int first = -1;
    double firstKm = 0;
    int second = -1;
    double secondKm = 0;

    friend bool operator==(const NearestResult &a, const NearestResult &b)
    {
        return a.first == b.first && a.firstKm == b.firstKm && a.second == b.second
               && a.secondKm == b.secondKm;
    }
};

// Finds the nearest regions exactly as GeographicLib's geodesic (and so geopy's distance())
// ranks them: the final choice always uses Geodesic::WGS84().Inverse, with a spherical
// prefilter that provably never drops the true first or second region (docs/nearest-region.md).
// Ties go to the lower catalog index, in the fast and in the brute-force path alike.
//
// find() caches results per distinct coordinate (the exact bits of lat and lon), so repeated
// coordinates cost one hash lookup. It is not thread-safe; findUncached() and bruteForce() are.
class NearestRegionFinder
{
public:
    explicit NearestRegionFinder(QVector<Region> regions);

    // lat in [-90, 90]; lon any finite value. Returns first = -1 for anything else.
    NearestResult find(double lat, double lon);
    NearestResult findUncached(double lat, double lon) const;
    // The nearest region only (second = -1), exactly as findUncached() has it, for callers that
    // assign without judging the margin (the planner's what-if): the prefilter's bound is taken
    // from the nearest spherical distance, so most points need one geodesic instead of two.
    // Thread-safe.
    NearestResult findNearest(double lat, double lon) const;
    // A lower bound of the geodesic distance (km) from the point to the region, never above it:
    // the great-circle angle times b²/a (docs/nearest-region.md: s ≥ k_min h), less 1 m for
    // rounding. For callers that must know whether a region can be nearer than a known distance
    // without the geodesic (the planner's what-if when a region joins the set).
    static double lowerBoundKm(double lat, double lon, const Region &region);
    // The geodesic distance between two points, in km (GeographicLib, WGS84).
    static double geodesicKm(double lat1, double lon1, double lat2, double lon2);
    // The geodesic to every region, for tests and as the definition of correct.
    static NearestResult bruteForce(const QVector<Region> &regions, double lat, double lon);

    const QVector<Region> &regions() const { return m_regions; }
    qint64 cacheHits() const { return m_hits; }
    qint64 cacheMisses() const { return m_misses; }
    qsizetype cacheSize() const { return m_cache.size(); }
    // The cache is emptied when it would grow beyond this many coordinates. An entry costs
    // about 70 bytes, so the default bounds it near 37 MB; DB-IP has roughly 100,000 distinct
    // coordinates among a million random addresses.
    void setCacheLimit(qsizetype entries) { m_cacheLimit = entries; }
    void clearCache() { m_cache.clear(); }

    static constexpr qsizetype DefaultCacheLimit = 1 << 19;

    // The prefilter keeps every region whose spherical distance is at most
    // PrefilterFactor * (second-smallest spherical distance) + PrefilterSlackMeters.
    static constexpr double PrefilterFactor = 1.02;
    static constexpr double PrefilterSlackMeters = 1.0;

private:
    struct Key
    {
        quint64 lat;
        quint64 lon;
        friend bool operator==(const Key &a, const Key &b)
        {
            return a.lat == b.lat && a.lon == b.lon;
        }
    };
    friend size_t qHash(const Key &key, size_t seed) noexcept
    {
        // splitmix64's finaliser over both words: the bits of nearby doubles differ little.
        quint64 h = key.lat * 0x9E3779B97F4A7C15ULL ^ (key.lon + 0x632BE59BD9B4E019ULL);
        h = (h ^ (h >> 30)) * 0xBF58476D1CE4E5B9ULL;
        h = (h ^ (h >> 27)) * 0x94D049BB133111EBULL;
        return size_t(h ^ (h >> 31)) ^ seed;
    }

    QVector<Region> m_regions;
    std::vector<double> m_unit; // x, y, z per region: the region on the unit sphere
    QHash<Key, NearestResult> m_cache;
    qsizetype m_cacheLimit = DefaultCacheLimit;
    qint64 m_hits = 0;
    qint64 m_misses = 0;
};

} // namespace regionmap
