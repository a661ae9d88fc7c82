#include "weightedselection.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace regionmap {

namespace {

// The value at a 0-based row position of weighted values, by weighted quickselect.
float valueAtRow(std::vector<std::pair<float, qint64>> &v, qint64 position)
{
    size_t lo = 0;
    size_t hi = v.size();
    for (;;) {
        if (hi - lo <= 16) {
            std::sort(v.begin() + qptrdiff(lo), v.begin() + qptrdiff(hi));
            for (size_t i = lo; i < hi; ++i) {
                if (position < v[i].second)
                    return v[i].first;
                position -= v[i].second;
            }
            return v[hi - 1].first;
        }
        // Median of three as the pivot, then a three-way partition.
        const float a = v[lo].first;
        const float b = v[lo + (hi - lo) / 2].first;
        const float c = v[hi - 1].first;
        const float pivot = std::max(std::min(a, b), std::min(std::max(a, b), c));
        size_t lt = lo;
        size_t i = lo;
        size_t gt = hi;
        qint64 less = 0;
        qint64 equal = 0;
        while (i < gt) {
            if (v[i].first < pivot) {
                less += v[i].second;
                std::swap(v[lt++], v[i++]);
            } else if (v[i].first > pivot) {
                std::swap(v[i], v[--gt]);
            } else {
                equal += v[i].second;
                ++i;
            }
        }
        if (position < less) {
            hi = lt;
        } else if (position < less + equal) {
            return pivot;
        } else {
            position -= less + equal;
            lo = gt;
        }
    }
}

} // namespace

// percentile_cont over `rows` rows of which `values` are the highest (the `rows - values' rows`
// lowest are left out: the two rows it interpolates between must be among the values).
double percentileOfHighest(std::vector<std::pair<float, qint64>> &values, double fraction,
                           qint64 rows, qint64 leftOut)
{
    if (rows == 0)
        return std::numeric_limits<double>::infinity();
    // percentile_cont: the value at position fraction * (rows - 1), interpolated.
    const double position = fraction * double(rows - 1);
    const qint64 first = qint64(std::floor(position));
    const qint64 second = qint64(std::ceil(position));
    const double low = valueAtRow(values, first - leftOut);
    if (first == second)
        return low;
    const double high = valueAtRow(values, second - leftOut);
    return low + (position - double(first)) * (high - low);
}

double weightedPercentile(std::vector<std::pair<float, qint64>> &values, double fraction)
{
    qint64 rows = 0;
    for (const auto &[value, weight] : values)
        rows += weight;
    return percentileOfHighest(values, fraction, rows, 0);
}

} // namespace regionmap
