#pragma once

#include <QString>
#include <QUrl>

namespace regionmap {

// How the ipinfo.io client talks to the service. The defaults suit the real API; tests shorten the
// waits. The token is a secret: it is only ever put into the Authorization header.
struct IpinfoSettings
{
    static constexpr int kMaxBatchSize = 1000; // ipinfo.io's limit per POST /batch
    static constexpr int kMaxParallelRequests = 6; // QNetworkAccessManager's connections per host

    QUrl baseUrl = QUrl(QStringLiteral("https://ipinfo.io"));
    QString token; // empty: the unauthenticated single-lookup endpoint (GET /<ip>/json)
    int parallelRequests = 4; // requests in flight at once, 1..kMaxParallelRequests
    int batchSize = kMaxBatchSize; // addresses per POST /batch, 1..kMaxBatchSize
    int maxRetries = 4; // per request, after 429, 5xx, timeouts and dropped connections
    int timeoutMs = 30000; // a request that transfers nothing for this long is retried
    int initialBackoffMs = 1000; // first wait without Retry-After; doubles per retry, with jitter
    int maxBackoffMs = 60000; // longest wait without Retry-After
    // The longest Retry-After that is waited for. A longer one means the quota is used up.
    int maxRetryAfterSeconds = 300;
    // After this many requests in a row that failed even after their retries, the service is
    // taken to be unreachable and the run stops.
    int maxConsecutiveFailures = 3;
    int cacheMaxAgeDays = 30; // cached answers older than this are asked again; 0: cache not read
    // False: no message, log line or stored reason names an address (a run that does not keep
    // its addresses, docs/privacy.md); the addresses still go to ipinfo.io, which locates them.
    bool nameAddresses = true;
};

} // namespace regionmap
