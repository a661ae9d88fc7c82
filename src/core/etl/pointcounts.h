#pragma once

#include "common/result.h"
#include "geo/agreement.h"
#include "geo/geostatus.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>

#include <cstdint>
#include <functional>
#include <vector>

namespace regionmap {

class CopyBuffer;

// The run's rows as weighted points (etl_points, docs/point-table.md), counted by the encoder as
// it writes them: one point per distinct place, status and assignment, holding the values the
// row got in the target table and the number of such rows. Bounded: past `limit` points it stops
// counting and says so (overflowed()), and the run makes its points from the rows instead.
//
// A row with a place comes with the place's index in the region assigner's table, so that
// counting it is an array access, not a hash lookup (the encoder runs on the run's critical
// path). The assigner starts its table afresh now and then (a new generation): the points
// counted before may then come again under new indexes, and encode() merges such repeats.
class PointCounts
{
public:
    explicit PointCounts(size_t limit = size_t(1) << 19);

    // What a row stored, as far as its point goes.
    struct Row
    {
        GeoStatus status = GeoStatus::InvalidIp;
        bool hasSource = false; // geo_source is set
        bool hasPoint = false; // latitude and longitude are set
        double latitude = 0;
        double longitude = 0;
        // The caller's bytes when a row is counted (read, not shared: the encoder's rows hold
        // values the reading thread made, whose reference counts it would otherwise write);
        // an entry's own copies once kept. Empty: NULL.
        QByteArrayView countryCode;
        QByteArrayView city;
        int region = -1; // catalog index; -1: no region (the rest is not used)
        int secondRegion = -1;
        double km = 0;
        double secondKm = 0;
        qint64 rttTenths = 0;
        bool measured = false;
        double uncertaintyKm = 0;
        bool firm = false;
        Agreement agreement = Agreement::None;
    };

    // place: the index of the row's place (>= 0 when row.hasPoint), unique within generation.
    void add(const Row &row, int place = -1, int generation = 0);
    // Asks the memory for the counts of a place about to be counted (see RowEncoder).
    void prefetch(int place) const
    {
        if (size_t(place) < m_byPlace.size() && m_byPlace[size_t(place)] >= 0)
            __builtin_prefetch(&m_entries[size_t(m_byPlace[size_t(place)])]);
    }
    // Takes away rows that were written but did not stay (duplicate keys of an upsert): the
    // points are then made from the rows, so this only marks them as unusable.
    void invalidate() { overflow(); }

    bool overflowed() const { return m_overflowed; }
    // Points counted so far (after a new generation of places, repeats included).
    size_t size() const { return m_entries.size(); }
    qint64 rows() const { return m_rows; }

    // The points for PointTable::copySql(): run_id, the point columns, row_count, in COPY text
    // or (binary) COPY's binary format without its header and trailer. The values are written as
    // the encoder writes them in the target table.
    // With `send`, the text goes out in pieces of about `sendBytes` (the last one is left in
    // `out`), so that the server parses while the rest is written.
    using Send = std::function<Status(CopyBuffer &)>;
    Status encode(qint64 runId, const QList<QByteArray> &regionCodes, const QByteArray &geoSource,
                  CopyBuffer &out, const Send &send = {}, size_t sendBytes = 1 << 20,
                  bool binary = false) const;

private:
    struct Entry
    {
        Entry(const Row &counted, int nextEntry);
        Entry(const Entry &other);
        Entry &operator=(const Entry &other);

        Row row; // its texts view the two below
        QByteArray countryCode;
        QByteArray city;
        qint64 rows = 0;
        int next = -1; // the next entry of the same place (or of the same country, placeless)

    private:
        void own();
    };

    // Rows of one point: the same place, status, country, city, uncertainty and agreement.
    static bool samePoint(const Row &a, const Row &b);
    template<class Fields>
    Status encodeAs(qint64 runId, const QList<QByteArray> &regionCodes, const QByteArray &geoSource,
                    Fields &fields, CopyBuffer &out, const Send &send, size_t sendBytes) const;
    static bool pointLess(const Row &a, const Row &b);
    void countIn(int &head, const Row &row);
    std::vector<Entry> merged() const;
    void overflow();

    size_t m_limit;
    std::vector<Entry> m_entries;
    std::vector<int> m_byPlace; // the first entry of each place index, -1
    QHash<QByteArray, int> m_placeless; // the first entry without a place, by country
    int m_generation = 0;
    bool m_repeats = false; // a new generation of places began: entries may repeat
    qint64 m_rows = 0;
    bool m_overflowed = false;
};

} // namespace regionmap
