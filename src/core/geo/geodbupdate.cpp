#include "geodbupdate.h"

#include "common/paths.h"
#include "geo/geologging.h"
#include "geo/gunzipstream.h"
#include "geo/ipaddress.h"
#include "geo/mmdblocator.h"
#include "geo/tarmmdbfilter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QTemporaryFile>

#include <cstdio>

#ifndef Q_OS_WIN
#include <unistd.h>
#endif

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#endif

namespace regionmap {

namespace {

// Flushes a file's data to the disk (fsync).
bool syncToDisk(QFile &file)
{
#ifdef Q_OS_WIN
    return FlushFileBuffers(HANDLE(_get_osfhandle(file.handle())));
#else
    return ::fsync(file.handle()) == 0;
#endif
}

// Where credentials may go: https, or this machine (loopback is no network).
bool isPrivate(const QUrl &url)
{
    return url.scheme() == QLatin1String("https") || url.host() == QLatin1String("localhost")
           || QHostAddress(url.host()).isLoopback();
}

// Replaces `to` with `from` in one step (rename(2) on POSIX, MoveFileEx on Windows).
bool replaceFile(const QString &from, const QString &to)
{
#ifdef Q_OS_WIN
    return MoveFileExW(reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(from).utf16()),
                       reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(to).utf16()),
                       MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH);
#else
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
#endif
}

// `to` gets `from`'s content while `from` stays in place: a hard link where the file system
// has them, else a copy made under a temporary name and renamed. `to` is replaced only once
// the new one exists.
bool keepCopy(const QString &from, const QString &to)
{
    const QString temp = to + QStringLiteral(".part");
    QFile::remove(temp);
#ifdef Q_OS_WIN
    const bool linked = CreateHardLinkW(
        reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(temp).utf16()),
        reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(from).utf16()), nullptr);
#else
    const bool linked
        = ::link(QFile::encodeName(from).constData(), QFile::encodeName(temp).constData()) == 0;
#endif
    if (!linked && !QFile::copy(from, temp)) {
        QFile::remove(temp);
        return false;
    }
    if (!replaceFile(temp, to)) {
        QFile::remove(temp);
        return false;
    }
    return true;
}

// A URL as messages and logs show it: no user info, no query (a presigned storage URL carries
// its signature there).
QString shown(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

// The hosts an account ID and licence key may go to: MaxMind's, or this machine.
bool mayGetCredentials(const QUrl &url)
{
    return url.host() == QLatin1String("download.maxmind.com")
           || url.host() == QLatin1String("localhost") || QHostAddress(url.host()).isLoopback();
}

// Well-known addresses and the continent (as a latitude/longitude box) their operators are on.
struct Probe
{
    const char *address;
    const char *where;
    double south, north, west, east;
};
constexpr Probe kProbes[] = {
    {"8.8.8.8", "North America", 7, 84, -170, -50}, // Google Public DNS
    {"193.0.6.139", "Europe", 34, 72, -25, 45}, // RIPE NCC, Amsterdam
    {"200.160.2.3", "South America", -56, 13, -82, -34}, // NIC.br, São Paulo
    {"196.216.2.6", "Africa", -35, 38, -18, 60}, // AFRINIC (Mauritius)
    {"203.119.101.61", "Oceania", -50, 0, 110, 180}, // APNIC, Brisbane
};

} // namespace

// ---- the store -------------------------------------------------------------------------------

QString GeoDbStore::currentPath()
{
    return paths::installedGeoDatabase();
}

QString GeoDbStore::previousPath()
{
    const QString current = currentPath();
    return current.left(current.size() - int(qstrlen(".mmdb"))) + QStringLiteral(".previous.mmdb");
}

