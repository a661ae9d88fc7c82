#pragma once

#include <QLoggingCategory>

// The etl module's log (regionmap.etl); warnings and up by default. Turn on
// more with QT_LOGGING_RULES, e.g. QT_LOGGING_RULES="regionmap.etl.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcEtl)
