#pragma once

#include "common/result.h"
#include "ipaddress.h"
#include "ipinfosettings.h"
#include "location.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <vector>

class QNetworkAccessManager;

namespace regionmap {

class Feedback;

// Talks to ipinfo.io over an injected QNetworkAccessManager: with a token, POST /batch with up to
// batchSize addresses per request; without one, GET /<ip>/json per address. parallelRequests
// requests are in flight at once.
//
// Faults: 429 waits for Retry-After (else exponential backoff with jitter) and pauses every new
// request until then; 5xx, timeouts and dropped connections are retried with backoff; each
// request at most maxRetries times. Malformed answers and addresses missing from a batch answer
// become LookupFailed with the reason; nothing is invented. The token goes only into the
// Authorization header, and is cut out of any text the server sends back before that text is
// shown anywhere.
//
// fetch() blocks in a local event loop: call it in a worker thread or the CLI, never in a GUI
// thread. The manager must live in the calling thread.
class IpinfoClient
{
    Q_DECLARE_TR_FUNCTIONS(IpinfoClient)

public:
    // Gets every address exactly once, with ipinfo.io's answer or LookupFailed and the reason.
    using AnswerSink = std::function<void(const IpAddress &ip, const Location &location)>;

    IpinfoClient(QNetworkAccessManager *manager, IpinfoSettings settings);
    ~IpinfoClient();
    IpinfoClient(const IpinfoClient &) = delete;
    IpinfoClient &operator=(const IpinfoClient &) = delete;

    // Checks the base URL: http or https with a host, no user info, query or fragment (a token
    // there would travel in the URL), and https unless the host is this machine when a token is
    // set. The error says what to change.
    static Status checkSettings(const IpinfoSettings &settings);

    // Looks up distinct global addresses; every one reaches sink before this returns OK.
    // feedback (may be null) gets notes on retries and failed requests, and is polled for cancel:
    // on cancel the unanswered addresses get LookupFailed at once and the call returns OK.
    // An error means the run cannot go on, and not every address reached the sink: the token was
    // refused (401/403), the quota is used up (429 after every retry, or a Retry-After longer
    // than maxRetryAfterSeconds), the service redirected elsewhere, or maxConsecutiveFailures
    // requests in a row failed even after their retries.
    Status fetch(const std::vector<IpAddress> &addresses, const AnswerSink &sink,
                 Feedback *feedback);

    bool isAuthenticated() const { return !m_settings.token.isEmpty(); }
    const IpinfoSettings &settings() const { return m_settings; }
    int requestsSent() const { return m_requestsSent; } // every HTTP request, retries included
    int requestRetries() const { return m_requestRetries; }

private:
    class Run;
    friend class Run;

    QNetworkAccessManager *m_manager;
    IpinfoSettings m_settings;
    int m_requestsSent = 0;
    int m_requestRetries = 0;
};

} // namespace regionmap
