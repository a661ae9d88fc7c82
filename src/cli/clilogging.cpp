#include "clilogging.h"

Q_LOGGING_CATEGORY(lcCli, "regionmap.cli", QtWarningMsg)
