#include "scopeprivacy.h"

#include "common/mincount.h"
#include "db/runboundary.h"
#include "results/mapcells.h"
#include "results/pgresult.h"
#include "results/scopeoverview.h"

#include <QMap>
#include <QSet>

namespace regionmap {

QString ScopePrivacy::describe() const
{
    const QString mode
        = modes.isEmpty() ? QStringLiteral("keep") : modes.join(QStringLiteral(", "));
    if (!withholds())
        return mode;
    return tr("%1; places, map cells and numbers of fewer than %n row(s) withheld", nullptr,
              minCount)
        .arg(mode);
}

QString ScopePrivacy::withheldText()
{
    return tr("withheld");
}

Result<ScopePrivacy> ScopePrivacy::read(PGconn *conn, const ResultScope &scope)
{
    // Through to_jsonb: a database that an older version made, and no run has migrated since,
    // has no privacy columns yet; its runs kept their addresses.
    PgParams p;
    p.add(scope.table);
    p.add(scope.runId);
    Result<PgResult> r = PgResult::exec(
        conn,
        QStringLiteral(
            "WITH runs AS ("
            "  SELECT run_id, %1 AS starts, to_jsonb(r) AS j FROM etl_runs r"
            "   WHERE target_table = $1 AND status = 'succeeded'"
            ")"
            "SELECT COALESCE(max((j->>'min_count')::int), 1),"
            "       COALESCE(string_agg(DISTINCT COALESCE(j->>'privacy_mode', 'keep'), ','), '')"
            "  FROM runs"
            " WHERE ($2::bigint = 0 AND run_id >= COALESCE((SELECT max(run_id) FROM runs"
            "                                               WHERE starts), 0))"
            "    OR run_id = $2::bigint")
            .arg(runboundary::startsTableSql()),
        p, tr("the privacy of %1").arg(scope.describe()));
    if (!r)
        return r.error();
    ScopePrivacy out;
    if (r->rows() > 0) {
        out.minCount = qMax(1, int(r->toInt64(0, 0)));
        out.modes = r->text(0, 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
        out.modes.sort();
    }
    return out;
}

void withholdSmallRegions(ScopeOverview &overview)
{
    const ScopePrivacy &privacy = overview.privacy;
    if (!privacy.withholds())
        return;
    if (privacy.isSmall(overview.locatedRows)) {
        // The whole scope is below the minimum count (one person, say): its overall numbers
        // would be that person's.
        overview.totalsWithheld = true;
        overview.rtt = {};
        overview.firmRows = overview.uncertainRows = 0;
        overview.crossCheck.crossSame = overview.crossCheck.crossDifferent
            = overview.crossCheck.crossNotLocated = 0;
    }
    std::vector<qint64> rows;
    std::vector<QString> codes;
    for (const RegionStat &r : std::as_const(overview.regions)) {
        rows.push_back(r.rows);
        codes.push_back(r.code);
    }
    const std::vector<bool> withheld
        = mincount::withheldWithComplement(rows, codes, privacy.minCount);
    for (qsizetype i = 0; i < overview.regions.size(); ++i) {
        RegionStat &r = overview.regions[i];
        if (!withheld[size_t(i)])
            continue;
        r.withheld = true;
        r.share = 0; // with the total, it would tell the count
        r.meanKm.reset();
        r.medianKm.reset();
        r.p95Km.reset();
        r.firm = r.uncertain = 0;
        r.crossSame = r.crossDifferent = r.crossNotLocated = 0;
        r.rtt = {};
    }
    // The withheld regions after the shown ones, by code: listed among them by their rows,
    // their neighbours' counts would bound theirs.
    std::stable_sort(overview.regions.begin(), overview.regions.end(),
                     [](const RegionStat &a, const RegionStat &b) {
                         const int ra = a.rows == 0 ? 2 : a.withheld ? 1 : 0;
                         const int rb = b.rows == 0 ? 2 : b.withheld ? 1 : 0;
                         if (ra != rb)
                             return ra < rb;
                         return ra == 1 && a.code < b.code;
                     });
}

void withholdSmallCells(MapCells &cells, int minCount)
{
    cells.minCount = minCount;
    if (minCount <= 1)
        return;
    // The regions the summary withholds (their rows over every cell, as it counts them; ties by
    // the bare code, as it settles them): a cell does not name them either.
    QMap<QString, qint64> regionRows;
    for (const MapCell &c : std::as_const(cells.cells)) {
        for (const auto &region : c.regions)
            regionRows[region.first] += region.second;
    }
    std::vector<qint64> rows;
    std::vector<QString> keys;
    for (auto it = regionRows.cbegin(); it != regionRows.cend(); ++it) {
        rows.push_back(it.value());
        keys.push_back(mincount::tieKey(it.key()));
    }
    const std::vector<bool> withheld = mincount::withheldWithComplement(rows, keys, minCount);
    QSet<QString> withheldRegions;
    size_t at = 0;
    for (auto it = regionRows.cbegin(); it != regionRows.cend(); ++it, ++at) {
        if (withheld[at])
            withheldRegions.insert(it.key());
    }
    QList<MapCell> shown;
    cells.maxRows = 0;
    for (MapCell &c : cells.cells) {
        if (c.rows < minCount) {
            ++cells.withheldCells;
            cells.withheldRows += c.rows;
            cells.totalRows -= c.rows;
            continue;
        }
        for (qsizetype i = c.regions.size() - 1; i >= 0; --i) {
            if (c.regions.at(i).second < minCount
                || withheldRegions.contains(c.regions.at(i).first)) {
                c.otherRegionRows += c.regions.at(i).second;
                c.regions.removeAt(i);
            }
        }
        cells.maxRows = qMax(cells.maxRows, c.rows);
        shown.append(std::move(c));
    }
    cells.cells = std::move(shown);
}

} // namespace regionmap
