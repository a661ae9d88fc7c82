#pragma once

#include <QLoggingCategory>

// One category per module (regionmap.<module>). Messages for the analyst go through the
// feedback object, not the log, and secrets reach neither.
Q_DECLARE_LOGGING_CATEGORY(lcCsv)
Q_DECLARE_LOGGING_CATEGORY(lcGeo)
Q_DECLARE_LOGGING_CATEGORY(lcDb)
Q_DECLARE_LOGGING_CATEGORY(lcEtl)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
Q_DECLARE_LOGGING_CATEGORY(lcIpinfo)
