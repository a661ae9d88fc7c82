#include "mockipinfoserver.h"

#include "geo/ipaddress.h"
#include "geo/mmdblocator.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMutex>
#include <QMutexLocker>
#include <QPointer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <deque>
#include <optional>

namespace regionmap::test {

struct MockIpinfoServer::Shared
{
    mutable QMutex mutex;
    Form form = Form::Legacy;
    QByteArray token;
    std::deque<Fault> faults;
    QList<Request> requests;
    std::unique_ptr<MmdbLocator> locator;
    std::atomic<int> answersSent {0};
};

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    default:
        return "Status";
    }
}

QByteArray errorBody(int status, const char *title, const char *message)
{
    return QJsonDocument(
               QJsonObject {
                   {QStringLiteral("status"), status},
                   {QStringLiteral("error"),
                    QJsonObject {{QStringLiteral("title"), QString::fromUtf8(title)},
                                 {QStringLiteral("message"), QString::fromUtf8(message)}}}})
        .toJson(QJsonDocument::Compact);
}

QString coordinate(double v)
{
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

} // namespace

class MockIpinfoServer::Backend : public QAbstractHttpServer
{
public:
    explicit Backend(std::shared_ptr<Shared> shared)
        : m_shared(std::move(shared))
    { }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        Request rec;
        rec.method = request.method() == QHttpServerRequest::Method::Post  ? "POST"
                     : request.method() == QHttpServerRequest::Method::Get ? "GET"
                                                                           : "OTHER";
        rec.url = request.url().toEncoded();
        rec.headers = request.headers();
        rec.body = request.body();
        for (const auto &h : qAsConst(rec.headers)) {
            if (h.first.compare("authorization", Qt::CaseInsensitive) == 0)
                rec.authorization = h.second;
        }
        const QString path = request.url().path();

        QMutexLocker lock(&m_shared->mutex);
        const Form form = m_shared->form;
        const QByteArray token = m_shared->token;
        std::optional<Fault> fault;
        if (!m_shared->faults.empty()) {
            fault = m_shared->faults.front();
            m_shared->faults.pop_front();
        }
        lock.unlock();

        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        int delayMs = 0;
        bool drop = false;

        const bool batch = rec.method == "POST" && path == QLatin1String("/batch");
        QStringList keys;
        if (batch) {
            const QJsonDocument doc = QJsonDocument::fromJson(rec.body);
            for (const QJsonValue &v : doc.array())
                keys << v.toString();
        } else if (rec.method == "GET" && path.endsWith(QLatin1String("/json"))) {
            keys << path.mid(1, path.size() - 6);
        }
        for (const QString &k : qAsConst(keys))
            rec.addresses << k.toUtf8();

        if (keys.isEmpty()) {
            status = 404;
            body = errorBody(404, "Wrong ip", "Please provide a valid IP address");
        } else if (!token.isEmpty() && !rec.authorization.isEmpty()
                   && rec.authorization != "Bearer " + token) {
            status = 403;
            body = errorBody(403, "Unknown token", "The token is not valid.");
        } else if (!token.isEmpty() && batch && rec.authorization.isEmpty()) {
            status = 401;
            body = errorBody(401, "Unauthorized", "The batch endpoint needs a token.");
        } else if (keys.size() > 1000) {
            status = 400;
            body = errorBody(400, "Too many IPs", "A batch holds at most 1000 IPs.");
        } else {
            using Kind = Fault::Kind;
            const Kind kind = fault ? fault->kind : Kind::Delay;
            const int value = fault ? fault->value : 0;
            if (fault && kind == Kind::TooManyRequests) {
                status = 429;
                body = errorBody(429, "Rate limit exceeded", "Too many requests.");
                if (value >= 0)
                    headers.append({"Retry-After", QByteArray::number(value)});
            } else if (fault && kind == Kind::ServerError) {
                status = 500;
                body = errorBody(500, "Internal error", "Please try again.");
            } else if (fault && kind == Kind::Unauthorized) {
                status = 401;
                body = errorBody(401, "Unauthorized", "Token required.");
            } else if (fault && kind == Kind::Forbidden) {
                // Like a careless server, it repeats the credentials it got: the client must
                // cut them out of anything it shows.
                status = 403;
                const QByteArray message
                    = "The token \"" + rec.authorization.mid(7) + "\" is not allowed.";
                body = errorBody(403, "Forbidden", message.constData());
            } else if (fault && kind == Kind::MalformedJson) {
                body = batch ? QByteArray("{\"8.8.8.8\": {\"ip\": \"8.8.8.8\", \"loc\": ")
                             : QByteArray("<html>Bad gateway</html>");
            } else {
                if (fault && kind == Kind::Delay)
                    delayMs = value;
                drop = fault && kind == Kind::DropConnection;
                const int skip = fault && kind == Kind::MissingKeys ? value : 0;
                if (batch) {
                    QJsonObject answer;
                    for (int i = skip; i < keys.size(); ++i)
                        answer.insert(keys.at(i), record(keys.at(i), form));
                    body = QJsonDocument(answer).toJson(QJsonDocument::Compact);
                } else {
                    body = QJsonDocument(record(keys.first(), form)).toJson(QJsonDocument::Compact);
                }
            }
        }
        rec.status = drop ? 0 : status;
        lock.relock();
        m_shared->requests.append(rec);
        lock.unlock();
        respond(socket, status, body, headers, delayMs, drop, m_shared);
        return true;
    }

    void missingHandler(const QHttpServerRequest &, QTcpSocket *socket) override
    {
        respond(socket, 404, errorBody(404, "Not found", "No such endpoint."), {}, 0, false,
                m_shared);
    }

