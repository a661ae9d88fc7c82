#pragma once

#include "common/result.h"
#include "geostatus.h"
#include "ipaddress.h"
#include "location.h"

#include <functional>
#include <utility>
#include <vector>

namespace regionmap {

// Where an online locator keeps the answers it paid for, so that a re-run spends no quota twice.
// The geo module only knows this interface; the database's LocationCache (db/locationcache.h)
// implements it, and the ETL layer hands one to the locator (etl/locatorfactory.cpp).
class LocationStore
{
public:
    using Visitor = std::function<void(const IpAddress &ip, const Location &location)>;

    LocationStore() = default;
    LocationStore(const LocationStore &) = delete;
    LocationStore &operator=(const LocationStore &) = delete;
    virtual ~LocationStore() = default;

    // found gets each address whose answer is younger than maxAgeDays (<= 0: none).
    virtual Status lookup(const std::vector<IpAddress> &addresses, int maxAgeDays,
                          const Visitor &found)
        = 0;
    // Keeps the answers whose status is worth keeping (see keeps()).
    virtual Status store(const std::vector<std::pair<IpAddress, Location>> &answers) = 0;

    // Located, country-only, not-found and private answers are kept; a failed lookup is not.
    static bool keeps(GeoStatus status)
    {
        return status != GeoStatus::InvalidIp && status != GeoStatus::LookupFailed;
    }
};

} // namespace regionmap
