// Per-stage microbenchmarks (Google Benchmark) on the rows of one input file, normally the
// 1,000,000 rows that generate_people writes. scripts/bench runs them; by hand:
//
//   bench_stages --input=people-1m.csv [--geodb=DIR] [--db=URI] [--benchmark_repetitions=5]
//
// One iteration processes every row of the file once; items_per_second is rows (or addresses,
// or located points, as each benchmark's label says) per second of wall time. The floors are
// measured here too, on the same data: raw libmaxminddb lookups for the location stage.
// The COPY benchmarks need --db (a libpq URI of a server they may create tables in).
// Nothing is asserted: performance is measured, never tested.

#include "benchworkload.h"

#include "csv/csvreader.h"
#include "db/copybuffer.h"
#include "db/copystream.h"
#include "etl/copyformat.h"
#include "etl/pointcounts.h"
#include "etl/regionassigner.h"
#include "etl/rowbatch.h"
#include "geo/ipaddress.h"
#include "geo/mmdblocator.h"
#include "geo/nearestregionfinder.h"

#include <QCoreApplication>
#include <QFile>

#include <benchmark/benchmark.h>
#include <libpq-fe.h>
#include <maxminddb.h>

#include <netinet/in.h>
#include <sys/socket.h>

#include <cstdio>
#include <cstring>
#include <map>

using namespace regionmap;
using namespace regionmap::bench;

