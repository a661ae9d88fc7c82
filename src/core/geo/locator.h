#pragma once

#include "common/result.h"
#include "ipaddress.h"
#include "location.h"

#include <QString>

#include <vector>

namespace regionmap {

// A geolocation provider: the offline database (MmdbLocator) or a web service.
class Locator
{
public:
    Locator() = default;
    Locator(const Locator &) = delete;
    Locator &operator=(const Locator &) = delete;
    virtual ~Locator();

    // "offline" or "ipinfo".
    virtual QString providerName() const = 0;
    // For the run record: database type and build date(s), or the service and its API.
    virtual QString databaseDescription() const = 0;

    // Locates global addresses; out gets one Location per input, in order (out is resized).
    // Addresses that are not global get InvalidIp or PrivateOrReserved without a lookup.
    // A failed Status means the whole batch failed (out is then unspecified).
    virtual Status locate(const std::vector<IpAddress> &addresses, std::vector<Location> &out) = 0;
};

} // namespace regionmap
