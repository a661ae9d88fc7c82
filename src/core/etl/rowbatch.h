#pragma once

#include "db/copybuffer.h"
#include "geo/geostatus.h"
#include "geo/ipaddress.h"
#include "geo/location.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <vector>

namespace regionmap {

class CsvChunk;

// A row that leaves the pipeline for etl_rejects: where it was, what was wrong.
struct RejectedRow
{
    qint64 line = 0;
    QString column; // the column at fault; empty when no single column is
    QByteArray value; // the value at fault, UTF-8
    QByteArray raw; // the row's text, UTF-8
    QString reason; // a sentence for the analyst
};

// COPY fields of each row of a chunk, written ahead of the encoder (RowEncoder's
// writeSourceColumns() and writeLocationColumns()); empty: not written ahead.
struct FieldPieces
{
    CopyBuffer bytes;
    std::vector<uint32_t> ends; // where each row's fields end in bytes

    bool empty() const { return ends.empty(); }
    void clear()
    {
        bytes.clear();
        ends.clear();
    }
    // After each row's fields (none for a rejected row).
    void endRow() { ends.push_back(uint32_t(bytes.size())); }
    QByteArrayView row(int r) const
    {
        const uint32_t begin = r > 0 ? ends[size_t(r - 1)] : 0;
        return QByteArrayView(bytes.data() + begin, qsizetype(ends[size_t(r)] - begin));
    }
};

// What the stages know about one row of the chunk. Each stage fills in its own part.
struct RowState
{
    bool rejected = false; // validator: the row goes to the rejects, no stage after it sees it
    IpAddress ip; // validator: the parsed address (invalid when the text is no address)
    bool global = false; // validator: a global address, which the locator looks up
    GeoStatus status = GeoStatus::InvalidIp; // validator, then locator: the row's final status
    int lookup = -1; // locator: index into RowBatch::locations, -1 when not looked up
    int point = -1; // assigner: index of the row's point in the assigner, -1 when none
    int altPoint = -1; // the cross-check's assigner: the same for the second opinion
};

// One chunk of rows on its way through the pipeline: reader → validator → locator → assigner
// → encoder → load session. The chunk holds the text; the batch holds what the stages found.
struct RowBatch
{
    const CsvChunk *chunk = nullptr;
    std::vector<RowState> rows; // one per chunk row, in order
    std::vector<IpAddress> lookups; // the global addresses of the accepted rows, to locate
    std::vector<Location> locations; // the locator's answers, one per lookup
    std::vector<Location> altLocations; // the cross-check's answers, one per lookup (or none)
    std::vector<char> altAsked; // per lookup: the cross-check asked about it (it may sample)
    std::vector<RejectedRow> rejects; // rows the reader or the validator turned away
    // Written ahead on the reading thread when the format allows it: the CSV's columns (and
    // ip), and the columns that follow from the location.
    FieldPieces sourceFields;
    FieldPieces locationFields;

    // Starts on a new chunk: one fresh RowState per row, no lookups, no rejects.
    void reset(const CsvChunk &c);
    // The row's location, or null when it was not looked up.
    const Location *location(int row) const
    {
        const int i = rows[size_t(row)].lookup;
        return i >= 0 ? &locations[size_t(i)] : nullptr;
    }
    // The cross-check's location of the row, or null when it was not looked up.
    const Location *altLocation(int row) const
    {
        const int i = rows[size_t(row)].lookup;
        return i >= 0 && size_t(i) < altLocations.size() && altAsked[size_t(i)]
                   ? &altLocations[size_t(i)]
                   : nullptr;
    }
};

} // namespace regionmap
