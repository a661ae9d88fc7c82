#include "plansearch.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace regionmap {

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

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

double weightedPercentile(std::vector<std::pair<float, qint64>> &values, double fraction)
{
    qint64 rows = 0;
    for (const auto &[value, weight] : values)
        rows += weight;
    if (rows == 0)
        return kInfinity;
    // percentile_cont: the value at position fraction * (rows - 1), interpolated.
    const double position = fraction * double(rows - 1);
    const qint64 first = qint64(std::floor(position));
    const qint64 second = qint64(std::ceil(position));
    const double low = valueAtRow(values, first);
    if (first == second)
        return low;
    const double high = valueAtRow(values, second);
    return low + (position - double(first)) * (high - low);
}

PlanSearch::PlanSearch(std::vector<float> distances, std::vector<qint64> weights, int candidates,
                       PlanObjective objective, double withinKm)
    : m_distances(std::move(distances))
    , m_weights(std::move(weights))
    , m_candidates(candidates)
    , m_objective(objective)
    , m_withinKm(withinKm)
{
    for (const qint64 w : m_weights)
        m_totalWeight += w;
}

double PlanSearch::combinations(int n, int k)
{
    if (k < 0 || k > n)
        return 0;
    k = std::min(k, n - k);
    double c = 1;
    for (int i = 1; i <= k; ++i)
        c = c * double(n - k + i) / double(i);
    return std::round(c);
}

double PlanSearch::costOf(const std::vector<float> &nearest) const
{
    if (m_totalWeight == 0)
        return kInfinity;
    const size_t n = m_weights.size();
    switch (m_objective) {
    case PlanObjective::MeanKm: {
        double sum = 0;
        for (size_t p = 0; p < n; ++p)
            sum += double(nearest[p]) * double(m_weights[p]);
        return sum / double(m_totalWeight);
    }
    case PlanObjective::P95Km: {
        thread_local std::vector<std::pair<float, qint64>> values;
        values.resize(n);
        for (size_t p = 0; p < n; ++p)
            values[p] = {nearest[p], m_weights[p]};
        return weightedPercentile(values, 0.95);
    }
    case PlanObjective::Within: {
        qint64 outside = 0;
        for (size_t p = 0; p < n; ++p) {
            if (double(nearest[p]) > m_withinKm)
                outside += m_weights[p];
        }
        return double(outside) / double(m_totalWeight);
    }
    }
    return kInfinity;
}

bool PlanSearch::costAbove(const std::vector<float> &nearest, double limit) const
{
    if (m_objective != PlanObjective::P95Km || m_totalWeight == 0 || !std::isfinite(limit))
        return false;
    // percentile_cont interpolates between the rows at floor(position) and above; when more
    // than the rows from floor(position) on lie beyond the limit, the row at floor(position)
    // does too, and so does the percentile.
    const qint64 first = qint64(std::floor(0.95 * double(m_totalWeight - 1)));
    const qint64 needed = m_totalWeight - first;
    const float bound = float(limit);
    qint64 beyond = 0;
    const size_t n = m_weights.size();
    for (size_t p = 0; p < n; ++p) {
        if (nearest[p] > bound)
            beyond += m_weights[p];
    }
    return beyond >= needed;
}

double PlanSearch::cost(const std::vector<int> &set) const
{
    if (set.empty())
        return kInfinity;
    const size_t n = m_weights.size();
    std::vector<float> nearest(n, std::numeric_limits<float>::infinity());
    for (size_t p = 0; p < n; ++p) {
        for (const int c : set)
            nearest[p] = std::min(nearest[p], distance(int(p), c));
    }
    return costOf(nearest);
}

