#include "ipinfoclient.h"

#include "common/feedback.h"
#include "geo/addresstext.h"
#include "geo/geologging.h"
#include "ipinforesponse.h"

#include <regionmap/version.h>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>

#include <deque>
#include <optional>

namespace regionmap {

namespace {

constexpr int kCancelPollMs = 50;

bool isLocalHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', ms < 10000 ? 1 : 0);
}

} // namespace

// The state of one fetch(): the queue, the requests in flight and the local event loop.
class IpinfoClient::Run
{
public:
    Run(IpinfoClient &client, const AnswerSink &sink, Feedback *feedback)
        : c(client)
        , s(client.m_settings)
        , m_sink(sink)
        , m_feedback(feedback)
    {
        m_wake.setSingleShot(true);
        QObject::connect(&m_wake, &QTimer::timeout, &m_context, [this] { pump(); });
        m_cancelPoll.setInterval(kCancelPollMs);
        QObject::connect(&m_cancelPoll, &QTimer::timeout, &m_context, [this] {
            if (m_feedback && m_feedback->isCanceled())
                cancel();
        });
        m_parallel = qBound(1, s.parallelRequests, IpinfoSettings::kMaxParallelRequests);
        m_batchSize = qBound(1, s.batchSize, IpinfoSettings::kMaxBatchSize);
        QString path = s.baseUrl.path();
        while (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        m_basePath = path;
    }

    ~Run() { abortAll(); }

    Status exec(const std::vector<IpAddress> &addresses)
    {
        const bool batch = c.isAuthenticated();
        const size_t per = batch ? size_t(m_batchSize) : 1;
        for (size_t i = 0; i < addresses.size(); i += per) {
            Job job;
            job.ips.assign(addresses.begin() + qsizetype(i),
                           addresses.begin() + qsizetype(qMin(addresses.size(), i + per)));
            m_pending.push_back(std::move(job));
        }
        if (m_feedback && m_feedback->isCanceled()) {
            cancel();
            return {};
        }
        m_clock.start();
        m_cancelPoll.start();
        pump();
        if (!m_finished)
            m_loop.exec();
        m_cancelPoll.stop();
        m_wake.stop();
        if (m_fatal)
            return *m_fatal;
        return {};
    }

private:
    struct Job
    {
        std::vector<IpAddress> ips;
        int attempt = 0; // retries so far
        qint64 readyAt = 0; // ms on m_clock
    };

    QUrl endpoint(const QString &suffix) const
    {
        QUrl url = s.baseUrl;
        url.setPath(m_basePath + suffix);
        return url;
    }

    QNetworkRequest request(const QUrl &url) const
    {
        QNetworkRequest r(url);
        r.setRawHeader("Accept", "application/json");
        r.setHeader(QNetworkRequest::UserAgentHeader,
                    QByteArrayLiteral("RegionMap/" REGIONMAP_VERSION_STRING));
        if (c.isAuthenticated())
            r.setRawHeader("Authorization", "Bearer " + s.token.toUtf8());
        // A redirect could carry the Authorization header elsewhere: never follow one.
        r.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                       QNetworkRequest::ManualRedirectPolicy);
        r.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        r.setTransferTimeout(qMax(1, s.timeoutMs));
        return r;
    }

    QString describe(const Job &job) const
    {
        if (c.isAuthenticated())
            return IpinfoClient::tr("a batch of %n address(es)", nullptr, int(job.ips.size()));
        if (!s.nameAddresses)
            return IpinfoClient::tr("the lookup of one address");
        return IpinfoClient::tr("the lookup of %1")
            .arg(QString::fromLatin1(job.ips.front().toText()));
    }

    // Without the token, and without addresses when they are not to be named (a URL in an
    // error text names the address of a single lookup).
    QString redact(QString text) const
    {
        if (!s.token.isEmpty())
            text.replace(s.token, QStringLiteral("[token]"));
        if (!s.nameAddresses) {
            // A text cut short ends in "…", maybe just after the start of an address.
            const bool cut = text.endsWith(QChar(0x2026));
            if (cut)
                text.chop(1);
            text = QString::fromUtf8(replaceAddresses(
                QByteArrayView(text.toUtf8()), [](auto) { return QByteArrayLiteral("[address]"); },
                cut));
            if (cut)
                text += QChar(0x2026);
        }
        return text;
    }

    void note(MessageLevel level, const QString &text)
    {
        qCDebug(lcIpinfo).noquote() << text;
        if (m_feedback)
            m_feedback->message(level, text);
    }

