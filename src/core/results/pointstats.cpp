#include "pointstats.h"

#include "results/pgresult.h"
#include "results/weightedvalues.h"

#include <QHash>

#include <algorithm>
#include <cstring>
#include <optional>

namespace regionmap {

namespace {

// The column's text is exactly `word` (no QString made: this runs once per point).
bool isText(const PgResult &r, int i, int column, QLatin1String word)
{
    return !r.isNull(i, column) && r.length(i, column) == word.size()
           && std::memcmp(r.raw(i, column), word.data(), size_t(word.size())) == 0;
}

// One point as the summary reads it, parsed once for the overall tally and its region's.
struct PointRow
{
    qint64 rows = 0;
    std::optional<double> km;
    std::optional<double> ms;
    bool measured = false;
    bool firm = false;
    bool uncertain = false;
    bool same = false;
    bool different = false;
    bool notLocated = false;

    PointRow(const PgResult &r, int i)
        : rows(r.toInt64(i, 6))
        , km(r.optionalDouble(i, 1))
        , ms(r.optionalDouble(i, 2))
        , measured(r.toBool(i, 3))
        , firm(isText(r, i, 4, QLatin1String("firm")))
        , uncertain(isText(r, i, 4, QLatin1String("uncertain")))
        , same(isText(r, i, 5, QLatin1String("same_region")))
        , different(isText(r, i, 5, QLatin1String("different_region")))
        , notLocated(isText(r, i, 5, QLatin1String("not_located")))
    { }
};

// What the points of one region (or of every region) add up to.
struct Tally
{
    qint64 rows = 0;
    qint64 firm = 0;
    qint64 uncertain = 0;
    qint64 same = 0;
    qint64 different = 0;
    qint64 notLocated = 0;
    WeightedValues km;
    WeightedValues rtt;
    qint64 measured = 0;
    qint64 within20 = 0;
    qint64 within50 = 0;
    qint64 within100 = 0;

    void add(const PointRow &p)
    {
        const qint64 n = p.rows;
        rows += n;
        if (p.km)
            km.add(*p.km, n);
        if (p.ms) {
            rtt.add(*p.ms, n);
            measured += p.measured ? n : 0;
            within20 += *p.ms <= 20 ? n : 0;
            within50 += *p.ms <= 50 ? n : 0;
            within100 += *p.ms <= 100 ? n : 0;
        }
        firm += p.firm ? n : 0;
        uncertain += p.uncertain ? n : 0;
        same += p.same ? n : 0;
        different += p.different ? n : 0;
        notLocated += p.notLocated ? n : 0;
    }

    RttStats rttStats()
    {
        RttStats s;
        s.rows = rtt.rows();
        s.measured = measured;
        s.meanMs = rtt.mean();
        s.p95Ms = rtt.percentile(0.95);
        s.within20 = within20;
        s.within50 = within50;
        s.within100 = within100;
        return s;
    }
};

} // namespace

Status readRegionStatsFromPoints(PGconn *conn, const QList<qint64> &runIds, const QString &what,
                                 ScopeOverview &ov)
{
    PgParams p;
    p.addBigIntArray(runIds);
    // The points as they are (no grouping, no order: the tallies sort what they need), a few
    // hundred thousand at most.
    Result<PgResult> r = PgResult::exec(
        conn,
        QStringLiteral("SELECT region_code, distance_km, est_rtt_ms, est_rtt_source = 'measured',"
                       "       assignment, agreement, row_count"
                       "  FROM etl_points WHERE run_id = ANY($1::bigint[])"
                       "   AND geo_status = 'located' AND region_code IS NOT NULL"),
        p, what);
    if (!r)
        return r.error();
    Tally overall;
    QHash<QByteArray, Tally> byCode; // by the region code's bytes: no QString per point
    for (int i = 0; i < r->rows(); ++i) {
        const PointRow point(*r, i);
        overall.add(point);
        const QByteArray code = QByteArray::fromRawData(r->raw(i, 0), r->length(i, 0));
        auto it = byCode.find(code);
        if (it == byCode.end())
            it = byCode.insert(QByteArray(code.constData(), code.size()), Tally());
        it->add(point);
    }
    QHash<QString, Tally> regions;
    for (auto it = byCode.begin(); it != byCode.end(); ++it)
        regions.insert(QString::fromUtf8(it.key()), std::move(it.value()));

    // The catalogs of the runs in scope name the regions; the newest run's entry wins.
    Result<PgResult> catalog = PgResult::exec(
        conn,
        QStringLiteral("SELECT DISTINCT ON (code) code, name, city, latitude, longitude, provider"
                       "  FROM region_catalogs WHERE run_id = ANY($1::bigint[])"
                       " ORDER BY code, run_id DESC"),
        p, what);
    if (!catalog)
        return catalog.error();
    const auto statOf = [&ov](const QString &code, Tally &t) {
        RegionStat s;
        s.code = code;
        s.name = code;
        s.rows = t.rows;
        s.share = ov.totalRows ? double(t.rows) / double(ov.totalRows) : 0.0;
        s.meanKm = t.km.mean();
        s.medianKm = t.km.percentile(0.5);
        s.p95Km = t.km.percentile(0.95);
        s.firm = t.firm;
        s.uncertain = t.uncertain;
        s.crossSame = t.same;
        s.crossDifferent = t.different;
        s.crossNotLocated = t.notLocated;
        s.rtt = t.rttStats();
        return s;
    };
    QList<RegionStat> stats;
    for (int i = 0; i < catalog->rows(); ++i) {
        const QString code = catalog->text(i, 0);
        Tally t = regions.take(code);
        RegionStat s = statOf(code, t);
        s.name = catalog->text(i, 1);
        s.city = catalog->text(i, 2);
        s.inCatalog = true;
        s.latitude = catalog->toDouble(i, 3);
        s.longitude = catalog->toDouble(i, 4);
        s.provider = catalog->text(i, 5);
        stats << s;
    }
    for (auto it = regions.begin(); it != regions.end(); ++it)
        stats << statOf(it.key(), it.value()); // a region no catalog in scope names
    std::sort(stats.begin(), stats.end(), [](const RegionStat &a, const RegionStat &b) {
        return a.rows != b.rows ? a.rows > b.rows : a.code < b.code;
    });
    ov.regions = stats;
    ov.rtt = overall.rttStats();
    ov.firmRows = overall.firm;
    ov.uncertainRows = overall.uncertain;
    ov.crossCheck.crossSame = overall.same;
    ov.crossCheck.crossDifferent = overall.different;
    ov.crossCheck.crossNotLocated = overall.notLocated;
    return {};
}

} // namespace regionmap
