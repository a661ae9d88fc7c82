#include "mmdbrecordreader.h"

#include <tuple>

namespace regionmap {

namespace {

// The format's rule for the payload size of each scalar type (libmaxminddb's decode_one()).
bool sizeIsValid(int type, quint32 size)
{
    switch (type) {
    case MmdbRecordReader::Double:
        return size == 8;
    case MmdbRecordReader::Float:
        return size == 4;
    case MmdbRecordReader::UInt16:
        return size <= 2;
    case MmdbRecordReader::UInt32:
    case MmdbRecordReader::Int32:
        return size <= 4;
    case MmdbRecordReader::UInt64:
        return size <= 8;
    case MmdbRecordReader::UInt128:
        return size <= 16;
    default:
        return true;
    }
}

// The pointer whose control byte (001SSVVV) is at pos: SS + 1 more bytes follow, and sizes
// 1..3 add a bias (spec, "Pointers"). Sets its target and the offset just after it.
bool readPointer(const quint8 *data, quint32 size, quint32 pos, quint32 *target, quint32 *next)
{
    const quint8 control = data[pos];
    const int ss = (control >> 3) & 3;
    const quint32 vvv = control & 7;
    const quint32 n = quint32(ss) + 1;
    if (n > size - pos - 1)
        return false;
    const quint8 *p = data + pos + 1;
    switch (ss) {
    case 0:
        *target = (vvv << 8) | p[0];
        break;
    case 1:
        *target = ((vvv << 16) | quint32(p[0]) << 8 | p[1]) + 2048;
        break;
    case 2:
        *target = ((vvv << 24) | quint32(p[0]) << 16 | quint32(p[1]) << 8 | p[2]) + 526336;
        break;
    default:
        *target = quint32(p[0]) << 24 | quint32(p[1]) << 16 | quint32(p[2]) << 8 | p[3];
        break;
    }
    *next = pos + 1 + n;
    return true;
}

} // namespace

bool MmdbRecordReader::decode(quint32 offset, Field *f, bool allowPointer) const
{
    if (offset >= m_size)
        return false;
    quint32 pos = offset;
    const quint8 control = m_data[pos++];
    int type = control >> 5;

    if (type == Pointer) {
        if (!allowPointer)
            return false; // a pointer to a pointer is invalid
        quint32 target = 0;
        quint32 after = 0;
        if (!readPointer(m_data, m_size, offset, &target, &after) || !decode(target, f, false))
            return false;
        f->next = after;
        f->viaPointer = true;
        return true;
    }

    if (type == 0) { // extended type in the next byte
        if (pos >= m_size)
            return false;
        // Any: as in libmaxminddb, a type the format does not define (or an end marker) is an
        // opaque payload of its size, and 0 here means a map (tst_mmdbdifferential).
        type = 7 + m_data[pos++];
    }

    quint32 size = control & 31;
    if (size >= 29) {
        const quint32 n = size - 28; // 1, 2 or 3 more bytes
        if (n > m_size - pos)
            return false;
        quint32 v = 0;
        for (quint32 i = 0; i < n; ++i)
            v = v << 8 | m_data[pos + i];
        size = (n == 1 ? 29 : n == 2 ? 285 : 65821) + v;
        pos += n;
    }

    f->type = type;
    f->payload = pos;
    f->size = size;
    f->viaPointer = false;
    if (type == Map || type == Array) {
        f->next = 0; // unknown without walking the contents: see skip()
    } else if (type == Boolean) {
        f->next = pos; // no payload: the size is the value
    } else {
        if (size > m_size - pos || !sizeIsValid(type, size))
            return false;
        f->next = pos + size;
    }
    return true;
}

bool MmdbRecordReader::field(quint32 offset, Field *f) const
{
    return decode(offset, f, true);
}

bool MmdbRecordReader::skip(quint32 offset, quint32 *next, int depth) const
{
    if (depth > MaxDepth)
        return false;
    Field f;
    if (!field(offset, &f))
        return false;
    if (f.viaPointer || (f.type != Map && f.type != Array)) {
        *next = f.next;
        return true;
    }
    quint32 pos = f.payload;
    const quint64 count = f.type == Map ? 2 * quint64(f.size) : quint64(f.size);
    for (quint64 i = 0; i < count; ++i) {
        if (!skip(pos, &pos, depth + 1))
            return false;
    }
    *next = pos;
    return true;
}

bool MmdbRecordReader::find(quint32 mapOffset, const char *key, quint32 *valueOffset) const
{
    Field map;
    if (!field(mapOffset, &map) || map.type != Map)
        return false;
    const quint32 length = quint32(std::strlen(key));
    quint32 pos = map.payload;
    for (quint32 i = 0; i < map.size; ++i) {
        Field k;
        if (!field(pos, &k) || k.type != String)
            return false;
        pos = k.next;
        if (keyEquals(k, key, length)) {
            *valueOffset = pos;
            return true;
        }
        if (!skip(pos, &pos))
            return false;
    }
    return false;
}

bool MmdbRecordReader::findPath(quint32 mapOffset, std::initializer_list<const char *> keys,
                                Field *value) const
{
    quint32 offset = mapOffset;
    for (const char *key : keys) {
        if (!find(offset, key, &offset))
            return false;
    }
    return field(offset, value);
}

bool MmdbRecordReader::check(quint32 offset, Visitor *visitor) const
{
    int values = 0;
    quint32 next = 0;
    return checkValue(offset, 0, false, visitor, &values, &next);
}

bool MmdbRecordReader::checkValue(quint32 offset, int depth, bool isKey, Visitor *visitor,
                                  int *values, quint32 *next) const
{
    if (depth >= MaxDepth || ++*values > MaxValues)
        return false;
    ++depth;
    Field f;
    if (!field(offset, &f) || (isKey && f.type != String))
        return false;
    const bool container = f.type == Map || f.type == Array;
    if (f.viaPointer && container && depth++ >= MaxDepth)
        return false;
    if (visitor)
        visitor->value(f);
    if (!container) {
        *next = f.next;
        return true;
    }
    quint32 pos = f.payload;
    for (quint32 i = 0; i < f.size; ++i) {
        if (f.type == Map && !checkValue(pos, depth, true, visitor, values, &pos))
            return false;
        if (!checkValue(pos, depth, false, visitor, values, &pos))
            return false;
    }
    *next = f.viaPointer ? f.next : pos;
    return true;
}

bool MmdbRecordReader::number(const Field &f, double *out) const
{
    const quint8 *p = m_data + f.payload;
    if (f.type == Float && f.size == 4) {
        const quint32 bits = quint32(p[0]) << 24 | quint32(p[1]) << 16 | quint32(p[2]) << 8 | p[3];
        float v;
        std::memcpy(&v, &bits, 4);
        *out = double(v); // exact widening
        return true;
    }
    if (f.type == Double && f.size == 8) {
        quint64 bits = 0;
        for (int i = 0; i < 8; ++i)
            bits = bits << 8 | p[i];
        std::memcpy(out, &bits, 8);
        return true;
    }
    return false;
}

bool MmdbRecordReader::unsignedNumber(const Field &f, quint32 *out) const
{
    if ((f.type != UInt16 && f.type != UInt32) || f.size > 4)
        return false;
    const quint8 *p = m_data + f.payload;
    quint32 v = 0;
    for (quint32 i = 0; i < f.size; ++i)
        v = v << 8 | p[i];
    *out = v;
    return true;
}

// DB-IP Lite as packaged by ip-location-db: {city, country_code, latitude, longitude, ...}.
MmdbRecordReader::Values MmdbRecordReader::readDbIpLite(quint32 offset) const
{
    const MmdbRecordReader &r = *this;
    Values v;
    Field map;
    if (!r.field(offset, &map) || map.type != Map) {
        v.valid = false;
        return v;
    }
    quint32 pos = map.payload;
    int wanted = 4;
    for (quint32 i = 0; i < map.size && wanted > 0; ++i) {
        Field key;
        Field value;
        if (!r.field(pos, &key) || key.type != String || !r.field(key.next, &value)) {
            v.valid = false;
            return v;
        }
        pos = key.next;
        if (r.keyEquals(key, "latitude", 8) || r.keyEquals(key, "longitude", 9)) {
            if (r.keyEquals(key, "latitude", 8))
                v.hasLatitude = r.number(value, &v.latitude);
            else
                v.hasLongitude = r.number(value, &v.longitude);
            --wanted;
        } else if (r.keyEquals(key, "country_code", 12)) {
            if (value.type == String) {
                v.country = r.text(value);
                v.countrySize = value.size;
            }
            --wanted;
        } else if (r.keyEquals(key, "city", 4)) {
            if (value.type == String) {
                v.city = r.text(value);
                v.citySize = value.size;
            }
            --wanted;
        }
        if (!r.skip(pos, &pos)) {
            v.valid = false;
            return v;
        }
    }
    return v;
}

namespace {

bool readString(const MmdbRecordReader &r, quint32 mapOffset,
                std::initializer_list<const char *> path, const char **text, quint32 *size)
{
    MmdbRecordReader::Field f;
    if (!r.findPath(mapOffset, path, &f) || f.type != MmdbRecordReader::String)
        return false;
    *text = r.text(f);
    *size = f.size;
    return true;
}

} // namespace

// GeoLite2/GeoIP2 City: {city: {names: {en}}, country: {iso_code}, location: {latitude,
// longitude}, registered_country: {iso_code}, ...}.
MmdbRecordReader::Values MmdbRecordReader::readGeoLite2(quint32 offset) const
{
    const MmdbRecordReader &r = *this;
    Values v;
    Field map;
    if (!r.field(offset, &map) || map.type != Map) {
        v.valid = false;
        return v;
    }
    const char *registered = nullptr;
    quint32 registeredSize = 0;
    quint32 pos = map.payload;
    for (quint32 i = 0; i < map.size; ++i) {
        Field key;
        if (!r.field(pos, &key) || key.type != String) {
            v.valid = false;
            return v;
        }
        pos = key.next;
        Field f;
        if (r.keyEquals(key, "location", 8)) {
            for (const auto &[name, has, out] :
                 {std::tuple {"latitude", &v.hasLatitude, &v.latitude},
                  std::tuple {"longitude", &v.hasLongitude, &v.longitude}}) {
                if (r.findPath(pos, {name}, &f))
                    *has = r.number(f, out);
            }
            quint32 radius = 0;
            if (r.findPath(pos, {"accuracy_radius"}, &f) && r.unsignedNumber(f, &radius)
                && radius <= 20000)
                v.accuracyKm = int(radius);
        } else if (r.keyEquals(key, "country", 7)) {
            readString(r, pos, {"iso_code"}, &v.country, &v.countrySize);
        } else if (r.keyEquals(key, "registered_country", 18)) {
            readString(r, pos, {"iso_code"}, &registered, &registeredSize);
        } else if (r.keyEquals(key, "city", 4)) {
            readString(r, pos, {"names", "en"}, &v.city, &v.citySize);
        }
        if (!r.skip(pos, &pos)) {
            v.valid = false;
            return v;
        }
    }
    if (!v.country && registered) {
        v.country = registered;
        v.countrySize = registeredSize;
    }
    return v;
}

} // namespace regionmap
