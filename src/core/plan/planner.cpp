#include "planner.h"

#include "geo/nearestregionfinder.h"
#include "geo/regioncatalog.h"
#include "plan/planprivacy.h"
#include "results/pgresult.h"
#include "results/scopeprivacy.h"
#include "results/scopesource.h"
#include "results/weightedvalues.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace regionmap {

namespace {

constexpr double kWgs84A = 6378.137; // km
constexpr double kWgs84F = 1 / 298.257223563;
constexpr double kDegree = M_PI / 180.0;

// A place on the sphere of reduced latitudes, for lambertKm().
struct Reduced
{
    double x, y, z; // unit vector
    double sinBeta;
};

Reduced reduced(double lat, double lon)
{
    const double beta = std::atan((1 - kWgs84F) * std::tan(lat * kDegree));
    const double cb = std::cos(beta);
    return {cb * std::cos(lon * kDegree), cb * std::sin(lon * kDegree), std::sin(beta),
            std::sin(beta)};
}

double lambert(const Reduced &a, const Reduced &b)
{
    const double cosSigma = std::clamp(a.x * b.x + a.y * b.y + a.z * b.z, -1.0, 1.0);
    const double sigma = std::acos(cosSigma);
    if (sigma < 1e-9)
        return 0;
    const double sinSigma = std::sqrt(std::max(0.0, 1 - cosSigma * cosSigma));
    const double halfCos2 = (1 + cosSigma) / 2; // cos²(σ/2)
    const double halfSin2 = (1 - cosSigma) / 2; // sin²(σ/2)
    const double p = (a.sinBeta + b.sinBeta) / 2; // sin P cos Q
    const double q = (b.sinBeta - a.sinBeta) / 2; // cos P sin Q
    const double x = halfCos2 > 1e-12 ? (sigma - sinSigma) * p * p / halfCos2 : 0;
    const double y = (sigma + sinSigma) * q * q / halfSin2;
    return kWgs84A * (sigma - kWgs84F / 2 * (x + y));
}

// Rows, distance and est. RTT of a group of rows (a region, a country, a city).
struct Tally
{
    WeightedValues km;
    double rttSum = 0;
};

} // namespace

double Planner::lambertKm(double lat1, double lon1, double lat2, double lon2)
{
    return lambert(reduced(lat1, lon1), reduced(lat2, lon2));
}

Result<PlanInput> PlanInput::load(PGconn *conn, const TableInfo &table, const ResultScope &scope)
{
    const QString what = Planner::tr("the located rows of \"%1\"").arg(scope.table);
    PgParams params;
    const Result<RowSource> source = RowSource::forScope(conn, table, scope, params, what);
    if (!source)
        return source.error();
    const QString sql = QStringLiteral("SELECT latitude, longitude, coalesce(country_code, ''),"
                                       " coalesce(city, ''), region_code, sum(%1)::bigint FROM %2"
                                       " WHERE geo_status = 'located' AND latitude IS NOT NULL"
                                       " AND longitude IS NOT NULL%3"
                                       " GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5")
                            .arg(source->weight, source->relation, source->condition);
    const Result<PgResult> located = PgResult::exec(conn, sql, params, what);
    if (!located)
        return located.error();
    PlanInput in;
    in.scope = scope;
    in.fromPoints = source->isPoints();
    // The loaded regions by "provider:code" where the code names one built-in region (the
    // points keep the code only), else by the code.
    QHash<QString, QString> providerOf;
    for (const QString &name : RegionCatalog::builtinNames()) {
        if (const Result<RegionCatalog> c = RegionCatalog::builtin(name)) {
            for (const Region &r : c->regions())
                providerOf.insert(r.code, providerOf.contains(r.code) ? QString() : r.provider);
        }
    }
    QHash<QString, int> regionIndex;
    in.points.reserve(located->rows());
    for (int r = 0; r < located->rows(); ++r) {
        PlanPoint p;
        p.latitude = located->toDouble(r, 0);
        p.longitude = located->toDouble(r, 1);
        p.countryCode = located->text(r, 2);
        p.city = located->text(r, 3);
        QString region = located->text(r, 4);
        if (!region.isNull()) {
            if (const QString provider = providerOf.value(region); !provider.isEmpty())
                region = provider + QLatin1Char(':') + region;
            auto it = regionIndex.find(region);
            if (it == regionIndex.end()) {
                it = regionIndex.insert(region, int(in.loadedRegions.size()));
                in.loadedRegions << region;
            }
            p.loadedRegion = it.value();
        }
        p.rows = located->toInt64(r, 5);
        in.locatedRows += p.rows;
        in.points << p;
    }
    const Result<PgResult> other
        = PgResult::exec(conn,
                         QStringLiteral("SELECT coalesce(sum(%1), 0)::bigint FROM %2"
                                        " WHERE (geo_status <> 'located' OR latitude IS NULL"
                                        " OR longitude IS NULL)%3")
                             .arg(source->weight, source->relation, source->condition),
                         params, what);
    if (!other)
        return other.error();
    in.otherRows = other->toInt64(0, 0);
    const Result<ScopePrivacy> privacy = ScopePrivacy::read(conn, scope);
    if (!privacy)
        return privacy.error();
    in.minCount = privacy->minCount;
    return in;
}

