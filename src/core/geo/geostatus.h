#pragma once

#include <QLatin1String>

#include <optional>

namespace regionmap {

// Why a row has (or has no) location. Stored as text in the geo_status column.
enum class GeoStatus {
    Located, // coordinates found: the row gets a region
    InvalidIp, // the IP text does not parse
    PrivateOrReserved, // private, loopback, documentation, multicast, ...: never looked up
    NotFound, // a global address the provider has no record for
    LookupFailed, // the provider failed (network, quota, corrupt database)
    CountryOnly, // the provider knows the country but no coordinates
};

// "located", "invalid_ip", "private_or_reserved", "not_found", "lookup_failed", "country_only"
QLatin1String geoStatusName(GeoStatus status);

// The inverse of geoStatusName(); nullopt for an unknown name.
std::optional<GeoStatus> geoStatusFromName(QLatin1String name);

} // namespace regionmap
