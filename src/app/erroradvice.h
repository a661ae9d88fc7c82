#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace regionmap {

// The one place where the kind of an error becomes the app's next step for the analyst.
class ErrorAdvice
{
    Q_DECLARE_TR_FUNCTIONS(ErrorAdvice)

public:
    // A sentence on what to do next; empty when the message says it all (a cancel).
    static QString nextStep(ErrorKind kind);
    // The message followed by the next step, for a banner. Details stay apart.
    static QString text(const Error &error);
};

} // namespace regionmap
