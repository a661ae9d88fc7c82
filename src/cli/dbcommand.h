#pragma once

#include <QStringList>

namespace regionmap::cli {

class CliContext;

// `regionmap-cli db start|stop|status|uri`: the managed local database.
int runDbCommand(CliContext &ctx, const QStringList &arguments);

} // namespace regionmap::cli
