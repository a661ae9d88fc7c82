#pragma once

#include "common/result.h"
#include "geo/geodatabaseinfo.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>
#include <optional>

class QNetworkAccessManager;
class QTemporaryFile;

namespace regionmap {

class GunzipStream;
class TarMmdbFilter;

// The geo database RegionMap keeps up to date itself: one file in the user's data directory
// (paths::installedGeoDatabase()), and the one it replaced, kept for a rollback. Both steps
// replace the file with one rename, so a reader sees the old file or the new one, never a part.
class GeoDbStore
{
    Q_DECLARE_TR_FUNCTIONS(GeoDbStore)

public:
    static QString currentPath();
    static QString previousPath();

    // Makes a checked file (in the same directory) the current one; the current one becomes the
    // previous one.
    static Status install(const QString &checkedFile);
    // Swaps the current and the previous file. An error when there is no previous file.
    static Status rollback();
};

// Checks that a downloaded file is a usable, world-wide city database before it replaces
// anything: a MaxMind DB whose metadata is sane (a node count, a build date that is neither in
// the future nor before 2015, IPv4 data), with coordinates in its records (not country-only),
// and in which a few well-known addresses land on the right continent.
Result<GeoDatabaseInfo> checkGeoDatabase(const QString &path, const QDate &today);

// What a download is doing, for a progress bar.
struct GeoDbProgress
{
    qint64 received = 0; // bytes of the download (compressed)
    qint64 total = -1; // -1: the server did not say
    double bytesPerSecond = 0;
    std::optional<double> etaSeconds;
};

// What an update did.
struct GeoDbUpdateResult
{
    QUrl url; // where the database came from
    qint64 downloadedBytes = 0;
    double seconds = 0;
    GeoDatabaseInfo installed; // the new current file
    QString previous; // the file kept for a rollback; empty when there was none
};

// Downloads a geo database (gzip-compressed or plain .mmdb), decompressing as it streams in,
// checks it (checkGeoDatabase) and installs it (GeoDbStore). Honours the system proxy. A failed,
// partial, corrupt or wrong-kind download never touches the installed file. Works on the thread
// that owns it, with that thread's event loop.
class GeoDbUpdater : public QObject
{
    Q_OBJECT

public:
    // DB-IP's documented monthly file, {year} and {month} filled in.
    static QString defaultUrlTemplate();
    // MaxMind's download endpoint for GeoLite2 City (a .tar.gz; needs an account ID and a
    // licence key, setCredentials()).
    static QString maxMindUrl();
    // The URLs to try: this month's file, then last month's (DB-IP publishes early in the month;
    // a template without placeholders is one URL).
    static QList<QUrl> candidateUrls(const QString &urlTemplate, const QDate &today);

    explicit GeoDbUpdater(QObject *parent = nullptr);
    ~GeoDbUpdater() override;

    // No data for this long ends the download (default 60 s).
    void setStallTimeout(int milliseconds) { m_stallMs = milliseconds; }
    // HTTP basic authentication for the first host (MaxMind: the account ID and the licence
    // key). Kept in memory only, sent only to the host of the URL asked for, never logged.
    void setCredentials(const QString &user, const QString &password);

    void start(const QList<QUrl> &urls);
    void cancel();
    bool isRunning() const { return m_reply != nullptr; }

signals:
    void progress(const regionmap::GeoDbProgress &progress);
    void succeeded(const regionmap::GeoDbUpdateResult &result);
    void failed(const regionmap::Error &error);

private:
    void startNext();
    void get(const QUrl &url);
    void onReadyRead();
    void onFinished();
    bool followedOrRefused(const QNetworkReply &reply, int status);
    void installDownload();
    void fail(const Error &error);
    void cleanUp();

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QList<QUrl> m_urls;
    QUrl m_requested; // the URL asked for (not where a redirect led)
    QList<QString> m_notFound; // URLs that answered 404
    std::unique_ptr<QTemporaryFile> m_file;
    std::unique_ptr<TarMmdbFilter> m_tar;
    std::unique_ptr<GunzipStream> m_gunzip;
    QByteArray m_authorization; // "Basic ..." or empty
    QString m_authorizedHost;
    int m_redirects = 0;
    Error m_streamError; // a write or decompression error, reported when the reply ends
    QElapsedTimer m_clock;
    QElapsedTimer m_sinceProgress;
    qint64 m_received = 0;
    qint64 m_total = -1;
    int m_stallMs = 60000;
    bool m_cancelled = false;
};

} // namespace regionmap

Q_DECLARE_METATYPE(regionmap::GeoDbProgress)
Q_DECLARE_METATYPE(regionmap::GeoDbUpdateResult)
Q_DECLARE_METATYPE(regionmap::Error)
