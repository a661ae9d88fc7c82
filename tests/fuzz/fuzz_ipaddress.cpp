// libFuzzer target: the strict IP parser. Whatever it accepts must format to text that parses
// back to the same address, classify without crashing, and be accepted by inet_pton too.
#include "geo/ipaddress.h"

#include <arpa/inet.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>

using namespace regionmap;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView text(reinterpret_cast<const char *>(data), qsizetype(size));
    IpAddress ip;
    if (!IpAddress::parse(text, &ip))
        return 0;
    (void)ip.classify();
    (void)ip.specialPurposeBlock();
    char buf[IpAddress::MaxTextLength + 1] = {};
    const int n = ip.format(buf);
    if (n <= 0 || n > IpAddress::MaxTextLength)
        abort();
    IpAddress again;
    if (!IpAddress::parse(QByteArrayView(buf, n), &again) || !(again == ip))
        abort();
    // The canonical text is something the C library accepts as well.
    unsigned char raw[16];
    const std::string canonical(buf, size_t(n));
    if (inet_pton(ip.isV4() ? AF_INET : AF_INET6, canonical.c_str(), raw) != 1)
        abort();
    return 0;
}
