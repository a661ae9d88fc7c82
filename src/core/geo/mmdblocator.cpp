#include "mmdblocator.h"

#include "geo/geologging.h"
#include "mmdbdatabase.h"
#include "mmdbrecordreader.h"

#include "common/feedback.h"
#include "common/flatindex.h"

#include <QDir>
#include <QFileInfo>
#include <QStringDecoder>

#include <maxminddb.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <optional>
#include <vector>

namespace regionmap {

namespace {

// "AA" to "ZZ" as bytes that live as long as the process, so that a row's country code is a
// QByteArray over them (QByteArray::fromRawData): copying it does not allocate, and no thread
// writes a reference count for it (rows are located on one thread and written on another).
QByteArray countryCode(char first, char second)
{
    static const std::array<char, 26 * 26 * 3> codes = [] {
        std::array<char, 26 * 26 * 3> t {};
        for (int i = 0; i < 26 * 26; ++i) {
            t[size_t(i) * 3] = char('A' + i / 26);
            t[size_t(i) * 3 + 1] = char('A' + i % 26);
        } // each followed by a NUL
        return t;
    }();
    return QByteArray::fromRawData(codes.data() + ((first - 'A') * 26 + (second - 'A')) * 3, 2);
}

} // namespace

MmdbLocator::MmdbLocator()
{
    m_reasonNotFound = tr("The address is not in the geolocation database.");
    m_reasonNoCoordinates = tr("The geolocation database knows only the country of this address.");
    m_reasonNoIpv6
        = tr("No IPv6 geolocation database is open; choose one to locate IPv6 addresses.");
}

MmdbLocator::~MmdbLocator() = default;

QString MmdbLocator::layoutName(Layout layout)
{
    switch (layout) {
    case Layout::DbIpLite:
        return GeoSource::labelFor(GeoSource::DbIpCityLite);
    case Layout::GeoLite2:
        return GeoSource::labelFor(GeoSource::GeoLite2City);
    }
    return QString();
}

QString MmdbLocator::databaseType() const
{
    if (m_forV6 && m_forV6 != m_forV4 && m_forV6->type != m_forV4->type)
        return m_forV4->type + QStringLiteral(" / ") + m_forV6->type;
    return m_forV4->type;
}

QDate MmdbLocator::ipv4BuildDate() const
{
    return m_forV4->buildDate;
}

QDate MmdbLocator::ipv6BuildDate() const
{
    return m_forV6 ? m_forV6->buildDate : QDate();
}

QDate MmdbLocator::buildDate() const
{
    if (m_forV6 && m_forV6->buildDate < m_forV4->buildDate)
        return m_forV6->buildDate;
    return m_forV4->buildDate;
}

MmdbLocator::Layout MmdbLocator::layout() const
{
    return m_forV4->layout;
}

QString MmdbLocator::ipv4Path() const
{
    return m_forV4->path;
}

QString MmdbLocator::ipv6Path() const
{
    return m_forV6 ? m_forV6->path : QString();
}

GeoSource MmdbLocator::source() const
{
    const QString v4Date = m_forV4->buildDate.toString(Qt::ISODate);
    QString dates;
    if (!m_forV6)
        dates = QStringLiteral("IPv4 %1, no IPv6").arg(v4Date);
    else if (m_forV6 == m_forV4)
        dates = QStringLiteral("IPv4+IPv6 %1").arg(v4Date);
    else
        dates = QStringLiteral("IPv4 %1, IPv6 %2")
                    .arg(v4Date, m_forV6->buildDate.toString(Qt::ISODate));
    GeoSource src;
    src.provider = QStringLiteral("offline");
    src.description
        = QStringLiteral("%1 (%2 layout; %3)").arg(databaseType(), layoutName(layout()), dates);
    src.build = buildDate();
    const QString type = m_forV4->type;
    if (layout() == Layout::DbIpLite || type.startsWith(QLatin1String("DBIP"))) {
        src.id = GeoSource::DbIpCityLite;
    } else if (type.startsWith(QLatin1String("GeoIP2"))) {
        src.id = GeoSource::GeoIp2City;
    } else {
        src.id = GeoSource::GeoLite2City;
    }
    src.label = GeoSource::labelFor(src.id);
    return src;
}

Status MmdbLocator::locate(const std::vector<IpAddress> &addresses, std::vector<Location> &out)
{
    out.resize(addresses.size());
    lookupMany(addresses.data(), addresses.size(), out.data());
    // Each kind of damage is said once per run, naming the file; the texts are made only then
    // (this runs for every batch).
    const auto file = [this] {
        return QDir::toNativeSeparators(m_forV4 ? m_forV4->path : QString());
    };
    if (shouldWarn(m_damaged, m_damagedSaid)) {
        m_feedback->warning(tr("The geolocation database %1 has damaged records: the addresses "
                               "they hold are counted as lookup_failed, with no location. Run "
                               "scripts/setup or Update Now to fetch the file again.")
                                .arg(file()));
    }
    if (shouldWarn(m_badText, m_badTextSaid)) {
        m_feedback->warning(tr("The geolocation database %1 has city or country names that are "
                               "not valid UTF-8 text: those names are left empty, and the rows "
                               "keep their coordinates. The file may be damaged: run scripts/setup "
                               "or Update Now to fetch it again.")
                                .arg(file()));
    }
    return {};
}

bool MmdbLocator::shouldWarn(const std::atomic<qint64> &count, bool &said) const
{
    if (!m_feedback || said || count.load(std::memory_order_relaxed) == 0)
        return false;
    said = true;
    return true;
}

void MmdbLocator::setFeedback(Feedback *feedback)
{
    m_feedback = feedback;
}

Location MmdbLocator::lookup(const IpAddress &ip) const
{
    switch (ip.classify()) {
    case IpClass::Invalid: {
        Location loc;
        loc.status = GeoStatus::InvalidIp;
        return loc;
    }
    case IpClass::PrivateOrReserved: {
        Location loc;
        loc.status = GeoStatus::PrivateOrReserved;
        loc.reason = QString(ip.specialPurposeBlock());
        return loc;
    }
    case IpClass::Global:
        break;
    }
    // A NAT64 or 6to4 address is looked up as the IPv4 address it carries (docs/ip-addresses.md).
    if (const IpAddress asked = ip.lookupAddress(); asked.isV4())
        return lookupIn(*m_forV4, asked);
    if (!m_forV6) {
        Location loc;
        loc.status = GeoStatus::LookupFailed;
        loc.reason = m_reasonNoIpv6;
        return loc;
    }
    return lookupIn(*m_forV6, ip);
}

Location MmdbLocator::lookupIn(const Database &db, const IpAddress &ip) const
{
    int error = MMDB_SUCCESS;
    MMDB_lookup_result_s result;
    sockaddr_in6 sa6 {};
    sa6.sin6_family = AF_INET6;
    std::memcpy(sa6.sin6_addr.s6_addr, ip.v6().data(), 16);
    if (ip.isV4()) {
        sockaddr_in sa {};
        sa.sin_family = AF_INET;
        std::memcpy(&sa.sin_addr.s_addr, ip.v6().data() + 12, 4); // network order
        result = MMDB_lookup_sockaddr(&db.mmdb, reinterpret_cast<const sockaddr *>(&sa), &error);
        // A combined file may keep IPv4 under ::ffff:0:0/96 only.
        if (error == MMDB_SUCCESS && !result.found_entry && db.ipVersion == 6) {
            result
                = MMDB_lookup_sockaddr(&db.mmdb, reinterpret_cast<const sockaddr *>(&sa6), &error);
        }
    } else {
        result = MMDB_lookup_sockaddr(&db.mmdb, reinterpret_cast<const sockaddr *>(&sa6), &error);
    }

    Location loc;
    if (error != MMDB_SUCCESS) {
        loc.status = GeoStatus::LookupFailed;
        loc.reason
            = tr("The lookup in the geolocation database %1 failed: %2")
                  .arg(QDir::toNativeSeparators(db.path), QString::fromUtf8(MMDB_strerror(error)));
        return loc;
    }
    if (!result.found_entry) {
        loc.status = GeoStatus::NotFound;
        loc.reason = m_reasonNotFound;
        return loc;
    }

    return fromRecord(db, result.entry.offset);
}

namespace {

// The records decoded on this thread, by their place in the data section. Many addresses
// share a record (one per city and network block), and decoding one checks the whole record and
// allocates its city name: a hit hands out the same implicitly shared bytes instead. A run of
// widely spread addresses meets a hundred thousand records and more, so the table grows (open
// addressing, linear probing) up to MaxRecords and then starts again; a thread that looks up
// little keeps a small table. Per thread, so that the locator stays safe to use from several
// threads without a lock.
class RecordCache
{
public:
    static constexpr size_t MaxRecords = size_t(1) << 17;

