#pragma once

#include "common/result.h"
#include "etl/etloptions.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

namespace regionmap {

class Feedback;

// What an ipinfo.io run of these files would cost, before it runs. In distinct addresses:
// distinctAddresses = privateOrReserved + cached + toSend.
struct IpinfoCostEstimate
{
    qint64 rows = 0; // records read (rejected records are not counted)
    qint64 invalidRows = 0; // rows whose IP text does not parse: never sent
    qint64 distinctAddresses = 0;
    qint64 privateOrReserved = 0; // classified locally: never sent
    qint64 cached = 0; // global, with an answer in ip_locations younger than cacheMaxAgeDays
    qint64 toSend = 0; // global, to be asked from ipinfo.io
    // HTTP requests the run will send when none needs a retry: with a token one POST /batch per
    // batchSize new addresses of each chunk of chunkRecords rows (as the run sends them),
    // without a token one GET per address.
    qint64 requests = 0;
    bool authenticated = false;
    int batchSize = 1000;
    int cacheMaxAgeDays = 30;

    // {"rows", "invalid_rows", "distinct_addresses", "private_or_reserved", "cached", "to_send",
    //  "requests", "authenticated", "batch_size", "cache_max_age_days"}
    QJsonObject toJson() const;
    // The estimate in a few sentences for the analyst, including the daily limit of the
    // unauthenticated endpoint when there is no token.
    QStringList describe() const;
};

// Reads the files as a run would (same dialect, same chunks), classifies every address locally,
// and asks the location cache on db which of the distinct global ones it knows. Sends nothing
// and writes nothing. Takes as long as reading the files once, so the GUI runs it off its
// thread (with a connection opened in that thread). feedback (may be null) gets the reading
// progress and is polled for cancel.
Result<IpinfoCostEstimate> estimateIpinfoCost(const EtlOptions &options, QSqlDatabase &db,
                                              Feedback *feedback = nullptr);

} // namespace regionmap
