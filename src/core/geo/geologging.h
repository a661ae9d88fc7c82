#pragma once

#include <QLoggingCategory>

// The geo module's log (regionmap.geo, regionmap.geo.ipinfo); warnings and up by default. Turn on
// more with QT_LOGGING_RULES, e.g. QT_LOGGING_RULES="regionmap.geo.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcGeo)
Q_DECLARE_LOGGING_CATEGORY(lcIpinfo)
