#pragma once

#include <QStringList>

namespace regionmap::cli {

class CliContext;

// `regionmap-cli summary [--table T | --run ID] [--json]`: the region summary the results page
// shows, from the same core queries (ResultsQueries::overview), for scripts and for checking
// the numbers. Without --table and --run: the newest run that succeeded.
int runSummaryCommand(CliContext &ctx, const QStringList &arguments);

} // namespace regionmap::cli
