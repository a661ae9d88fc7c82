#pragma once

#include "common/result.h"
#include "locator.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

#include <atomic>
#include <memory>

namespace regionmap {

// The offline provider: MaxMind-format (.mmdb) city databases read with libmaxminddb from
// memory-mapped files. No network, no quota; the data never leaves the machine.
//
// Two record layouts are understood, detected once per file when it is opened:
// - DbIpLite: DB-IP Lite City as packaged by ip-location-db: flat top-level `latitude` and
//   `longitude` (32-bit floats, widened exactly to double), `country_code`, `city`.
// - GeoLite2: MaxMind GeoLite2/GeoIP2 City (and DB-IP's own MaxMind-compatible files):
//   `location/latitude`, `location/longitude` (doubles), `country/iso_code` (falling back to
//   `registered_country/iso_code`), `city/names/en`.
//
// IPv4 addresses go to the IPv4 file; IPv6 addresses to the IPv6 file. A file whose tree is
// IPv6 may hold IPv4 data too (a combined file): IPv4 addresses are then looked up in its
// IPv4 subtree (::a.b.c.d), and if not found there, as ::ffff:a.b.c.d.
//
// lookup() keeps no mutable state, so one MmdbLocator may serve several threads.
class MmdbLocator : public Locator
{
    Q_DECLARE_TR_FUNCTIONS(MmdbLocator)

public:
    enum class Layout { DbIpLite, GeoLite2 };

    // Opens (memory-maps) the database(s). Either path may be a combined IPv4+IPv6 file; pass
    // an empty ipv6Path when ipv4Path is combined or when IPv6 is not needed. A missing or
    // corrupt file gives an Error that names the file and says what to do.
    static Result<std::unique_ptr<MmdbLocator>> open(const QString &ipv4Path,
                                                     const QString &ipv6Path = {});
    ~MmdbLocator() override;

    // provider "offline"; description e.g. "city ipv4 / city ipv6 (DB-IP Lite City layout; IPv4
    // 2026-06-05, IPv6 2026-06-05)". The id follows the data, not only the layout: DB-IP's own
    // MaxMind-layout files are DB-IP's, GeoIP2 files need no credit, other City files are
    // credited to MaxMind GeoLite2.
    GeoSource source() const override;
    Status locate(const std::vector<IpAddress> &addresses, std::vector<Location> &out) override;
    bool locatesOnAnyThread() const override { return true; }
    // For the run's one warning about names that are not UTF-8 text.
    void setFeedback(Feedback *feedback) override;
    // Records whose city or country name was not valid UTF-8 (or held a NUL): the name is
    // dropped, the coordinates kept. PostgreSQL would refuse the whole load for one such name.
    qint64 recordsWithBadText() const { return m_badText.load(); }

    // The per-row fast path. Classifies first: an invalid or non-global address is never
    // looked up (status InvalidIp or PrivateOrReserved).
    Location lookup(const IpAddress &ip) const;
    // The same for many addresses at once (what locate() uses): out[i] = lookup(addresses[i]),
    // about twice as fast on addresses spread over the whole space, by overlapping the memory
    // latency of several tree walks. Thread-safe like lookup().
    void lookupMany(const IpAddress *addresses, size_t count, Location *out) const;

    // The metadata database_type of the IPv4 file, and of the IPv6 file when it differs
    // ("city ipv4 / city ipv6").
    QString databaseType() const;
    // The older build date (metadata build_epoch, UTC) of the opened files.
    QDate buildDate() const;
    QDate ipv4BuildDate() const;
    QDate ipv6BuildDate() const; // invalid when no IPv6 data is available
    Layout layout() const; // of the file serving IPv4
    QString ipv4Path() const;
    QString ipv6Path() const;

    // "DB-IP Lite City" or "GeoLite2 City".
    static QString layoutName(Layout layout);

private:
    struct Database;
    MmdbLocator();
    static Result<std::unique_ptr<Database>> openDatabase(const QString &path);
    Location lookupIn(const Database &db, const IpAddress &ip) const;
    Location fromRecord(const Database &db, quint64 offset) const; // cached per thread
    Location decodeRecord(const Database &db, quint64 offset) const;
    // True once per run when count has grown from 0 and there is feedback to tell.
    bool shouldWarn(const std::atomic<qint64> &count, bool &said) const;

    std::unique_ptr<Database> m_first; // opened from ipv4Path
    std::unique_ptr<Database> m_second; // opened from ipv6Path, may be null
    const Database *m_forV4 = nullptr;
    const Database *m_forV6 = nullptr; // null: no IPv6 data

    QString m_reasonNotFound;
    QString m_reasonNoCoordinates;
    QString m_reasonNoIpv6;
    mutable std::atomic<qint64> m_badText {0};
    mutable std::atomic<qint64> m_damaged {0}; // records that could not be decoded
    bool m_damagedSaid = false;
    Feedback *m_feedback = nullptr;
    bool m_badTextSaid = false;
};

} // namespace regionmap
