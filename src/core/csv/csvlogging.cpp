#include "csvlogging.h"

Q_LOGGING_CATEGORY(lcCsv, "regionmap.csv", QtWarningMsg)