private:
    QJsonObject record(const QString &key, Form form) const
    {
        IpAddress ip;
        if (!IpAddress::parse(key.toUtf8(), &ip))
            return QJsonObject {{QStringLiteral("error"),
                                 QJsonObject {{QStringLiteral("title"), QStringLiteral("Wrong ip")},
                                              {QStringLiteral("message"),
                                               QStringLiteral("Please provide a valid IP "
                                                              "address")}}}};
        QJsonObject r {{QStringLiteral("ip"), key}};
        if (ip.classify() != IpClass::Global) {
            r.insert(QStringLiteral("bogon"), true);
            return r;
        }
        const Location loc = m_shared->locator->lookup(ip);
        const QString country = QString::fromLatin1(loc.countryCode);
        const QString city = QString::fromUtf8(loc.city);
        if (form == Form::CountryOnly || loc.status == GeoStatus::CountryOnly) {
            if (!country.isEmpty()) {
                r.insert(QStringLiteral("country_code"), country);
                r.insert(QStringLiteral("country"), QStringLiteral("Country %1").arg(country));
            }
            r.insert(QStringLiteral("asn"), QStringLiteral("AS64500"));
            return r;
        }
        if (loc.status != GeoStatus::Located)
            return r; // nothing known: only the address
        if (form == Form::Geo) {
            QJsonObject geo {{QStringLiteral("latitude"), loc.latitude},
                             {QStringLiteral("longitude"), loc.longitude}};
            if (!country.isEmpty())
                geo.insert(QStringLiteral("country_code"), country);
            if (!city.isEmpty())
                geo.insert(QStringLiteral("city"), city);
            r.insert(QStringLiteral("geo"), geo);
            return r;
        }
        r.insert(QStringLiteral("loc"),
                 coordinate(loc.latitude) + QLatin1Char(',') + coordinate(loc.longitude));
        if (!country.isEmpty())
            r.insert(QStringLiteral("country"), country);
        if (!city.isEmpty())
            r.insert(QStringLiteral("city"), city);
        return r;
    }

    static void respond(QTcpSocket *socket, int status, const QByteArray &body,
                        const QList<QPair<QByteArray, QByteArray>> &headers, int delayMs, bool drop,
                        const std::shared_ptr<Shared> &shared)
    {
        QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
                          + "\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\n";
        for (const auto &h : headers)
            head += h.first + ": " + h.second + "\r\n";
        head += "\r\n";
        QPointer<QTcpSocket> guard(socket);
        const auto send = [guard, head, body, drop, shared] {
            if (!guard || guard->state() != QAbstractSocket::ConnectedState)
                return;
            ++shared->answersSent;
            if (drop) {
                guard->write(head + body.left(body.size() / 2));
                guard->flush();
                guard->disconnectFromHost();
                return;
            }
            guard->write(head + body);
        };
        if (delayMs > 0)
            QTimer::singleShot(delayMs, socket, send);
        else
            send();
    }

    std::shared_ptr<Shared> m_shared;
};

int MockIpinfoServer::answersSent() const
{
    return m_shared->answersSent.load();
}

MockIpinfoServer::MockIpinfoServer()
    : m_shared(std::make_shared<Shared>())
    , m_thread(std::make_unique<QThread>())
{
    m_thread->setObjectName(QStringLiteral("mock-ipinfo"));
}

MockIpinfoServer::~MockIpinfoServer()
{
    if (m_backend) {
        Backend *backend = m_backend;
        QMetaObject::invokeMethod(
            backend, [backend] { delete backend; }, Qt::BlockingQueuedConnection);
    }
    m_thread->quit();
    m_thread->wait();
}

Status MockIpinfoServer::start(const QString &mmdbV4, const QString &mmdbV6)
{
    Result<std::unique_ptr<MmdbLocator>> opened = MmdbLocator::open(mmdbV4, mmdbV6);
    if (!opened)
        return opened.error();
    m_shared->locator = std::move(opened.value());
    m_thread->start();
    m_backend = new Backend(m_shared);
    m_backend->moveToThread(m_thread.get());
    Backend *backend = m_backend;
    quint16 port = 0;
    QMetaObject::invokeMethod(
        backend, [backend, &port] { port = backend->listen(QHostAddress::LocalHost, 0); },
        Qt::BlockingQueuedConnection);
    if (port == 0)
        return Error(QStringLiteral("The mock ipinfo.io server could not listen on 127.0.0.1."));
    m_port = port;
    return {};
}

QUrl MockIpinfoServer::url() const
{
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(m_port);
    return u;
}

void MockIpinfoServer::setForm(Form form)
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->form = form;
}

void MockIpinfoServer::setToken(const QByteArray &token)
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->token = token;
}

void MockIpinfoServer::push(Fault fault)
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->faults.push_back(fault);
}

int MockIpinfoServer::pendingFaults() const
{
    QMutexLocker lock(&m_shared->mutex);
    return int(m_shared->faults.size());
}

QList<MockIpinfoServer::Request> MockIpinfoServer::requests() const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->requests;
}

int MockIpinfoServer::requestCount() const
{
    QMutexLocker lock(&m_shared->mutex);
    return int(m_shared->requests.size());
}

void MockIpinfoServer::clearRequests()
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->requests.clear();
    m_shared->faults.clear();
}

} // namespace regionmap::test