Status GeoDbStore::install(const QString &checkedFile)
{
    const QString current = currentPath();
    const QString previous = previousPath();
    if (QFileInfo::exists(current) && !keepCopy(current, previous))
        return Error(ErrorKind::Geolocation,
                     tr("Could not keep the installed database as %1 for a rollback; nothing was "
                        "changed.")
                         .arg(QDir::toNativeSeparators(previous)));
    if (!replaceFile(checkedFile, current))
        return Error(ErrorKind::Geolocation,
                     tr("Could not install the new database as %1; the installed one is "
                        "unchanged.")
                         .arg(QDir::toNativeSeparators(current)));
    qCInfo(lcGeo) << "installed a new geo database as" << current;
    return {};
}

Status GeoDbStore::rollback()
{
    const QString current = currentPath();
    const QString previous = previousPath();
    if (!QFileInfo::exists(previous))
        return Error(ErrorKind::Geolocation,
                     tr("There is no previous database to go back to (%1 does not exist). A "
                        "rollback is possible after an update has replaced a database.")
                         .arg(QDir::toNativeSeparators(previous)));
    // current -> swap (a second name), previous -> current (one rename), swap -> previous.
    const QString swap = current + QStringLiteral(".swap");
    if (QFileInfo::exists(current) && !keepCopy(current, swap))
        return Error(ErrorKind::Geolocation,
                     tr("Could not set the current database aside; nothing was changed."));
    if (!replaceFile(previous, current)) {
        QFile::remove(swap);
        return Error(ErrorKind::Geolocation,
                     tr("Could not put the previous database back; nothing was changed."));
    }
    if (QFileInfo::exists(swap) && !replaceFile(swap, previous)) {
        QFile::remove(swap);
        qCWarning(lcGeo) << "the replaced database could not be kept as" << previous;
    }
    qCInfo(lcGeo) << "rolled the geo database back to the previous file";
    return {};
}

// ---- the check -------------------------------------------------------------------------------

Result<GeoDatabaseInfo> checkGeoDatabase(const QString &path, const QDate &today)
{
    Result<GeoDatabaseInfo> info = GeoDatabaseInfo::inspect(path);
    if (!info)
        return Error(ErrorKind::Geolocation,
                     GeoDbStore::tr("The download is not a MaxMind DB (.mmdb) file, or it is "
                                    "damaged."),
                     info.error().details);
    if (!info->usable())
        return Error(ErrorKind::Geolocation,
                     GeoDbStore::tr("The download is a %1 database (database_type \"%2\"): it "
                                    "has no coordinates, so no row could get a region. Choose a "
                                    "City database.")
                         .arg(info->kind, info->databaseType));
    const QDate earliest(2015, 1, 1);
    if (info->nodeCount == 0 || !info->buildDate.isValid() || info->buildDate < earliest
        || info->buildDate > today.addDays(2) || !info->ipv4)
        return Error(ErrorKind::Geolocation,
                     GeoDbStore::tr("The download's metadata is not sane (build date %1, %2 "
                                    "nodes, IPv4 data: %3): it is not a database to trust.")
                         .arg(info->buildDate.toString(Qt::ISODate))
                         .arg(info->nodeCount)
                         .arg(info->ipv4 ? QStringLiteral("yes") : QStringLiteral("no")));
    Result<std::unique_ptr<MmdbLocator>> locator = MmdbLocator::open(path);
    if (!locator)
        return locator.error().orKind(ErrorKind::Geolocation);
    for (const Probe &probe : kProbes) {
        IpAddress ip;
        IpAddress::parse(QByteArrayView(probe.address), &ip);
        const Location loc = (*locator)->lookup(ip);
        const bool inside = loc.status == GeoStatus::Located && loc.latitude >= probe.south
                            && loc.latitude <= probe.north && loc.longitude >= probe.west
                            && loc.longitude <= probe.east;
        if (!inside) {
            const QString found
                = loc.status == GeoStatus::Located
                      ? GeoDbStore::tr("at %1, %2").arg(loc.latitude).arg(loc.longitude)
                      : GeoDbStore::tr("not at all");
            return Error(ErrorKind::Geolocation,
                         GeoDbStore::tr("The download fails a spot check: it locates %1 %2, not "
                                        "in %3. It is not a world-wide city database to trust.")
                             .arg(QLatin1String(probe.address), found, QLatin1String(probe.where)));
        }
    }
    return info;
}

