#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <functional>

namespace regionmap {

class IpAddress;

// Finds what looks like an IP address in free text (a rejected row, a server's message) and
// replaces it. Address-shaped: a run of hex digits, dots and colons with three dots or more (IPv4,
// also with a port), with "::", or with six colons or more (IPv6 written in full), with its zone
// id ("%eth0") if it has one; "1.5", "12:30:45", "cafe" and a bare "::" (as in "LWP::Simple") are
// not. A full stop at the end of a
// run ends the sentence, not the address.
//
// replacement gets the address, or null when the run is address-shaped but no address
// ("203.0.113.9:80", "1.2.3.999"); what it returns takes the run's place.
//
// cut: the text was cut short, so its last run may be the start of an address ("198.51.100"):
// a last run that reaches the end with a dot or a colon in it is replaced as no address.
using AddressReplacement = std::function<QByteArray(const IpAddress *)>;
QByteArray replaceAddresses(QByteArrayView text, const AddressReplacement &replacement,
                            bool cut = false);

// True when replaceAddresses() would change the text: a quick test that allocates nothing.
bool containsAddressShaped(QByteArrayView text, bool cut = false);

} // namespace regionmap
