#pragma once

#include "ipinfoclient.h"
#include "ipinfosettings.h"
#include "locator.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <utility>
#include <vector>

class QNetworkAccessManager;

namespace regionmap {

class LocationStore;

// The online provider: ipinfo.io (see IpinfoClient for the HTTP side).
//
// Over a whole run, each distinct address is looked at once: the locator keeps every answer of
// the run in memory (compactly: about 40 bytes per distinct address), asks the location cache
// (ip_locations) once per locate() call for the addresses it has not seen yet, sends only the
// rest to ipinfo.io, and writes every answer it got into the cache right away, so answers that
// were paid for survive a cancelled or failed run. Addresses that are not global are never sent.
//
// Rows located by ipinfo.io, fresh or from the cache, carry the source "ipinfo".
class IpinfoLocator : public Locator
{
    Q_DECLARE_TR_FUNCTIONS(IpinfoLocator)

public:
    // manager lives in the thread that calls locate() and is not owned; when null, the locator
    // makes its own in the constructing thread. cache may be null: then nothing is cached.
    IpinfoLocator(QNetworkAccessManager *manager, IpinfoSettings settings,
                  std::unique_ptr<LocationStore> cache);
    ~IpinfoLocator() override;

    // provider and id "ipinfo"; description e.g. "ipinfo.io API at https://ipinfo.io (POST
    // /batch, with a token)", never the token.
    GeoSource source() const override;
    void setFeedback(Feedback *feedback) override;
    Status locate(const std::vector<IpAddress> &addresses, std::vector<Location> &out) override;
    int requestsSent() const override { return m_client.requestsSent(); }
    int requestRetries() const override { return m_client.requestRetries(); }

    // This run so far, in distinct addresses.
    qint64 distinctAddresses() const { return m_known.size(); }
    qint64 cachedAddresses() const { return m_fromCache; } // answered by the cache
    qint64 sentAddresses() const { return m_sent; } // asked from ipinfo.io

private:
    struct Entry
    {
        double latitude = 0;
        double longitude = 0;
        quint32 country = 0; // index into m_strings, 0 = none
        quint32 city = 0;
        quint32 reason = 0; // index into m_reasons, 0 = none
        GeoStatus status = GeoStatus::LookupFailed;
    };

    void remember(const IpAddress &ip, const Location &location);
    Location materialize(const Entry &entry) const;
    quint32 intern(const QByteArray &text);
    quint32 internReason(const QString &text);
    void flushCache();

    std::unique_ptr<QNetworkAccessManager> m_ownManager;
    IpinfoClient m_client;
    std::unique_ptr<LocationStore> m_cache;
    Feedback *m_feedback = nullptr;
    bool m_announced = false;
    bool m_cacheWriteFailed = false;

    QHash<IpAddress, Entry> m_known;
    QList<QByteArray> m_strings {QByteArray()};
    QHash<QByteArray, quint32> m_stringIds;
    QStringList m_reasons {QString()};
    QHash<QString, quint32> m_reasonIds;
    std::vector<std::pair<IpAddress, Location>> m_toStore;
    qint64 m_fromCache = 0;
    qint64 m_sent = 0;
    qint64 m_stored = 0;
};

} // namespace regionmap
