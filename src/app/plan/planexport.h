#pragma once

#include "plan/planner.h"
#include "plansession.h"
#include "results/scopeprovenance.h"

#include "common/result.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

namespace regionmap {

// The Plan page's exports (docs/planner.md, "Exports"): the regions of a set and the points'
// assignments as CSV (RFC 4180, UTF-8, full precision), and a self-contained HTML report (the
// pictures inline, no network) with the numbers and where they come from.
class PlanExport
{
    Q_DECLARE_TR_FUNCTIONS(PlanExport)

public:
    struct Report
    {
        QString title; // the scenario's name, or "What-if"
        QString scopeText; // "Run 12 of the table people: 1,000 located rows at 900 places"
        PlanObjective objective = PlanObjective::MeanKm;
        double withinMs = 50;
        PlanOutcome outcome; // the serving set
        QList<Planner::Step> steps; // best k, if any
        QList<PlanSession::CloudAnswer> clouds; // side by side, if any
        ScopeProvenance provenance;
        QString geoCredit; // the geo data's attribution
        QImage map;
        QImage chart; // the k-chart (null: none)
    };

    // region, name, rows, share, mean/median/p95 km, mean/p95 est. RTT ms.
    static Status regionsCsv(const PlanOutcome &outcome, const QString &path);
    // One line per place: latitude, longitude, country_code, city, rows, loaded_region, region,
    // distance_km, est_rtt_ms.
    static Status pointsCsv(const PlanInput &input, const PlanOutcome &outcome,
                            const QString &path);
    static QString html(const Report &report);
    static Status htmlReport(const Report &report, const QString &path);
};

} // namespace regionmap
