#include "rowbatch.h"

#include "csv/csvchunk.h"

namespace regionmap {

void RowBatch::reset(const CsvChunk &c)
{
    chunk = &c;
    rows.assign(size_t(c.rowCount()), RowState());
    lookups.clear();
    locations.clear();
    altLocations.clear();
    altAsked.clear();
    rejects.clear();
    sourceFields.clear();
    locationFields.clear();
}

} // namespace regionmap
