#pragma once

#include <QStringList>

namespace regionmap::cli {

class CliContext;

// `regionmap-cli catalog list` and `catalog show NAME [--csv]`: the built-in region catalogs.
int runCatalogCommand(CliContext &ctx, const QStringList &arguments);

} // namespace regionmap::cli
