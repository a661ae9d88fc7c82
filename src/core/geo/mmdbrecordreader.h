#pragma once

#include <QtGlobal>

#include <cstring>
#include <initializer_list>

namespace regionmap {

// A minimal, allocation-free reader of the MaxMind DB data section (format v2.0), for the
// per-row fast path: it walks one record's map once and picks the few values RegionMap needs,
// where MMDB_get_value() would rescan the map from its start for every path. Every read is
// bounds-checked against the data section, and a field breaking the format's rules (a double
// that is not 8 bytes, a uint16 of 3, ...) does not decode. check() holds a whole record to
// libmaxminddb's rules; tst_mmdbdifferential compares the two on every data type.
class MmdbRecordReader
{
public:
    // libmaxminddb's bound on nesting (MAXIMUM_DATA_STRUCTURE_DEPTH, counted as it counts: a
    // map or array reached through a pointer takes one more level): deeper data is invalid, so
    // that a hostile file cannot overflow the stack.
    static constexpr int MaxDepth = 512;
    // Values check() decodes in one record at most. Real records hold a few hundred; the bound
    // stops a hostile fan-out of pointers to shared maps (2^depth decodes), which libmaxminddb
    // 1.7 does not bound.
    static constexpr int MaxValues = 1 << 17;

    enum Type {
        Pointer = 1,
        String = 2,
        Double = 3,
        Bytes = 4,
        UInt16 = 5,
        UInt32 = 6,
        Map = 7,
        Int32 = 8,
        UInt64 = 9,
        UInt128 = 10,
        Array = 11,
        Container = 12,
        EndMarker = 13,
        Boolean = 14,
        Float = 15,
    };

    // One decoded field. For a map or an array, size is the number of entries and payload is
    // where the first one starts; otherwise size is the payload's length in bytes. next is
    // where the following field starts when the field is a scalar or was reached through a
    // pointer (for an inline map or array, use skip()).
    struct Field
    {
        int type = 0;
        quint32 payload = 0;
        quint32 size = 0;
        quint32 next = 0;
        bool viaPointer = false;
    };

    // The values RegionMap takes from a city record. Strings point into the mapped file.
    struct Values
    {
        bool valid = true; // false: the record could not be decoded
        bool hasLatitude = false;
        bool hasLongitude = false;
        double latitude = 0;
        double longitude = 0;
        int accuracyKm = -1; // GeoLite2/GeoIP2 location/accuracy_radius; -1 when absent
        const char *country = nullptr;
        quint32 countrySize = 0;
        const char *city = nullptr;
        quint32 citySize = 0;
    };

    MmdbRecordReader(const quint8 *data, quint32 size)
        : m_data(data)
        , m_size(size)
    { }

    // An unsigned integer field (uint16 or uint32, as the format allows up to 4 payload bytes).
    bool unsignedNumber(const Field &f, quint32 *out) const;
    // Decodes the field at offset, following one pointer.
    bool field(quint32 offset, Field *f) const;
    // The offset just after the whole value at offset (nested maps and arrays included).
    bool skip(quint32 offset, quint32 *next, int depth = 0) const;

    // Where the value of `key` starts in the map at mapOffset (the map may be reached through a
    // pointer); false when the key is absent or the map is malformed.
    bool find(quint32 mapOffset, const char *key, quint32 *valueOffset) const;
    // The value of a path of keys below the map at mapOffset, decoded.
    bool findPath(quint32 mapOffset, std::initializer_list<const char *> keys, Field *value) const;

    bool number(const Field &f, double *out) const;

    // Sees every value check() decodes, in the order of libmaxminddb's entry data list: a map
    // or an array, then its entries (key, value, key, ...), pointers resolved.
    class Visitor
    {
    public:
        virtual ~Visitor() = default;
        virtual void value(const Field &f) = 0;
    };
    // Decodes the whole record at offset, following pointers, as MMDB_get_entry_data_list()
    // does and under its rules (every size, map keys are strings, no pointer to a pointer, the
    // nesting bound): false when any part of it is damaged.
    bool check(quint32 offset, Visitor *visitor = nullptr) const;

    // DB-IP Lite as ip-location-db packages it: {city, country_code, latitude, longitude, ..}.
    Values readDbIpLite(quint32 offset) const;
    // GeoLite2/GeoIP2 City: {city: {names: {en}}, country: {iso_code}, location: {latitude,
    // longitude}, registered_country: {iso_code}, ..}; the registered country stands in for a
    // missing country.
    Values readGeoLite2(quint32 offset) const; // Double or Float (widened exactly)
    // A String's bytes (not NUL-terminated).
    const char *text(const Field &f) const
    {
        return reinterpret_cast<const char *>(m_data + f.payload);
    }
    bool keyEquals(const Field &key, const char *name, quint32 length) const
    {
        return key.type == String && key.size == length
               && std::memcmp(m_data + key.payload, name, length) == 0;
    }

private:
    bool decode(quint32 offset, Field *f, bool allowPointer) const;
    bool checkValue(quint32 offset, int depth, bool isKey, Visitor *visitor, int *values,
                    quint32 *next) const;

    const quint8 *m_data;
    quint32 m_size;
};

} // namespace regionmap
