#pragma once

#include <QLoggingCategory>

// The app module's log (regionmap.app); warnings and up by default. Turn on
// more with QT_LOGGING_RULES, e.g. QT_LOGGING_RULES="regionmap.app.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcApp)
