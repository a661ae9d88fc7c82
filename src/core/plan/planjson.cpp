#include "planjson.h"

#include <QJsonArray>

namespace regionmap::PlanJson {

namespace {

QJsonValue number(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QJsonArray places(const QList<PlanPlaceStats> &list, bool cities)
{
    QJsonArray a;
    for (const PlanPlaceStats &p : list) {
        QJsonObject o {{QStringLiteral("country_code"), p.countryCode},
                       {QStringLiteral("rows"), double(p.rows)},
                       {QStringLiteral("mean_km"), p.meanKm},
                       {QStringLiteral("mean_rtt_ms"), p.meanRttMs}};
        if (cities)
            o.insert(QStringLiteral("city"), p.city);
        a.append(o);
    }
    return a;
}

} // namespace

QString methodName(PlanSearch::Method method)
{
    return method == PlanSearch::Method::Exact ? QStringLiteral("exact")
                                               : QStringLiteral("greedy+swap");
}

QString objectiveName(PlanObjective objective)
{
    switch (objective) {
    case PlanObjective::MeanKm:
        return QStringLiteral("mean_km");
    case PlanObjective::P95Km:
        return QStringLiteral("p95_km");
    case PlanObjective::Within:
        break;
    }
    return QStringLiteral("within_ms");
}

QJsonObject objective(PlanObjective goal, double withinMs)
{
    QJsonObject o {{QStringLiteral("name"), objectiveName(goal)}};
    if (goal == PlanObjective::Within)
        o.insert(QStringLiteral("ms"), withinMs);
    return o;
}

QJsonObject outcome(const PlanOutcome &o)
{
    QJsonArray perRegion;
    for (const PlanRegionStats &r : o.perRegion) {
        if (r.withheld) { // docs/privacy.md: the region, nothing else
            perRegion.append(QJsonObject {{QStringLiteral("region"), r.region},
                                          {QStringLiteral("name"), r.name},
                                          {QStringLiteral("rows"), QJsonValue()},
                                          {QStringLiteral("withheld"), true}});
            continue;
        }
        perRegion.append(QJsonObject {{QStringLiteral("region"), r.region},
                                      {QStringLiteral("name"), r.name},
                                      {QStringLiteral("rows"), double(r.rows)},
                                      {QStringLiteral("share"), r.share},
                                      {QStringLiteral("mean_km"), number(r.meanKm)},
                                      {QStringLiteral("median_km"), number(r.medianKm)},
                                      {QStringLiteral("p95_km"), number(r.p95Km)},
                                      {QStringLiteral("mean_rtt_ms"), number(r.meanRttMs)},
                                      {QStringLiteral("p95_rtt_ms"), number(r.p95RttMs)}});
    }
    QJsonArray moves;
    for (const PlanMove &m : o.moves) {
        QJsonObject move {
            {QStringLiteral("from"), m.from.isEmpty() ? QJsonValue() : QJsonValue(m.from)},
            {QStringLiteral("to"), m.to},
            {QStringLiteral("rows"), m.withheld ? QJsonValue() : QJsonValue(double(m.rows))}};
        if (m.withheld)
            move.insert(QStringLiteral("withheld"), true);
        moves.append(move);
    }
    return {{QStringLiteral("regions"), QJsonArray::fromStringList(o.regions)},
            {QStringLiteral("rows"), double(o.rows)},
            {QStringLiteral("per_region"), perRegion},
            {QStringLiteral("mean_km"), number(o.meanKm)},
            {QStringLiteral("median_km"), number(o.medianKm)},
            {QStringLiteral("p95_km"), number(o.p95Km)},
            {QStringLiteral("mean_rtt_ms"), number(o.meanRttMs)},
            {QStringLiteral("p95_rtt_ms"), number(o.p95RttMs)},
            {QStringLiteral("share_within_ms"), QJsonObject {{QStringLiteral("20"), o.within20},
                                                             {QStringLiteral("50"), o.within50},
                                                             {QStringLiteral("100"), o.within100}}},
            {QStringLiteral("objective"), o.objective},
            {QStringLiteral("worst_countries"), places(o.worstCountries, false)},
            {QStringLiteral("worst_cities"), places(o.worstCities, true)},
            {QStringLiteral("moves"), moves}};
}

QJsonObject whatIf(const PlanOutcome &o)
{
    QJsonObject j = outcome(o);
    j.insert(QStringLiteral("method"), QStringLiteral("what-if"));
    return j;
}

QJsonObject step(const Planner::Step &s)
{
    QJsonObject j = outcome(s.outcome);
    j.insert(QStringLiteral("k"), s.k);
    j.insert(QStringLiteral("method"), methodName(s.method));
    j.insert(QStringLiteral("evaluations"), double(s.evaluations));
    j.insert(QStringLiteral("gain"), number(s.gain));
    return j;
}

QJsonObject answer(const Planner &planner, const QStringList &catalogs, PlanObjective goal,
                   double withinMs, const QJsonArray &sets, qint64 loadMs, qint64 planMs,
                   int searchPlaces, double searchGridDegrees)
{
    const PlanInput &in = planner.input();
    const ResultScope &scope = in.scope;
    return {
        {QStringLiteral("table"), scope.table},
        {QStringLiteral("run_id"), scope.isRun() ? QJsonValue(double(scope.runId)) : QJsonValue()},
        {QStringLiteral("located_rows"), double(in.locatedRows)},
        {QStringLiteral("not_located_rows"), double(in.otherRows)},
        {QStringLiteral("places"), double(in.points.size())},
        {QStringLiteral("read_from"),
         in.fromPoints ? QStringLiteral("points") : QStringLiteral("rows")},
        {QStringLiteral("catalogs"), QJsonArray::fromStringList(catalogs)},
        {QStringLiteral("candidates"), double(planner.candidates().size())},
        {QStringLiteral("search_places"), double(searchPlaces)},
        {QStringLiteral("search_grid_degrees"), searchGridDegrees},
        {QStringLiteral("objective"), objective(goal, withinMs)},
        {QStringLiteral("sets"), sets},
        {QStringLiteral("load_ms"), double(loadMs)},
        {QStringLiteral("plan_ms"), double(planMs)}};
}

} // namespace regionmap::PlanJson
