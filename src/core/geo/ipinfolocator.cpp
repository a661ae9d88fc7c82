#include "ipinfolocator.h"

#include "common/feedback.h"
#include "geo/geologging.h"
#include "geo/locationstore.h"

#include <QNetworkAccessManager>
#include <QSet>

#include <climits>

namespace regionmap {

namespace {

constexpr size_t kStoreEvery = 1000; // answers written to the cache per statement

QNetworkAccessManager *ensureManager(QNetworkAccessManager *given,
                                     std::unique_ptr<QNetworkAccessManager> &own)
{
    if (given)
        return given;
    own = std::make_unique<QNetworkAccessManager>();
    return own.get();
}

} // namespace

IpinfoLocator::IpinfoLocator(QNetworkAccessManager *manager, IpinfoSettings settings,
                             std::unique_ptr<LocationStore> cache)
    : m_client(ensureManager(manager, m_ownManager), std::move(settings))
    , m_cache(std::move(cache))
{ }

IpinfoLocator::~IpinfoLocator() = default;

GeoSource IpinfoLocator::source() const
{
    const QString url = m_client.settings().baseUrl.toDisplayString(
        QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    GeoSource src;
    src.id = GeoSource::Ipinfo;
    src.provider = QStringLiteral("ipinfo");
    src.label = QStringLiteral("ipinfo.io");
    src.description = m_client.isAuthenticated()
                          ? tr("ipinfo.io API at %1 (POST /batch, with a token)").arg(url)
                          : tr("ipinfo.io API at %1 (GET /<ip>/json, without a token)").arg(url);
    return src;
}

void IpinfoLocator::setFeedback(Feedback *feedback)
{
    m_feedback = feedback;
}

quint32 IpinfoLocator::intern(const QByteArray &text)
{
    if (text.isEmpty())
        return 0;
    const auto it = m_stringIds.constFind(text);
    if (it != m_stringIds.constEnd())
        return it.value();
    const auto id = quint32(m_strings.size());
    m_strings.append(text);
    m_stringIds.insert(text, id);
    return id;
}

quint32 IpinfoLocator::internReason(const QString &text)
{
    if (text.isEmpty())
        return 0;
    const auto it = m_reasonIds.constFind(text);
    if (it != m_reasonIds.constEnd())
        return it.value();
    const auto id = quint32(m_reasons.size());
    m_reasons.append(text);
    m_reasonIds.insert(text, id);
    return id;
}

void IpinfoLocator::remember(const IpAddress &ip, const Location &location)
{
    Entry e;
    e.status = location.status;
    if (location.status == GeoStatus::Located) {
        e.latitude = location.latitude;
        e.longitude = location.longitude;
    }
    e.country = intern(location.countryCode);
    e.city = intern(location.city);
    e.reason = internReason(location.reason);
    m_known.insert(ip, e);
}

Location IpinfoLocator::materialize(const Entry &entry) const
{
    Location loc;
    loc.status = entry.status;
    loc.latitude = entry.latitude;
    loc.longitude = entry.longitude;
    loc.countryCode = m_strings.at(entry.country);
    loc.city = m_strings.at(entry.city);
    loc.reason = m_reasons.at(entry.reason);
    return loc;
}

void IpinfoLocator::flushCache()
{
    if (!m_cache || m_toStore.empty())
        return;
    const Status st = m_cache->store(m_toStore);
    if (st) {
        m_stored += qint64(m_toStore.size());
    } else if (!m_cacheWriteFailed) {
        // The load goes on; the analyst learns that a re-run will ask for these again.
        m_cacheWriteFailed = true;
        qCWarning(lcIpinfo).noquote() << st.error().toString();
        if (m_feedback)
            m_feedback->warning(tr("%1 A new run will ask ipinfo.io for these addresses again.")
                                    .arg(st.error().toString()));
    }
    m_toStore.clear();
}

Status IpinfoLocator::locate(const std::vector<IpAddress> &addresses, std::vector<Location> &out)
{
    if (!m_announced) {
        m_announced = true;
        if (!m_client.isAuthenticated() && m_feedback)
            m_feedback->warning(
                tr("No ipinfo.io token: RegionMap uses the unauthenticated endpoint, one request "
                   "per address, which allows only about 1,000 requests a day per IP address."));
    }

    // The addresses this run has not seen yet, each once.
    std::vector<IpAddress> fresh;
    QSet<IpAddress> inChunk;
    for (const IpAddress &ip : addresses) {
        if (m_known.contains(ip) || inChunk.contains(ip))
            continue;
        switch (ip.classify()) {
        case IpClass::Invalid: {
            Location loc;
            loc.status = GeoStatus::InvalidIp;
            remember(ip, loc);
            break;
        }
        case IpClass::PrivateOrReserved: {
            Location loc;
            loc.status = GeoStatus::PrivateOrReserved;
            remember(ip, loc);
            break;
        }
        case IpClass::Global:
            inChunk.insert(ip);
            fresh.push_back(ip);
            break;
        }
    }

    // The cache first, in one query.
    if (m_cache && !fresh.empty()) {
        const Status st = m_cache->lookup(fresh, m_client.settings().cacheMaxAgeDays,
                                          [this](const IpAddress &ip, const Location &loc) {
                                              if (!m_known.contains(ip)) {
                                                  remember(ip, loc);
                                                  ++m_fromCache;
                                              }
                                          });
        if (!st)
            return Error(tr("%1 Nothing was sent to ipinfo.io.").arg(st.error().message),
                         st.error().details);
    }

    // Then ipinfo.io, for the rest.
    std::vector<IpAddress> toSend;
    toSend.reserve(fresh.size());
    for (const IpAddress &ip : fresh) {
        if (!m_known.contains(ip))
            toSend.push_back(ip);
    }
    if (!toSend.empty()) {
        m_sent += qint64(toSend.size());
        const Status st = m_client.fetch(
            toSend,
            [this](const IpAddress &ip, const Location &loc) {
                remember(ip, loc);
                if (m_cache && LocationStore::keeps(loc.status)) {
                    m_toStore.emplace_back(ip, loc);
                    if (m_toStore.size() >= kStoreEvery)
                        flushCache();
                }
            },
            m_feedback);
        flushCache();
        if (!st) {
            const QString kept
                = m_cache && m_stored > 0
                      ? tr("The %n answer(s) received in this run are kept in the location "
                           "cache; a new run asks ipinfo.io only for the rest.",
                           nullptr, int(qMin<qint64>(m_stored, INT_MAX)))
                      : QString();
            return Error((st.error().message + QLatin1Char(' ') + kept).trimmed(),
                         st.error().details);
        }
        qCDebug(lcIpinfo) << "sent" << toSend.size() << "addresses;" << requestsSent()
                          << "requests," << requestRetries() << "retries so far";
    }

    out.resize(addresses.size());
    for (size_t i = 0; i < addresses.size(); ++i) {
        const auto it = m_known.constFind(addresses[i]);
        if (it != m_known.constEnd()) {
            out[i] = materialize(it.value());
        } else {
            out[i] = Location();
            out[i].status = GeoStatus::LookupFailed;
            out[i].reason = tr("ipinfo.io gave no answer for this address.");
        }
    }
    return {};
}

} // namespace regionmap