namespace {

void setRate(benchmark::State &state, size_t items, const char *what)
{
    state.SetItemsProcessed(int64_t(state.iterations()) * int64_t(items));
    state.SetLabel(what);
}

// --- CSV -------------------------------------------------------------------------------------

void BM_CsvRead(benchmark::State &state)
{
    const Workload &w = Workload::get();
    qint64 rows = 0;
    for (auto _ : state) {
        CsvReader reader(w.sniff.dialect);
        if (Status st = reader.open(w.path); !st) {
            state.SkipWithError(qPrintable(st.error().toString()));
            return;
        }
        reader.setExpectedFieldCount(int(w.sniff.columnNames.size()));
        CsvChunk chunk;
        rows = 0;
        qsizetype bytes = 0;
        while (reader.readChunk(chunk, kChunkRecords)) {
            rows += chunk.recordCount();
            bytes += chunk.byteSize();
        }
        benchmark::DoNotOptimize(bytes);
    }
    setRate(state, size_t(rows), "rows (records read, parsed in place, UTF-8 checked)");
}

// --- IP parsing and classification -----------------------------------------------------------

void BM_IpParseClassify(benchmark::State &state)
{
    const Workload &w = Workload::get();
    for (auto _ : state) {
        size_t global = 0;
        for (const QByteArrayView text : w.ipTexts) {
            IpAddress ip;
            if (IpAddress::parse(text, &ip) && ip.classify() == IpClass::Global)
                ++global;
        }
        benchmark::DoNotOptimize(global);
    }
    setRate(state, w.ipTexts.size(), "rows (IP text parsed and classified)");
}

// --- Offline location --------------------------------------------------------------------------

// What the job does per chunk: locate() the chunk's global addresses.
void BM_Locate(benchmark::State &state)
{
    Workload &w = Workload::get();
    std::vector<Location> out;
    for (auto _ : state) {
        size_t located = 0;
        for (const std::vector<IpAddress> &chunk : w.globalChunks) {
            (void)w.locator->locate(chunk, out);
            for (const Location &l : out)
                located += l.status == GeoStatus::Located;
        }
        benchmark::DoNotOptimize(located);
    }
    setRate(state, w.globalCount, "global addresses (MmdbLocator::locate, full Location)");
}

// The floor: libmaxminddb itself, one MMDB_lookup_sockaddr per address and one
// MMDB_get_value per field RegionMap reads (latitude, longitude, country_code, city).
void BM_LocateFloorLibmaxminddb(benchmark::State &state)
{
    Workload &w = Workload::get();
    MMDB_s v4 {};
    MMDB_s v6 {};
    const QByteArray v4Path = QFile::encodeName(w.locator->ipv4Path());
    const QByteArray v6Path = QFile::encodeName(w.locator->ipv6Path());
    if (MMDB_open(v4Path.constData(), MMDB_MODE_MMAP, &v4) != MMDB_SUCCESS
        || MMDB_open(v6Path.constData(), MMDB_MODE_MMAP, &v6) != MMDB_SUCCESS) {
        state.SkipWithError("MMDB_open failed");
        return;
    }
    const bool flat = w.locator->layout() == MmdbLocator::Layout::DbIpLite;
    for (auto _ : state) {
        size_t located = 0;
        double sink = 0;
        for (const std::vector<IpAddress> &chunk : w.globalChunks) {
            for (const IpAddress &ip : chunk) {
                int error = 0;
                MMDB_lookup_result_s r;
                if (ip.isV4()) {
                    sockaddr_in sa {};
                    sa.sin_family = AF_INET;
                    std::memcpy(&sa.sin_addr.s_addr, ip.v6().data() + 12, 4);
                    r = MMDB_lookup_sockaddr(&v4, reinterpret_cast<const sockaddr *>(&sa), &error);
                } else {
                    sockaddr_in6 sa {};
                    sa.sin6_family = AF_INET6;
                    std::memcpy(sa.sin6_addr.s6_addr, ip.v6().data(), 16);
                    r = MMDB_lookup_sockaddr(&v6, reinterpret_cast<const sockaddr *>(&sa), &error);
                }
                if (error != MMDB_SUCCESS || !r.found_entry)
                    continue;
                MMDB_entry_data_s lat {};
                MMDB_entry_data_s lon {};
                MMDB_entry_data_s country {};
                MMDB_entry_data_s city {};
                if (flat) {
                    MMDB_get_value(&r.entry, &lat, "latitude", nullptr);
                    MMDB_get_value(&r.entry, &lon, "longitude", nullptr);
                    MMDB_get_value(&r.entry, &country, "country_code", nullptr);
                    MMDB_get_value(&r.entry, &city, "city", nullptr);
                } else {
                    MMDB_get_value(&r.entry, &lat, "location", "latitude", nullptr);
                    MMDB_get_value(&r.entry, &lon, "location", "longitude", nullptr);
                    MMDB_get_value(&r.entry, &country, "country", "iso_code", nullptr);
                    MMDB_get_value(&r.entry, &city, "city", "names", "en", nullptr);
                }
                if (lat.has_data && lon.has_data) {
                    ++located;
                    sink += lat.type == MMDB_DATA_TYPE_FLOAT ? lat.float_value : lat.double_value;
                }
                sink += city.has_data ? city.data_size : 0;
                sink += country.has_data ? country.data_size : 0;
            }
        }
        benchmark::DoNotOptimize(located);
        benchmark::DoNotOptimize(sink);
    }
    MMDB_close(&v4);
    MMDB_close(&v6);
    setRate(state, w.globalCount, "global addresses (libmaxminddb lookup + 4 MMDB_get_value)");
}

// --- Nearest region ----------------------------------------------------------------------------

// Every located row computed afresh: the spherical prefilter and the exact geodesic.
void BM_NearestCold(benchmark::State &state)
{
    const Workload &w = Workload::get();
    const NearestRegionFinder finder(w.catalog.regions());
    for (auto _ : state) {
        double sink = 0;
        for (const Point &p : w.points)
            sink += finder.findUncached(p.latitude, p.longitude).firstKm;
        benchmark::DoNotOptimize(sink);
    }
    setRate(state, w.points.size(), "located rows (findUncached: no cache)");
}

// As a run sees it: the coordinate cache starts empty and fills up over the file.
void BM_NearestCached(benchmark::State &state)
{
    const Workload &w = Workload::get();
    for (auto _ : state) {
        NearestRegionFinder finder(w.catalog.regions());
        double sink = 0;
        for (const Point &p : w.points)
            sink += finder.find(p.latitude, p.longitude).firstKm;
        benchmark::DoNotOptimize(sink);
        state.counters["cache_misses"] = double(finder.cacheMisses());
    }
    setRate(state, w.points.size(), "located rows (find: per-coordinate cache, starts empty)");
}

// What the job runs: the assigner stage, which gives each located row its point and each new
// point its nearest regions (one table of points per run, bounded).
void BM_RegionAssigner(benchmark::State &state)
{
    const Workload &w = Workload::get();
    // The located rows in batches of a chunk, as the locator leaves them.
    std::vector<RowBatch> batches;
    for (size_t i = 0; i < w.points.size(); i += size_t(kChunkRecords)) {
        RowBatch b;
        const size_t n = std::min(w.points.size() - i, size_t(kChunkRecords));
        b.rows.resize(n);
        b.locations.resize(n);
        for (size_t k = 0; k < n; ++k) {
            b.rows[k].status = GeoStatus::Located;
            b.rows[k].lookup = int(k);
            b.locations[k].status = GeoStatus::Located;
            b.locations[k].latitude = w.points[i + k].latitude;
            b.locations[k].longitude = w.points[i + k].longitude;
        }
        batches.push_back(std::move(b));
    }
    for (auto _ : state) {
        NearestRegionFinder finder(w.catalog.regions());
        RegionAssigner assigner(finder);
        for (RowBatch &b : batches)
            assigner.process(b);
        benchmark::DoNotOptimize(assigner.pointCount());
    }
    setRate(state, w.points.size(), "located rows (RegionAssigner: point table + nearest)");
}

// What the encoder adds to each row since the point table: counting it as a weighted point
// (etl_points). The rows' nearest regions are found before the timing.
void BM_PointCounts(benchmark::State &state)
{
    const Workload &w = Workload::get();
    NearestRegionFinder finder(w.catalog.regions());
    std::vector<PointCounts::Row> rows;
    std::vector<int> places; // each row's place index, as the region assigner gives it
    std::map<std::pair<uint64_t, uint64_t>, int> placeIndex;
    rows.reserve(w.points.size());
    for (const Point &p : w.points) {
        const std::pair<uint64_t, uint64_t> placeKey {doubleBits(p.latitude),
                                                      doubleBits(p.longitude)};
        places.push_back(placeIndex.try_emplace(placeKey, int(placeIndex.size())).first->second);
        const NearestResult near = finder.find(p.latitude, p.longitude);
        PointCounts::Row r;
        r.status = GeoStatus::Located;
        r.hasSource = r.hasPoint = true;
        r.latitude = p.latitude;
        r.longitude = p.longitude;
        r.countryCode = p.countryCode;
        r.city = p.city;
        r.region = near.first;
        r.secondRegion = near.second;
        r.km = near.firstKm;
        r.secondKm = near.secondKm;
        r.uncertaintyKm = 200;
        rows.push_back(r);
    }
    size_t points = 0;
    for (auto _ : state) {
        PointCounts counts;
        for (size_t i = 0; i < rows.size(); ++i)
            counts.add(rows[i], places[i]);
        points = counts.size();
        benchmark::DoNotOptimize(points);
    }
    state.counters["points"] = double(points);
    setRate(state, rows.size(), "located rows (PointCounts: each row counted as a point)");
}

// --- COPY load ---------------------------------------------------------------------------------

// Loads the enriched rows (the job's COPY data for the whole file, encoded once up front) into
// a new table created in the same transaction, then commits: what a run's load costs the
// server, the client doing nothing but send.
void BM_CopyLoad(benchmark::State &state)
{
    Workload &w = Workload::get();
    if (w.dbUri.isEmpty()) {
        state.SkipWithError("no --db=URI given");
        return;
    }
    const CopyData &data = w.copyData();
    PGconn *conn = PQconnectdb(w.dbUri.toUtf8().constData());
    if (PQstatus(conn) != CONNECTION_OK) {
        state.SkipWithError(PQerrorMessage(conn));
        PQfinish(conn);
        return;
    }
    const QString table = QStringLiteral("bench_copy_load");
    const auto exec = [&](const QString &sql) {
        return execSql(conn, sql).isOk();
    };
    for (auto _ : state) {
        state.PauseTiming();
        exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(table));
        exec(QStringLiteral("CHECKPOINT"));
        state.ResumeTiming();
        bool ok = exec(QStringLiteral("BEGIN")) && exec(w.schema.createTableSql(table));
        CopyStream copy(conn);
        ok = ok
             && copy.begin(QStringLiteral("COPY %1 (%2) FROM STDIN%3")
                               .arg(table, w.schema.quotedColumnList(), data.copyOptions))
                    .isOk();
        for (size_t off = 0; ok && off < data.bytes.size(); off += kSendBytes) {
            const size_t n = std::min(size_t(kSendBytes), data.bytes.size() - off);
            ok = copy.sendRaw(data.bytes.data() + off, n).isOk();
        }
        const Result<qint64> rows = ok ? copy.finish() : Result<qint64>(Error(QString()));
        ok = rows && rows.value() == qint64(data.rows) && exec(QStringLiteral("COMMIT"));
        if (!ok) {
            state.SkipWithError(PQerrorMessage(conn));
            break;
        }
    }
    exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(table));
    PQfinish(conn);
    setRate(state, data.rows, "rows (COPY of the job's data into a new table, and COMMIT)");
}

} // namespace

