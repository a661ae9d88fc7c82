#pragma once

#include "common/result.h"

#include <QCoreApplication>

namespace regionmap {

class Locator;
struct RowBatch;

// The stage after the validator: asks the locator about the global addresses of the accepted
// rows, and only those, then gives each of those rows the locator's status. A second stage of
// the kind SecondOpinion asks its locator about the same addresses (the same classification,
// the same rows) and keeps the answers apart (RowBatch::altLocations), leaving the statuses.
class LocateStage
{
    Q_DECLARE_TR_FUNCTIONS(LocateStage)

public:
    enum class Kind { Primary, SecondOpinion };

    explicit LocateStage(Locator &locator, Kind kind = Kind::Primary)
        : m_locator(locator)
        , m_kind(kind)
    { }

    // A failed Status (a geolocation error) means the whole batch could not be located.
    Status process(RowBatch &batch);

private:
    Status processSecond(RowBatch &batch);

    Locator &m_locator;
    Kind m_kind;
};

} // namespace regionmap
