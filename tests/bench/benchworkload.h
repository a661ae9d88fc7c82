#pragma once

// The data the stage benchmarks work on, prepared once from one input file: its dialect and
// schema as a run infers them, the IP column's texts, the global addresses per chunk, the
// located points, and (on first use) the COPY data a run sends for the whole file.

#include "common/result.h"
#include "csv/csvsniffer.h"
#include "db/targetschema.h"
#include "geo/ipaddress.h"
#include "geo/mmdblocator.h"
#include "geo/regioncatalog.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace regionmap::bench {

constexpr int kChunkRecords = 16384; // EtlOptions::chunkRecords' default
constexpr size_t kSendBytes = size_t(1) << 20; // the job's COPY piece size

struct Point
{
    double latitude;
    double longitude;
    QByteArray countryCode;
    QByteArray city;
};

struct CopyData
{
    std::vector<char> bytes;
    size_t rows = 0;
    QString copyOptions; // appended to COPY ... FROM STDIN, e.g. " WITH (FORMAT binary)"
};

class Workload
{
public:
    struct Options
    {
        QString input;
        QString geoDir;
        QString dbUri;
    };
    static Options &options();
    static Status load();
    static Workload &get();

    QString path;
    QString dbUri;
    SniffResult sniff;
    TargetSchema schema;
    RegionCatalog catalog;
    QList<QByteArray> regionCodes;
    QList<QByteArray> regionNames;
    std::unique_ptr<MmdbLocator> locator;

    std::vector<char> ipArena; // the IP column's texts, back to back
    std::vector<QByteArrayView> ipTexts; // one per row, into ipArena
    std::vector<std::vector<IpAddress>> globalChunks; // per chunk of kChunkRecords rows
    size_t globalCount = 0;
    std::vector<Point> points; // every located row's coordinates, in file order

    // The COPY data of the whole file as a run encodes it (run_id 1), made on first use.
    const CopyData &copyData();

private:
    Status prepare();
    std::unique_ptr<CopyData> m_copy;
};

} // namespace regionmap::bench