    qint64 backoffMs(int attempt) const
    {
        const qint64 cap = qMax(1, s.maxBackoffMs);
        qint64 base = qMax(1, s.initialBackoffMs);
        for (int i = 1; i < attempt && base < cap; ++i)
            base *= 2;
        base = qMin(base, cap);
        // Jitter: somewhere in [base/2, base], so parallel clients do not retry in step.
        return base / 2 + qint64(QRandomGenerator::global()->bounded(quint32(base / 2 + 1)));
    }

    void pump()
    {
        if (m_finished)
            return;
        const qint64 now = m_clock.elapsed();
        for (auto it = m_pending.begin(); it != m_pending.end() && m_flights.size() < m_parallel;) {
            if (qMax(it->readyAt, m_notBefore) <= now) {
                Job job = std::move(*it);
                it = m_pending.erase(it);
                start(std::move(job));
            } else {
                ++it;
            }
        }
        if (m_pending.empty() && m_flights.isEmpty()) {
            m_finished = true;
            m_loop.quit();
            return;
        }
        if (!m_pending.empty() && m_flights.size() < m_parallel) {
            qint64 earliest = -1;
            for (const Job &job : m_pending) {
                const qint64 ready = qMax(job.readyAt, m_notBefore);
                if (earliest < 0 || ready < earliest)
                    earliest = ready;
            }
            m_wake.start(int(qBound(qint64(0), earliest - now, qint64(24) * 3600 * 1000)));
        }
    }

    void start(Job job)
    {
        QNetworkReply *reply = nullptr;
        if (c.isAuthenticated()) {
            QByteArray body;
            body.reserve(qsizetype(job.ips.size()) * 18 + 2);
            body += '[';
            char text[IpAddress::MaxTextLength];
            for (size_t i = 0; i < job.ips.size(); ++i) {
                if (i > 0)
                    body += ',';
                body += '"';
                body.append(text, job.ips[i].format(text));
                body += '"';
            }
            body += ']';
            QNetworkRequest r = request(endpoint(QStringLiteral("/batch")));
            r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            reply = c.m_manager->post(r, body);
        } else {
            const QString ip = QString::fromLatin1(job.ips.front().toText());
            reply = c.m_manager->get(
                request(endpoint(QLatin1Char('/') + ip + QStringLiteral("/json"))));
        }
        ++c.m_requestsSent;
        m_flights.insert(reply, std::move(job));
        QObject::connect(reply, &QNetworkReply::finished, &m_context,
                         [this, reply] { onFinished(reply); });
    }

    void onFinished(QNetworkReply *reply)
    {
        auto it = m_flights.find(reply);
        if (it == m_flights.end())
            return;
        Job job = std::move(it.value());
        m_flights.erase(it);
        reply->deleteLater();
        if (m_finished)
            return;

        const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QNetworkReply::NetworkError error = reply->error();
        const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
        const QString serverText = redact(IpinfoResponse::errorText(body));
        const QString reasonPhrase
            = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        QString status
            = serverText.isEmpty()
                  ? QStringLiteral("HTTP %1 %2").arg(http).arg(reasonPhrase)
                  : QStringLiteral("HTTP %1 %2: %3").arg(http).arg(reasonPhrase, serverText);
        status = status.trimmed();
        while (status.endsWith(QLatin1Char('.')))
            status.chop(1);

        if (http >= 200 && http < 300 && error == QNetworkReply::NoError) {
            m_consecutiveFailures = 0;
            answer(job, body);
        } else if (http == 401 || http == 403) {
            stop(authError(status));
        } else if (http == 429 || http >= 500) {
            const qint64 retryAfter = IpinfoResponse::retryAfterSeconds(
                reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
            if (retryAfter > s.maxRetryAfterSeconds) {
                stop(Error(IpinfoClient::tr("ipinfo.io asks to wait %1 s before the next request "
                                            "(%2). The quota is probably used up; run again "
                                            "once it is renewed.")
                               .arg(retryAfter)
                               .arg(status)));
                return;
            }
            const qint64 delay = retryAfter >= 0 ? retryAfter * 1000 : backoffMs(job.attempt + 1);
            retry(std::move(job), delay, status, http == 429);
        } else if (http >= 300 && http < 400) {
            const QUrl target
                = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
            stop(Error(IpinfoClient::tr("ipinfo.io at %1 redirects to %2, which RegionMap does "
                                        "not follow (the token would go along). Set that "
                                        "address as the ipinfo.io URL.")
                           .arg(s.baseUrl.toDisplayString(),
                                redact(target.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery)
                                           .toDisplayString()))));
        } else if (http >= 400) {
            fail(job, IpinfoClient::tr("ipinfo.io refused %1 (%2).").arg(describe(job), status));
        } else if (error == QNetworkReply::SslHandshakeFailedError
                   || error == QNetworkReply::ProtocolUnknownError) {
            stop(Error(IpinfoClient::tr("Could not talk to ipinfo.io at %1.")
                           .arg(s.baseUrl.toDisplayString()),
                       redact(reply->errorString())));
        } else if (error == QNetworkReply::OperationCanceledError
                   || error == QNetworkReply::TimeoutError) {
            const qint64 delay = backoffMs(job.attempt + 1);
            retry(std::move(job), delay,
                  IpinfoClient::tr("no answer within %1 s").arg(seconds(s.timeoutMs)), false);
        } else if (error != QNetworkReply::NoError) {
            const qint64 delay = backoffMs(job.attempt + 1);
            retry(std::move(job), delay, redact(reply->errorString()), false);
        } else {
            fail(job, IpinfoClient::tr("ipinfo.io gave an unexpected answer to %1 (HTTP %2).")
                          .arg(describe(job))
                          .arg(http));
        }
        pump();
    }

