#pragma once

#include <QByteArray>
#include <QString>

#include <utility>
#include <vector>

namespace regionmap::test {

// A value in a MaxMind DB data section: enough of the format for city-database records.
class MmdbValue
{
public:
    enum class Type { Map, Array, String, Double, Float, UInt16, UInt32, UInt64, Bool };

    static MmdbValue map() { return MmdbValue(Type::Map); }
    static MmdbValue array() { return MmdbValue(Type::Array); }
    static MmdbValue string(const QByteArray &s);
    static MmdbValue number(double v); // double
    static MmdbValue singleFloat(float v); // float (DB-IP's coordinates)
    static MmdbValue uint16(quint16 v);
    static MmdbValue uint32(quint32 v);
    static MmdbValue uint64(quint64 v);
    static MmdbValue boolean(bool v);

    // For maps: appends a key (keys keep their order). Returns *this for chaining.
    MmdbValue &insert(const QByteArray &key, const MmdbValue &value);
    // For arrays.
    MmdbValue &append(const MmdbValue &value);

    // Appends the encoded value (control byte, size, payload) to out.
    void encode(QByteArray &out) const;

private:
    explicit MmdbValue(Type t)
        : m_type(t)
    { }

    Type m_type;
    QByteArray m_string;
    double m_double = 0;
    float m_float = 0;
    quint64 m_uint = 0;
    bool m_bool = false;
    std::vector<QByteArray> m_keys;
    std::vector<MmdbValue> m_values;
};

// Writes a small MaxMind DB (.mmdb) file after the public format specification (v2.0):
// a binary search tree over the address bits, 16 zero bytes, the data section, then
// "\xAB\xCD\xEFMaxMind.com" and the metadata map. Used by the tests to make GeoLite2-shaped
// (and DB-IP-shaped) databases; no third-party code.
class MmdbWriter
{
public:
    // ipVersion 4 or 6; recordSize 24, 28 or 32 bits.
    explicit MmdbWriter(int ipVersion = 6, int recordSize = 28);

    void setDatabaseType(const QByteArray &type) { m_type = type; }
    void setBuildEpoch(quint64 epoch) { m_buildEpoch = epoch; }
    void setDescription(const QByteArray &english) { m_description = english; }

    // Adds a network ("81.2.69.0/24", "2a02:ec0::/29"). In an IPv6 tree an IPv4 network goes to
    // ::a.b.c.d/(96+n), where readers look for IPv4 addresses. Insert less specific networks
    // before more specific ones inside them. Returns false for unparsable text.
    bool insert(const QByteArray &network, const MmdbValue &value);

    QByteArray build() const;
    bool writeFile(const QString &path) const;

private:
    // A record: EmptyRecord, a node index (>= 0) or a data index (encoded as -2 - index).
    static constexpr qint64 EmptyRecord = -1;
    struct Node
    {
        qint64 child[2] = {EmptyRecord, EmptyRecord};
    };

    int m_ipVersion;
    int m_recordSize;
    QByteArray m_type = "Test-City";
    QByteArray m_description = "RegionMap test database";
    quint64 m_buildEpoch = 1700000000;
    std::vector<Node> m_nodes;
    std::vector<MmdbValue> m_data;
};

// A tiny database in MaxMind's GeoLite2 City layout (database_type "GeoLite2-City", built
// 2024-06-01): 34.0.0.0/8 in the US near Ashburn (accuracy radius 20 km), nothing else. For
// tests of what a run on a GeoLite2 file credits and stores.
bool writeTinyGeoLite2City(const QString &path);

} // namespace regionmap::test
