#pragma once

#include "common/result.h"

#include <QCoreApplication>

namespace regionmap {

class Locator;
struct RowBatch;

// The stage after the validator: asks the locator about the global addresses of the accepted
// rows, and only those, then gives each of those rows the locator's status.
class LocateStage
{
    Q_DECLARE_TR_FUNCTIONS(LocateStage)

public:
    explicit LocateStage(Locator &locator)
        : m_locator(locator)
    { }

    // A failed Status (a geolocation error) means the whole batch could not be located.
    Status process(RowBatch &batch);

private:
    Locator &m_locator;
};

} // namespace regionmap
