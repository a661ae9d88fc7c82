#pragma once

#include <QLoggingCategory>

// The csv module's log (regionmap.csv); warnings and up by default. Turn on
// more with QT_LOGGING_RULES, e.g. QT_LOGGING_RULES="regionmap.csv.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcCsv)
