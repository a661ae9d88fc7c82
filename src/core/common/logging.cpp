#include "logging.h"

Q_LOGGING_CATEGORY(lcCsv, "regionmap.csv", QtWarningMsg)
Q_LOGGING_CATEGORY(lcGeo, "regionmap.geo", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDb, "regionmap.db", QtWarningMsg)
Q_LOGGING_CATEGORY(lcEtl, "regionmap.etl", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSecrets, "regionmap.secrets", QtWarningMsg)
Q_LOGGING_CATEGORY(lcIpinfo, "regionmap.ipinfo", QtWarningMsg)
