#include "ipaddress.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <optional>

namespace regionmap {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Characters allowed in a zone id: interface names ("eth0", "enp0s31f6", "br-1a2b", "wlan0.1")
// and numeric indexes, as in RFC 6874's unreserved set.
bool isZoneChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '-' || c == '.'
           || c == '_' || c == '~';
}

// A strict dotted quad spanning exactly [p, end).
bool parseV4(const char *p, const char *end, quint8 *out)
{
    for (int part = 0; part < 4; ++part) {
        if (p == end || !isDigit(*p))
            return false;
        int value = 0;
        if (*p == '0') {
            ++p; // a lone zero; "01" is a leading zero (octal in some parsers): invalid
            if (p != end && isDigit(*p))
                return false;
        } else {
            int digits = 0;
            while (p != end && isDigit(*p)) {
                if (++digits > 3)
                    return false;
                value = value * 10 + (*p - '0');
                ++p;
            }
            if (value > 255)
                return false;
        }
        out[part] = quint8(value);
        if (part < 3) {
            if (p == end || *p != '.')
                return false;
            ++p;
        }
    }
    return p == end;
}

// RFC 4291 section 2.2 text forms spanning exactly [p, end), zone already removed.
bool parseV6(const char *p, const char *end, quint8 *out)
{
    quint16 groups[8] = {};
    int count = 0;
    int gap = -1; // number of groups before "::"

    if (p == end)
        return false;
    if (*p == ':') {
        if (end - p < 2 || p[1] != ':')
            return false; // a single leading colon
        p += 2;
        gap = 0;
    }
    while (p != end) {
        const char *groupStart = p;
        int value = 0;
        int digits = 0;
        while (p != end && digits < 5) {
            const int h = hexValue(*p);
            if (h < 0)
                break;
            value = value * 16 + h;
            ++digits;
            ++p;
        }
        if (p != end && *p == '.') {
            // The embedded IPv4 address ends the text and fills the last two groups.
            quint8 v4[4];
            if (count > 6 || !parseV4(groupStart, end, v4))
                return false;
            groups[count++] = quint16(v4[0] << 8 | v4[1]);
            groups[count++] = quint16(v4[2] << 8 | v4[3]);
            p = end;
            break;
        }
        if (digits == 0 || digits > 4 || count == 8)
            return false;
        groups[count++] = quint16(value);
        if (p == end)
            break;
        if (*p != ':')
            return false;
        ++p;
        if (p == end)
            return false; // a single trailing colon
        if (*p == ':') {
            if (gap >= 0)
                return false; // "::" twice
            gap = count;
            ++p;
        }
    }

    if (gap < 0) {
        if (count != 8)
            return false;
    } else if (count > 7) {
        return false; // "::" must stand for at least one group
    }

    quint16 full[8] = {};
    if (gap < 0) {
        std::memcpy(full, groups, sizeof full);
    } else {
        for (int i = 0; i < gap; ++i)
            full[i] = groups[i];
        const int tail = count - gap;
        for (int i = 0; i < tail; ++i)
            full[8 - tail + i] = groups[gap + i];
    }
    for (int i = 0; i < 8; ++i) {
        out[2 * i] = quint8(full[i] >> 8);
        out[2 * i + 1] = quint8(full[i] & 0xff);
    }
    return true;
}

// The IANA special-purpose address registries (IPv4 and IPv6, as of 2025), plus multicast
// and the reserved parts of the address space. The first matching entry wins, so the globally
// reachable exceptions inside a larger block come first.
struct V4Block
{
    quint32 network;
    int length;
    bool global;
    const char *name;
};

constexpr quint32 v4(int a, int b, int c, int d)
{
    return quint32(a) << 24 | quint32(b) << 16 | quint32(c) << 8 | quint32(d);
}