BENCHMARK(BM_CsvRead)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);
BENCHMARK(BM_IpParseClassify)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);
BENCHMARK(BM_Locate)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);
BENCHMARK(BM_LocateFloorLibmaxminddb)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);
BENCHMARK(BM_NearestCold)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);
BENCHMARK(BM_NearestCached)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);
BENCHMARK(BM_RegionAssigner)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);
BENCHMARK(BM_PointCounts)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);
BENCHMARK(BM_CopyLoad)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        const auto value = [&](const char *name) {
            const QString prefix = QLatin1String(name) + QLatin1Char('=');
            return arg.startsWith(prefix) ? arg.mid(prefix.size()) : QString();
        };
        if (!value("--input").isEmpty()) {
            Workload::options().input = value("--input");
        } else if (!value("--geodb").isEmpty()) {
            Workload::options().geoDir = value("--geodb");
        } else if (!value("--db").isEmpty()) {
            Workload::options().dbUri = value("--db");
        } else {
            std::fprintf(stderr, "bench_stages: unknown argument %s\n", argv[i]);
            return 2;
        }
    }
    if (Workload::options().input.isEmpty()) {
        std::fprintf(stderr, "usage: bench_stages --input=FILE.csv [--geodb=DIR] [--db=URI] "
                             "[benchmark flags]\n");
        return 2;
    }
    if (Status st = Workload::load(); !st) {
        std::fprintf(stderr, "bench_stages: %s\n", qPrintable(st.error().toString()));
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
