#pragma once

#include "common/result.h"
#include "geo/latencymodel.h"
#include "geo/nearestregionfinder.h"
#include "geo/region.h"
#include "plan/plansearch.h"
#include "results/resultscope.h"
#include "results/tableinfo.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <mutex>
#include <optional>
#include <vector>

struct pg_conn;
typedef struct pg_conn PGconn;

namespace regionmap {

// One distinct place of a run's located rows, with the number of rows there and the region the
// run assigned them to (an index into PlanInput::loadedRegions).
struct PlanPoint
{
    double latitude = 0;
    double longitude = 0;
    QString countryCode;
    QString city;
    int loadedRegion = -1;
    qint64 rows = 0;
};

// What the planner works on: the located rows of a scope as weighted points (docs/planner.md),
// read from the runs' points (etl_points) when they stand for the scope, else from the rows.
struct PlanInput
{
    ResultScope scope;
    QVector<PlanPoint> points;
    QStringList loadedRegions; // "provider:code" (or the code, for a catalog without providers)
    qint64 locatedRows = 0;
    qint64 otherRows = 0; // not located: they take no part
    bool fromPoints = false;
    // The scope's minimum count (docs/privacy.md): places of fewer rows are not listed among the
    // worst served, and are merged in the exported assignments.
    int minCount = 1;

    // The caller makes the points of runs loaded before the point table first, as the results
    // views do (PointMaker; CommandScope::preparePoints in the CLI); without them the rows are
    // read.
    static Result<PlanInput> load(PGconn *conn, const TableInfo &table, const ResultScope &scope);
};

struct PlanRegionStats
{
    QString region; // "provider:code"
    QString name;
    qint64 rows = 0;
    double share = 0;
    std::optional<double> meanKm, medianKm, p95Km, meanRttMs, p95RttMs;
    // Fewer rows than the scope's minimum count (docs/privacy.md): the count stays for the
    // totals, the views show it as "< k" and the numbers are cleared.
    bool withheld = false;
};

// A country (city empty) or a city, with how far its rows are from their region.
struct PlanPlaceStats
{
    QString countryCode;
    QString city;
    qint64 rows = 0;
    double meanKm = 0;
    double meanRttMs = 0;
};

// Rows that move from a region of the loaded assignment to a region of the new set.
struct PlanMove
{
    QString from;
    QString to;
    qint64 rows = 0;
    bool withheld = false; // fewer rows than the minimum count: shown as "< k"
};

// A serving set, evaluated exactly: every point assigned to its nearest region of the set by
// the pipeline's NearestRegionFinder (the exact geodesic), the numbers from that.
struct PlanOutcome
{
    QStringList regions; // "provider:code", in candidate order
    qint64 rows = 0; // located rows
    std::optional<double> meanKm, medianKm, p95Km, meanRttMs, p95RttMs;
    double within20 = 0; // shares of the located rows within 20, 50 and 100 ms (est. RTT)
    double within50 = 0;
    double within100 = 0;
    QList<PlanRegionStats> perRegion; // the regions of the set, in candidate order
    QList<PlanPlaceStats> worstCountries; // the ten with the highest mean est. RTT
    QList<PlanPlaceStats> worstCities;
    QList<PlanMove> moves; // every pair with rows, most rows first
    int minCount = 1; // the scope's (docs/privacy.md)
    // What a withheld count shows (ScopePrivacy::withheldText()).
    QString withheldText() const;
    // Each point's region (PlanInput::points order): an index into regions, -1 for none. For
    // maps and the points' export.
    QVector<int> assignment;
    QVector<double> assignedKm; // and its distance to that region (exact geodesic)
    double objective = 0; // the objective's exact value (Within: the share within)
};

// The region planner (docs/planner.md): what-if for a set of regions, and the best k regions
// among candidates for an objective. Not thread-safe: best() fills caches of the search (one
// Planner per thread, or calls in turn).
class Planner
{
    Q_DECLARE_TR_FUNCTIONS(Planner)

public:
    Planner(PlanInput input, QVector<Region> candidates, LatencyModel model = {});

