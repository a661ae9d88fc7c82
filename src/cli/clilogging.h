#pragma once

#include <QLoggingCategory>

// The cli module's log (regionmap.cli); warnings and up by default. Turn on
// more with QT_LOGGING_RULES, e.g. QT_LOGGING_RULES="regionmap.cli.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcCli)