Planner::Planner(PlanInput input, QVector<Region> candidates, LatencyModel model)
    : m_input(std::move(input))
    , m_candidates(std::move(candidates))
    , m_model(model)
{
    // Each place's country and city as an index, once: evaluate() sums by them.
    QHash<QString, int> countries;
    QHash<QString, int> cities;
    m_countryOf.reserve(size_t(m_input.points.size()));
    m_cityOf.reserve(size_t(m_input.points.size()));
    for (const PlanPoint &p : std::as_const(m_input.points)) {
        const QString city = p.countryCode + QLatin1Char('\t') + p.city;
        auto c = countries.constFind(p.countryCode);
        if (c == countries.constEnd()) {
            c = countries.insert(p.countryCode, int(m_countryNames.size()));
            m_countryNames << p.countryCode;
        }
        auto t = cities.constFind(city);
        if (t == cities.constEnd()) {
            t = cities.insert(city, int(m_cityNames.size()));
            m_cityNames << city;
        }
        m_countryOf.push_back(c.value());
        m_cityOf.push_back(t.value());
    }
}

QString Planner::key(const Region &r)
{
    return r.provider.isEmpty() ? r.code : r.provider + QLatin1Char(':') + r.code;
}

int Planner::indexOf(const QString &wanted) const
{
    for (int i = 0; i < m_candidates.size(); ++i) {
        const Region &r = m_candidates.at(i);
        if (key(r).compare(wanted, Qt::CaseInsensitive) == 0
            || (!wanted.contains(QLatin1Char(':'))
                && r.code.compare(wanted, Qt::CaseInsensitive) == 0))
            return i;
    }
    return -1;
}

double Planner::withinKm(double ms) const
{
    // rtt = 2 d factor / 200 + overhead, solved for d.
    return (ms - m_model.overheadMs) * LatencyModel::kFibreKmPerMs / (2 * m_model.routeFactor);
}

Result<QVector<Region>> Planner::builtinCandidates(const QStringList &catalogs,
                                                   const QStringList &named)
{
    QVector<Region> candidates;
    for (const QString &name : catalogs) {
        const Result<RegionCatalog> c = RegionCatalog::builtin(name.toLower());
        if (!c)
            return c.error();
        for (const Region &r : c->regions()) {
            const bool asked = named.contains(key(r), Qt::CaseInsensitive)
                               || named.contains(r.code, Qt::CaseInsensitive);
            if (r.status == RegionStatus::Ga || asked)
                candidates << r;
        }
    }
    return candidates;
}