// ---- the download ----------------------------------------------------------------------------

QString GeoDbUpdater::defaultUrlTemplate()
{
    return QStringLiteral("https://download.db-ip.com/free/dbip-city-lite-{year}-{month}.mmdb.gz");
}

QList<QUrl> GeoDbUpdater::candidateUrls(const QString &urlTemplate, const QDate &today)
{
    const auto fill = [&urlTemplate](const QDate &d) {
        QString s = urlTemplate;
        s.replace(QLatin1String("{year}"), QString::number(d.year()));
        s.replace(QLatin1String("{month}"),
                  QStringLiteral("%1").arg(d.month(), 2, 10, QLatin1Char('0')));
        return QUrl(s);
    };
    QList<QUrl> urls {fill(today)};
    if (urlTemplate.contains(QLatin1String("{month}")))
        urls << fill(today.addMonths(-1));
    return urls;
}

QString GeoDbUpdater::maxMindUrl()
{
    return QStringLiteral(
        "https://download.maxmind.com/geoip/databases/GeoLite2-City/download?suffix=tar.gz");
}

void GeoDbUpdater::setCredentials(const QString &user, const QString &password)
{
    m_authorization = user.isEmpty()
                          ? QByteArray()
                          : "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
}

GeoDbUpdater::GeoDbUpdater(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    QNetworkProxyFactory::setUseSystemConfiguration(true);
}

GeoDbUpdater::~GeoDbUpdater()
{
    // Whoever listens may be half destroyed already (a window closing mid-download).
    blockSignals(true);
    cancel();
}

void GeoDbUpdater::start(const QList<QUrl> &urls)
{
    if (isRunning())
        return;
    m_urls = urls;
    m_notFound.clear();
    m_cancelled = false;
    m_clock.start();
    m_requested = urls.value(0);
    // Partial downloads an interrupted update left behind (a crash, a second Ctrl-C).
    const QDir dir(QFileInfo(GeoDbStore::currentPath()).absolutePath());
    for (const QString &stale :
         dir.entryList({QStringLiteral(".download-*")}, QDir::Files | QDir::Hidden))
        QFile::remove(dir.filePath(stale));
    startNext();
}

void GeoDbUpdater::startNext()
{
    const QString dir = QFileInfo(GeoDbStore::currentPath()).absolutePath();
    if (!QDir().mkpath(dir))
        return fail(
            Error(ErrorKind::Geolocation, tr("Could not create the folder %1 for the database.")
                                              .arg(QDir::toNativeSeparators(dir))));
    const QUrl url = m_urls.takeFirst();
    m_requested = url;
    const bool http
        = url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
    if (!url.isValid() || !http || !url.userInfo().isEmpty()
        || url.query().contains(QLatin1String("license_key"), Qt::CaseInsensitive))
        return fail(Error(ErrorKind::Options,
                          tr("\"%1\" is not a download address to use. Give an http:// or "
                             "https:// URL without a user name, password or licence key in it.")
                              .arg(shown(url))));
    // In the same folder as the installed file, so that installing is a rename.
    m_file = std::make_unique<QTemporaryFile>(dir + QStringLiteral("/.download-XXXXXX.mmdb"));
    if (!m_file->open())
        return fail(Error(ErrorKind::Geolocation,
                          tr("Could not create a file in %1: %2")
                              .arg(QDir::toNativeSeparators(dir), m_file->errorString())));
    m_tar = std::make_unique<TarMmdbFilter>(m_file.get());
    m_gunzip = std::make_unique<GunzipStream>(m_tar.get());
    m_streamError = Error();
    m_received = 0;
    m_total = -1;
    m_redirects = 0;
    m_authorizedHost = url.host();
    if (!m_authorization.isEmpty() && !isPrivate(url))
        return fail(Error(ErrorKind::Options,
                          tr("The account ID and licence key would travel unencrypted to %1: "
                             "use an https:// address.")
                              .arg(url.host())));
    if (!m_authorization.isEmpty() && !mayGetCredentials(url))
        return fail(Error(ErrorKind::Options,
                          tr("The MaxMind account ID and licence key go to download.maxmind.com "
                             "only, not to %1. Clear the download address to use MaxMind's.")
                              .arg(url.host())));
    get(url);
}

