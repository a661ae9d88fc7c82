#pragma once

#include <QStringList>

namespace regionmap::cli {

class CliContext;

// `regionmap-cli geodb [--ipv4|--ipv6]`: where the offline geo databases were found.
int runGeoDbCommand(CliContext &ctx, const QStringList &arguments);

} // namespace regionmap::cli