    // The cache of the calling thread.
    static RecordCache &local()
    {
        thread_local RecordCache cache;
        return cache;
    }

    // The cached record, or nullptr.
    const Location *find(quint64 cacheId, quint64 offset) const
    {
        const int i = m_index.find(keyOf(cacheId, offset));
        return i >= 0 ? &m_locations[size_t(i)] : nullptr;
    }

    // Asks the memory for the slot that find() will read first (the walk knows the record a
    // little before it is decoded).
    void prefetch(quint64 cacheId, quint64 offset) const
    {
        m_index.prefetch(keyOf(cacheId, offset));
    }

    const Location &insert(quint64 cacheId, quint64 offset, Location location)
    {
        if (m_locations.size() >= MaxRecords) {
            m_index.clear();
            m_locations.clear();
        }
        // Grown in place up to its limit (pages are used only as records come), so that no
        // copy of all the records is held next to them while it grows.
        if (m_locations.size() == m_locations.capacity() && m_locations.size() >= 4096
            && m_locations.capacity() < MaxRecords)
            m_locations.reserve(MaxRecords);
        bool added = false;
        m_index.findOrAdd(keyOf(cacheId, offset), int(m_locations.size()), &added);
        m_locations.push_back(std::move(location));
        return m_locations.back();
    }

private:
    // Database ids start at 1 and the offsets cached fit 32 bits, so no two records share a
    // key.
    static quint64 keyOf(quint64 cacheId, quint64 offset) { return (cacheId << 32) ^ offset; }
    struct KeyHash
    {
        quint64 operator()(quint64 key) const { return key * 0x9E3779B97F4A7C15ull; }
    };

