#include "geostatus.h"

namespace regionmap {

namespace {
constexpr GeoStatus allStatuses[]
    = {GeoStatus::Located,  GeoStatus::InvalidIp,    GeoStatus::PrivateOrReserved,
       GeoStatus::NotFound, GeoStatus::LookupFailed, GeoStatus::CountryOnly};
} // namespace

QLatin1String geoStatusName(GeoStatus status)
{
    switch (status) {
    case GeoStatus::Located:
        return QLatin1String("located");
    case GeoStatus::InvalidIp:
        return QLatin1String("invalid_ip");
    case GeoStatus::PrivateOrReserved:
        return QLatin1String("private_or_reserved");
    case GeoStatus::NotFound:
        return QLatin1String("not_found");
    case GeoStatus::LookupFailed:
        return QLatin1String("lookup_failed");
    case GeoStatus::CountryOnly:
        return QLatin1String("country_only");
    }
    return QLatin1String("lookup_failed");
}

std::optional<GeoStatus> geoStatusFromName(QLatin1String name)
{
    for (GeoStatus s : allStatuses) {
        if (geoStatusName(s) == name)
            return s;
    }
    return std::nullopt;
}

} // namespace regionmap
