#pragma once

#include "etl/etlsummary.h"
#include "geo/geostatus.h"

#include <QList>
#include <QMap>
#include <QString>

#include <array>

namespace regionmap {

// The rows of a run per status and per region, tallied once, by the encoder, as rows are
// written; an upsert then takes away the rows its merge turned into rejects. The run record and
// the summary are made from these numbers.
class RunCounts
{
public:
    explicit RunCounts(int regionCount = 0);

    void add(GeoStatus status, int region)
    {
        ++m_statuses[size_t(status)];
        if (region >= 0)
            ++m_regions[region];
    }
    // Takes away rows that were written but did not stay (duplicate keys of an upsert).
    void remove(GeoStatus status, int region, qint64 rows);

    qint64 rows() const;
    QMap<QString, qint64> statusCounts() const; // geo_status name -> rows, only statuses seen
    // Rows per region with at least one row, most first (ties in catalog order).
    QList<RegionCount> regionCounts(const QList<QString> &codes, const QList<QString> &names) const;

private:
    static constexpr size_t kStatuses = size_t(GeoStatus::CountryOnly) + 1;
    std::array<qint64, kStatuses> m_statuses {};
    QList<qint64> m_regions;
};

} // namespace regionmap
