#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHashFunctions>
#include <QLatin1String>

#include <array>
#include <cstddef>
#include <functional>

namespace regionmap {

enum class IpClass { Invalid, PrivateOrReserved, Global };

// An IPv4 or IPv6 address, parsed strictly and classified locally, before any lookup.
//
// Accepted text (surrounding ASCII spaces and tabs are trimmed, nothing else is):
// - IPv4 as four decimal octets 0..255 without leading zeros ("10.0.0.1"; "010.0.0.1",
//   "0x0a.0.0.1", "10.1", "1.2.3.0/24" and "1.2.3.4 x" are invalid).
// - IPv6 in every RFC 4291 text form: full, with "::" compression (once), hex digits in any
//   case, and a trailing embedded IPv4 ("::ffff:1.2.3.4", "64:ff9b::192.0.2.1").
// - An IPv6 zone id ("fe80::1%eth0"): accepted and dropped.
// No prefix lengths (CIDR), no internal spaces, no brackets, no port.
//
// An IPv4-mapped IPv6 address (::ffff:a.b.c.d) IS its IPv4 address: isV4() is true, and it
// compares, hashes, classifies, formats and is looked up as a.b.c.d.
//
// Two IPv6 forms carry an IPv4 address to a host that has one: the NAT64 well-known prefix
// (64:ff9b::a.b.c.d, RFC 6052) and 6to4 (2002:AABB:CCDD::/48, RFC 3056). They stay IPv6 (and are
// stored as written), but classify as their IPv4 address and are looked up as it (lookupAddress()).
// The local-use NAT64 prefix 64:ff9b:1::/48 stays reserved: its IPv4 half is private by design.
// docs/ip-addresses.md has the rules.
//
// Parsing, classifying and formatting never allocate (toText() does, by design).
class IpAddress
{
public:
    // An invalid address (classify() returns IpClass::Invalid).
    IpAddress() = default;

    // Parses text strictly (see above). On success stores the address in *out (when out is
    // not null) and returns true; on failure returns false and leaves *out untouched.
    static bool parse(QByteArrayView text, IpAddress *out);

    bool isValid() const { return m_valid; }
    bool isV4() const { return m_v4; } // true also for IPv4-mapped IPv6 input
    quint32 v4() const; // host byte order; 0 for an IPv6 address
    // The 16 bytes in network order; an IPv4 address is stored as ::ffff:a.b.c.d.
    const std::array<quint8, 16> &v6() const { return m_bytes; }

    IpClass classify() const;
    // The address a geolocation database is asked for: the embedded IPv4 address of a NAT64
    // (64:ff9b::/96) or 6to4 (2002::/16) address, else this address.
    IpAddress lookupAddress() const;
    // The special-purpose block that makes a non-global address non-global, e.g.
    // "10.0.0.0/8 (private-use)" or "2001:db8::/32 (documentation)"; empty for a global or an
    // invalid address. Static text: no allocation.
    QLatin1String specialPurposeBlock() const;

    // Canonical text (dotted quad, or RFC 5952 for IPv6) as PostgreSQL's inet accepts it.
    // buf must hold at least MaxTextLength bytes; no NUL is written. Returns the length
    // (0 for an invalid address).
    static constexpr int MaxTextLength = 46;
    int format(char *buf) const;
    QByteArray toText() const;

    friend bool operator==(const IpAddress &a, const IpAddress &b)
    {
        return a.m_valid == b.m_valid && a.m_bytes == b.m_bytes;
    }
    friend bool operator!=(const IpAddress &a, const IpAddress &b) { return !(a == b); }

private:
    std::array<quint8, 16> m_bytes {};
    bool m_valid = false;
    bool m_v4 = false;
};

inline size_t qHash(const IpAddress &ip, size_t seed = 0) noexcept
{
    return qHashBits(ip.v6().data(), ip.v6().size(), seed);
}

} // namespace regionmap

template<>
struct std::hash<regionmap::IpAddress>
{
    size_t operator()(const regionmap::IpAddress &ip) const noexcept
    {
        return regionmap::qHash(ip, 0);
    }
};