    void answer(const Job &job, const QByteArray &body)
    {
        if (!c.isAuthenticated()) {
            Location loc = IpinfoResponse::parseSingle(body);
            if (loc.status == GeoStatus::LookupFailed) {
                loc.reason = redact(loc.reason);
                note(MessageLevel::Warning,
                     IpinfoClient::tr("ipinfo.io: %1 failed: %2 The address is marked "
                                      "lookup_failed.")
                         .arg(describe(job), loc.reason));
            }
            m_sink(job.ips.front(), loc);
            return;
        }
        std::vector<Location> located;
        int missing = 0;
        const Status parsed = IpinfoResponse::parseBatch(body, job.ips, &located, &missing);
        if (!parsed) {
            fail(job, redact(parsed.error().message));
            return;
        }
        for (size_t i = 0; i < job.ips.size(); ++i) {
            if (located[i].status == GeoStatus::LookupFailed)
                located[i].reason = redact(located[i].reason);
            m_sink(job.ips[i], located[i]);
        }
        if (missing > 0)
            note(MessageLevel::Warning,
                 IpinfoClient::tr("ipinfo.io's answer to %1 left out %2; they are marked "
                                  "lookup_failed.")
                     .arg(describe(job), IpinfoClient::tr("%n address(es)", nullptr, missing)));
    }

    void retry(Job job, qint64 delayMs, const QString &problem, bool rateLimited)
    {
        if (job.attempt >= s.maxRetries) {
            if (rateLimited) {
                stop(Error(IpinfoClient::tr("ipinfo.io still refuses requests after %n "
                                            "retry(ies) (%1). The quota is probably used up "
                                            "(without a token it is about 1,000 requests a day "
                                            "per IP address); run again once it is renewed.",
                                            nullptr, job.attempt)
                               .arg(problem)));
                return;
            }
            fail(job, IpinfoClient::tr("ipinfo.io did not answer %1 after %n attempt(s) (%2).",
                                       nullptr, job.attempt + 1)
                          .arg(describe(job), problem));
            if (++m_consecutiveFailures >= qMax(1, s.maxConsecutiveFailures)) {
                stop(Error(IpinfoClient::tr("ipinfo.io at %1 cannot be reached: %n request(s) in "
                                            "a row failed even after their retries (last: %2). "
                                            "Check the network and the ipinfo.io URL.",
                                            nullptr, m_consecutiveFailures)
                               .arg(s.baseUrl.toDisplayString(), problem)));
            }
            return;
        }
        ++job.attempt;
        ++c.m_requestRetries;
        job.readyAt = m_clock.elapsed() + delayMs;
        if (rateLimited)
            m_notBefore = qMax(m_notBefore, job.readyAt);
        note(MessageLevel::Info, IpinfoClient::tr("ipinfo.io: %1 (%2); retry %3 of %4 in %5 s.")
                                     .arg(describe(job), problem)
                                     .arg(job.attempt)
                                     .arg(s.maxRetries)
                                     .arg(seconds(delayMs)));
        m_pending.push_front(std::move(job));
    }

