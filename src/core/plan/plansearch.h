#pragma once

#include <QtGlobal>

#include <atomic>
#include <limits>
#include <vector>

namespace regionmap {

// What a set of serving regions is judged by (docs/planner.md). Every objective is a cost: lower
// is better.
enum class PlanObjective {
    MeanKm, // the mean distance of the rows to their nearest region in the set
    P95Km, // the 95th percentile of that distance (percentile_cont over the rows)
    Within, // the share of rows NOT within a distance (an est. RTT threshold, converted)
};

// The search for the best k regions among candidates, on a matrix of distances from weighted
// points (a place and its row count) to candidate regions. Pure arithmetic, no database: the
// Planner fills the matrix and checks the answers exactly. Two methods:
//  - exact(): every combination of k candidates that holds the required ones;
//  - greedySwap(): a greedy start (add the candidate that lowers the cost most, until there are
//    k), then swaps of one chosen for one unchosen candidate, the best swap first, while one
//    lowers the cost (Teitz and Bart's interchange, as PAM does for the k-medoids): a local
//    optimum, usually the global one (tst_plansearch counts how often). It does so from
//    several starts (the best single candidates, and the answer for k - 1) and keeps the best.
class PlanSearch
{
public:
    enum class Method { Exact, GreedySwap };

    struct Answer
    {
        std::vector<int> set; // candidate indexes, ascending
        double cost = 0;
        Method method = Method::Exact;
        qint64 evaluations = 0; // sets or swaps whose cost was computed
    };

    // distances: points × candidates, row-major, km. weights: the points' row counts (> 0).
    // withinKm: the distance of the Within objective.
    PlanSearch(std::vector<float> distances, std::vector<qint64> weights, int candidates,
               PlanObjective objective, double withinKm = 0);

    int points() const { return int(m_weights.size()); }
    int candidates() const { return m_candidates; }
    float distance(int point, int candidate) const
    {
        return m_distances[size_t(point) * size_t(m_candidates) + size_t(candidate)];
    }

    // The cost of a set (any order, no duplicates); +infinity for an empty set.
    double cost(const std::vector<int> &set) const;

    // allowed[c]: c may be chosen (false: excluded). must: chosen in every answer (allowed).
    // k counts the required ones. An empty answer (cost +infinity) when k < must.size() or there
    // are fewer than k allowed candidates.
    Answer exact(int k, const std::vector<int> &must, const std::vector<bool> &allowed) const;
    // start: a set to grow from (e.g. the answer for k - 1); must is added to it. Runs its
    // starts on the thread pool; call it from one thread at a time (it keeps the ranking of the
    // single candidates for the next call).
    Answer greedySwap(int k, const std::vector<int> &must, const std::vector<bool> &allowed,
                      const std::vector<int> &start = {}) const;

    // A flag that stops a search early (it then answers nothing); null: none. Set by the one
    // thread that searches, before it does (a PlanSearch is searched from one thread at a
    // time; it uses the thread pool itself).
    void setStop(const std::atomic<bool> *stop) const { m_stop = stop; }
    bool stopped() const { return m_stop && m_stop->load(std::memory_order_relaxed); }

    // The number of k-subsets of n, as a double (saturates at about 1e308).
    static double combinations(int n, int k);

    // How many of the best single candidates greedySwap() starts from: every one while places x
    // candidates is at most kEveryStartWork, else the kStarts best.
    static constexpr int kStarts = 6;
    static constexpr double kEveryStartWork = 2e4;

private:
    Answer growAndSwap(int k, const std::vector<int> &must, const std::vector<bool> &allowed,
                       const std::vector<int> &start) const;
    // The cost of each point at the distance given (one value per point). floor: for the 95th
    // percentile, a distance that it is likely above (a hint: it selects among the rows above
    // it, fewer, when it can, and among all when not; the answer is the same).
    double costOf(const std::vector<float> &nearest,
                  float floor = -std::numeric_limits<float>::infinity()) const;
    // True when the cost of these distances is certainly above `limit`, found by a count that is
    // far cheaper than the cost itself (the 95th percentile's selection): lets a search skip sets
    // that cannot beat its best. False when it cannot tell (then compute the cost).
    bool costAbove(const std::vector<float> &nearest, double limit) const;

    // The limit of "rows beyond" for a cost: the distance of the Within objective, the cost
    // itself for the 95th percentile (rows beyond it decide whether a set is worse), none
    // (+infinity) for the mean.
    float beyondLimit(double cost) const;
    // What adding each candidate of `incoming` to a set at the distances `nearest` gives, for
    // all of them in one pass over the places: the sum of distances (x rows) and the rows
    // beyond `limit`, per candidate.
    struct Changes
    {
        std::vector<double> sum;
        std::vector<qint64> beyond;
    };
    void addChanges(const std::vector<float> &nearest, const std::vector<int> &incoming,
                    float limit, Changes &out) const;
    // What swapping each slot of a set of `setSize` regions for each candidate of `incoming`
    // gives, for all pairs in one pass over the places (as FastPAM does for the k-medoids),
    // from each place's nearest and second distance and the slot of its nearest: the change
    // of the sum of distances and the rows beyond `limit`, as a part for every slot plus a part
    // for one slot ([i] + [i * setSize + s]).
    struct SwapChanges
    {
        std::vector<double> sumBase, sumSlot;
        std::vector<qint64> beyondBase, beyondSlot;
    };
    void swapChanges(const std::vector<float> &nearest, const std::vector<float> &second,
                     const std::vector<int> &slotOf, int setSize, const std::vector<int> &incoming,
                     float limit, SwapChanges &out) const;

    std::vector<float> m_distances;
    std::vector<qint64> m_weights;
    int m_candidates;
    PlanObjective m_objective;
    double m_withinKm;
    qint64 m_totalWeight = 0;
    mutable const std::atomic<bool> *m_stop = nullptr;
    // greedySwap()'s ranking of the single candidates (with the required ones), for the
    // required and allowed candidates it was made for.
    struct Alone
    {
        std::vector<int> must;
        std::vector<bool> allowed;
        std::vector<std::pair<double, int>> ranked; // (cost, candidate), best first
    };
    mutable Alone m_alone;
};

} // namespace regionmap
