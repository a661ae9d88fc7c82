#pragma once

#include "etl/runrecorder.h"

#include <QJsonArray>
#include <QStringList>

namespace regionmap {

class InputSet;
class RegionCatalog;
struct GeoSource;

// Owns what etl_runs records about a run's setup, as JSON: files, catalog, source of the
// locations, dialects and settings. Never a secret.
class RunRecordBuilder
{
public:
    // crossCheck: the second opinion's source, or null.
    static RunStart start(const EtlOptions &options, const InputSet &inputs,
                          const RegionCatalog &catalog, const GeoSource &source,
                          const QString &table, const QString &keyColumn,
                          const GeoSource *crossCheck = nullptr);

    // [{path, size, sha256}] of each file; computed on the side while the rows load.
    static QJsonArray hashFiles(const QStringList &paths);
};

} // namespace regionmap
