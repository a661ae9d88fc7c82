#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <memory>

class QThread;

namespace regionmap::test {

// A stand-in for ipinfo.io on loopback: a real HTTP server (Qt HttpServer) in a thread of its own,
// so that it also answers while the test waits for a regionmap-cli process. It answers the way
// the API does, from the offline DB-IP database through MmdbLocator, so that its answers can be
// compared with an offline run:
//   GET /<ip>/json  -> one record
//   POST /batch     -> an object keyed by the addresses as sent (JSON array body)
// Private and reserved addresses get {"ip": ..., "bogon": true}. It records every request, and
// tests can script faults for the next requests.
class MockIpinfoServer
{
public:
    // How located addresses are answered.
    enum class Form {
        Legacy, // "loc": "lat,lon", "country": "US", "city"
        Geo, // "geo": {"latitude", "longitude", "country_code", "city"} (the Core API)
        CountryOnly, // "country_code", "country" and no coordinates (the free Lite plan)
    };

    struct Fault
    {
        enum class Kind {
            TooManyRequests, // 429; value: Retry-After in seconds, -1 for no header
            ServerError, // 500
            Delay, // value: ms before the normal answer
            MalformedJson, // 200 with a body that is not JSON
            MissingKeys, // a batch answer without its first `value` addresses
            Unauthorized, // 401
            Forbidden, // 403, its message repeating the token it got
            DropConnection, // the headers and half the body, then the connection closes
        };
        Kind kind;
        int value = 0;
    };

    struct Request
    {
        QByteArray method;
        QByteArray url; // as received, path and query included
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray authorization; // the Authorization header, empty when absent
        QList<QByteArray> addresses; // the addresses asked for
        int status = 0; // the status answered (0: the connection was dropped)
    };

    MockIpinfoServer();
    ~MockIpinfoServer();
    MockIpinfoServer(const MockIpinfoServer &) = delete;
    MockIpinfoServer &operator=(const MockIpinfoServer &) = delete;

    // Opens the database the answers come from and listens on 127.0.0.1, on a free port.
    Status start(const QString &mmdbV4, const QString &mmdbV6 = {});
    QUrl url() const;

    void setForm(Form form);
    // Once set, POST /batch needs "Authorization: Bearer <token>" (401 without it), and a wrong
    // token is refused with 403 everywhere.
    void setToken(const QByteArray &token);
    // Each fault applies to one request, in the order the requests arrive.
    void push(Fault fault);
    void push(Fault::Kind kind, int value = 0) { push(Fault {kind, value}); }
    int pendingFaults() const;

    QList<Request> requests() const;
    int requestCount() const;
    // Answers written to their connection so far (a delayed answer counts once it is written;
    // an answer to a connection the client closed is not written). Lets a test see that a
    // client stopped waiting, by events rather than by the clock.
    int answersSent() const;
    void clearRequests();

private:
    struct Shared;
    class Backend;
    std::shared_ptr<Shared> m_shared;
    std::unique_ptr<QThread> m_thread;
    Backend *m_backend = nullptr;
    quint16 m_port = 0;
};

} // namespace regionmap::test
