#include "geodatabaseinfo.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include "geo/mmdbdatabase.h"

namespace regionmap {

namespace {

// The entry data at a path of one record, or nothing.
bool hasValue(MMDB_entry_s entry, const char *const *path, int type)
{
    MMDB_entry_data_s d;
    return MMDB_aget_value(&entry, &d, path) == MMDB_SUCCESS && d.has_data
           && (type < 0 || int(d.type) == type);
}

enum class Records { Unknown, DbIpLite, CityMaps, CountryOnly };

// What the first data records of the tree hold: DB-IP Lite's flat keys, GeoLite2's location
// map, or only a country. Bounded walk, as when a locator opens the file.
Records probeRecords(const MMDB_s *db)
{
    static const char *const flatLatitude[] = {"latitude", nullptr};
    static const char *const location[] = {"location", "latitude", nullptr};
    static const char *const country[] = {"country", nullptr};
    static const char *const flatCountry[] = {"country_code", nullptr};
    std::vector<quint32> stack {0};
    int visited = 0;
    int countryRecords = 0;
    while (!stack.empty() && visited < 200000 && countryRecords < 64) {
        const quint32 node = stack.back();
        stack.pop_back();
        ++visited;
        MMDB_search_node_s n;
        if (MMDB_read_node(db, node, &n) != MMDB_SUCCESS)
            break;
        for (const auto &[type, entry] : {std::pair {n.left_record_type, n.left_record_entry},
                                          {n.right_record_type, n.right_record_entry}}) {
            if (type != MMDB_RECORD_TYPE_DATA)
                continue;
            if (hasValue(entry, flatLatitude, -1))
                return Records::DbIpLite;
            if (hasValue(entry, location, -1))
                return Records::CityMaps;
            if (hasValue(entry, country, MMDB_DATA_TYPE_MAP) || hasValue(entry, flatCountry, -1))
                ++countryRecords;
        }
        if (n.right_record_type == MMDB_RECORD_TYPE_SEARCH_NODE)
            stack.push_back(quint32(n.right_record));
        if (n.left_record_type == MMDB_RECORD_TYPE_SEARCH_NODE)
            stack.push_back(quint32(n.left_record));
    }
    return countryRecords > 0 ? Records::CountryOnly : Records::Unknown;
}

QString englishDescription(const MMDB_metadata_s &meta)
{
    for (size_t i = 0; i < meta.description.count; ++i) {
        const MMDB_description_s *d = meta.description.descriptions[i];
        if (d && d->language && d->description && qstrcmp(d->language, "en") == 0)
            return QString::fromUtf8(d->description);
    }
    return {};
}

} // namespace

Result<GeoDatabaseInfo> GeoDatabaseInfo::inspect(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo fi(path);
    if (!fi.exists())
        return Error(ErrorKind::Geolocation,
                     tr("The geolocation database %1 does not exist.").arg(shown));
    MMDB_s mmdb {};
    const int status = MMDB_open(QFile::encodeName(path).constData(), MMDB_MODE_MMAP, &mmdb);
    if (status != MMDB_SUCCESS)
        return Error(ErrorKind::Geolocation,
                     tr("%1 is not a valid MaxMind DB (.mmdb) file, or it is damaged.").arg(shown),
                     QString::fromUtf8(MMDB_strerror(status)));
    GeoDatabaseInfo info;
    info.path = fi.absoluteFilePath();
    info.fileSize = fi.size();
    const MMDB_metadata_s &meta = mmdb.metadata;
    info.databaseType = QString::fromUtf8(meta.database_type ? meta.database_type : "");
    info.buildDate = QDateTime::fromSecsSinceEpoch(qint64(meta.build_epoch), Qt::UTC).date();
    info.nodeCount = meta.node_count;
    info.recordSize = meta.record_size;
    info.description = englishDescription(meta);
    info.ipv6 = meta.ip_version == 6;
    info.ipv4 = mmdbHasIpv4Data(&mmdb);
    const Records records = probeRecords(&mmdb);
    MMDB_close(&mmdb);

    const bool dbip = info.databaseType.startsWith(QLatin1String("DBIP"), Qt::CaseInsensitive)
                      || records == Records::DbIpLite;
    if (records == Records::CountryOnly) {
        info.kind = tr("country-only");
    } else if (records == Records::Unknown) {
        info.kind = tr("unknown (no location in its records)");
    } else {
        info.sourceId = dbip ? GeoSource::DbIpCityLite
                        : info.databaseType.startsWith(QLatin1String("GeoIP2"))
                            ? GeoSource::GeoIp2City
                            : GeoSource::GeoLite2City;
        info.kind = GeoSource::labelFor(info.sourceId);
    }
    // A file RegionMap cannot use still names whose data it is.
    QString creditSource = info.sourceId;
    if (creditSource.isEmpty() && dbip)
        creditSource = GeoSource::DbIpCityLite;
    else if (creditSource.isEmpty() && info.databaseType.startsWith(QLatin1String("GeoLite2")))
        creditSource = GeoSource::GeoLite2City;
    info.credit = GeoSource::creditFor(creditSource);
    return info;
}

int GeoDatabaseInfo::ageDays(const QDate &today) const
{
    return buildDate.isValid() ? int(buildDate.daysTo(today)) : 0;
}

QString GeoDatabaseInfo::ipVersions() const
{
    if (ipv4 && ipv6)
        return tr("IPv4 and IPv6");
    return ipv6 ? tr("IPv6") : tr("IPv4");
}

QString GeoDatabaseInfo::ageSentence(const QDate &today) const
{
    if (!buildDate.isValid())
        return {};
    const int days = ageDays(today);
    QString text
        = tr("Built on %1, %n day(s) ago.", nullptr, days).arg(buildDate.toString(Qt::ISODate));
    if (days <= kStaleAfterDays)
        return text;
    const bool maxmind = credit.url == QLatin1String("https://www.maxmind.com")
                         || sourceId == GeoSource::GeoIp2City;
    text += QLatin1Char(' ');
    if (maxmind)
        text += tr("Older than %1 days: MaxMind publishes new City databases twice a week. "
                   "Download the current one from your MaxMind account and choose it.")
                    .arg(kStaleAfterDays);
    else
        text += tr("Older than %1 days: DB-IP publishes a new Lite database every month. "
                   "Update it with Update Now on the Geolocation page, or with regionmap-cli "
                   "geodb update.")
                    .arg(kStaleAfterDays);
    return text;
}

QJsonObject GeoDatabaseInfo::toJson(const QDate &today) const
{
    QJsonArray versions;
    if (ipv4)
        versions.append(4);
    if (ipv6)
        versions.append(6);
    QJsonObject o {{QStringLiteral("path"), path},
                   {QStringLiteral("size_bytes"), double(fileSize)},
                   {QStringLiteral("kind"), kind},
                   {QStringLiteral("geo_source"), sourceId.isEmpty() ? QJsonValue() : sourceId},
                   {QStringLiteral("usable"), usable()},
                   {QStringLiteral("database_type"), databaseType},
                   {QStringLiteral("build_date"), buildDate.toString(Qt::ISODate)},
                   {QStringLiteral("age_days"), ageDays(today)},
                   {QStringLiteral("stale"), isStale(today)},
                   {QStringLiteral("ip_versions"), versions},
                   {QStringLiteral("node_count"), double(nodeCount)},
                   {QStringLiteral("record_size"), recordSize}};
    if (!description.isEmpty())
        o.insert(QStringLiteral("description"), description);
    if (!credit.isEmpty())
        o.insert(QStringLiteral("attribution"),
                 QJsonObject {{QStringLiteral("text"), credit.text},
                              {QStringLiteral("url"), credit.url},
                              {QStringLiteral("licence"), credit.licence}});
    return o;
}

} // namespace regionmap
