#include "plansearch.h"

#include "plan/weightedselection.h"

#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace regionmap {

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();
// A set that is not ranked below the best by its bound usually has a 95th percentile close to
// the best's: its percentile is selected among the rows above this share of the best's
// (costOf()'s floor).
constexpr double kFloor = 0.9;

} // namespace

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

double PlanSearch::costOf(const std::vector<float> &nearest, float floor) const
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
        // Selected among the rows above `floor` only, when the two rows the percentile lies
        // between are among them: the same value, from fewer. Else among all.
        thread_local std::vector<std::pair<float, qint64>> values;
        values.clear();
        qint64 above = 0;
        for (size_t p = 0; p < n; ++p) {
            if (nearest[p] > floor) {
                values.emplace_back(nearest[p], m_weights[p]);
                above += m_weights[p];
            }
        }
        const qint64 leftOut = m_totalWeight - above;
        if (leftOut > qint64(std::floor(0.95 * double(m_totalWeight - 1))))
            return costOf(nearest);
        return percentileOfHighest(values, 0.95, m_totalWeight, leftOut);
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
        const double c = costAbove(nearest, best.cost) ? kInfinity
                                                       : costOf(nearest, float(kFloor * best.cost));
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
    // The same for every k: kept from the last call.
    qint64 evaluations = 0;
    if (m_alone.ranked.empty() || m_alone.must != must || m_alone.allowed != allowed) {
        m_alone.ranked.clear();
        for (int c = 0; c < m_candidates; ++c) {
            if (allowed[size_t(c)] && std::find(must.begin(), must.end(), c) == must.end()) {
                std::vector<int> set = must;
                set.push_back(c);
                m_alone.ranked.emplace_back(cost(set), c);
            }
        }
        std::sort(m_alone.ranked.begin(), m_alone.ranked.end());
        m_alone.must = must;
        m_alone.allowed = allowed;
        evaluations = qint64(m_alone.ranked.size());
    }
    const std::vector<std::pair<double, int>> &alone = m_alone.ranked;
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
    // The starts are independent: on as many threads as the pool has. The best is taken in the
    // order of the starts, so the answer does not depend on which thread ends first.
    const std::vector<Answer> answers = QtConcurrent::blockingMapped<std::vector<Answer>>(
        starts, [&](const std::vector<int> &from) { return growAndSwap(k, must, allowed, from); });
    Answer best;
    best.method = Method::GreedySwap;
    best.cost = kInfinity;
    for (const Answer &a : answers) {
        evaluations += a.evaluations;
        if (!a.set.empty() && (best.set.empty() || a.cost < best.cost))
            best = a;
    }
    best.evaluations = evaluations;
    if (stopped())
        best.set.clear();
    return best;
}

float PlanSearch::beyondLimit(double cost) const
{
    switch (m_objective) {
    case PlanObjective::P95Km:
        return float(cost); // as costAbove() compares
    case PlanObjective::Within: {
        // The largest float at or below the distance: for a float d, d > it exactly when
        // double(d) > m_withinKm, as costOf() counts.
        float limit = float(m_withinKm);
        if (double(limit) > m_withinKm)
            limit = std::nextafter(limit, -std::numeric_limits<float>::infinity());
        return limit;
    }
    case PlanObjective::MeanKm:
        break;
    }
    return std::numeric_limits<float>::infinity();
}

void PlanSearch::addChanges(const std::vector<float> &nearest, const std::vector<int> &incoming,
                            float limit, Changes &out) const
{
    const size_t f = incoming.size();
    out.sum.assign(f, 0);
    out.beyond.assign(f, 0);
    const size_t n = m_weights.size();
    for (size_t p = 0; p < n; ++p) {
        const float *row = m_distances.data() + p * size_t(m_candidates);
        const double w = double(m_weights[p]);
        const qint64 rows = m_weights[p];
        const float here = nearest[p];
        for (size_t i = 0; i < f; ++i) {
            const float d = std::min(here, row[incoming[i]]);
            out.sum[i] += double(d) * w;
            if (d > limit)
                out.beyond[i] += rows;
        }
    }
}

