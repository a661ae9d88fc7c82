#pragma once

#include "common/result.h"
#include "ipaddress.h"
#include "location.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringView>

#include <vector>

namespace regionmap {

// Reads ipinfo.io's answers. Pure functions: no network, no state.
//
// One address's record comes in one of these forms, all understood:
// - legacy (ipinfo.io/<ip>/json, POST /batch): "loc": "lat,lon", "country": "US", "city": ...
// - newer (the Core API): "geo": {"latitude": .., "longitude": .., "country_code": .., "city": ..}
// - country only (the free Lite plan): "country_code": "US", "country": "United States", no
//   coordinates: status CountryOnly, the country kept, no region.
// - "bogon": true: a reserved or unrouted address (status PrivateOrReserved).
// - an error entry ({"error": ...} or a plain string): status LookupFailed with its text.
// Nothing is guessed: unreadable coordinates give LookupFailed, a record without coordinates or
// country gives NotFound.
class IpinfoResponse
{
    Q_DECLARE_TR_FUNCTIONS(IpinfoResponse)

public:
    // One record, as found in a batch answer or as the whole body of a single lookup.
    static Location parseRecord(const QJsonValue &record);

    // The body of GET /<ip>/json. A body that is not JSON gives LookupFailed with the reason.
    static Location parseSingle(const QByteArray &body);

    // The body of POST /batch, an object keyed by the addresses as sent. out gets one Location per
    // entry of sent, in order. A key missing from the answer gives LookupFailed (counted in
    // *missing); keys that spell an address differently (e.g. expanded IPv6) still match. A body
    // that is not a JSON object is an error, and out is left untouched.
    static Status parseBatch(const QByteArray &body, const std::vector<IpAddress> &sent,
                             std::vector<Location> *out, int *missing = nullptr);

    // "lat,lon" (decimal degrees, optional spaces around each number); false for anything else
    // and for values out of range.
    static bool parseLoc(QStringView text, double *latitude, double *longitude);

    // A Retry-After header: delta-seconds or an HTTP-date (relative to now). -1 when absent or
    // unreadable; 0 for a date in the past.
    static qint64 retryAfterSeconds(const QByteArray &value, const QDateTime &now);

    // The message of an error body ({"error": {"title", "message"}}, {"error": "..."}), or the
    // start of a non-JSON body, on one line and at most 200 characters. Empty for an empty body.
    static QString errorText(const QByteArray &body);
};

} // namespace regionmap
