#include "geologging.h"

Q_LOGGING_CATEGORY(lcGeo, "regionmap.geo", QtWarningMsg)
Q_LOGGING_CATEGORY(lcIpinfo, "regionmap.geo.ipinfo", QtWarningMsg)
