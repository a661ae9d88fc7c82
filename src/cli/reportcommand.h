#pragma once

#include <QStringList>

namespace regionmap::cli {

class CliContext;

// `regionmap-cli report [--run ID | --table T] --out FILE.html|FILE.pdf`: the run report the
// results page exports (issue 22), drawn by the same widgets offscreen. Part of the executable,
// not of regionmap_cli_lib: it is the one command that needs Qt Widgets (main() makes a
// QApplication for it, on the offscreen platform when there is no display).
int runReportCommand(CliContext &ctx, const QStringList &arguments);

} // namespace regionmap::cli