// Redirects are followed here, not by Qt, so that the credentials go to the first host only
// (MaxMind sends the download on to a storage host).
void GeoDbUpdater::get(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_stallMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("RegionMap geodb update"));
    if (!m_authorization.isEmpty() && url.host() == m_authorizedHost && isPrivate(url))
        request.setRawHeader("Authorization", m_authorization);
    m_total = -1;
    m_reply = m_network->get(request);
    m_sinceProgress.start();
    connect(m_reply, &QNetworkReply::readyRead, this, &GeoDbUpdater::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &GeoDbUpdater::onFinished);
}

void GeoDbUpdater::onReadyRead()
{
    if (!m_reply || !m_reply->isOpen())
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray data = m_reply->readAll();
    if (status != 200 || !m_streamError.message.isEmpty())
        return; // an error page, or already broken: not the database
    if (m_total < 0) {
        const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        m_total = length > 0 ? length : -1;
    }
    m_received += data.size();
    if (Status st = m_gunzip->feed(data.constData(), data.size()); !st) {
        m_streamError = st.error();
        m_reply->abort();
        return;
    }
    if (m_sinceProgress.elapsed() >= 200) {
        m_sinceProgress.restart();
        GeoDbProgress p;
        p.received = m_received;
        p.total = m_total;
        const double seconds = double(m_clock.elapsed()) / 1000.0;
        p.bytesPerSecond = seconds > 0 ? double(m_received) / seconds : 0;
        if (m_total > 0 && p.bytesPerSecond > 0)
            p.etaSeconds = double(m_total - m_received) / p.bytesPerSecond;
        emit progress(p);
    }
}

