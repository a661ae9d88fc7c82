#pragma once

#include <QLoggingCategory>

// The results module's log (regionmap.results); warnings and up by default. Turn on
// more with QT_LOGGING_RULES, e.g. QT_LOGGING_RULES="regionmap.results.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcResults)
