#include "secretslogging.h"

Q_LOGGING_CATEGORY(lcSecrets, "regionmap.secrets", QtWarningMsg)