void PlanSearch::swapChanges(const std::vector<float> &nearest, const std::vector<float> &second,
                             const std::vector<int> &slotOf, int setSize,
                             const std::vector<int> &incoming, float limit, SwapChanges &out) const
{
    // For the pair (slot s out, candidate c in), a place whose nearest region is not in slot s
    // goes to min(nearest, d(c)); one whose nearest is in s goes to min(second, d(c)). So the
    // change splits into a part for every slot (base) and one for the place's own slot only.
    const size_t f = incoming.size();
    const size_t k = size_t(setSize);
    out.sumBase.assign(f, 0);
    out.sumSlot.assign(f * k, 0);
    out.beyondBase.assign(f, 0);
    out.beyondSlot.assign(f * k, 0);
    const size_t n = m_weights.size();
    for (size_t p = 0; p < n; ++p) {
        const float *row = m_distances.data() + p * size_t(m_candidates);
        const double w = double(m_weights[p]);
        const qint64 rows = m_weights[p];
        const float first = nearest[p];
        const float next = second[p];
        if (slotOf[p] < 0)
            continue; // no finite distance to the set: no swap changes it
        const size_t slot = size_t(slotOf[p]);
        const bool firstBeyond = first > limit;
        // second >= nearest: a place beyond with its nearest is beyond with its second.
        const bool onlySecondBeyond = next > limit && !firstBeyond;
        for (size_t i = 0; i < f; ++i) {
            const float d = row[incoming[i]];
            if (d < first)
                out.sumBase[i] += (double(d) - double(first)) * w;
            else
                out.sumSlot[i * k + slot] += (double(std::min(next, d)) - double(first)) * w;
            if (d > limit) {
                if (firstBeyond)
                    out.beyondBase[i] += rows;
                else if (onlySecondBeyond)
                    out.beyondSlot[i * k + slot] += rows;
            }
        }
    }
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
    const auto unchosen = [&] {
        std::vector<int> free;
        for (int c = 0; c < m_candidates; ++c) {
            if (allowed[size_t(c)] && !chosen[size_t(c)])
                free.push_back(c);
        }
        return free;
    };

    // Sets are compared by their cost, then (for the 95th percentile and the share within,
    // whose costs stay flat over many changes) by the mean distance: a step that leaves the
    // cost as it is but brings rows closer is taken, so the search does not stall on a plateau.
    // Each step lowers (cost, mean) strictly, so the search ends.
    const bool tieBreak = m_objective != PlanObjective::MeanKm;
    const double total = double(std::max<qint64>(1, m_totalWeight));
    struct Score
    {
        double cost;
        double mean;
    };
    // floor: a distance the 95th percentile is likely above (costOf()).
    const auto score = [&](const std::vector<float> &d, float floor) {
        Score sc {costOf(d, floor), 0};
        if (tieBreak) {
            double sum = 0;
            for (size_t p = 0; p < n; ++p)
                sum += double(d[p]) * double(m_weights[p]);
            sc.mean = sum / total;
        }
        ++answer.evaluations;
        return sc;
    };
    // The score of a set from its sum of distances and its rows beyond the limit (the mean and
    // the share within; the 95th percentile needs the distances themselves).
    const auto scoreOf = [&](double sum, qint64 beyond) {
        ++answer.evaluations;
        if (m_objective == PlanObjective::MeanKm)
            return Score {sum / total, 0};
        return Score {double(beyond) / total, sum / total};
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
    const bool percentile = m_objective == PlanObjective::P95Km;

    // The rows beyond a distance that put the 95th percentile beyond it (costAbove()).
    const qint64 needed = m_totalWeight - qint64(std::floor(0.95 * double(m_totalWeight - 1)));

    // Greedy: add the candidate that lowers the cost most. One pass over the places gives every
    // candidate's sum of distances (and rows beyond the limit); the 95th percentile then looks
    // at the candidates by that sum, so that a good one early skips most of the rest by its
    // bound (costAbove()).
    Changes added;
    while (int(set.size()) < k) {
        if (stopped())
            return answer; // no set: stopped
        const std::vector<int> free = unchosen();
        if (free.empty())
            return answer; // fewer allowed candidates than k
        addChanges(nearest, free, beyondLimit(0), added);
        std::vector<size_t> order(free.size());
        std::iota(order.begin(), order.end(), size_t(0));
        if (percentile) {
            std::stable_sort(order.begin(), order.end(),
                             [&](size_t a, size_t b) { return added.sum[a] < added.sum[b]; });
        }
        int bestCandidate = -1;
        Score bestScore {kInfinity, kInfinity};
        bool counted = false; // added.beyond holds the rows beyond the first one's cost
        double countedCost = kInfinity;
        for (const size_t i : order) {
            const int c = free[i];
            Score sc;
            if (percentile) {
                // Only while the best is not above that cost: better() takes a cost up to eps
                // above the best when its mean is lower, so the best can creep up.
                if (counted && bestScore.cost <= countedCost && added.beyond[i] >= needed) {
                    ++answer.evaluations; // above the first one's 95th percentile
                    continue;
                }
                for (size_t p = 0; p < n; ++p)
                    trial[p] = std::min(nearest[p], distance(int(p), c));
                if (bestCandidate >= 0 && costAbove(trial, bestScore.cost + epsOf(bestScore))) {
                    ++answer.evaluations; // ranked below the best by its bound alone
                    continue;
                }
                sc = score(trial, float(kFloor * bestScore.cost));
                if (!counted) {
                    // The rows beyond the first one's 95th percentile, for every candidate in
                    // one pass: most are more than it needs, and are worse without a look.
                    addChanges(nearest, free, beyondLimit(sc.cost + epsOf(sc)), added);
                    counted = true;
                    countedCost = sc.cost;
                }
            } else {
                sc = scoreOf(added.sum[i], added.beyond[i]);
            }
            if (bestCandidate < 0 || better(sc, bestScore)) {
                bestScore = sc;
                bestCandidate = c;
            }
        }
        chosen[size_t(bestCandidate)] = true;
        set.push_back(bestCandidate);
        for (size_t p = 0; p < n; ++p)
            nearest[p] = std::min(nearest[p], distance(int(p), bestCandidate));
    }

    // Swaps: the best one first, while one is better. One pass over the places gives, for every
    // pair of a region out and a candidate in, the sum of distances and the rows beyond the
    // limit (swapChanges()). For the 95th percentile the limit is the current cost: a pair with
    // too many rows beyond it is worse, and only the rest are computed in full.
    std::vector<float> second(n);
    std::vector<int> nearestSlot(n);
    Score current = score(nearest, -inf);
    SwapChanges changes;
    const size_t setSize = set.size();
    for (;;) {
        if (stopped())
            return answer; // no set: stopped
        double sum = 0;
        for (size_t p = 0; p < n; ++p) {
            float first = inf;
            float next = inf;
            int slot = -1;
            for (size_t s = 0; s < setSize; ++s) {
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
            sum += double(first) * double(m_weights[p]);
        }
        const std::vector<int> free = unchosen();
        const float limit = beyondLimit(current.cost + epsOf(current));
        swapChanges(nearest, second, nearestSlot, int(setSize), free, limit, changes);
        Score bestScore = current;
        int bestSlot = -1;
        int bestCandidate = -1;
        for (size_t s = 0; s < setSize; ++s) {
            if (stopped())
                return answer; // no set: stopped
            if (std::find(must.begin(), must.end(), set[s]) != must.end())
                continue;
            for (size_t i = 0; i < free.size(); ++i) {
                const int c = free[i];
                const qint64 beyond = changes.beyondBase[i] + changes.beyondSlot[i * setSize + s];
                Score sc;
                if (percentile) {
                    // (While the best is not above the current cost, as in the greedy step.)
                    if (bestScore.cost <= current.cost && beyond >= needed) {
                        ++answer.evaluations; // its 95th percentile is above the current one
                        continue;
                    }
                    for (size_t p = 0; p < n; ++p) {
                        const float without = nearestSlot[p] == int(s) ? second[p] : nearest[p];
                        trial[p] = std::min(without, distance(int(p), c));
                    }
                    if (costAbove(trial, bestScore.cost + epsOf(bestScore))) {
                        ++answer.evaluations;
                        continue;
                    }
                    sc = score(trial, float(kFloor * bestScore.cost));
                } else {
                    sc = scoreOf(sum + changes.sumBase[i] + changes.sumSlot[i * setSize + s],
                                 beyond);
                }
                if (better(sc, bestScore)) {
                    bestScore = sc;
                    bestSlot = int(s);
                    bestCandidate = c;
                }
            }
        }
        if (bestSlot < 0)
            break;
        if (!percentile) {
            // The sums of changes can round differently from the sum itself: the swap is taken
            // only when its own score is better, so that the search always ends. When it is not,
            // its ranked improvement was within rounding, and so is any other pair's: stop.
            for (size_t p = 0; p < n; ++p) {
                const float without = nearestSlot[p] == bestSlot ? second[p] : nearest[p];
                trial[p] = std::min(without, distance(int(p), bestCandidate));
            }
            bestScore = score(trial, -inf);
            if (!better(bestScore, current))
                break;
        }
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
