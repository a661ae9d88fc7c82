#include "ipinfoprovider.h"

#include "db/locationcache.h"
#include "geo/ipinfoclient.h"
#include "geo/ipinfolocator.h"

namespace regionmap {

IpinfoSettings ipinfoSettingsFor(const EtlOptions &options)
{
    IpinfoSettings s;
    s.baseUrl = options.ipinfoUrl;
    s.token = options.ipinfoToken;
    s.parallelRequests
        = qBound(1, options.ipinfoParallelRequests, IpinfoSettings::kMaxParallelRequests);
    s.maxRetries = qMax(0, options.ipinfoMaxRetries);
    s.timeoutMs = qMax(1, options.ipinfoTimeoutMs);
    s.maxBackoffMs = qMax(1, options.ipinfoMaxBackoffMs);
    s.initialBackoffMs = qMin(s.initialBackoffMs, s.maxBackoffMs);
    s.cacheMaxAgeDays = qMax(0, options.cacheMaxAgeDays);
    return s;
}

Result<std::unique_ptr<Locator>> createIpinfoLocator(const EtlOptions &options,
                                                     QNetworkAccessManager *manager)
{
    const IpinfoSettings settings = ipinfoSettingsFor(options);
    if (Status st = IpinfoClient::checkSettings(settings); !st)
        return st.error();
    auto cache = std::make_unique<LocationCache>(options.connection, QStringLiteral("ipinfo"));
    std::unique_ptr<Locator> locator
        = std::make_unique<IpinfoLocator>(manager, settings, std::move(cache));
    return locator;
}

QJsonObject ipinfoRunSettings(const EtlOptions &options)
{
    const IpinfoSettings s = ipinfoSettingsFor(options);
    return QJsonObject {
        {QStringLiteral("url"), s.baseUrl.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery
                                                          | QUrl::RemoveFragment)},
        {QStringLiteral("authenticated"), !s.token.isEmpty()},
        {QStringLiteral("parallel_requests"), s.parallelRequests},
        {QStringLiteral("batch_size"), s.token.isEmpty() ? 1 : s.batchSize},
        {QStringLiteral("max_retries"), s.maxRetries},
        {QStringLiteral("timeout_ms"), s.timeoutMs},
        {QStringLiteral("cache_max_age_days"), s.cacheMaxAgeDays},
    };
}

} // namespace regionmap
