#include "etllogging.h"

Q_LOGGING_CATEGORY(lcEtl, "regionmap.etl", QtWarningMsg)