// A redirect (followed, by hand) or a refusal (failed): true when the reply was one of them.
bool GeoDbUpdater::followedOrRefused(const QNetworkReply &reply, int status)
{
    const QUrl url = reply.url();
    if (status >= 301 && status <= 308 && status != 304 && status != 305) {
        const QUrl next
            = url.resolved(reply.attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
        if (++m_redirects > 5 || !next.isValid())
            fail(Error(ErrorKind::Geolocation,
                       tr("The download from %1 was redirected too often.").arg(shown(url))));
        else if (url.scheme() == QLatin1String("https") && next.scheme() != QLatin1String("https"))
            fail(Error(ErrorKind::Geolocation,
                       tr("The download from %1 was redirected to an insecure address (%2); it "
                          "was not followed.")
                           .arg(shown(url), shown(next))));
        else
            get(next);
        return true;
    }
    if (status != 401 && status != 403)
        return false;
    fail(Error(ErrorKind::Credentials,
               m_authorization.isEmpty() || url.host() != m_authorizedHost
                   ? tr("The server at %1 refused the download (HTTP %2). If it needs an "
                        "account, choose MaxMind with your account ID and licence key; a link "
                        "that expired needs a new update.")
                         .arg(url.host())
                         .arg(status)
                   : tr("The server at %1 refused the account ID and licence key "
                        "(HTTP %2). Check them: regionmap-cli secrets set "
                        "maxmind-licence, or GEOIPUPDATE_ACCOUNT_ID and "
                        "GEOIPUPDATE_LICENSE_KEY.")
                         .arg(url.host())
                         .arg(status)));
    return true;
}

void GeoDbUpdater::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    onReadyRead();
    reply->deleteLater();
    m_reply = nullptr;
    const QUrl url = reply->url();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_cancelled)
        return fail(Error(ErrorKind::Cancelled,
                          tr("The update was cancelled; the installed database is unchanged.")));
    if (!m_streamError.message.isEmpty())
        return fail(m_streamError);
    if (followedOrRefused(*reply, status))
        return;
    if (status == 404 && !m_urls.isEmpty()) {
        m_notFound << shown(url);
        cleanUp();
        return startNext();
    }
    if (reply->error() == QNetworkReply::OperationCanceledError)
        return fail(Error(ErrorKind::Geolocation,
                          tr("The download from %1 stalled: no data for %2 s. Try again later; "
                             "the installed database is unchanged.")
                              .arg(shown(url))
                              .arg(m_stallMs / 1000.0)));
    if (status != 0 && status != 200) {
        QString message = tr("The server answered HTTP %1 for %2.").arg(status).arg(shown(url));
        if (status == 404)
            message += QLatin1Char(' ')
                       + tr("There is no file at that address: check the update URL (a setting; "
                            "{year} and {month} are filled in).");
        if (!m_notFound.isEmpty())
            message += QLatin1Char(' ')
                       + tr("Also tried: %1.").arg(m_notFound.join(QStringLiteral(", ")));
        return fail(Error(ErrorKind::Geolocation, message));
    }
    if (reply->error() != QNetworkReply::NoError)
        return fail(Error(ErrorKind::Geolocation,
                          tr("The download from %1 failed after %2 bytes: %3. The installed "
                             "database is unchanged.")
                              .arg(shown(url))
                              .arg(m_received)
                              .arg(reply->errorString())));
    const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (announced > 0 && m_received < announced)
        return fail(Error(ErrorKind::Geolocation,
                          tr("The download from %1 is incomplete: %2 of %3 bytes arrived.")
                              .arg(shown(url))
                              .arg(m_received)
                              .arg(announced)));
    installDownload();
}

// The whole download is in: decompressed to its end, checked, on the disk, then installed.
void GeoDbUpdater::installDownload()
{
    if (Status st = m_gunzip->finish(); !st)
        return fail(st.error());
    if (Status st = m_tar->finish(); !st)
        return fail(st.error());
    // On the disk before the rename makes it the database (a power cut must not leave half).
    if (!m_file->flush() || !syncToDisk(*m_file))
        return fail(Error(ErrorKind::Geolocation, tr("Could not write the downloaded database.")));
    m_file->close();
    // A database is no secret: readable like any installed file (a temporary file is 0600).
    m_file->setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
                           | QFile::ReadOther);

    const Result<GeoDatabaseInfo> checked
        = checkGeoDatabase(m_file->fileName(), QDate::currentDate());
    if (!checked)
        return fail(checked.error());
    const bool hadCurrent = QFileInfo::exists(GeoDbStore::currentPath());
    if (Status st = GeoDbStore::install(m_file->fileName()); !st)
        return fail(st.error());
    m_file->setAutoRemove(false); // it is the installed file now
    GeoDbUpdateResult result;
    result.url = m_requested; // not a redirect's target: that may carry a signature
    result.downloadedBytes = m_received;
    result.seconds = double(m_clock.elapsed()) / 1000.0;
    result.installed = checked.value();
    result.installed.path = GeoDbStore::currentPath();
    result.previous = hadCurrent ? GeoDbStore::previousPath() : QString();
    cleanUp();
    emit succeeded(result);
}

void GeoDbUpdater::cancel()
{
    if (!m_reply)
        return;
    m_cancelled = true;
    m_reply->abort();
}

void GeoDbUpdater::fail(const Error &error)
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    cleanUp();
    qCInfo(lcGeo) << "geo database update failed:" << error.message;
    emit failed(error);
}

void GeoDbUpdater::cleanUp()
{
    m_gunzip.reset();
    m_tar.reset();
    m_file.reset(); // removes the partial file unless it was installed
}

} // namespace regionmap
