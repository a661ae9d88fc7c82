#pragma once

#include "geo/geostatus.h"

#include <QByteArray>

namespace regionmap {

class CopyBuffer;
class CsvChunk;
class IpAddress;
class PointEncoder;
struct Location;

// Appends a row's own columns (the first `columns` fields of row `row` of the chunk) in the
// COPY text format, each followed by a separator; an empty field is NULL.
void appendSourceColumns(CopyBuffer &buf, const CsvChunk &chunk, int row, int columns);

// Appends the columns a run adds after a row's own columns, in the COPY text format: ip,
// latitude .. second_distance_km (from the point alone), country_code, city, geo_source,
// geo_status and run_id, with the separators between them but none after run_id.
// location is the lookup's answer for a global address, or null; status is the row's final
// status. Returns the nearest region's index in the catalog, or -1 when the row has none.
int appendEnrichedColumns(CopyBuffer &buf, PointEncoder &points, const IpAddress &ip,
                          GeoStatus status, const Location *location, const QByteArray &geoSource,
                          const QByteArray &runId);

} // namespace regionmap
