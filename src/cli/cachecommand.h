#pragma once

#include <QStringList>

namespace regionmap::cli {

class CliContext;

// `regionmap-cli cache clear|status [--db URI]`: the location cache (ip_locations), where the
// answers of ipinfo.io are kept so that a re-run spends no quota twice.
int runCacheCommand(CliContext &ctx, const QStringList &arguments);

} // namespace regionmap::cli
