#include "etlsummary.h"

#include "common/mincount.h"

#include <QJsonArray>

#include <algorithm>

namespace regionmap {

QString runStatusName(RunStatus status)
{
    switch (status) {
    case RunStatus::Running:
        return QStringLiteral("running");
    case RunStatus::Succeeded:
        return QStringLiteral("succeeded");
    case RunStatus::Failed:
        return QStringLiteral("failed");
    case RunStatus::Cancelled:
        return QStringLiteral("cancelled");
    case RunStatus::Interrupted:
        return QStringLiteral("interrupted");
    }
    return {};
}

qint64 EtlSummary::assignedRows() const
{
    qint64 n = 0;
    for (const RegionCount &r : regions)
        n += r.rows;
    return n;
}

qint64 EtlSummary::uncertainRows() const
{
    qint64 n = 0;
    for (const RegionCount &r : regions)
        n += r.uncertain;
    return n;
}

RegionCount EtlSummary::crossCheckTotals() const
{
    RegionCount t;
    for (const RegionCount &r : regions) {
        t.crossSame += r.crossSame;
        t.crossDifferent += r.crossDifferent;
        t.crossNotLocated += r.crossNotLocated;
    }
    return t;
}

namespace {

QJsonObject crossCheckJson(const RegionCount &r)
{
    const qint64 checked = r.crossChecked();
    return {{QStringLiteral("same_region"), double(r.crossSame)},
            {QStringLiteral("different_region"), double(r.crossDifferent)},
            {QStringLiteral("not_located"), double(r.crossNotLocated)},
            {QStringLiteral("agreement"),
             checked > 0 ? QJsonValue(double(r.crossSame) / double(checked)) : QJsonValue()}};
}

} // namespace

void EtlSummary::applyMinimumCount()
{
    if (minCount <= 1)
        return;
    std::vector<qint64> rows;
    std::vector<QString> codes;
    for (const RegionCount &r : std::as_const(regions)) {
        rows.push_back(r.rows);
        codes.push_back(r.code);
    }
    const std::vector<bool> withheld = mincount::withheldWithComplement(rows, codes, minCount);
    for (qsizetype i = 0; i < regions.size(); ++i)
        regions[i].withheld = withheld[size_t(i)];
    // Among the others by their rows, a withheld region's place would bound its count.
    std::stable_sort(regions.begin(), regions.end(),
                     [](const RegionCount &a, const RegionCount &b) {
                         if (a.withheld != b.withheld)
                             return b.withheld;
                         return a.withheld && a.code < b.code;
                     });
}

bool EtlSummary::withholdsTotals() const
{
    return mincount::isSmall(statusCounts.value(QStringLiteral("located")), minCount);
}

QJsonObject EtlSummary::toJson() const
{
    QJsonObject counts;
    for (auto it = statusCounts.cbegin(); it != statusCounts.cend(); ++it)
        counts.insert(it.key(), double(it.value()));
    QJsonArray regionArray;
    for (const RegionCount &r : regions) {
        QJsonObject region {
            {QStringLiteral("code"), r.code},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("provider"), r.provider.isEmpty() ? QJsonValue() : r.provider},
            {QStringLiteral("rows"), double(r.rows)},
            {QStringLiteral("firm"), double(r.rows - r.uncertain)},
            {QStringLiteral("uncertain"), double(r.uncertain)},
            {QStringLiteral("mean_km"), r.meanKm ? QJsonValue(*r.meanKm) : QJsonValue()},
            {QStringLiteral("est_rtt"), r.rtt.toJson()}};
        if (!crossCheckSource.isEmpty())
            region.insert(QStringLiteral("cross_check"), crossCheckJson(r));
        if (withholds(r)) {
            // Fewer rows than the run's minimum count: the region is named, nothing else.
            region = QJsonObject {
                {QStringLiteral("code"), r.code},
                {QStringLiteral("name"), r.name},
                {QStringLiteral("provider"), r.provider.isEmpty() ? QJsonValue() : r.provider},
                {QStringLiteral("rows"), QJsonValue()},
                {QStringLiteral("withheld"), true}};
        }
        regionArray.append(region);
    }
    QJsonObject rttObject = rtt.toJson();
    rttObject.insert(
        QStringLiteral("model"),
        QJsonObject {{QStringLiteral("route_factor"), latencyModel.routeFactor},
                     {QStringLiteral("overhead_ms"), latencyModel.overheadMs},
                     {QStringLiteral("fibre_km_per_ms"), LatencyModel::kFibreKmPerMs}});
    QJsonObject o {
        {QStringLiteral("run_id"), double(runId)},
        {QStringLiteral("status"), runStatusName(status)},
        {QStringLiteral("table"), table},
        {QStringLiteral("rows_read"), double(rowsRead)},
        {QStringLiteral("rows_loaded"), double(rowsLoaded)},
        {QStringLiteral("rows_rejected"), double(rowsRejected)},
        {QStringLiteral("blank_lines"), double(blankLines)},
        {QStringLiteral("geo_status"), counts},
        {QStringLiteral("regions"), regionArray},
        {QStringLiteral("est_rtt"), withholdsTotals() ? QJsonValue() : QJsonValue(rttObject)},
        {QStringLiteral("assignments"),
         withholdsTotals() ? QJsonValue()
                           : QJsonValue(QJsonObject {
                               {QStringLiteral("firm"), double(assignedRows() - uncertainRows())},
                               {QStringLiteral("uncertain"), double(uncertainRows())}})},
        {QStringLiteral("duration_s"), durationSeconds},
        {QStringLiteral("provider"), provider},
        {QStringLiteral("geo_database"), geoDatabase},
        {QStringLiteral("geo_source"), geoSource},
        {QStringLiteral("requests_sent"), requestsSent},
        {QStringLiteral("request_retries"), requestRetries},
    };
    if (status == RunStatus::Failed || !error.message.isEmpty()) {
        o.insert(QStringLiteral("error"), error.message);
        o.insert(QStringLiteral("error_kind"), errorKindName(error.kind));
        if (!error.details.isEmpty())
            o.insert(QStringLiteral("error_details"), error.details);
    }
    o.insert(QStringLiteral("privacy"), QJsonObject {{QStringLiteral("mode"), privacyMode},
                                                     {QStringLiteral("min_count"), minCount}});
    if (withholdsTotals())
        o.insert(QStringLiteral("totals_withheld"), true);
    if (!crossCheckSource.isEmpty()) {
        QJsonObject cross = withholdsTotals() ? QJsonObject() : crossCheckJson(crossCheckTotals());
        cross.insert(QStringLiteral("source"), crossCheckSource);
        if (!crossCheckCredit.isEmpty())
            cross.insert(QStringLiteral("attribution"),
                         QJsonObject {{QStringLiteral("text"), crossCheckCredit.text},
                                      {QStringLiteral("url"), crossCheckCredit.url},
                                      {QStringLiteral("licence"), crossCheckCredit.licence}});
        o.insert(QStringLiteral("cross_check"), cross);
    }
    if (!credit.isEmpty())
        o.insert(QStringLiteral("attribution"),
                 QJsonObject {{QStringLiteral("text"), credit.text},
                              {QStringLiteral("url"), credit.url},
                              {QStringLiteral("licence"), credit.licence}});
    if (runId > 0)
        o.insert(QStringLiteral("rejects_query"),
                 QStringLiteral("SELECT * FROM etl_rejects WHERE run_id = %1 ORDER BY reject_id")
                     .arg(runId));
    return o;
}

} // namespace regionmap
