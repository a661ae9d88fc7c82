#pragma once

#include <QLoggingCategory>

// The secrets module's log (regionmap.secrets); warnings and up by default. Turn on
// more with QT_LOGGING_RULES, e.g. QT_LOGGING_RULES="regionmap.secrets.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
