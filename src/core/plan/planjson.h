#pragma once

#include "plan/planner.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace regionmap {

// The planner's answers as JSON, the same for `regionmap-cli plan --json`, the numbers a saved
// scenario keeps (plan_scenarios.numbers) and the Plan page's exports (docs/planner.md). Full
// precision; a missing number is null.
namespace PlanJson {

QString methodName(PlanSearch::Method method); // exact, greedy+swap
QString objectiveName(PlanObjective objective); // mean_km, p95_km, within_ms
// {"name": ..., "ms": ...} (ms with within_ms only)
QJsonObject objective(PlanObjective objective, double withinMs);
// One evaluated set: regions, per_region, the overall numbers, share_within_ms, objective,
// worst_countries, worst_cities and moves.
QJsonObject outcome(const PlanOutcome &outcome);
// A what-if: the outcome with "method": "what-if".
QJsonObject whatIf(const PlanOutcome &outcome);
// One k of a best-k answer: the outcome with k, method, evaluations and gain.
QJsonObject step(const Planner::Step &step);
// The whole answer: the scope and its places, the candidates, the objective and the sets.
// searchPlaces and searchGridDegrees: what the search ranked on (Planner::searchPlaces() after
// best(), read on the thread that searched).
QJsonObject answer(const Planner &planner, const QStringList &catalogs, PlanObjective objective,
                   double withinMs, const QJsonArray &sets, qint64 loadMs, qint64 planMs,
                   int searchPlaces, double searchGridDegrees);

} // namespace PlanJson

} // namespace regionmap