namespace {

// Runs work(i) for i in [0, n), in two halves on two threads.
template<typename Work>
void inHalves(qsizetype n, Work work)
{
    std::vector<int> chunks {0, 1};
    QtConcurrent::blockingMap(chunks, [&](int half) {
        const qsizetype from = half == 0 ? 0 : n / 2;
        const qsizetype to = half == 0 ? n / 2 : n;
        for (qsizetype i = from; i < to; ++i)
            work(i);
    });
}

} // namespace

bool Planner::evaluateFromLast(const QList<int> &ordered, const QVector<Region> &regions,
                               std::vector<NearestResult> &nearest) const
{
    std::unique_lock<std::mutex> lock(m_lastMutex, std::try_to_lock);
    if (!lock.owns_lock() || m_lastSet.isEmpty() || ordered.isEmpty()
        || m_lastNearest.size() != size_t(m_input.points.size()))
        return false;
    const QList<int> &last = m_lastSet;
    // Where each region of the last set is in the new one (-1: it left), and the regions that
    // joined (their places in the new set, ascending). Both sets are sorted.
    std::vector<int> movedTo(size_t(last.size()), -1);
    std::vector<int> joined;
    qsizetype i = 0;
    for (qsizetype j = 0; j < ordered.size(); ++j) {
        while (i < last.size() && last.at(i) < ordered.at(j))
            ++i;
        if (i < last.size() && last.at(i) == ordered.at(j))
            movedTo[size_t(i++)] = int(j);
        else
            joined.push_back(int(j));
    }
    const qsizetype left = std::count(movedTo.begin(), movedTo.end(), -1);
    // Past a few changes a fresh evaluation costs about the same.
    if (qsizetype(joined.size()) + left > std::max<qsizetype>(2, ordered.size() / 2))
        return false;

    const QVector<PlanPoint> &points = m_input.points;
    const NearestRegionFinder finder(regions);
    inHalves(points.size(), [&](qsizetype p) {
        NearestResult n = m_lastNearest[size_t(p)];
        if (n.first < 0) { // not a point the finder places: no more with other regions
            nearest[size_t(p)] = n;
            return;
        }
        n.first = movedTo[size_t(n.first)];
        const PlanPoint &place = points.at(p);
        if (n.first < 0) {
            // Its region left: the finder looks again, over the whole new set.
            nearest[size_t(p)] = finder.findNearest(place.latitude, place.longitude);
            return;
        }
        // Its region stays, and stays the nearest of the regions that stayed (they keep their
        // order): a region that joined takes the point only where it is nearer, which its lower
        // bound rules out for most points. An equal distance in km goes to the finder, which
        // compares metres and breaks a true tie by the place in the set.
        for (const int j : joined) {
            const Region &region = regions.at(j);
            if (NearestRegionFinder::lowerBoundKm(place.latitude, place.longitude, region)
                > n.firstKm)
                continue;
            const double km = NearestRegionFinder::geodesicKm(place.latitude, place.longitude,
                                                              region.latitude, region.longitude);
            if (km == n.firstKm) {
                nearest[size_t(p)] = finder.findNearest(place.latitude, place.longitude);
                return;
            }
            if (km < n.firstKm) {
                n.first = j;
                n.firstKm = km;
            }
        }
        nearest[size_t(p)] = n;
    });
    ++m_evaluatedFromLast;
    return true;
}

QString PlanOutcome::withheldText() const
{
    return ScopePrivacy::withheldText();
}

