#pragma once

#include <QStringList>

namespace regionmap::cli {

class CliContext;

// `regionmap-cli run`: the ETL, headless.
int runRunCommand(CliContext &ctx, const QStringList &arguments);

} // namespace regionmap::cli
