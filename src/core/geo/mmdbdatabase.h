#pragma once

#include "mmdblocator.h"

#include <QDate>
#include <QString>

#include <maxminddb.h>

#include <atomic>
#include <memory>
#include <mutex>

namespace regionmap {

// Whether the first `bits` bits of `prefix` lead to data in the file's search tree.
bool mmdbPrefixHasData(const MMDB_s *db, const quint8 *prefix, int bits);
// Whether the file holds IPv4 data: an IPv4 tree, or ::/96 or ::ffff:0:0/96 of an IPv6 tree.
bool mmdbHasIpv4Data(const MMDB_s *db);

// One opened .mmdb file: libmaxminddb's handle, what its metadata says, the layout of its
// records, and its search tree for the batch walk in MmdbLocator::lookupMany(). Made by
// MmdbLocator::openDatabase() (mmdbdatabase.cpp), which checks the file before it is used.
struct MmdbLocator::Database
{
    MMDB_s mmdb {};
    bool isOpen = false;
    QString path;
    QString type;
    QDate buildDate;
    int ipVersion = 0;
    Layout layout = Layout::DbIpLite;
    // The search tree, for the batch path's own walk (see lookupMany()).
    const quint8 *tree = nullptr;
    quint64 nodeCount = 0;
    int nodeBytes = 0;
    int recordSize = 0;
    quint64 ipv4Start = 0; // the node reached by ::/96 in an IPv6 tree
    // Where the walk of an IPv4 address stands after its first V4PrefixBits bits, by those
    // bits, plus one (0: not walked yet): the node that the walk from the IPv4 start reaches,
    // or the record or end it meets before (a value of nodeCount or more). Filled by the
    // lookups as they meet each prefix (any thread; each writes the same value). Made on the
    // first IPv4 lookup: 512 KB, which a file that only locates IPv6 addresses never needs.
    // (20 bits, 8 MB, walked less in the stage benchmark but made whole runs slower: that
    // table does not stay in the cache.)
    static constexpr int V4PrefixBits = 16;
    std::atomic<quint64> *v4Prefix() const
    {
        std::call_once(m_v4PrefixMade, [this] {
            m_v4Prefix.reset(new std::atomic<quint64>[size_t(1) << V4PrefixBits]());
        });
        return m_v4Prefix.get();
    }
    // Names this opened file in the per-thread record cache (see fromRecord()): unique for the
    // life of the process, so that a cache entry never outlives its file's meaning.
    quint64 cacheId = 0;

    Database() = default;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database()
    {
        if (isOpen)
            MMDB_close(&mmdb);
    }

private:
    mutable std::once_flag m_v4PrefixMade;
    mutable std::unique_ptr<std::atomic<quint64>[]> m_v4Prefix;
};

// One record (0 = left, 1 = right) of the node at p, for 24-, 28- and 32-bit records.
inline quint64 readTreeRecord(const quint8 *p, int right, int recordSize)
{
    switch (recordSize) {
    case 24:
        p += right * 3;
        return quint64(p[0]) << 16 | quint64(p[1]) << 8 | p[2];
    case 28:
        if (right)
            return quint64(p[3] & 0x0f) << 24 | quint64(p[4]) << 16 | quint64(p[5]) << 8 | p[6];
        return quint64(p[3] & 0xf0) << 20 | quint64(p[0]) << 16 | quint64(p[1]) << 8 | p[2];
    default:
        p += right * 4;
        return quint64(p[0]) << 24 | quint64(p[1]) << 16 | quint64(p[2]) << 8 | p[3];
    }
}

} // namespace regionmap