PlanOutcome Planner::evaluate(const QList<int> &set, PlanObjective objective, double withinMs) const
{
    PlanOutcome out;
    out.minCount = m_input.minCount;
    QVector<Region> regions;
    QList<int> ordered = set;
    std::sort(ordered.begin(), ordered.end());
    ordered.erase(std::unique(ordered.begin(), ordered.end()), ordered.end());
    for (const int c : std::as_const(ordered)) {
        regions << m_candidates.at(c);
        out.regions << key(m_candidates.at(c));
    }
    const QVector<PlanPoint> &points = m_input.points;
    if (regions.isEmpty() || points.isEmpty())
        return out;

    // Every point to its nearest region of the set: the pipeline's exact finder (the nearest
    // only: no margin is judged here), in two halves; or from the last set, when this one has a
    // region more or less.
    std::vector<NearestResult> nearest(size_t(points.size()));
    if (!evaluateFromLast(ordered, regions, nearest)) {
        const NearestRegionFinder finder(regions);
        inHalves(points.size(), [&](qsizetype i) {
            nearest[size_t(i)] = finder.findNearest(points.at(i).latitude, points.at(i).longitude);
        });
    }
    if (std::unique_lock<std::mutex> lock(m_lastMutex, std::try_to_lock); lock.owns_lock()) {
        m_lastSet = ordered;
        m_lastNearest = nearest;
    }

    std::vector<Tally> perRegion(size_t(regions.size()));
    Tally all;
    // Countries and cities by their index (made once, in the constructor): sums only.
    struct Sums
    {
        qint64 rows = 0;
        double km = 0;
        double rtt = 0;
    };
    std::vector<Sums> countries(size_t(m_countryNames.size()));
    std::vector<Sums> cities(size_t(m_cityNames.size()));
    const size_t loaded = size_t(m_input.loadedRegions.size()) + 1; // + "none"
    std::vector<qint64> moves(loaded * size_t(regions.size()), 0);
    qint64 within[3] = {0, 0, 0};
    const double limits[3] = {withinKm(20), withinKm(50), withinKm(100)};
    for (qsizetype i = 0; i < points.size(); ++i) {
        const PlanPoint &p = points.at(i);
        const NearestResult &n = nearest[size_t(i)];
        if (n.first < 0)
            continue;
        const double km = n.firstKm;
        const double rtt = m_model.rttMs(km);
        const double rows = double(p.rows);
        for (Tally *t : {&perRegion[size_t(n.first)], &all}) {
            t->km.add(km, p.rows);
            t->rttSum += rtt * rows;
        }
        for (Sums *g :
             {&countries[size_t(m_countryOf[size_t(i)])], &cities[size_t(m_cityOf[size_t(i)])]}) {
            g->rows += p.rows;
            g->km += km * rows;
            g->rtt += rtt * rows;
        }
        for (int w = 0; w < 3; ++w) {
            if (km <= limits[w])
                within[w] += p.rows;
        }
        moves[size_t(p.loadedRegion + 1) * size_t(regions.size()) + size_t(n.first)] += p.rows;
    }
    out.assignment.resize(points.size());
    out.assignedKm.resize(points.size());
    for (qsizetype i = 0; i < points.size(); ++i) {
        out.assignment[i] = nearest[size_t(i)].first;
        out.assignedKm[i] = nearest[size_t(i)].firstKm;
    }

    out.rows = all.km.rows();
    out.meanKm = all.km.mean();
    out.medianKm = all.km.percentile(0.5);
    out.p95Km = all.km.percentile(0.95);
    if (out.rows > 0) {
        out.meanRttMs = all.rttSum / double(out.rows);
        out.p95RttMs = m_model.rttMs(*out.p95Km);
        out.within20 = double(within[0]) / double(out.rows);
        out.within50 = double(within[1]) / double(out.rows);
        out.within100 = double(within[2]) / double(out.rows);
    }
    for (int r = 0; r < regions.size(); ++r) {
        Tally &t = perRegion[size_t(r)];
        PlanRegionStats st;
        st.region = out.regions.at(r);
        st.name = regions.at(r).name;
        st.rows = t.km.rows();
        st.share = out.rows > 0 ? double(st.rows) / double(out.rows) : 0;
        st.meanKm = t.km.mean();
        st.medianKm = t.km.percentile(0.5);
        st.p95Km = t.km.percentile(0.95);
        if (st.rows > 0) {
            st.meanRttMs = t.rttSum / double(st.rows);
            st.p95RttMs = m_model.rttMs(*st.p95Km);
        }
        out.perRegion << st;
    }
    // The worst served places: the highest mean est. RTT among those with at least 0.1 % of the
    // rows (at least one row), so that a single far-away row does not lead the list.
    // Never a place of fewer rows than the minimum count (docs/privacy.md).
    const qint64 minRows = std::max<qint64>({1, (out.rows + 999) / 1000, qint64(m_input.minCount)});
    const auto worst = [&](const std::vector<Sums> &groups, const QStringList &names, bool city) {
        QList<PlanPlaceStats> list;
        for (size_t g = 0; g < groups.size(); ++g) {
            const Sums &sum = groups[g];
            if (sum.rows < minRows)
                continue;
            const QString &name = names.at(qsizetype(g));
            PlanPlaceStats st;
            st.countryCode = city ? name.section(QLatin1Char('\t'), 0, 0) : name;
            st.city = city ? name.section(QLatin1Char('\t'), 1) : QString();
            st.rows = sum.rows;
            st.meanKm = sum.km / double(sum.rows);
            st.meanRttMs = sum.rtt / double(sum.rows);
            list << st;
        }
        std::sort(list.begin(), list.end(), [](const PlanPlaceStats &x, const PlanPlaceStats &y) {
            if (x.meanRttMs != y.meanRttMs)
                return x.meanRttMs > y.meanRttMs;
            return std::tie(x.countryCode, x.city) < std::tie(y.countryCode, y.city);
        });
        return list.mid(0, 10);
    };
    out.worstCountries = worst(countries, m_countryNames, false);
    out.worstCities = worst(cities, m_cityNames, true);

    for (size_t from = 0; from < loaded; ++from) {
        for (int to = 0; to < regions.size(); ++to) {
            const qint64 rows = moves[from * size_t(regions.size()) + size_t(to)];
            if (rows == 0)
                continue;
            PlanMove m;
            m.from = from > 0 ? m_input.loadedRegions.at(qsizetype(from) - 1) : QString();
            m.to = out.regions.at(to);
            m.rows = rows;
            out.moves << m;
        }
    }
    // Below the minimum count, and beside such counts (docs/privacy.md).
    withholdPlanCounts(out, m_input.minCount);

    switch (objective) {
    case PlanObjective::MeanKm:
        out.objective = out.meanKm.value_or(0);
        break;
    case PlanObjective::P95Km:
        out.objective = out.p95Km.value_or(0);
        break;
    case PlanObjective::Within: {
        const double limit = withinKm(withinMs);
        qint64 in = 0;
        for (size_t i = 0; i < nearest.size(); ++i) {
            if (nearest[i].first >= 0 && nearest[i].firstKm <= limit)
                in += points.at(qsizetype(i)).rows;
        }
        out.objective = out.rows > 0 ? double(in) / double(out.rows) : 0;
        break;
    }
    }
    return out;
}

