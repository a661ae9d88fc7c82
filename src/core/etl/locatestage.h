#pragma once

#include "common/result.h"

#include <QCoreApplication>

namespace regionmap {

class IpAddress;
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

    // A second opinion for a random sample of rows only: each row is asked about with this
    // probability (decided by a hash of its address, so reruns pick the same ones), and no more
    // than `limit` rows in all. Without it every row is asked.
    void setSample(double probability, qint64 limit);
    qint64 sampledRows() const { return m_sampled; }

    // A failed Status (a geolocation error) means the whole batch could not be located.
    Status process(RowBatch &batch);

private:
    Status processSecond(RowBatch &batch);

    bool sampled(const IpAddress &ip) const;

    Locator &m_locator;
    Kind m_kind;
    double m_probability = 1.0;
    qint64 m_limit = -1; // -1: no limit
    qint64 m_sampled = 0;
};

} // namespace regionmap
