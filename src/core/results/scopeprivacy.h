#pragma once

#include "common/mincount.h"
#include "common/result.h"
#include "results/resultscope.h"

#include <QCoreApplication>
#include <QStringList>

#include <libpq-fe.h>

namespace regionmap {

struct MapCells;
struct ScopeOverview;

// What the runs of a scope kept of the addresses, and the minimum count of what the results show
// and export (docs/privacy.md): places, map cells and aggregates of fewer rows are merged or
// withheld, and marked so. The scope's runs are those that still describe it (the run, or the
// table's runs since its last replace); the strictest count among them applies.
struct ScopePrivacy
{
    Q_DECLARE_TR_FUNCTIONS(regionmap::ScopePrivacy)

public:
    QStringList modes; // keep, truncate, hash, drop: each mode among the runs, sorted
    int minCount = 1;

    bool withholds() const { return minCount > 1; }
    // True for a count that must not be shown on its own: 0 < rows < minCount.
    bool isSmall(qint64 rows) const { return isSmall(rows, minCount); }
    static bool isSmall(qint64 rows, int minCount) { return mincount::isSmall(rows, minCount); }
    // "truncate; places and cells of fewer than 5 rows withheld", "keep".
    QString describe() const;
    // What a withheld count shows: the same for every one, so that the label does not tell a
    // count below the minimum from one withheld beside it (common/mincount.h).
    static QString withheldText();

    // Reads the runs' privacy (runs recorded before privacy modes kept their addresses, count 1).
    static Result<ScopePrivacy> read(PGconn *conn, const ResultScope &scope);
};

// Withholds the numbers of every region with fewer rows than the minimum count, and of the
// smallest regions beside them when those together hold fewer (common/mincount.h); their rows
// stay in the totals, RegionStat::withheld says so. A scope of fewer located rows than the
// minimum count also loses its overall numbers (ScopeOverview::totalsWithheld). Called by
// ResultsQueries::overview.
void withholdSmallRegions(ScopeOverview &overview);

// Takes the cells of fewer rows than minCount off the map (counted in withheldCells and
// withheldRows), and merges a shown cell's regions of fewer rows into its otherRegionRows. For
// the results' map and the planner's.
void withholdSmallCells(MapCells &cells, int minCount);

} // namespace regionmap
