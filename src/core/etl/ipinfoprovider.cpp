#include "ipinfoprovider.h"

namespace regionmap {

IpinfoSettings ipinfoSettingsFor(const EtlOptions &options)
{
    IpinfoSettings s;
    s.baseUrl = options.ipinfoUrl;
    s.token = options.ipinfoToken;
    s.parallelRequests = options.ipinfoParallelRequests;
    s.maxRetries = options.ipinfoMaxRetries;
    s.timeoutMs = options.ipinfoTimeoutMs;
    s.maxBackoffMs = options.ipinfoMaxBackoffMs;
    s.initialBackoffMs = qMin(s.initialBackoffMs, s.maxBackoffMs);
    s.cacheMaxAgeDays = options.cacheMaxAgeDays;
    s.nameAddresses = options.privacy == PrivacyMode::Keep;
    return s;
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
