#pragma once

#include "etl/etlsummary.h"
#include "geo/agreement.h"
#include "geo/geostatus.h"

#include <QList>
#include <QMap>
#include <QString>

#include <array>
#include <vector>

namespace regionmap {

// The rows of a run per status and per region, tallied once, by the encoder, as rows are
// written; an upsert then takes away the rows its merge turned into rejects. The run record and
// the summary are made from these numbers. Per region it also keeps the sum of the distances
// and the est. RTT values as a histogram in the stored 0.1 ms steps, so that the mean, the 95th
// percentile and the shares within 20/50/100 ms are those of the loaded rows, exactly.
class RunCounts
{
public:
    explicit RunCounts(int regionCount = 0);

    // What is tallied of a row with a region.
    struct Assigned
    {
        int region = -1; // catalog index; -1: the row has no region (the rest is not used)
        double km = 0;
        qint64 rttTenths = 0; // est. RTT in tenths of a millisecond
        bool measured = false;
        bool uncertain = false; // its assignment is uncertain
        Agreement agreement = Agreement::None; // what the cross-check says
    };

    // A row without a region (not located, or no catalog region).
    void add(GeoStatus status) { ++m_statuses[size_t(status)]; }
    // A located row with its region.
    void add(GeoStatus status, const Assigned &a)
    {
        ++m_statuses[size_t(status)];
        tally(a, 1);
    }
    // Takes away rows that were written but did not stay (duplicate keys of an upsert).
    void remove(GeoStatus status, qint64 rows, const Assigned &a);

    qint64 rows() const;
    QMap<QString, qint64> statusCounts() const; // geo_status name -> rows, only statuses seen
    // Rows per region with at least one row, most first (ties in catalog order), with their
    // mean distance, est. RTT, uncertain assignments and cross-check agreement.
    QList<RegionCount> regionCounts(const QList<QString> &codes, const QList<QString> &names,
                                    const QList<QString> &providers = {}) const;
    // The est. RTT of every located row.
    RttStats rttStats() const;

private:
    struct RegionTally
    {
        qint64 rows = 0;
        double sumKm = 0;
        qint64 measured = 0;
        qint64 uncertain = 0;
        qint64 same = 0; // cross-check: same region, another region, not located
        qint64 different = 0;
        qint64 notLocated = 0;
        std::vector<qint64> rttBins; // rows per est. RTT, in 0.1 ms steps
    };

    void tally(const Assigned &a, qint64 rows);
    static RttStats statsOf(const std::vector<qint64> &bins, qint64 measured);

    static constexpr size_t kStatuses = size_t(GeoStatus::CountryOnly) + 1;
    std::array<qint64, kStatuses> m_statuses {};
    std::vector<RegionTally> m_regions;
};

} // namespace regionmap
