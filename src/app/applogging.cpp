#include "applogging.h"

Q_LOGGING_CATEGORY(lcApp, "regionmap.app", QtWarningMsg)
