#include "erroradvice.h"

namespace regionmap {

QString ErrorAdvice::nextStep(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Options:
        return tr("Check the settings of the steps on the left, then run again.");
    case ErrorKind::Input:
        return tr("Check the data files and the region catalog on the Sources and Regions "
                  "pages, then run again.");
    case ErrorKind::Database:
        return tr("Check the connection on the Database page (Test shows what the server "
                  "says), then run again.");
    case ErrorKind::Geolocation:
        return tr("Check the geolocation database or service on the Geolocation page, then "
                  "run again.");
    case ErrorKind::Credentials:
        return tr("Enter the password or token again on the Database or Geolocation page.");
    case ErrorKind::Cancelled:
        return {};
    case ErrorKind::Internal:
    case ErrorKind::Unclassified:
        break;
    }
    return tr("This is a bug in RegionMap. Please report it with the details below.");
}

QString ErrorAdvice::text(const Error &error)
{
    const QString next = nextStep(error.kind);
    return next.isEmpty() ? error.message : error.message + QLatin1Char(' ') + next;
}

} // namespace regionmap