const V4Block v4Blocks[] = {
    {v4(192, 0, 0, 9), 32, true, nullptr}, // Port Control Protocol anycast
    {v4(192, 0, 0, 10), 32, true, nullptr}, // TURN relay anycast
    {v4(0, 0, 0, 0), 32, false, "0.0.0.0 (unspecified)"},
    {v4(0, 0, 0, 0), 8, false, "0.0.0.0/8 (this network)"},
    {v4(10, 0, 0, 0), 8, false, "10.0.0.0/8 (private-use)"},
    {v4(100, 64, 0, 0), 10, false, "100.64.0.0/10 (shared address space)"},
    {v4(127, 0, 0, 0), 8, false, "127.0.0.0/8 (loopback)"},
    {v4(169, 254, 0, 0), 16, false, "169.254.0.0/16 (link-local)"},
    {v4(172, 16, 0, 0), 12, false, "172.16.0.0/12 (private-use)"},
    {v4(192, 0, 0, 0), 24, false, "192.0.0.0/24 (IETF protocol assignments)"},
    {v4(192, 0, 2, 0), 24, false, "192.0.2.0/24 (documentation)"},
    {v4(192, 88, 99, 0), 24, false, "192.88.99.0/24 (6to4 relay anycast, deprecated)"},
    {v4(192, 168, 0, 0), 16, false, "192.168.0.0/16 (private-use)"},
    {v4(198, 18, 0, 0), 15, false, "198.18.0.0/15 (benchmarking)"},
    {v4(198, 51, 100, 0), 24, false, "198.51.100.0/24 (documentation)"},
    {v4(203, 0, 113, 0), 24, false, "203.0.113.0/24 (documentation)"},
    {v4(224, 0, 0, 0), 4, false, "224.0.0.0/4 (multicast)"},
    {v4(255, 255, 255, 255), 32, false, "255.255.255.255 (limited broadcast)"},
    {v4(240, 0, 0, 0), 4, false, "240.0.0.0/4 (reserved)"},
};

struct V6Block
{
    quint64 hi;
    quint64 lo;
    int length;
    bool global;
    const char *name;
};

const V6Block v6Blocks[] = {
    {0x2001000100000000ULL, 1, 128, true, nullptr}, // 2001:1::1 PCP anycast
    {0x2001000100000000ULL, 2, 128, true, nullptr}, // 2001:1::2 TURN relay anycast
    {0x2001000100000000ULL, 3, 128, true, nullptr}, // 2001:1::3 DNS-SD SRP anycast
    {0x2001000300000000ULL, 0, 32, true, nullptr}, // 2001:3::/32 AMT
    {0x2001000401120000ULL, 0, 48, true, nullptr}, // 2001:4:112::/48 AS112-v6
    {0x2001002000000000ULL, 0, 28, true, nullptr}, // 2001:20::/28 ORCHIDv2
    {0x2001003000000000ULL, 0, 28, true, nullptr}, // 2001:30::/28 drone remote ID
    {0, 0, 128, false, ":: (unspecified)"},
    {0, 1, 128, false, "::1 (loopback)"},
    {0, 0, 96, false, "::/96 (IPv4-compatible, deprecated)"},
    // 64:ff9b::/96 (NAT64) and 2002::/16 (6to4) are as global as the IPv4 they carry
    // (embeddedV4); the local-use NAT64 prefix is not.
    {0x0064ff9b00010000ULL, 0, 48, false, "64:ff9b:1::/48 (local IPv4/IPv6 translation)"},
    {0x0100000000000000ULL, 0, 64, false, "100::/64 (discard-only)"},
    {0x2001000000000000ULL, 0, 32, false, "2001::/32 (Teredo)"},
    {0x2001000200000000ULL, 0, 48, false, "2001:2::/48 (benchmarking)"},
    {0x2001001000000000ULL, 0, 28, false, "2001:10::/28 (ORCHID, deprecated)"},
    {0x2001000000000000ULL, 0, 23, false, "2001::/23 (IETF protocol assignments)"},
    {0x20010db800000000ULL, 0, 32, false, "2001:db8::/32 (documentation)"},
    {0x3fff000000000000ULL, 0, 20, false, "3fff::/20 (documentation)"},
    {0xfc00000000000000ULL, 0, 7, false, "fc00::/7 (unique local)"},
    {0xfe80000000000000ULL, 0, 10, false, "fe80::/10 (link-local)"},
    {0xfec0000000000000ULL, 0, 10, false, "fec0::/10 (site-local, deprecated)"},
    {0xff00000000000000ULL, 0, 8, false, "ff00::/8 (multicast)"},
    {0x2000000000000000ULL, 0, 3, true, nullptr}, // global unicast
};

