#include "plancells.h"

#include "results/scopeprivacy.h"

#include <QHash>

#include <cmath>

namespace regionmap::PlanCells {

MapCells cells(const PlanInput &input, const PlanOutcome &outcome, double cellDegrees)
{
    MapCells out;
    out.cellDegrees = cellDegrees;
    if (cellDegrees <= 0 || outcome.assignment.size() != input.points.size())
        return out;
    struct Sum
    {
        double lat = 0;
        double lon = 0;
        qint64 rows = 0;
        QHash<int, qint64> regions;
    };
    QHash<QPair<int, int>, Sum> grid;
    for (qsizetype i = 0; i < input.points.size(); ++i) {
        const PlanPoint &p = input.points.at(i);
        const int region = outcome.assignment.at(i);
        if (region < 0)
            continue;
        const QPair<int, int> key(int(std::floor(p.longitude / cellDegrees)),
                                  int(std::floor(p.latitude / cellDegrees)));
        Sum &s = grid[key];
        s.lat += p.latitude * double(p.rows);
        s.lon += p.longitude * double(p.rows);
        s.rows += p.rows;
        s.regions[region] += p.rows;
    }
    for (auto it = grid.cbegin(); it != grid.cend(); ++it) {
        const Sum &s = it.value();
        MapCell c;
        c.column = it.key().first;
        c.row = it.key().second;
        c.latitude = s.lat / double(s.rows);
        c.longitude = s.lon / double(s.rows);
        c.rows = s.rows;
        for (auto r = s.regions.cbegin(); r != s.regions.cend(); ++r)
            c.regions.append({outcome.regions.at(r.key()), r.value()});
        std::sort(c.regions.begin(), c.regions.end(), [](const auto &a, const auto &b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
        out.totalRows += c.rows;
        out.maxRows = std::max(out.maxRows, c.rows);
        out.cells << c;
    }
    // A stable order whatever the hash's: by position.
    std::sort(out.cells.begin(), out.cells.end(), [](const MapCell &a, const MapCell &b) {
        return std::tie(a.row, a.column) < std::tie(b.row, b.column);
    });
    withholdSmallCells(out, input.minCount); // as on the results' map (docs/privacy.md)
    return out;
}

QList<RegionStat> sites(const Planner &planner, const PlanOutcome &outcome,
                        const QList<int> &others)
{
    QList<RegionStat> list;
    const auto add = [&](int candidate, qint64 rows, double share) {
        const Region &r = planner.candidates().at(candidate);
        RegionStat s;
        s.code = Planner::key(r);
        s.name = r.name;
        s.city = r.city;
        s.provider = r.provider;
        s.inCatalog = true;
        s.latitude = r.latitude;
        s.longitude = r.longitude;
        s.rows = rows;
        s.share = share;
        list << s;
    };
    QList<int> inSet;
    for (const PlanRegionStats &st : outcome.perRegion) {
        const int i = planner.indexOf(st.region);
        if (i < 0)
            continue;
        inSet << i;
        // A region of the set that serves no row is still drawn as chosen.
        add(i, std::max<qint64>(st.rows, 1), st.share);
    }
    for (const int i : others) {
        if (!inSet.contains(i))
            add(i, 0, 0);
    }
    return list;
}

RegionPalette palette(const PlanOutcome &outcome)
{
    QHash<QString, int> indexes;
    for (int i = 0; i < outcome.regions.size(); ++i)
        indexes.insert(outcome.regions.at(i), i);
    return RegionPalette::fromIndexes(indexes);
}

} // namespace regionmap::PlanCells