    void fail(const Job &job, const QString &reason, bool quiet = false)
    {
        Location loc;
        loc.status = GeoStatus::LookupFailed;
        loc.reason = reason;
        for (const IpAddress &ip : job.ips)
            m_sink(ip, loc);
        if (!quiet)
            note(MessageLevel::Warning, IpinfoClient::tr("%1 %n address(es) marked lookup_failed.",
                                                         nullptr, int(job.ips.size()))
                                            .arg(reason));
    }

    Error authError(const QString &status) const
    {
        const QString what
            = c.isAuthenticated()
                  ? IpinfoClient::tr("ipinfo.io refused the token (%1).").arg(status)
                  : IpinfoClient::tr("ipinfo.io refused a request without a token (%1).")
                        .arg(status);
        return Error(what + QLatin1Char(' ')
                     + IpinfoClient::tr("Check the ipinfo.io token: store a valid one in the "
                                        "keychain (regionmap-cli secrets set ipinfo-token, or "
                                        "the Geolocation page), or give it in IPINFO_TOKEN or "
                                        "a token file."));
    }

    void stop(Error error)
    {
        m_fatal = std::move(error);
        m_finished = true;
        abortAll();
        m_loop.quit();
    }

    void cancel()
    {
        const QString reason = IpinfoClient::tr("The run was cancelled before ipinfo.io answered.");
        for (const Job &job : m_pending)
            fail(job, reason, true);
        for (auto it = m_flights.cbegin(); it != m_flights.cend(); ++it)
            fail(it.value(), reason, true);
        m_finished = true;
        abortAll();
        m_loop.quit();
    }

    void abortAll()
    {
        m_wake.stop();
        const QList<QNetworkReply *> replies = m_flights.keys();
        m_flights.clear();
        m_pending.clear();
        for (QNetworkReply *reply : replies) {
            QObject::disconnect(reply, nullptr, &m_context, nullptr);
            if (reply->isRunning())
                reply->abort();
            reply->deleteLater();
        }
    }

    IpinfoClient &c;
    const IpinfoSettings &s;
    const AnswerSink &m_sink;
    Feedback *m_feedback;
    int m_parallel = 1;
    int m_batchSize = IpinfoSettings::kMaxBatchSize;
    QString m_basePath;

    QObject m_context; // owns every connection of this run
    QEventLoop m_loop;
    QTimer m_wake;
    QTimer m_cancelPoll;
    QElapsedTimer m_clock;
    std::deque<Job> m_pending;
    QHash<QNetworkReply *, Job> m_flights;
    qint64 m_notBefore = 0; // after a 429, no request starts before this
    int m_consecutiveFailures = 0;
    std::optional<Error> m_fatal;
    bool m_finished = false;
};

IpinfoClient::IpinfoClient(QNetworkAccessManager *manager, IpinfoSettings settings)
    : m_manager(manager)
    , m_settings(std::move(settings))
{ }

IpinfoClient::~IpinfoClient() = default;

Status IpinfoClient::checkSettings(const IpinfoSettings &settings)
{
    const QUrl &url = settings.baseUrl;
    const QString shown = url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return Error(tr("The ipinfo.io URL \"%1\" is not an http or https address with a host, "
                        "such as https://ipinfo.io.")
                         .arg(shown));
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return Error(tr("The ipinfo.io URL %1 must not carry a user name, a query or a fragment: "
                        "the token is never put into a URL. Give the token through the keychain, "
                        "IPINFO_TOKEN or a token file.")
                         .arg(shown));
    for (const QChar ch : settings.token) {
        // It goes into an HTTP header as it is.
        if (ch.unicode() <= 0x20 || ch.unicode() == 0x7f)
            return Error(tr("The ipinfo.io token holds a space, a line break or another control "
                            "character. Check where it comes from: a token file must hold the "
                            "token alone."));
    }
    if (!settings.token.isEmpty() && scheme == QLatin1String("http") && !isLocalHost(url.host()))
        return Error(tr("The ipinfo.io URL %1 is plain http: the token would cross the network "
                        "unencrypted. Use https.")
                         .arg(shown));
    return {};
}

Status IpinfoClient::fetch(const std::vector<IpAddress> &addresses, const AnswerSink &sink,
                           Feedback *feedback)
{
    if (addresses.empty())
        return {};
    Run run(*this, sink, feedback);
    return run.exec(addresses);
}

} // namespace regionmap
