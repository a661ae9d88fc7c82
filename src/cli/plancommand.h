#pragma once

#include <QStringList>

namespace regionmap::cli {

class CliContext;

// `regionmap-cli plan [--table T | --run ID] [--catalog LIST] (--regions LIST | --k N)
// [--objective mean|p95|within:MS] [--must LIST] [--exclude LIST] [--json]`: the region planner
// (docs/planner.md) on a loaded run: what-if for a set of regions, or the best 1..N regions.
int runPlanCommand(CliContext &ctx, const QStringList &arguments);

} // namespace regionmap::cli
