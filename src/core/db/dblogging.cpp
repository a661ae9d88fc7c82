#include "dblogging.h"

Q_LOGGING_CATEGORY(lcDb, "regionmap.db", QtWarningMsg)
