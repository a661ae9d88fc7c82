// libFuzzer target: RegionMap's MaxMind DB reading on arbitrary files. The file is opened as a
// run opens it (libmaxminddb's checks of the metadata, then RegionMap's own), and a batch of
// addresses is located through RegionMap's search tree walk and record reader; the bytes are
// also read as a bare data section by MmdbRecordReader. Checks: no crash, no hang, no read out
// of bounds (ASan), every address gets a status, and a located one has real coordinates.
#include "fuzzsupport.h"
#include "geo/ipaddress.h"
#include "geo/mmdblocator.h"
#include "geo/mmdbrecordreader.h"

#include <QLoggingCategory>
#include <QString>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>
#include <vector>

using namespace regionmap;
using fuzz::check;

static const std::vector<IpAddress> &addresses()
{
    static const std::vector<IpAddress> list = [] {
        std::vector<IpAddress> l;
        for (const char *text :
             {"1.1.1.1", "8.8.8.8", "81.2.69.142", "193.0.6.139", "255.255.255.254", "0.0.0.1",
              "2a02:ec0::1", "2002:808:808::1", "64:ff9b::808:808", "2600::1", "ffff::1"}) {
            IpAddress a;
            IpAddress::parse(QByteArrayView(text), &a);
            l.push_back(a);
        }
        return l;
    }();
    return list;
}

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    QLoggingCategory::setFilterRules(QStringLiteral("*.info=false\n*.debug=false")); // "opened ..."
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > (1u << 20))
        return 0;
    // The bytes as a data section: the whole-record check and both layouts' readers.
    const MmdbRecordReader reader(data, quint32(size));
    for (quint32 offset : {0u, 1u, quint32(size / 2)}) {
        if (offset >= size)
            break;
        (void)reader.check(offset);
        (void)reader.readDbIpLite(offset);
        (void)reader.readGeoLite2(offset);
    }

    // The bytes as a file. (libmaxminddb wants a path: a file in /dev/shm, one per process.)
    static const QString path = [] {
        const QString p = QStringLiteral("/dev/shm/regionmap-fuzz-%1.mmdb").arg(getpid());
        std::atexit([] {
            std::remove(QStringLiteral("/dev/shm/regionmap-fuzz-%1.mmdb")
                            .arg(getpid())
                            .toLocal8Bit()
                            .constData());
        });
        return p;
    }();
    FILE *f = fopen(path.toLocal8Bit().constData(), "wb");
    if (!f)
        return 0;
    const bool written = fwrite(data, 1, size, f) == size;
    fclose(f);
    if (!written)
        return 0;
    Result<std::unique_ptr<MmdbLocator>> locator = MmdbLocator::open(path);
    if (!locator) {
        check(!locator.error().message.isEmpty(), "a refusal says why");
        return 0;
    }
    std::vector<Location> out;
    const Status status = (*locator)->locate(addresses(), out);
    if (status.isOk()) {
        check(out.size() == addresses().size(), "every address gets a location");
        for (const Location &loc : out) {
            if (loc.status == GeoStatus::Located) {
                check(std::isfinite(loc.latitude) && std::fabs(loc.latitude) <= 90,
                      "a real latitude");
                check(std::isfinite(loc.longitude) && std::fabs(loc.longitude) <= 180,
                      "a real longitude");
            }
        }
    }
    return 0;
}
