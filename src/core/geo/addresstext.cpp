#include "addresstext.h"

#include "geo/ipaddress.h"

#include <QChar>

namespace regionmap {

namespace {

bool isAddressChar(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == '.'
           || c == ':';
}

bool isAddressShaped(QByteArrayView run)
{
    int dots = 0;
    int colons = 0;
    bool doubleColon = false;
    for (qsizetype i = 0; i < run.size(); ++i) {
        if (run[i] == '.') {
            ++dots;
        } else if (run[i] == ':') {
            ++colons;
            doubleColon = doubleColon || (i > 0 && run[i - 1] == ':');
        }
    }
    return dots >= 3 || doubleColon || colons >= 6;
}

} // namespace

QByteArray replaceAddresses(QByteArrayView text, const AddressReplacement &replacement)
{
    QByteArray out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isAddressChar(text[i])) {
            out += text[i++];
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && isAddressChar(text[end]))
            ++end;
        const QByteArrayView run = text.sliced(i, end - i);
        if (!isAddressShaped(run)) {
            out += run;
            i = end;
            continue;
        }
        QByteArrayView candidate = run;
        if (end < text.size() && text[end] == '%' && run.contains(':')) {
            ++end;
            while (end < text.size() && QChar::isLetterOrNumber(char32_t(uchar(text[end]))))
                ++end;
            candidate = text.sliced(i, end - i);
        } else {
            while (candidate.endsWith('.'))
                candidate.chop(1);
        }
        IpAddress ip;
        if (IpAddress::parse(candidate, &ip)) {
            out += replacement(&ip);
            out += text.sliced(i + candidate.size(), end - i - candidate.size());
        } else {
            out += replacement(nullptr);
        }
        i = end;
    }
    return out;
}

} // namespace regionmap
