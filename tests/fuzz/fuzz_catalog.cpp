// libFuzzer target: the region catalog parser. A catalog without errors must be usable: codes
// unique, coordinates in range, at least one region.
#include "geo/regioncatalog.h"

#include <QSet>

#include <cstdint>
#include <cstdlib>

using namespace regionmap;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const RegionCatalog catalog = RegionCatalog::parse(bytes, QStringLiteral("fuzz.csv"));
    for (const CatalogIssue &issue : catalog.issues()) {
        if (issue.message.isEmpty())
            abort();
    }
    if (!catalog.hasErrors()) {
        if (catalog.regions().isEmpty())
            abort();
        QSet<QString> codes;
        for (const Region &r : catalog.regions()) {
            if (!(r.latitude >= -90 && r.latitude <= 90 && r.longitude >= -180
                  && r.longitude <= 180))
                abort();
            if (r.code.isEmpty() || codes.contains(r.code.toLower()))
                abort();
            codes.insert(r.code.toLower());
        }
    }
    return 0;
}
