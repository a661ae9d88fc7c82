#pragma once

namespace regionmap::cli {

// regionmap-cli's exit codes; scripts and schedulers rely on them.
enum ExitCode : int {
    ExitOk = 0,
    ExitUsage = 1,
    ExitInput = 2,
    ExitDatabase = 3,
    ExitGeolocation = 4,
    ExitCancelled = 130,
};

} // namespace regionmap::cli
