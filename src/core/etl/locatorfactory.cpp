#include "locatorfactory.h"

#include "common/paths.h"
#include "db/locationcache.h"
#include "etl/etloptions.h"
#include "etl/ipinfoprovider.h"
#include "geo/ipinfolocator.h"
#include "geo/mmdblocator.h"

namespace regionmap {

namespace {

struct LocatorFactoryText
{
    Q_DECLARE_TR_FUNCTIONS(regionmap::LocatorFactory)
};

Result<std::unique_ptr<Locator>> makeOffline(const EtlOptions &options)
{
    QString v4 = options.geoDatabase;
    QString v6 = options.geoDatabaseV6;
    if (v4.isEmpty())
        v4 = paths::defaultGeoDatabase(false);
    if (v6.isEmpty() && options.geoDatabase.isEmpty())
        v6 = paths::defaultGeoDatabase(true);
    if (v4.isEmpty()) {
        return Error(ErrorKind::Geolocation,
                     LocatorFactoryText::tr(
                         "No offline geolocation database was found (looked in %1). Fetch DB-IP "
                         "Lite City with scripts/setup, or choose a .mmdb file.")
                         .arg(paths::geoDatabaseDirs().join(QStringLiteral(", "))));
    }
    Result<std::unique_ptr<MmdbLocator>> opened = MmdbLocator::open(v4, v6);
    if (!opened)
        return opened.error().orKind(ErrorKind::Geolocation);
    return std::unique_ptr<Locator>(std::move(opened.value()));
}

} // namespace

Result<std::unique_ptr<Locator>> makeLocator(const EtlOptions &options)
{
    if (options.provider == GeoProviderKind::Offline)
        return makeOffline(options);
    // The cache keeps addresses: a run that does not keep them neither reads nor writes it.
    std::unique_ptr<LocationCache> cache;
    if (options.privacy == PrivacyMode::Keep)
        cache = std::make_unique<LocationCache>(options.connection, QStringLiteral("ipinfo"));
    return std::unique_ptr<Locator>(
        std::make_unique<IpinfoLocator>(nullptr, ipinfoSettingsFor(options), std::move(cache)));
}

} // namespace regionmap
