#pragma once

#include "common/result.h"

namespace regionmap::cli {

// regionmap-cli's exit codes; scripts and schedulers rely on them.
enum ExitCode : int {
    ExitOk = 0,
    ExitUsage = 1,
    ExitInput = 2,
    ExitDatabase = 3,
    ExitGeolocation = 4,
    ExitCredentials = 5,
    ExitInternal = 70, // EX_SOFTWARE: a bug, please report it
    ExitCancelled = 130,
};

// The one place where the kind of an error becomes an exit code.
ExitCode exitCodeFor(ErrorKind kind);

} // namespace regionmap::cli
