#pragma once

#include "plan/planner.h"
#include "results/mapcells.h"
#include "results/regionpalette.h"
#include "results/scopeoverview.h"

namespace regionmap {

// What the Plan page's maps draw for an outcome: its places aggregated on a grid, each cell
// coloured by the region of the set that serves most of its rows; the set's sites filled, the
// other candidates hollow; one colour per region of the set.
namespace PlanCells {

MapCells cells(const PlanInput &input, const PlanOutcome &outcome, double cellDegrees);
// The set's regions first (rows from the outcome), then the other candidates named in `others`.
QList<RegionStat> sites(const Planner &planner, const PlanOutcome &outcome,
                        const QList<int> &others = {});
// The i-th region of the set in the palette's i-th colour.
RegionPalette palette(const PlanOutcome &outcome);

} // namespace PlanCells

} // namespace regionmap