    const PlanInput &input() const { return m_input; }
    const QVector<Region> &candidates() const { return m_candidates; }
    // "provider:code", or the code when the region has no provider.
    static QString key(const Region &r);
    // The candidates of built-in catalogs (aws, gcp, azure, oci): their generally available
    // regions, and any other region that `named` names ("provider:code" or a code).
    static Result<QVector<Region>> builtinCandidates(const QStringList &catalogs,
                                                     const QStringList &named = {});
    // The candidate for "provider:code" or a bare code (the first of that code); -1 when none.
    int indexOf(const QString &key) const;
    // The distance within which a row's est. RTT is at most ms; negative when none is.
    double withinKm(double ms) const;

    PlanOutcome evaluate(const QList<int> &set, PlanObjective objective = PlanObjective::MeanKm,
                         double withinMs = 50) const;

    struct Step
    {
        int k = 0;
        PlanOutcome outcome;
        PlanSearch::Method method = PlanSearch::Method::Exact;
        qint64 evaluations = 0;
        double searchCost = 0; // the search's own cost (Lambert distances): lower is better
        std::optional<double> gain; // the objective's improvement over k - 1 (none for the first)
    };
    // The best set for each k from max(1, must) to kMax. Exact enumeration where it is small
    // enough (exactLimit sets), else greedy and swaps from the answer for k - 1.
    // `stop`, when given, ends the search early (from another thread): the steps found so far.
    QList<Step> best(int kMax, PlanObjective objective, double withinMs, const QList<int> &must,
                     const QList<int> &excluded, double exactLimit = kExactLimit,
                     const std::atomic<bool> *stop = nullptr) const;

    static constexpr double kExactLimit = 2e8; // sets x places x k, for exact enumeration
    // The search ranks sets on at most this many places: more are merged on a grid first
    // (searchGridDegrees()). The numbers of each answer are exact, on every place.
    static constexpr int kSearchPlaces = 3000;
    // The places the search ranks on, and the grid they were merged on (0: not merged), after
    // a call of best().
    int searchPlaces() const { return int(m_searchPlaces.size()); }
    double searchGridDegrees() const { return m_searchGridDegrees; }

    // The distance the search ranks by: Lambert's formula on the WGS84 ellipsoid (within about
    // 10 m of the geodesic for these distances), far cheaper than the exact geodesic.
    static double lambertKm(double lat1, double lon1, double lat2, double lon2);

    // How many evaluations started from the last set's answers instead of afresh.
    qint64 evaluatedFromLast() const { return m_evaluatedFromLast.load(); }

private:
    struct SearchPlace
    {
        double latitude = 0;
        double longitude = 0;
        qint64 rows = 0;
    };
    void makeSearchPlaces() const;
    const PlanSearch &search(PlanObjective objective, double withinKm) const;

    PlanInput m_input;
    QVector<Region> m_candidates;
    LatencyModel m_model;
    QStringList m_countryNames; // by index
    QStringList m_cityNames; // "country\tcity", by index
    std::vector<int> m_countryOf; // per point
    std::vector<int> m_cityOf;
    mutable std::vector<SearchPlace> m_searchPlaces;
    mutable double m_searchGridDegrees = 0;
    mutable std::vector<float> m_matrix; // search places x candidates, filled on first use
    mutable std::optional<PlanSearch> m_search;
    mutable PlanObjective m_searchObjective = PlanObjective::MeanKm;
    mutable double m_searchWithinKm = 0;

    // The last evaluated set and each point's nearest region of it (an index into that set), so
    // that a set a few regions apart (one more or less on the Plan page, a swap or two between
    // the best sets for k - 1 and k) is evaluated from it: a region that joins is measured only
    // where it can be nearer, one that leaves only where it was nearest. The answers are the
    // finder's, exactly (tst_plansearch compares them with a fresh Planner).
    // Taken with try_lock: a second thread evaluating at once computes in full.
    bool evaluateFromLast(const QList<int> &ordered, const QVector<Region> &regions,
                          std::vector<NearestResult> &nearest) const;
    mutable std::atomic<qint64> m_evaluatedFromLast {0};
    mutable std::mutex m_lastMutex;
    mutable QList<int> m_lastSet; // candidate indexes, sorted
    mutable std::vector<NearestResult> m_lastNearest;
};

} // namespace regionmap
