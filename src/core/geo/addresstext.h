#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <functional>

namespace regionmap {

class IpAddress;

// Finds what looks like an IP address in free text (a rejected row, a server's message) and
// replaces it. Address-shaped: a run of hex digits, dots and colons with three dots or more (IPv4,
// also with a port), with "::", or with six colons or more (IPv6 written in full), with its zone
// id ("%eth0") if it has one; "1.5", "12:30:45" and "cafe" are not. A full stop at the end of a
// run ends the sentence, not the address.
//
// replacement gets the address, or null when the run is address-shaped but no address
// ("203.0.113.9:80", "1.2.3.999"); what it returns takes the run's place.
using AddressReplacement = std::function<QByteArray(const IpAddress *)>;
QByteArray replaceAddresses(QByteArrayView text, const AddressReplacement &replacement);

} // namespace regionmap
