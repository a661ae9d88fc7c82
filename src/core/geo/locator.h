#pragma once

#include "common/result.h"
#include "geosource.h"
#include "ipaddress.h"
#include "location.h"

#include <QString>

#include <vector>

namespace regionmap {

class Feedback;

// A geolocation provider: the offline database (MmdbLocator) or a web service.
class Locator
{
public:
    Locator() = default;
    Locator(const Locator &) = delete;
    Locator &operator=(const Locator &) = delete;
    virtual ~Locator();

    // The source of its locations: id (the rows' geo_source), provider, label, database build
    // and the credit it requires.
    virtual GeoSource source() const = 0;

    // Locates global addresses; out gets one Location per input, in order (out is resized).
    // Addresses that are not global get InvalidIp or PrivateOrReserved without a lookup.
    // A failed Status means the whole batch failed (out is then unspecified).
    virtual Status locate(const std::vector<IpAddress> &addresses, std::vector<Location> &out) = 0;

    // The run's feedback, for notes to the analyst and the cancel flag, set by the ETL job before
    // the first locate(). A locator that waits (a web service) stops waiting on cancel and
    // returns; the job then notices the cancel itself. The default ignores it.
    virtual void setFeedback(Feedback *feedback);

    // For the run record: HTTP requests sent (retries included) and retries. 0 offline.
    virtual int requestsSent() const { return 0; }
    // Whether locate() may be called from a thread other than the one that made the locator
    // (one thread at a time). The run then locates a chunk ahead on a thread of its own.
    virtual bool locatesOnAnyThread() const { return false; }
    virtual int requestRetries() const { return 0; }
};

} // namespace regionmap