void Planner::makeSearchPlaces() const
{
    // Up to kSearchPlaces places as they are; beyond, merged on a grid whose cells double in
    // size until there are few enough, each cell at the row-weighted mean of its places.
    const QVector<PlanPoint> &points = m_input.points;
    m_searchPlaces.clear();
    m_searchGridDegrees = 0;
    if (points.size() <= kSearchPlaces) {
        for (const PlanPoint &p : points)
            m_searchPlaces.push_back({p.latitude, p.longitude, p.rows});
        return;
    }
    for (double step = 0.05;; step *= 2) {
        QHash<QPair<int, int>, SearchPlace> cells;
        for (const PlanPoint &p : points) {
            const QPair<int, int> cell {int(std::floor((p.latitude + 90) / step)),
                                        int(std::floor((p.longitude + 180) / step))};
            SearchPlace &c = cells[cell];
            c.latitude += p.latitude * double(p.rows);
            c.longitude += p.longitude * double(p.rows);
            c.rows += p.rows;
        }
        if (cells.size() > kSearchPlaces && step < 10)
            continue;
        for (SearchPlace c : std::as_const(cells)) {
            c.latitude /= double(c.rows);
            c.longitude /= double(c.rows);
            m_searchPlaces.push_back(c);
        }
        // A stable order, whatever the hash's.
        std::sort(m_searchPlaces.begin(), m_searchPlaces.end(),
                  [](const SearchPlace &x, const SearchPlace &y) {
                      return std::tie(x.latitude, x.longitude) < std::tie(y.latitude, y.longitude);
                  });
        m_searchGridDegrees = step;
        return;
    }
}