PlanSearch::Answer PlanSearch::exact(int k, const std::vector<int> &must,
                                     const std::vector<bool> &allowed) const
{
    Answer best;
    best.method = Method::Exact;
    best.cost = kInfinity;
    std::vector<int> free;
    for (int c = 0; c < m_candidates; ++c) {
        if (allowed[size_t(c)] && std::find(must.begin(), must.end(), c) == must.end())
            free.push_back(c);
    }
    const int pick = k - int(must.size());
    if (pick < 0 || pick > int(free.size()) || k <= 0)
        return best;

    // The distance to the required regions, once.
    const size_t n = m_weights.size();
    std::vector<float> base(n, std::numeric_limits<float>::infinity());
    for (size_t p = 0; p < n; ++p) {
        for (const int c : must)
            base[p] = std::min(base[p], distance(int(p), c));
    }
    std::vector<int> index(static_cast<size_t>(pick));
    for (int i = 0; i < pick; ++i)
        index[size_t(i)] = i;
    std::vector<float> nearest(n);
    for (;;) {
        if ((best.evaluations & 255) == 0 && stopped())
            return Answer {{}, kInfinity, Method::Exact, best.evaluations};
        for (size_t p = 0; p < n; ++p) {
            float d = base[p];
            for (const int i : index)
                d = std::min(d, distance(int(p), free[size_t(i)]));
            nearest[p] = d;
        }
        // A set whose cost is certainly above the best cannot replace it (ties keep the first).
        const double c = costAbove(nearest, best.cost) ? kInfinity : costOf(nearest);
        ++best.evaluations;
        if (c < best.cost) {
            best.cost = c;
            best.set = must;
            for (const int i : index)
                best.set.push_back(free[size_t(i)]);
        }
        // The next combination in lexicographic order.
        int i = pick - 1;
        while (i >= 0 && index[size_t(i)] == int(free.size()) - pick + i)
            --i;
        if (i < 0)
            break;
        ++index[size_t(i)];
        for (int j = i + 1; j < pick; ++j)
            index[size_t(j)] = index[size_t(j - 1)] + 1;
    }
    std::sort(best.set.begin(), best.set.end());
    return best;
}

PlanSearch::Answer PlanSearch::greedySwap(int k, const std::vector<int> &must,
                                          const std::vector<bool> &allowed,
                                          const std::vector<int> &start) const
{
    if (k <= 0 || int(must.size()) > k) { // as exact(): no answer
        Answer none;
        none.method = Method::GreedySwap;
        none.cost = kInfinity;
        return none;
    }
    // Single swaps can stop at a local optimum that two changes at once would leave: several
    // starts make that rarer. Each start is the required regions plus one of the candidates
    // that are best on their own (and `start`, when given), grown greedily, then swapped.
    std::vector<std::pair<double, int>> alone;
    for (int c = 0; c < m_candidates; ++c) {
        if (allowed[size_t(c)] && std::find(must.begin(), must.end(), c) == must.end()) {
            std::vector<int> set = must;
            set.push_back(c);
            alone.emplace_back(cost(set), c);
        }
    }
    std::sort(alone.begin(), alone.end());
    std::vector<std::vector<int>> starts;
    if (!start.empty())
        starts.push_back(start);
    if (int(must.size()) >= k || alone.empty())
        starts.push_back({});
    const size_t startCount = double(points()) * double(m_candidates) <= kEveryStartWork
                                  ? alone.size()
                                  : size_t(kStarts);
    for (size_t i = 0; i < alone.size() && i < startCount; ++i)
        starts.push_back({alone[i].second});
    Answer best;
    best.method = Method::GreedySwap;
    best.cost = kInfinity;
    qint64 evaluations = qint64(alone.size());
    for (const std::vector<int> &from : starts) {
        Answer a = growAndSwap(k, must, allowed, from);
        evaluations += a.evaluations;
        if (!a.set.empty() && (best.set.empty() || a.cost < best.cost))
            best = std::move(a);
    }
    best.evaluations = evaluations;
    if (stopped())
        best.set.clear();
    return best;
}

