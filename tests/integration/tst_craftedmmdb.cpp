// Databases written by MaxMind's own writer (Debian's libmaxmind-db-writer-perl, through
// tests/data/mmdb/write-crafted.pl): both record layouts, 24-, 28- and 32-bit records, IPv4 and
// IPv6 trees, and a country-only file. RegionMap's reader must locate every address as written,
// tell the kinds apart, and the update's checks must take the city files and refuse the other.
#include "geo/geodatabaseinfo.h"
#include "geo/geodbupdate.h"
#include "geo/ipaddress.h"
#include "geo/mmdblocator.h"
#include "testpaths.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace regionmap;

namespace {

struct Place
{
    const char *ip;
    const char *country;
    const char *city;
    double latitude;
    double longitude;
    int accuracyKm;
};

// The same places as write-crafted.pl.
const Place kPlaces[] = {
    {"8.8.8.8", "US", "Mountain View", 37.42, -122.08, 1000},
    {"193.0.6.139", "NL", "Amsterdam", 52.37, 4.89, 5},
    {"200.160.2.3", "BR", "São Paulo", -23.56, -46.69, 20},
    {"196.216.2.6", "MU", "Ebène", -20.24, 57.49, 50},
    {"203.119.101.61", "AU", "Brisbane", -27.47, 153.03, 10},
    {"81.2.69.142", "GB", "London", 51.5142, -0.0931, 20},
};

IpAddress ip(const char *text)
{
    IpAddress a;
    IpAddress::parse(QByteArrayView(text), &a);
    return a;
}

} // namespace

class TestCraftedMmdb : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString file(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QProcess perl;
        perl.start(QStringLiteral("perl"),
                   {test::sourceDir() + QStringLiteral("/tests/data/mmdb/write-crafted.pl"),
                    m_dir.path()});
        QVERIFY2(perl.waitForFinished(60000) && perl.exitCode() == 0,
                 qPrintable(QStringLiteral("write-crafted.pl failed (install "
                                           "libmaxmind-db-writer-perl: scripts/setup does): ")
                            + QString::fromUtf8(perl.readAllStandardError())));
    }

    void everyAddressAsWritten_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("radius");
        QTest::addColumn<double>("tolerance"); // float coordinates in the DB-IP layout
        QTest::newRow("GeoLite2, 24-bit") << QStringLiteral("geolite2-24.mmdb") << true << 1e-9;
        QTest::newRow("GeoLite2, 32-bit") << QStringLiteral("geolite2-32.mmdb") << true << 1e-9;
        QTest::newRow("DB-IP, 28-bit, IPv4 tree")
            << QStringLiteral("dbip-28-ipv4.mmdb") << false << 1e-4;
    }
    void everyAddressAsWritten()
    {
        QFETCH(QString, name);
        QFETCH(bool, radius);
        QFETCH(double, tolerance);
        Result<std::unique_ptr<MmdbLocator>> locator = MmdbLocator::open(m_dir.filePath(name));
        QVERIFY2(locator, qPrintable(locator ? QString() : locator.error().message));
        for (const Place &p : kPlaces) {
            const Location loc = (*locator)->lookup(ip(p.ip));
            QCOMPARE(loc.status, GeoStatus::Located);
            QCOMPARE(loc.countryCode, QByteArray(p.country));
            QCOMPARE(QString::fromUtf8(loc.city), QString::fromUtf8(p.city));
            QVERIFY2(qAbs(loc.latitude - p.latitude) < tolerance, p.ip);
            QVERIFY2(qAbs(loc.longitude - p.longitude) < tolerance, p.ip);
            QCOMPARE(loc.accuracyKm, radius ? p.accuracyKm : -1);
        }
        // An address the file does not hold.
        QVERIFY((*locator)->lookup(ip("1.1.1.1")).status != GeoStatus::Located);
    }

    void anIpv6NetworkInAThirtyTwoBitTree()
    {
        Result<std::unique_ptr<MmdbLocator>> locator = MmdbLocator::open(file("geolite2-32.mmdb"));
        QVERIFY(locator);
        const Location loc = (*locator)->lookup(ip("2a02:ec0::1"));
        QCOMPARE(loc.status, GeoStatus::Located);
        QCOMPARE(QString::fromUtf8(loc.city), QStringLiteral("Köln"));
        QCOMPARE(loc.accuracyKm, 100);
        // The IPv4-only file has no IPv6 data at all.
        Result<std::unique_ptr<MmdbLocator>> v4 = MmdbLocator::open(file("dbip-28-ipv4.mmdb"));
        QVERIFY(v4);
        QVERIFY((*v4)->lookup(ip("2a02:ec0::1")).status != GeoStatus::Located);
    }

    void kindsAndTheUpdateChecks()
    {
        const QDate today = QDate::currentDate();
        const struct
        {
            const char *name;
            QString source;
            bool usable;
        } expected[] = {{"geolite2-24.mmdb", GeoSource::GeoLite2City, true},
                        {"geolite2-32.mmdb", GeoSource::GeoLite2City, true},
                        {"dbip-28-ipv4.mmdb", GeoSource::DbIpCityLite, true},
                        {"country-only.mmdb", QString(), false}};
        for (const auto &e : expected) {
            const Result<GeoDatabaseInfo> info = GeoDatabaseInfo::inspect(file(e.name));
            QVERIFY2(info, e.name);
            QCOMPARE(info->sourceId, e.source);
            QCOMPARE(info->buildDate.isValid(), true);
            const Result<GeoDatabaseInfo> checked = checkGeoDatabase(file(e.name), today);
            QVERIFY2(bool(checked) == e.usable,
                     qPrintable(QLatin1String(e.name) + QLatin1Char(' ')
                                + (checked ? QString() : checked.error().message)));
        }
    }
};

QTEST_GUILESS_MAIN(TestCraftedMmdb)
#include "tst_craftedmmdb.moc"