    FlatIndex<quint64, KeyHash> m_index; // into m_locations
    std::vector<Location> m_locations;
};

} // namespace

Location MmdbLocator::fromRecord(const Database &db, quint64 offset) const
{
    if (offset > 0xffffffffu) // no record can be there: decodeRecord says why
        return decodeRecord(db, offset);
    RecordCache &cache = RecordCache::local();
    if (const Location *cached = cache.find(db.cacheId, offset))
        return *cached;
    return cache.insert(db.cacheId, offset, decodeRecord(db, offset));
}

// Valid UTF-8 without NUL bytes: what a PostgreSQL text value can hold.
static bool isUtf8Text(const QByteArray &text)
{
    if (text.contains('\0'))
        return false;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(text);
    Q_UNUSED(decoded)
    return !decoder.hasError();
}

Location MmdbLocator::decodeRecord(const Database &db, quint64 offset) const
{
    Location loc;
    // One pass over the record with our own reader: no allocation, no rescans of the map.
    const MmdbRecordReader reader(db.mmdb.data_section, db.mmdb.data_section_size);
    MmdbRecordReader::Values v;
    // The whole record first, under libmaxminddb's rules: a record damaged anywhere (a field
    // RegionMap never reads included) fails as it fails there, and nothing of it is used.
    if (offset >= db.mmdb.data_section_size || !reader.check(quint32(offset)))
        v.valid = false;
    else if (db.layout == Layout::DbIpLite)
        v = reader.readDbIpLite(quint32(offset));
    else
        v = reader.readGeoLite2(quint32(offset));
    if (!v.valid) {
        m_damaged.fetch_add(1, std::memory_order_relaxed);
        loc.status = GeoStatus::LookupFailed;
        loc.reason = tr("The record for this address in the geolocation database %1 is damaged. "
                        "Run scripts/setup to fetch the database again.")
                         .arg(QDir::toNativeSeparators(db.path));
        return loc;
    }
    if (v.countrySize == 2 && v.country[0] >= 'A' && v.country[0] <= 'Z' && v.country[1] >= 'A'
        && v.country[1] <= 'Z') {
        loc.countryCode = countryCode(v.country[0], v.country[1]);
    } else if (v.countrySize > 0) {
        loc.countryCode = QByteArray(v.country, int(v.countrySize));
    }
    if (v.citySize > 0)
        loc.city = QByteArray(v.city, int(v.citySize));
    // Text goes to PostgreSQL as it is: one name that is not UTF-8 would fail the whole load.
    // The row keeps its coordinates; its geo_note says which name was dropped, and from where.
    for (const auto &[text, what] :
         {std::pair {&loc.countryCode, "country code"}, std::pair {&loc.city, "city name"}}) {
        if (!text->isEmpty() && !isUtf8Text(*text)) {
            text->clear();
            m_badText.fetch_add(1, std::memory_order_relaxed);
            loc.note += (loc.note.isEmpty() ? QFileInfo(db.path).fileName().toUtf8() + ": "
                                            : QByteArray("; "))
                        + "the " + what + " is not UTF-8 text, left empty";
        }
    }

    const bool hasCoordinates = v.hasLatitude && v.hasLongitude && std::isfinite(v.latitude)
                                && std::isfinite(v.longitude) && std::fabs(v.latitude) <= 90
                                && std::fabs(v.longitude) <= 180;
    if (hasCoordinates) {
        loc.status = GeoStatus::Located;
        loc.latitude = v.latitude;
        loc.longitude = v.longitude;
        loc.accuracyKm = v.accuracyKm;
    } else if (!loc.countryCode.isEmpty()) {
        loc.status = GeoStatus::CountryOnly;
        loc.reason = m_reasonNoCoordinates;
    } else {
        loc.status = GeoStatus::NotFound;
        loc.reason = m_reasonNotFound;
    }
    return loc;
}

void MmdbLocator::lookupMany(const IpAddress *addresses, size_t count, Location *out) const
{
    // Walking the search tree is bound by memory latency: each step is a likely cache (and
    // TLB) miss in a tree of tens of megabytes. So a group of Lanes addresses walks in
    // lockstep, each step prefetching the next node of every lane, and the misses overlap
    // instead of queueing; the record a lane ends on is prefetched while the others still
    // walk. (Decoding a group only after the next group's walk, or prefetching the strings
    // that records point to, measured no faster.) The results are the same as
    // MMDB_lookup_sockaddr's: the tests compare them on hundreds of thousands of addresses.
    constexpr size_t Lanes = 16;
    struct Lane
    {
        const Database *db;
        const quint8 *bits;
        quint64 node;
        size_t index;
        int bit;
        int prefix; // IPv4: the slot of Database::v4Prefix to fill on the way; -1: none
    };
    struct Group
    {
        Lane lanes[Lanes];
        size_t size = 0;
    };

    const RecordCache &cache = RecordCache::local();
    auto walk = [&](size_t base, Group &g) {
        g.size = 0;
        const size_t n = std::min(Lanes, count - base);
        size_t walking[Lanes]; // lanes still inside the tree
        size_t inTree = 0;
        for (size_t i = 0; i < n; ++i) {
            const IpAddress &ip = addresses[base + i];
            const Database *db = ip.isV4() ? m_forV4 : m_forV6;
            // A NAT64 or 6to4 address is looked up as the IPv4 address it carries: lookup()
            // does that (rare enough for the slow path).
            const bool carriesIpv4 = !ip.isV4() && ip.lookupAddress().isV4();
            if (!db || ip.classify() != IpClass::Global || carriesIpv4) {
                out[base + i] = lookup(ip);
                continue;
            }
            Lane &l = g.lanes[g.size];
            l.db = db;
            l.bits = ip.v6().data();
            l.index = base + i;
            l.bit = 0;
            l.node = 0;
            l.prefix = -1;
            if (ip.isV4()) {
                // The last 32 bits of ::ffff:a.b.c.d. The walk of their first bits is done
                // once per prefix and kept (Database::v4Prefix()); this lane fills it if not
                // yet.
                static_assert(Database::V4PrefixBits == 16);
                const int prefix = l.bits[12] << 8 | l.bits[13];
                const quint64 known = db->v4Prefix()[prefix].load(std::memory_order_relaxed);
                if (known != 0) {
                    l.bit = 96 + Database::V4PrefixBits;
                    l.node = known - 1;
                    if (l.node < db->nodeCount)
                        __builtin_prefetch(db->tree + l.node * quint64(db->nodeBytes));
                } else {
                    l.bit = 96;
                    l.node = db->ipVersion == 6 ? db->ipv4Start : 0;
                    l.prefix = prefix;
                }
            }
            if (l.node < db->nodeCount)
                walking[inTree++] = g.size;
            ++g.size;
        }
        while (inTree > 0) {
            for (size_t w = 0; w < inTree;) {
                Lane &l = g.lanes[walking[w]];
                const Database &db = *l.db;
                const int right = (l.bits[l.bit >> 3] >> (7 - (l.bit & 7))) & 1;
                l.node = readTreeRecord(db.tree + l.node * quint64(db.nodeBytes), right,
                                        db.recordSize);
                ++l.bit;
                if (l.prefix >= 0
                    && (l.bit == 96 + Database::V4PrefixBits || l.node >= db.nodeCount)) {
                    // Every address of the prefix comes here (or ends here, above it).
                    db.v4Prefix()[l.prefix].store(l.node + 1, std::memory_order_relaxed);
                    l.prefix = -1;
                }
                if (l.node < db.nodeCount && l.bit < 128) {
                    __builtin_prefetch(db.tree + l.node * quint64(db.nodeBytes));
                    ++w;
                    continue;
                }
                if (l.node >= db.nodeCount + 16) {
                    __builtin_prefetch(db.mmdb.data_section + (l.node - db.nodeCount - 16));
                    cache.prefetch(db.cacheId, l.node - db.nodeCount - 16);
                }
                walking[w] = walking[--inTree]; // this lane is done
            }
        }
    };

    auto finish = [&](const Group &g) {
        for (size_t k = 0; k < g.size; ++k) {
            const Lane &l = g.lanes[k];
            const Database &db = *l.db;
            const IpAddress &ip = addresses[l.index];
            if (l.node == db.nodeCount && ip.isV4() && db.ipVersion == 6) {
                out[l.index] = lookupIn(db, ip); // also tries ::ffff:a.b.c.d
            } else if (l.node == db.nodeCount) {
                Location loc;
                loc.status = GeoStatus::NotFound;
                loc.reason = m_reasonNotFound;
                out[l.index] = std::move(loc);
            } else if (l.node < db.nodeCount + 16) {
                // Bits ran out inside the tree, or the record points into the separator.
                Location loc;
                loc.status = GeoStatus::LookupFailed;
                loc.reason = tr("The search tree of the geolocation database %1 is damaged. Run "
                                "scripts/setup to fetch the database again.")
                                 .arg(QDir::toNativeSeparators(db.path));
                out[l.index] = std::move(loc);
            } else {
                out[l.index] = fromRecord(db, l.node - db.nodeCount - 16);
            }
        }
    };

    Group group;
    for (size_t base = 0; base < count; base += Lanes) {
        walk(base, group);
        finish(group);
    }
}

} // namespace regionmap
