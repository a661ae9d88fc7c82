#include "addresstext.h"

#include "geo/ipaddress.h"

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
    bool digits = false;
    for (qsizetype i = 0; i < run.size(); ++i) {
        if (run[i] == '.') {
            ++dots;
        } else if (run[i] == ':') {
            ++colons;
            doubleColon = doubleColon || (i > 0 && run[i - 1] == ':');
        } else {
            digits = true;
        }
    }
    return digits && (dots >= 3 || doubleColon || colons >= 6);
}

// The start of an address that a cut left at the end of a text.
bool isCutAddress(QByteArrayView run)
{
    return run.contains('.') || run.contains(':');
}

bool isZoneChar(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'
           || c == '-' || c == '.';
}

// The address-shaped run that starts at i, or an empty view; *end is where the scan goes on.
struct Run
{
    qsizetype end = 0; // after the run and its zone id
    QByteArrayView candidate; // what is parsed: the run, with its zone id, without a full stop
    bool shaped = false;
};

Run scanRun(QByteArrayView text, qsizetype i, bool cut)
{
    Run r;
    qsizetype end = i;
    while (end < text.size() && isAddressChar(text[end]))
        ++end;
    const QByteArrayView run = text.sliced(i, end - i);
    r.end = end;
    r.candidate = run;
    r.shaped = isAddressShaped(run) || (cut && end == text.size() && isCutAddress(run));
    if (!r.shaped)
        return r;
    if (end < text.size() && text[end] == '%' && run.contains(':')) {
        ++end;
        while (end < text.size() && isZoneChar(text[end]))
            ++end;
        r.end = end;
        r.candidate = text.sliced(i, end - i);
    } else {
        while (r.candidate.endsWith('.'))
            r.candidate.chop(1);
    }
    return r;
}

} // namespace

QByteArray replaceAddresses(QByteArrayView text, const AddressReplacement &replacement, bool cut)
{
    QByteArray out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isAddressChar(text[i])) {
            out += text[i++];
            continue;
        }
        const Run run = scanRun(text, i, cut);
        if (!run.shaped) {
            out += text.sliced(i, run.end - i);
        } else if (IpAddress ip;
                   !(cut && run.end == text.size()) && IpAddress::parse(run.candidate, &ip)) {
            out += replacement(&ip);
            out += text.sliced(i + run.candidate.size(), run.end - i - run.candidate.size());
        } else {
            out += replacement(nullptr);
        }
        i = run.end;
    }
    return out;
}

bool containsAddressShaped(QByteArrayView text, bool cut)
{
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isAddressChar(text[i])) {
            ++i;
            continue;
        }
        const Run run = scanRun(text, i, cut);
        if (run.shaped)
            return true;
        i = run.end;
    }
    return false;
}

} // namespace regionmap
