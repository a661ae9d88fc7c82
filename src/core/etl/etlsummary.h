#pragma once

#include "common/result.h"
#include "geo/geosource.h"
#include "geo/latencymodel.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

#include <optional>

namespace regionmap {

enum class RunStatus { Running, Succeeded, Failed, Cancelled, Interrupted };
QString runStatusName(RunStatus status); // "running", "succeeded", ... as stored in etl_runs

struct RegionCount
{
    QString code;
    QString name;
    QString provider;
    qint64 rows = 0;
    qint64 uncertain = 0; // rows whose assignment is uncertain; the others are firm
    // The cross-check: rows the second source puts in this region, in another, or nowhere.
    qint64 crossSame = 0;
    qint64 crossDifferent = 0;
    qint64 crossNotLocated = 0;
    qint64 crossChecked() const { return crossSame + crossDifferent + crossNotLocated; }
    std::optional<double> meanKm;
    RttStats rtt;
    // Below the run's minimum count, or withheld beside such a region (EtlSummary::
    // applyMinimumCount): the front ends name it and show nothing else of it.
    bool withheld = false;
};

// What a run did, as the front ends show it and `regionmap-cli run --json` prints it.
struct EtlSummary
{
    qint64 runId = 0;
    RunStatus status = RunStatus::Running;
    QString table;
    qint64 rowsRead = 0;
    qint64 rowsLoaded = 0;
    qint64 rowsRejected = 0;
    qint64 blankLines = 0; // skipped in the files: no record, neither read nor rejected
    QMap<QString, qint64> statusCounts; // geo_status -> rows loaded with it
    QList<RegionCount> regions; // rows per region, most first
    qint64 assignedRows() const; // rows with a region
    qint64 uncertainRows() const; // of those, the rows whose assignment is uncertain
    RegionCount crossCheckTotals() const; // the cross* counts of every region
    QString crossCheckSource; // the second opinion's description; empty: no cross-check
    GeoCredit crossCheckCredit; // what its data needs wherever it is shown
    RttStats rtt; // every located row's est. RTT
    LatencyModel latencyModel; // the model the est. RTT came from where it was not measured
    double durationSeconds = 0;
    QString provider; // "offline" or "ipinfo"
    QString geoDatabase; // the source's description: files and builds, or the service
    QString geoSource; // the rows' geo_source (GeoSource::id)
    GeoCredit credit; // what must be shown with the results; may be empty
    QString privacyMode = QStringLiteral("keep"); // what the rows kept of the addresses
    int minCount = 1; // of what the results show and export (docs/privacy.md)
    // Marks the regions of fewer rows than the minimum count, and those withheld beside them so
    // that the run's total does not give them away (common/mincount.h), and lists them after the
    // others, by code. Once the regions and minCount are set.
    void applyMinimumCount();
    bool withholds(const RegionCount &r) const { return r.withheld; }
    // Fewer located rows than the minimum count: the overall est. RTT, assignments and
    // cross-check are withheld as well (they would be the few rows' own).
    bool withholdsTotals() const;
    int requestsSent = 0;
    int requestRetries = 0;
    Error error; // set when the run failed or was cancelled; its kind says which part failed

    bool conserved() const { return rowsRead == rowsLoaded + rowsRejected; }
    QJsonObject toJson() const;
};

} // namespace regionmap

Q_DECLARE_METATYPE(regionmap::EtlSummary)
