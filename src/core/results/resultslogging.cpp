#include "resultslogging.h"

Q_LOGGING_CATEGORY(lcResults, "regionmap.results", QtWarningMsg)
