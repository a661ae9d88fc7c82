#include "mmdbwriter.h"

#include <QFile>

#include <arpa/inet.h>

#include <cstring>

namespace regionmap::test {

namespace {

// Type numbers of the format; 8 and above are "extended" (stored as type - 7 in a second byte).
enum : int {
    TypeString = 2,
    TypeDouble = 3,
    TypeUInt16 = 5,
    TypeUInt32 = 6,
    TypeMap = 7,
    TypeUInt64 = 9,
    TypeArray = 11,
    TypeBool = 14,
    TypeFloat = 15,
};

void appendBigEndian(QByteArray &out, quint64 value, int bytes)
{
    for (int i = bytes - 1; i >= 0; --i)
        out.append(char((value >> (8 * i)) & 0xff));
}

int minimalBytes(quint64 value)
{
    int n = 0;
    while (value) {
        ++n;
        value >>= 8;
    }
    return n;
}

void appendControl(QByteArray &out, int type, quint32 size)
{
    int sizeBits;
    QByteArray extra;
    if (size < 29) {
        sizeBits = int(size);
    } else if (size < 29 + 256) {
        sizeBits = 29;
        appendBigEndian(extra, size - 29, 1);
    } else if (size < 285 + 65536) {
        sizeBits = 30;
        appendBigEndian(extra, size - 285, 2);
    } else {
        sizeBits = 31;
        appendBigEndian(extra, size - 65821, 3);
    }
    if (type <= 7) {
        out.append(char((type << 5) | sizeBits));
    } else {
        out.append(char(sizeBits));
        out.append(char(type - 7));
    }
    out.append(extra);
}

} // namespace

MmdbValue MmdbValue::string(const QByteArray &s)
{
    MmdbValue v(Type::String);
    v.m_string = s;
    return v;
}

MmdbValue MmdbValue::number(double d)
{
    MmdbValue v(Type::Double);
    v.m_double = d;
    return v;
}

MmdbValue MmdbValue::singleFloat(float f)
{
    MmdbValue v(Type::Float);
    v.m_float = f;
    return v;
}

MmdbValue MmdbValue::uint16(quint16 u)
{
    MmdbValue v(Type::UInt16);
    v.m_uint = u;
    return v;
}

MmdbValue MmdbValue::uint32(quint32 u)
{
    MmdbValue v(Type::UInt32);
    v.m_uint = u;
    return v;
}

MmdbValue MmdbValue::uint64(quint64 u)
{
    MmdbValue v(Type::UInt64);
    v.m_uint = u;
    return v;
}

MmdbValue MmdbValue::boolean(bool b)
{
    MmdbValue v(Type::Bool);
    v.m_bool = b;
    return v;
}

MmdbValue &MmdbValue::insert(const QByteArray &key, const MmdbValue &value)
{
    m_keys.push_back(key);
    m_values.push_back(value);
    return *this;
}

MmdbValue &MmdbValue::append(const MmdbValue &value)
{
    m_values.push_back(value);
    return *this;
}

void MmdbValue::encode(QByteArray &out) const
{
    switch (m_type) {
    case Type::String:
        appendControl(out, TypeString, quint32(m_string.size()));
        out.append(m_string);
        break;
    case Type::Double: {
        quint64 bits;
        std::memcpy(&bits, &m_double, 8);
        appendControl(out, TypeDouble, 8);
        appendBigEndian(out, bits, 8);
        break;
    }
    case Type::Float: {
        quint32 bits;
        std::memcpy(&bits, &m_float, 4);
        appendControl(out, TypeFloat, 4);
        appendBigEndian(out, bits, 4);
        break;
    }
    case Type::UInt16:
    case Type::UInt32:
    case Type::UInt64: {
        const int type = m_type == Type::UInt16   ? TypeUInt16
                         : m_type == Type::UInt32 ? TypeUInt32
                                                  : TypeUInt64;
        const int n = minimalBytes(m_uint);
        appendControl(out, type, quint32(n));
        appendBigEndian(out, m_uint, n);
        break;
    }
    case Type::Bool:
        appendControl(out, TypeBool, m_bool ? 1 : 0);
        break;
    case Type::Map:
        appendControl(out, TypeMap, quint32(m_keys.size()));
        for (size_t i = 0; i < m_keys.size(); ++i) {
            MmdbValue::string(m_keys[i]).encode(out);
            m_values[i].encode(out);
        }
        break;
    case Type::Array:
        appendControl(out, TypeArray, quint32(m_values.size()));
        for (const MmdbValue &v : m_values)
            v.encode(out);
        break;
    }
}

MmdbWriter::MmdbWriter(int ipVersion, int recordSize)
    : m_ipVersion(ipVersion)
    , m_recordSize(recordSize)
{
    m_nodes.push_back(Node());
}

bool MmdbWriter::insert(const QByteArray &network, const MmdbValue &value)
{
    const int slash = network.indexOf('/');
    if (slash < 0)
        return false;
    const QByteArray address = network.left(slash);
    bool ok = false;
    const int length = network.mid(slash + 1).toInt(&ok);
    if (!ok || length <= 0)
        return false;

    quint8 bytes[16] = {};
    int bits = 0;
    if (address.contains(':')) {
        if (m_ipVersion != 6 || length > 128
            || inet_pton(AF_INET6, address.constData(), bytes) != 1)
            return false;
        bits = length;
    } else {
        if (length > 32)
            return false;
        quint8 v4[4];
        if (inet_pton(AF_INET, address.constData(), v4) != 1)
            return false;
        if (m_ipVersion == 4) {
            std::memcpy(bytes, v4, 4);
            bits = length;
        } else {
            std::memcpy(bytes + 12, v4, 4);
            bits = 96 + length;
        }
    }

    m_data.push_back(value);
    const qint64 dataRecord = -2 - qint64(m_data.size() - 1);
    size_t node = 0;
    for (int i = 0; i < bits; ++i) {
        const int bit = (bytes[i / 8] >> (7 - i % 8)) & 1;
        if (i == bits - 1) {
            m_nodes[node].child[bit] = dataRecord;
            break;
        }
        const qint64 record = m_nodes[node].child[bit];
        if (record >= 0) {
            node = size_t(record);
            continue;
        }
        // Empty, or data of a less specific network: split it, keeping it on both sides.
        Node split;
        split.child[0] = split.child[1] = record;
        m_nodes.push_back(split);
        m_nodes[node].child[bit] = qint64(m_nodes.size() - 1);
        node = m_nodes.size() - 1;
    }
    return true;
}

QByteArray MmdbWriter::build() const
{
    QByteArray data;
    std::vector<quint64> offsets;
    for (const MmdbValue &v : m_data) {
        offsets.push_back(quint64(data.size()));
        v.encode(data);
    }

    const quint64 nodeCount = m_nodes.size();
    auto recordValue = [&](qint64 record) -> quint64 {
        if (record == EmptyRecord)
            return nodeCount;
        if (record >= 0)
            return quint64(record);
        return nodeCount + 16 + offsets[size_t(-2 - record)];
    };

    QByteArray out;
    for (const Node &n : m_nodes) {
        const quint64 left = recordValue(n.child[0]);
        const quint64 right = recordValue(n.child[1]);
        switch (m_recordSize) {
        case 24:
            appendBigEndian(out, left, 3);
            appendBigEndian(out, right, 3);
            break;
        case 28:
            appendBigEndian(out, left & 0xffffff, 3);
            out.append(char(((left >> 24) & 0x0f) << 4 | ((right >> 24) & 0x0f)));
            appendBigEndian(out, right & 0xffffff, 3);
            break;
        default:
            appendBigEndian(out, left, 4);
            appendBigEndian(out, right, 4);
            break;
        }
    }
    out.append(QByteArray(16, '\0'));
    out.append(data);

    out.append("\xAB\xCD\xEFMaxMind.com");
    MmdbValue meta = MmdbValue::map();
    meta.insert("binary_format_major_version", MmdbValue::uint16(2))
        .insert("binary_format_minor_version", MmdbValue::uint16(0))
        .insert("build_epoch", MmdbValue::uint64(m_buildEpoch))
        .insert("database_type", MmdbValue::string(m_type))
        .insert("description", MmdbValue::map().insert("en", MmdbValue::string(m_description)))
        .insert("ip_version", MmdbValue::uint16(quint16(m_ipVersion)))
        .insert("languages", MmdbValue::array().append(MmdbValue::string("en")))
        .insert("node_count", MmdbValue::uint32(quint32(nodeCount)))
        .insert("record_size", MmdbValue::uint16(quint16(m_recordSize)));
    meta.encode(out);
    return out;
}

bool MmdbWriter::writeFile(const QString &path) const
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const QByteArray bytes = build();
    return f.write(bytes) == bytes.size() && f.flush();
}

bool writeTinyGeoLite2City(const QString &path)
{
    MmdbWriter w(6, 28);
    w.setDatabaseType("GeoLite2-City");
    w.setBuildEpoch(1717200000); // 2024-06-01
    const MmdbValue country = MmdbValue::map().insert("iso_code", MmdbValue::string("US"));
    const MmdbValue location = MmdbValue::map()
                                   .insert("accuracy_radius", MmdbValue::uint16(20))
                                   .insert("latitude", MmdbValue::number(39.0))
                                   .insert("longitude", MmdbValue::number(-77.5));
    return w.insert("34.0.0.0/8",
                    MmdbValue::map().insert("country", country).insert("location", location))
           && w.writeFile(path);
}

} // namespace regionmap::test
