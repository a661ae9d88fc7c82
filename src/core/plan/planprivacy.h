#pragma once

namespace regionmap {

struct PlanOutcome;

// The minimum count on what the planner shows (docs/privacy.md): a region of the set below it,
// or withheld beside such a region so that the set's total does not give it back; every move of
// a region withheld there or in the results' summary, and a small move with the smallest others
// of its row and column (common/mincount.h). Marks them withheld, clears a withheld region's
// numbers, and lists the withheld moves after the shown ones, by name.
void withholdPlanCounts(PlanOutcome &out, int minCount);

} // namespace regionmap