const char *const v6OutsideGlobalUnicast = "outside 2000::/3 (reserved by the IETF)";

bool v6Matches(const V6Block &b, quint64 hi, quint64 lo)
{
    if (b.length <= 64) {
        const quint64 mask = b.length == 0 ? 0 : ~quint64(0) << (64 - b.length);
        return (hi & mask) == b.hi;
    }
    if (hi != b.hi)
        return false;
    const quint64 mask = b.length == 128 ? ~quint64(0) : ~quint64(0) << (128 - b.length);
    return (lo & mask) == b.lo;
}

quint64 readBe64(const quint8 *p)
{
    quint64 v = 0;
    for (int i = 0; i < 8; ++i)
        v = v << 8 | p[i];
    return v;
}

// The IPv4 address a NAT64 well-known-prefix or 6to4 address carries, or nullopt.
std::optional<std::array<quint8, 4>> embeddedV4(const IpAddress &ip)
{
    if (!ip.isValid() || ip.isV4())
        return std::nullopt;
    const std::array<quint8, 16> &b = ip.v6();
    static constexpr std::array<quint8, 12> nat64 {0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0};
    if (std::equal(nat64.cbegin(), nat64.cend(), b.cbegin()))
        return std::array<quint8, 4> {b[12], b[13], b[14], b[15]};
    if (b[0] == 0x20 && b[1] == 0x02)
        return std::array<quint8, 4> {b[2], b[3], b[4], b[5]};
    return std::nullopt;
}

IpAddress v4Address(const std::array<quint8, 4> &octets)
{
    char text[16];
    const int n = std::snprintf(text, sizeof text, "%u.%u.%u.%u", unsigned(octets[0]),
                                unsigned(octets[1]), unsigned(octets[2]), unsigned(octets[3]));
    IpAddress out;
    IpAddress::parse(QByteArrayView(text, n), &out);
    return out;
}

// Looks the address up in the tables: sets *global and returns the block's name (null when
// global).
const char *specialBlock(const IpAddress &ip, bool *global)
{
    // NAT64 and 6to4 addresses are as global as the IPv4 address they carry.
    if (const auto v4 = embeddedV4(ip)) {
        if (const char *name = specialBlock(v4Address(*v4), global); !*global)
            return name;
        *global = true;
        return nullptr;
    }
    if (ip.isV4()) {
        const quint32 a = ip.v4();
        for (const V4Block &b : v4Blocks) {
            const quint32 mask = ~quint32(0) << (32 - b.length);
            if ((a & mask) == b.network) {
                *global = b.global;
                return b.name;
            }
        }
        *global = true;
        return nullptr;
    }
    const quint64 hi = readBe64(ip.v6().data());
    const quint64 lo = readBe64(ip.v6().data() + 8);
    for (const V6Block &b : v6Blocks) {
        if (v6Matches(b, hi, lo)) {
            *global = b.global;
            return b.name;
        }
    }
    *global = false;
    return v6OutsideGlobalUnicast;
}

char *writeDecimal(char *out, int value)
{
    if (value >= 100)
        *out++ = char('0' + value / 100);
    if (value >= 10)
        *out++ = char('0' + value / 10 % 10);
    *out++ = char('0' + value % 10);
    return out;
}

char *writeHexGroup(char *out, quint16 value)
{
    static const char digits[] = "0123456789abcdef";
    bool started = false;
    for (int shift = 12; shift >= 0; shift -= 4) {
        const int nibble = (value >> shift) & 0xf;
        if (nibble != 0 || started || shift == 0) {
            *out++ = digits[nibble];
            started = true;
        }
    }
    return out;
}

} // namespace