PlanSearch::Answer PlanSearch::growAndSwap(int k, const std::vector<int> &must,
                                           const std::vector<bool> &allowed,
                                           const std::vector<int> &start) const
{
    Answer answer;
    answer.method = Method::GreedySwap;
    answer.cost = kInfinity;
    std::vector<bool> chosen(size_t(m_candidates), false);
    std::vector<int> set;
    for (const std::vector<int> *from : {&must, &start}) {
        for (const int c : *from) {
            if (c >= 0 && c < m_candidates && allowed[size_t(c)] && !chosen[size_t(c)]
                && int(set.size()) < k) {
                chosen[size_t(c)] = true;
                set.push_back(c);
            }
        }
    }
    const size_t n = m_weights.size();
    const float inf = std::numeric_limits<float>::infinity();
    std::vector<float> nearest(n, inf);
    for (size_t p = 0; p < n; ++p) {
        for (const int c : set)
            nearest[p] = std::min(nearest[p], distance(int(p), c));
    }
    std::vector<float> trial(n);

    // Sets are compared by their cost, then (for the 95th percentile and the share within,
    // whose costs stay flat over many changes) by the mean distance: a step that leaves the
    // cost as it is but brings rows closer is taken, so the search does not stall on a plateau.
    // Each step lowers (cost, mean) strictly, so the search ends.
    const bool tieBreak = m_objective != PlanObjective::MeanKm;
    struct Score
    {
        double cost;
        double mean;
    };
    const auto score = [&](const std::vector<float> &d) {
        Score sc {costOf(d), 0};
        if (tieBreak) {
            double sum = 0;
            for (size_t p = 0; p < n; ++p)
                sum += double(d[p]) * double(m_weights[p]);
            sc.mean = sum / double(std::max<qint64>(1, m_totalWeight));
        }
        ++answer.evaluations;
        return sc;
    };
    const auto epsOf = [](const Score &s) {
        return 1e-12 * std::max(1.0, std::fabs(s.cost));
    };
    const auto better = [&epsOf](const Score &a, const Score &b) {
        const double eps = epsOf(b);
        if (a.cost < b.cost - eps)
            return true;
        return a.cost <= b.cost + eps && a.mean < b.mean - 1e-12 * std::max(1.0, b.mean);
    };

    // Greedy: add the candidate that lowers the cost most.
    while (int(set.size()) < k) {
        int bestCandidate = -1;
        Score bestScore {kInfinity, kInfinity};
        if (stopped())
            return answer; // no set: stopped
        for (int c = 0; c < m_candidates; ++c) {
            if (!allowed[size_t(c)] || chosen[size_t(c)])
                continue;
            for (size_t p = 0; p < n; ++p)
                trial[p] = std::min(nearest[p], distance(int(p), c));
            if (bestCandidate >= 0 && costAbove(trial, bestScore.cost + epsOf(bestScore))) {
                ++answer.evaluations; // ranked below the best by its bound alone
                continue;
            }
            const Score sc = score(trial);
            if (bestCandidate < 0 || better(sc, bestScore)) {
                bestScore = sc;
                bestCandidate = c;
            }
        }
        if (bestCandidate < 0)
            return answer; // fewer allowed candidates than k
        chosen[size_t(bestCandidate)] = true;
        set.push_back(bestCandidate);
        for (size_t p = 0; p < n; ++p)
            nearest[p] = std::min(nearest[p], distance(int(p), bestCandidate));
    }

    // Swaps: the best one first, while one is better.
    std::vector<float> second(n);
    std::vector<int> nearestSlot(n);
    Score current = score(nearest);
    for (;;) {
        for (size_t p = 0; p < n; ++p) {
            float first = inf;
            float next = inf;
            int slot = -1;
            for (size_t s = 0; s < set.size(); ++s) {
                const float d = distance(int(p), set[s]);
                if (d < first) {
                    next = first;
                    first = d;
                    slot = int(s);
                } else if (d < next) {
                    next = d;
                }
            }
            nearest[p] = first;
            second[p] = next;
            nearestSlot[p] = slot;
        }
        Score bestScore = current;
        int bestSlot = -1;
        int bestCandidate = -1;
        for (size_t s = 0; s < set.size(); ++s) {
            if (stopped())
                return answer; // no set: stopped
            if (std::find(must.begin(), must.end(), set[s]) != must.end())
                continue;
            for (int c = 0; c < m_candidates; ++c) {
                if (!allowed[size_t(c)] || chosen[size_t(c)])
                    continue;
                for (size_t p = 0; p < n; ++p) {
                    const float without = nearestSlot[p] == int(s) ? second[p] : nearest[p];
                    trial[p] = std::min(without, distance(int(p), c));
                }
                if (costAbove(trial, bestScore.cost + epsOf(bestScore))) {
                    ++answer.evaluations;
                    continue;
                }
                const Score sc = score(trial);
                if (better(sc, bestScore)) {
                    bestScore = sc;
                    bestSlot = int(s);
                    bestCandidate = c;
                }
            }
        }
        if (bestSlot < 0)
            break;
        chosen[size_t(set[size_t(bestSlot)])] = false;
        chosen[size_t(bestCandidate)] = true;
        set[size_t(bestSlot)] = bestCandidate;
        current = bestScore;
    }
    std::sort(set.begin(), set.end());
    answer.set = set;
    answer.cost = current.cost;
    return answer;
}

} // namespace regionmap
