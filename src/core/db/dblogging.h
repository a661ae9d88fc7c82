#pragma once

#include <QLoggingCategory>

// The db module's log (regionmap.db); warnings and up by default. Turn on
// more with QT_LOGGING_RULES, e.g. QT_LOGGING_RULES="regionmap.db.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcDb)
