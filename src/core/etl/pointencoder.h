#pragma once

#include <QByteArray>
#include <QList>

#include <cstdint>
#include <unordered_map>

namespace regionmap {

class CopyBuffer;
class NearestRegionFinder;

// Writes the seven columns that depend only on a location's coordinates — latitude, longitude,
// region_code, region_name, distance_km, second_region_code, second_distance_km — as COPY text.
// City-level databases repeat coordinates a lot, so the finished text is kept per coordinate
// (bounded): a repeated point costs one hash lookup and one copy.
class PointEncoder
{
public:
    PointEncoder(NearestRegionFinder &finder, QList<QByteArray> codes, QList<QByteArray> names,
                 size_t cacheLimit = size_t(1) << 17);

    // Appends the seven columns for a located point; returns the nearest region's index, or -1
    // when no region can be assigned (then the region columns are NULL).
    int append(CopyBuffer &out, double latitude, double longitude);

    // Appends the seven columns as NULL, for a row without a location.
    static void appendNone(CopyBuffer &out);

private:
    struct Key
    {
        uint64_t lat;
        uint64_t lon;
        bool operator==(const Key &o) const { return lat == o.lat && lon == o.lon; }
    };
    struct KeyHash
    {
        size_t operator()(const Key &k) const
        {
            return size_t(k.lat * 0x9E3779B97F4A7C15ull ^ (k.lon + (k.lat >> 7)));
        }
    };
    struct Entry
    {
        QByteArray text;
        int first = -1;
    };

    Entry encode(double latitude, double longitude) const;

    NearestRegionFinder &m_finder;
    QList<QByteArray> m_codes;
    QList<QByteArray> m_names;
    size_t m_limit;
    std::unordered_map<Key, Entry, KeyHash> m_cache;
};

} // namespace regionmap
