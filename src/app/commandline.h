#pragma once

#include <QCoreApplication>

class QCommandLineParser;

namespace regionmap {

class MainWindow;

// The desktop app's own command-line options, hidden from --help: they drive the window for
// screenshots and demos (scripts/screenshots).
//
//   --page sources|regions|database|geolocation|run|results   show that step
//   --run-sample-and-wait     load the bundled sample, press Run, wait for the end
//   --screenshot FILE         save a picture of the window once the above is done, then exit
//   --window-size WxH         resize the window first (e.g. 1280x800)
//   --palette light|dark      a light or dark palette instead of the system's
//
// Positional arguments (CSV files) are added to the Sources page.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    static void addOptions(QCommandLineParser &parser);
    // Acts on the options once the window exists (call after show()).
    static void apply(const QCommandLineParser &parser, MainWindow &window);
};

} // namespace regionmap
