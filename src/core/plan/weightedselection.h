#pragma once

#include <QtGlobal>

#include <utility>
#include <vector>

namespace regionmap {

// percentile_cont of weighted values (value, rows) without sorting them all: a weighted
// selection (quickselect on the rows' positions), expected linear time, the same value and
// interpolation as PostgreSQL's on the rows. The planner's search computes one per set it ranks
// by the 95th percentile. values is reordered; fraction in [0, 1].
double weightedPercentile(std::vector<std::pair<float, qint64>> &values, double fraction);

// The same over `rows` rows of which `values` are the highest: the `leftOut` lowest are not
// given (the two rows the percentile lies between must be among the values).
double percentileOfHighest(std::vector<std::pair<float, qint64>> &values, double fraction,
                           qint64 rows, qint64 leftOut);

} // namespace regionmap
