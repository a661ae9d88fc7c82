#include "downloadserver.h"

#include <QMutexLocker>
#include <QPointer>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <zlib.h>

#include <cstring>

namespace regionmap::test {

class DownloadServer::Backend : public QTcpServer
{
public:
    explicit Backend(DownloadServer *owner)
        : m_owner(owner)
    {
        connect(this, &QTcpServer::newConnection, this, &Backend::accept);
    }

private:
    void accept()
    {
        while (QTcpSocket *socket = nextPendingConnection()) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { onRead(socket); });
        }
    }

    void onRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const int end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray requestLine = buffer.left(buffer.indexOf("\r\n"));
        QByteArray authorization;
        for (const QByteArray &line : buffer.left(end).split('\n')) {
            if (line.toLower().startsWith("authorization:"))
                authorization = line.mid(14).trimmed();
        }
        m_buffers.remove(socket);
        m_owner->record(requestLine, authorization);
        const QList<QByteArray> parts = requestLine.split(' ');
        QByteArray target = parts.value(1);
        if (target.startsWith("http://")) // a proxy request: the path of the absolute URL
            target = QUrl(QString::fromLatin1(target)).path().toLatin1();
        Answer a = m_owner->answerFor(target.mid(1));
        if (!a.credentials.isEmpty() && authorization != "Basic " + a.credentials.toBase64()) {
            a = Answer {401, "Unauthorized"};
        } else if (!a.redirectTo.isEmpty()) {
            socket->write("HTTP/1.1 302 Found\r\nLocation: " + a.redirectTo
                          + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
            return;
        }
        respond(socket, a);
    }

    static void respond(QTcpSocket *socket, const Answer &a)
    {
        QByteArray head = "HTTP/1.1 " + QByteArray::number(a.status)
                          + (a.status == 200 ? " OK" : " Error") + "\r\n";
        head += "Content-Type: application/octet-stream\r\nContent-Length: "
                + QByteArray::number(a.body.size()) + "\r\nConnection: close\r\n\r\n";
        socket->write(head);
        switch (a.mode) {
        case Mode::Whole:
            socket->write(a.body);
            socket->disconnectFromHost();
            break;
        case Mode::Truncated:
            socket->write(a.body.left(a.body.size() / 2));
            socket->flush();
            socket->disconnectFromHost();
            break;
        case Mode::Stall:
            socket->write(a.body.left(a.chunkBytes));
            socket->flush();
            break; // and nothing more, until the client gives up
        case Mode::Slow: {
            auto *timer = new QTimer(socket);
            auto sent = std::make_shared<qsizetype>(0);
            QPointer<QTcpSocket> guard(socket);
            QObject::connect(timer, &QTimer::timeout, socket, [guard, timer, sent, a] {
                if (!guard || guard->state() != QAbstractSocket::ConnectedState) {
                    timer->stop();
                    return;
                }
                guard->write(a.body.mid(*sent, a.chunkBytes));
                *sent += a.chunkBytes;
                if (*sent >= a.body.size()) {
                    timer->stop();
                    guard->disconnectFromHost();
                }
            });
            timer->start(a.intervalMs);
            break;
        }
        }
    }

    DownloadServer *m_owner;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

DownloadServer::DownloadServer()
    : m_thread(std::make_unique<QThread>())
{
    m_thread->start();
    QSemaphore ready;
    m_backend = new Backend(this);
    m_backend->moveToThread(m_thread.get());
    QMetaObject::invokeMethod(m_backend, [this, &ready] {
        if (m_backend->listen(QHostAddress::LocalHost, 0))
            m_port = m_backend->serverPort();
        ready.release();
    });
    ready.acquire();
}

DownloadServer::~DownloadServer()
{
    QMetaObject::invokeMethod(
        m_backend,
        [this] {
            m_backend->close();
            delete m_backend;
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

QByteArray DownloadServer::url(const QByteArray &path) const
{
    return "http://127.0.0.1:" + QByteArray::number(m_port) + '/' + path;
}

void DownloadServer::set(const QByteArray &path, const Answer &answer)
{
    QMutexLocker lock(&m_mutex);
    m_answers.insert(path, answer);
}

QStringList DownloadServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

DownloadServer::Answer DownloadServer::answerFor(const QByteArray &path) const
{
    QMutexLocker lock(&m_mutex);
    Answer a;
    a.status = 404;
    a.body = "not found";
    return m_answers.value(path, a);
}

void DownloadServer::record(const QByteArray &requestLine, const QByteArray &authorization)
{
    QMutexLocker lock(&m_mutex);
    m_requests << QString::fromLatin1(requestLine);
    m_authorizations << authorization;
}

QList<QByteArray> DownloadServer::authorizations() const
{
    QMutexLocker lock(&m_mutex);
    return m_authorizations;
}

QByteArray gzipCompress(const QByteArray &data)
{
    z_stream z {};
    deflateInit2(&z, Z_BEST_SPEED, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&z, uLong(data.size()))) + 32, Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.truncate(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

QByteArray tarArchive(const QList<QPair<QByteArray, QByteArray>> &files)
{
    QByteArray out;
    for (const auto &[name, content] : files) {
        QByteArray header(512, '\0');
        // Overwrites the field at offset in place (the header keeps its 512 bytes).
        const auto put = [&header](int offset, const QByteArray &value) {
            std::memcpy(header.data() + offset, value.constData(), size_t(value.size()));
        };
        const auto number = [](qint64 v, int width) {
            return QByteArray::number(v, 8).rightJustified(width, '0');
        };
        put(0, name);
        put(100, "0000644");
        put(108, "0000000");
        put(116, "0000000");
        put(124, number(content.size(), 11));
        put(136, number(1764892800, 11));
        header[156] = name.endsWith('/') ? '5' : '0';
        put(257, QByteArray("ustar\0", 6));
        put(263, "00");
        put(148, "        ");
        unsigned sum = 0;
        for (const char c : std::as_const(header))
            sum += uchar(c);
        put(148, number(sum, 6) + '\0');
        out += header;
        out += content;
        out += QByteArray((512 - content.size() % 512) % 512, '\0');
    }
    out += QByteArray(1024, '\0');
    return out;
}

} // namespace regionmap::test
