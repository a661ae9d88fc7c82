#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QPair>
#include <QStringList>

#include <memory>

class QThread;

namespace regionmap::test {

// A small HTTP/1.1 server on 127.0.0.1 for download tests, on a thread of its own (so that a
// test can wait for a CLI process while the server answers). Each path has a canned answer; it
// can be cut short, trickled or stalled, to play a broken or slow server. It also answers as an
// HTTP proxy (a request line with an absolute URL), and records the request lines it saw.
class DownloadServer
{
public:
    enum class Mode {
        Whole, // status, Content-Length, body
        Truncated, // announces the whole body, sends half, then closes
        Slow, // the whole body, chunkBytes every intervalMs
        Stall, // announces the body, sends chunkBytes, then nothing (the connection stays open)
    };
    struct Answer
    {
        int status = 200;
        QByteArray body;
        Mode mode = Mode::Whole;
        int chunkBytes = 4096;
        int intervalMs = 50;
        QByteArray credentials {}; // "user:password" for HTTP basic authentication (else 401)
        QByteArray redirectTo {}; // answer 302 with this Location instead
    };

    DownloadServer();
    ~DownloadServer();
    DownloadServer(const DownloadServer &) = delete;
    DownloadServer &operator=(const DownloadServer &) = delete;

    bool isListening() const { return m_port > 0; }
    quint16 port() const { return m_port; }
    QByteArray url(const QByteArray &path) const; // "http://127.0.0.1:<port>/<path>"

    // Paths not set answer 404.
    void set(const QByteArray &path, const Answer &answer);
    // The request lines seen so far ("GET /x HTTP/1.1", "GET http://host/x HTTP/1.1").
    QStringList requests() const;
    // The Authorization header of each request, in order ("" when it had none).
    QList<QByteArray> authorizations() const;

private:
    class Backend;
    friend class Backend;
    Answer answerFor(const QByteArray &path) const;
    void record(const QByteArray &requestLine, const QByteArray &authorization);

    std::unique_ptr<QThread> m_thread;
    Backend *m_backend = nullptr; // lives on m_thread
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    QHash<QByteArray, Answer> m_answers;
    QStringList m_requests;
    QList<QByteArray> m_authorizations;
};

// gzip-compresses data (as `gzip` would, for a .mmdb.gz).
QByteArray gzipCompress(const QByteArray &data);

// A ustar archive of these files (name -> content), in order, as `tar` writes it.
QByteArray tarArchive(const QList<QPair<QByteArray, QByteArray>> &files);

} // namespace regionmap::test
