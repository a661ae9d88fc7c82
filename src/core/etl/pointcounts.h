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
#include <utility>
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

    // What a row stored, as far as its point goes, but for its texts.
    struct Values
    {
        GeoStatus status = GeoStatus::InvalidIp;
        bool hasSource = false; // geo_source is set
        bool hasPoint = false; // latitude and longitude are set
        bool measured = false;
        bool firm = false;
        Agreement agreement = Agreement::None;
        int region = -1; // catalog index; -1: no region (the rest is not used)
        int secondRegion = -1;
        double latitude = 0;
        double longitude = 0;
        double km = 0;
        double secondKm = 0;
        qint64 rttTenths = 0;
        double uncertaintyKm = 0;
    };
    // A row to count: its values, and its country and city as the caller's bytes (read, not
    // shared: the encoder's rows hold values the reading thread made, whose reference counts it
    // would otherwise write). Empty: NULL.
    struct Row : Values
    {
        QByteArrayView countryCode;
        QByteArrayView city;
        // Optional: the values that hold those bytes, which a new point then shares instead of
        // copying (the record's city, kept once however many points name it).
        const QByteArray *countryOwner = nullptr;
        const QByteArray *cityOwner = nullptr;
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
        Values values;
        QByteArray countryCode;
        QByteArray city;
        qint64 rows = 0;
        int next = -1; // the next entry of the same place (or of the same country, placeless)
    };

    // Rows of one point: the same place, status, country, city, uncertainty and agreement.
    static bool samePoint(const Entry &a, const Entry &b);
    static bool holds(const Entry &e, const Row &row);
    template<class Fields>
    Status encodeAs(qint64 runId, const QList<QByteArray> &regionCodes, const QByteArray &geoSource,
                    Fields &fields, CopyBuffer &out, const Send &send, size_t sendBytes) const;
    static bool pointLess(const Entry &a, const Entry &b);
    void countIn(int &head, const Row &row);
    std::vector<std::pair<int, qint64>> merged() const;
    void overflow();

    size_t m_limit;
    // The entries in blocks of a fixed size: a run of widely spread places counts hundreds of
    // thousands of points, and a vector's growth would hold the old and the new copy at once
    // (tens of megabytes more at the peak).
    class Entries
    {
    public:
        static constexpr size_t BlockSize = 4096;
        Entry &operator[](size_t i) { return m_blocks[i / BlockSize][i % BlockSize]; }
        const Entry &operator[](size_t i) const { return m_blocks[i / BlockSize][i % BlockSize]; }
        size_t size() const { return m_size; }
        bool empty() const { return m_size == 0; }
        void push_back(Entry entry)
        {
            if (m_size % BlockSize == 0) {
                m_blocks.emplace_back();
                m_blocks.back().reserve(BlockSize);
            }
            m_blocks.back().push_back(std::move(entry));
            ++m_size;
        }
        void clear()
        {
            m_blocks = {};
            m_size = 0;
        }

    private:
        std::vector<std::vector<Entry>> m_blocks; // each holds BlockSize entries but the last
        size_t m_size = 0;
    };
    Entries m_entries;
    std::vector<int> m_byPlace; // the first entry of each place index, -1
    QHash<QByteArray, int> m_placeless; // the first entry without a place, by country
    int m_generation = 0;
    bool m_repeats = false; // a new generation of places began: entries may repeat
    qint64 m_rows = 0;
    bool m_overflowed = false;
};

} // namespace regionmap