bool IpAddress::parse(QByteArrayView text, IpAddress *out)
{
    const char *p = text.data();
    const char *end = p + text.size();
    while (p != end && isBlank(*p))
        ++p;
    while (end != p && isBlank(end[-1]))
        --end;
    if (p == end)
        return false;

    bool hasColon = false;
    const char *zone = nullptr;
    for (const char *q = p; q != end; ++q) {
        if (*q == ':') {
            hasColon = true;
        } else if (*q == '%') {
            zone = q;
            break;
        }
    }

    IpAddress ip;
    if (!hasColon) {
        if (zone)
            return false; // zone ids belong to IPv6 only
        quint8 bytes[4];
        if (!parseV4(p, end, bytes))
            return false;
        ip.m_bytes[10] = 0xff;
        ip.m_bytes[11] = 0xff;
        std::memcpy(ip.m_bytes.data() + 12, bytes, 4);
    } else {
        if (zone) {
            if (zone + 1 == end)
                return false;
            for (const char *q = zone + 1; q != end; ++q) {
                if (!isZoneChar(*q))
                    return false;
            }
            end = zone;
        }
        if (!parseV6(p, end, ip.m_bytes.data()))
            return false;
    }

    static const quint8 mappedPrefix[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    ip.m_v4 = std::memcmp(ip.m_bytes.data(), mappedPrefix, sizeof mappedPrefix) == 0;
    ip.m_valid = true;
    if (out)
        *out = ip;
    return true;
}

quint32 IpAddress::v4() const
{
    if (!m_v4)
        return 0;
    return quint32(m_bytes[12]) << 24 | quint32(m_bytes[13]) << 16 | quint32(m_bytes[14]) << 8
           | quint32(m_bytes[15]);
}

IpClass IpAddress::classify() const
{
    if (!m_valid)
        return IpClass::Invalid;
    bool global = false;
    specialBlock(*this, &global);
    return global ? IpClass::Global : IpClass::PrivateOrReserved;
}

IpAddress IpAddress::lookupAddress() const
{
    const auto v4 = embeddedV4(*this);
    return v4 ? v4Address(*v4) : *this;
}

QLatin1String IpAddress::specialPurposeBlock() const
{
    if (!m_valid)
        return QLatin1String();
    bool global = false;
    const char *name = specialBlock(*this, &global);
    return global || !name ? QLatin1String() : QLatin1String(name);
}

int IpAddress::format(char *buf) const
{
    if (!m_valid)
        return 0;
    char *out = buf;
    if (m_v4) {
        for (int i = 12; i < 16; ++i) {
            if (i > 12)
                *out++ = '.';
            out = writeDecimal(out, m_bytes[i]);
        }
        return int(out - buf);
    }

    quint16 groups[8];
    for (int i = 0; i < 8; ++i)
        groups[i] = quint16(m_bytes[2 * i] << 8 | m_bytes[2 * i + 1]);

    // RFC 5952: compress the longest run of two or more zero groups, the first on a tie.
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < 8;) {
        if (groups[i] != 0) {
            ++i;
            continue;
        }
        int j = i;
        while (j < 8 && groups[j] == 0)
            ++j;
        if (j - i > bestLength) {
            bestStart = i;
            bestLength = j - i;
        }
        i = j;
    }

    for (int i = 0; i < 8; ++i) {
        if (i == bestStart) {
            *out++ = ':';
            *out++ = ':';
            i += bestLength - 1;
            continue;
        }
        if (i > 0 && i != bestStart + bestLength)
            *out++ = ':';
        out = writeHexGroup(out, groups[i]);
    }
    return int(out - buf);
}

QByteArray IpAddress::toText() const
{
    char buf[MaxTextLength];
    const int n = format(buf);
    return QByteArray(buf, n);
}

} // namespace regionmap
