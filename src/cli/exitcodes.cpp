#include "exitcodes.h"

namespace regionmap::cli {

ExitCode exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Options:
        return ExitUsage;
    case ErrorKind::Input:
        return ExitInput;
    case ErrorKind::Database:
        return ExitDatabase;
    case ErrorKind::Geolocation:
        return ExitGeolocation;
    case ErrorKind::Credentials:
        return ExitCredentials;
    case ErrorKind::Cancelled:
        return ExitCancelled;
    case ErrorKind::Internal:
    case ErrorKind::Unclassified:
        break;
    }
    return ExitInternal;
}

} // namespace regionmap::cli
