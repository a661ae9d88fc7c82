#pragma once

#include "geo/latencymodel.h"
#include "results/resultscope.h"
#include "results/scopeprivacy.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace regionmap {

// One region of the summary: the rows assigned to it and their distances. A region of the
// catalog that no row went to has rows == 0 and no distances.
struct RegionStat
{
    QString code;
    QString name; // from the catalog (else the region_name the rows carry)
    QString city; // from the catalog, may be empty
    QString provider; // from the catalog, may be empty
    bool inCatalog = false; // latitude/longitude are the catalog's site
    double latitude = 0;
    double longitude = 0;
    qint64 rows = 0;
    double share = 0; // rows / every row in scope, 0..1
    std::optional<double> meanKm;
    std::optional<double> medianKm; // percentile_cont(0.5)
    std::optional<double> p95Km; // percentile_cont(0.95)
    qint64 firm = 0; // rows whose margin to the second region exceeds their uncertainty
    qint64 uncertain = 0; // the others; rows - firm - uncertain were loaded before this existed
    // A cross-check's second opinion on the rows: the same region, another one, or none.
    qint64 crossSame = 0;
    qint64 crossDifferent = 0;
    qint64 crossNotLocated = 0;
    qint64 crossChecked() const { return crossSame + crossDifferent + crossNotLocated; }
    RttStats rtt; // the rows' est. RTT (docs/latency-model.md); none for an older table
    // Fewer rows than the scope's minimum count, or withheld beside such a region so that the
    // totals do not give it away: only the count is known here, and the views show it as
    // withheld (ScopePrivacy::withheldText); the numbers are cleared (docs/privacy.md).
    bool withheld = false;
};

// Rows per geo_status (located included).
struct StatusStat
{
    QString status;
    qint64 rows = 0;
    double share = 0; // rows / every row in scope
};

// Everything the summary, the charts and the attribution need about one scope, read in one go.
struct ScopeOverview
{
    ResultScope scope;
    qint64 totalRows = 0;
    qint64 locatedRows = 0;
    QList<RegionStat> regions; // most rows first, then by code; zero-row catalog regions last
    RttStats rtt; // the est. RTT of every located row in scope
    qint64 firmRows = 0; // of every region (docs/geolocation-accuracy.md)
    qint64 uncertainRows = 0;
    RegionStat crossCheck; // the cross* counts of every region
    QStringList crossCheckSources; // the second opinions' geo_source values (for the credit)
    QString crossCheckLabel; // "GeoLite2 City 2026-09-18"; empty: no cross-check in scope
    QList<StatusStat> statuses; // most rows first, then by name
    QStringList geoSources; // distinct geo_source values (dbip-city-lite, geolite2-city, ...)
    QList<qint64> runIds; // the runs whose rows are in scope
    ScopePrivacy privacy; // what the runs kept of the addresses; the minimum count
    // Fewer located rows than the minimum count: the overall est. RTT, assignments and
    // cross-check counts are withheld (cleared), as a region's would be.
    bool totalsWithheld = false;
    // Read from the runs' points (etl_points), not from the rows: the same numbers, faster.
    bool fromPoints = false;

    qint64 statusRows(const QString &status) const
    {
        for (const StatusStat &s : statuses) {
            if (s.status == status)
                return s.rows;
        }
        return 0;
    }
    const RegionStat *region(const QString &code) const
    {
        for (const RegionStat &r : regions) {
            if (r.code == code)
                return &r;
        }
        return nullptr;
    }
};

} // namespace regionmap
