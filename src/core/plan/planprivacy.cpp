#include "planprivacy.h"

#include "common/mincount.h"
#include "plan/planner.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace regionmap {

namespace {

// The regions of the set; returns those withheld.
QSet<QString> withholdRegions(PlanOutcome &out, int minCount)
{
    std::vector<qint64> rows;
    std::vector<QString> keys;
    for (const PlanRegionStats &st : std::as_const(out.perRegion)) {
        rows.push_back(st.rows);
        keys.push_back(mincount::tieKey(st.region));
    }
    const std::vector<bool> withheld = mincount::withheldWithComplement(rows, keys, minCount);
    QSet<QString> codes;
    for (qsizetype r = 0; r < out.perRegion.size(); ++r) {
        if (!withheld[size_t(r)])
            continue;
        PlanRegionStats &st = out.perRegion[r];
        codes.insert(st.region);
        st.withheld = true;
        st.share = 0;
        st.meanKm = st.medianKm = st.p95Km = st.meanRttMs = st.p95RttMs = std::nullopt;
    }
    return codes;
}

// The loaded regions the results' summary withholds: their rows are those of their moves.
QSet<QString> withheldLoadedRegions(const QList<PlanMove> &moves, int minCount)
{
    QMap<QString, qint64> fromRows; // in key order: the same answer every time
    for (const PlanMove &m : moves) {
        if (!m.from.isEmpty())
            fromRows[m.from] += m.rows;
    }
    const std::vector<qint64> rows(fromRows.cbegin(), fromRows.cend());
    const QStringList codes = fromRows.keys();
    std::vector<QString> keys;
    for (const QString &code : codes)
        keys.push_back(mincount::tieKey(code));
    const std::vector<bool> withheld = mincount::withheldWithComplement(rows, keys, minCount);
    QSet<QString> out;
    for (qsizetype i = 0; i < codes.size(); ++i) {
        if (withheld[size_t(i)])
            out.insert(codes.at(i));
    }
    return out;
}

} // namespace

void withholdPlanCounts(PlanOutcome &out, int minCount)
{
    const QSet<QString> withheldTo = withholdRegions(out, minCount);
    const QSet<QString> withheldFrom = withheldLoadedRegions(out.moves, minCount);
    // The moves from one region add up to its rows, and those to one region to its rows.
    std::vector<qint64> rows;
    std::vector<QString> keys;
    std::vector<bool> withheld;
    QMap<QString, std::vector<size_t>> byFrom;
    QMap<QString, std::vector<size_t>> byTo;
    for (qsizetype i = 0; i < out.moves.size(); ++i) {
        const PlanMove &m = out.moves.at(i);
        rows.push_back(m.rows);
        keys.push_back(m.from + QLatin1Char('\t') + m.to);
        withheld.push_back(mincount::isSmall(m.rows, minCount) || withheldFrom.contains(m.from)
                           || withheldTo.contains(m.to));
        byFrom[m.from].push_back(size_t(i));
        byTo[m.to].push_back(size_t(i));
    }
    std::vector<std::vector<size_t>> totals;
    for (auto it = byFrom.cbegin(); it != byFrom.cend(); ++it)
        totals.push_back(it.value());
    for (auto it = byTo.cbegin(); it != byTo.cend(); ++it)
        totals.push_back(it.value());
    mincount::withholdComplement(rows, keys, withheld, minCount, totals);
    for (qsizetype i = 0; i < out.moves.size(); ++i)
        out.moves[i].withheld = withheld[size_t(i)];
    // Most rows first; the withheld ones last, by name, so that their place tells nothing.
    std::sort(out.moves.begin(), out.moves.end(), [](const PlanMove &a, const PlanMove &b) {
        if (a.withheld != b.withheld)
            return b.withheld;
        if (!a.withheld && a.rows != b.rows)
            return a.rows > b.rows;
        return std::tie(a.from, a.to) < std::tie(b.from, b.to);
    });
}

} // namespace regionmap