const PlanSearch &Planner::search(PlanObjective objective, double withinKm) const
{
    const qsizetype c = m_candidates.size();
    if (m_matrix.empty() && !m_input.points.isEmpty() && c > 0) {
        makeSearchPlaces();
        const qsizetype n = qsizetype(m_searchPlaces.size());
        std::vector<Reduced> sites;
        for (const Region &r : m_candidates)
            sites.push_back(reduced(r.latitude, r.longitude));
        m_matrix.resize(size_t(n * c));
        std::vector<qsizetype> rows(static_cast<size_t>(n));
        std::iota(rows.begin(), rows.end(), 0);
        QtConcurrent::blockingMap(rows, [&](qsizetype i) {
            const SearchPlace &p = m_searchPlaces[size_t(i)];
            const Reduced here = reduced(p.latitude, p.longitude);
            float *row = m_matrix.data() + size_t(i * c);
            for (qsizetype j = 0; j < c; ++j)
                row[j] = float(lambert(here, sites[size_t(j)]));
        });
    }
    if (!m_search || m_searchObjective != objective || m_searchWithinKm != withinKm) {
        std::vector<qint64> weights;
        weights.reserve(m_searchPlaces.size());
        for (const SearchPlace &p : m_searchPlaces)
            weights.push_back(p.rows);
        m_search.emplace(m_matrix, std::move(weights), int(c), objective, withinKm);
        m_searchObjective = objective;
        m_searchWithinKm = withinKm;
    }
    return *m_search;
}

QList<Planner::Step> Planner::best(int kMax, PlanObjective objective, double withinMs,
                                   const QList<int> &must, const QList<int> &excluded,
                                   double exactLimit, const std::atomic<bool> *stop) const
{
    QList<Step> steps;
    const PlanSearch &s = search(objective, withinKm(withinMs));
    s.setStop(stop);
    std::vector<bool> allowed(size_t(m_candidates.size()), true);
    for (const int e : excluded)
        allowed[size_t(e)] = false;
    std::vector<int> required;
    for (const int m : must) {
        if (std::find(required.begin(), required.end(), m) == required.end()) {
            required.push_back(m);
            allowed[size_t(m)] = true;
        }
    }
    const int free = int(std::count(allowed.begin(), allowed.end(), true)) - int(required.size());
    std::vector<int> previous;
    std::optional<double> previousObjective;
    for (int k = std::max(1, int(required.size())); k <= kMax; ++k) {
        const int pick = k - int(required.size());
        if (pick > free)
            break;
        const double work = PlanSearch::combinations(free, pick) * double(s.points()) * double(k);
        const PlanSearch::Answer a = work <= exactLimit
                                         ? s.exact(k, required, allowed)
                                         : s.greedySwap(k, required, allowed, previous);
        if (a.set.empty() || (stop && stop->load()))
            break;
        Step step;
        step.k = k;
        step.method = a.method;
        step.evaluations = a.evaluations;
        step.searchCost = a.cost;
        step.outcome = evaluate(QList<int>(a.set.begin(), a.set.end()), objective, withinMs);
        if (previousObjective) {
            step.gain = objective == PlanObjective::Within
                            ? step.outcome.objective - *previousObjective
                            : *previousObjective - step.outcome.objective;
        }
        previousObjective = step.outcome.objective;
        previous = a.set;
        steps << step;
    }
    return steps;
}

} // namespace regionmap
