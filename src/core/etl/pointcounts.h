#pragma once

#include "geo/agreement.h"
#include "geo/geostatus.h"

#include <QByteArray>
#include <QList>

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace regionmap {

class CopyBuffer;

// The run's rows as weighted points (etl_points, docs/point-table.md), counted by the encoder as
// it writes them: one point per distinct place, status and assignment, holding the values the
// row got in the target table and the number of such rows. Bounded: past `limit` points it stops
// counting and says so (overflowed()), and the run makes its points from the rows instead.
class PointCounts
{
public:
    explicit PointCounts(size_t limit = size_t(1) << 18);

    // What a row stored, as far as its point goes.
    struct Row
    {
        GeoStatus status = GeoStatus::InvalidIp;
        bool hasSource = false; // geo_source is set
        bool hasPoint = false; // latitude and longitude are set
        double latitude = 0;
        double longitude = 0;
        QByteArray countryCode; // empty: NULL
        QByteArray city;
        int region = -1; // catalog index; -1: no region (the rest is not used)
        int secondRegion = -1;
        double km = 0;
        double secondKm = 0;
        qint64 rttTenths = 0;
        bool measured = false;
        double uncertaintyKm = 0;
        bool firm = false;
        Agreement agreement = Agreement::None;
    };

    void add(const Row &row);
    // Takes away rows that were written but did not stay (duplicate keys of an upsert): the
    // points are then made from the rows, so this only marks them as unusable.
    void invalidate() { overflow(); }

    bool overflowed() const { return m_overflowed; }
    size_t size() const { return m_size; }
    qint64 rows() const { return m_rows; }

    // The points as COPY text for PointTable::copySql(): run_id, the point columns, row_count.
    // The values are written as the encoder writes them in the target table.
    void encode(qint64 runId, const QList<QByteArray> &regionCodes, const QByteArray &geoSource,
                CopyBuffer &out) const;

private:
    struct Key
    {
        uint64_t lat;
        uint64_t lon;
        int64_t uncertaintyTenths;
        uint8_t status;
        uint8_t agreement;
        bool hasPoint;
        bool operator==(const Key &o) const
        {
            return lat == o.lat && lon == o.lon && uncertaintyTenths == o.uncertaintyTenths
                   && status == o.status && agreement == o.agreement && hasPoint == o.hasPoint;
        }
    };
    struct KeyHash
    {
        size_t operator()(const Key &k) const;
    };
    struct Entry
    {
        Row row;
        qint64 rows = 0;
    };

    void overflow();

    size_t m_limit;
    std::unordered_map<Key, std::vector<Entry>, KeyHash> m_points; // by place, then country/city
    size_t m_size = 0;
    qint64 m_rows = 0;
    bool m_overflowed = false;
};

} // namespace regionmap
