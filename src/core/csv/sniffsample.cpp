#include "sniffsample.h"

#include <QHostAddress>

namespace regionmap::sniff {

namespace {

// Names that mark an IP column on their own, most specific first (compared after
// normalizedName()).
const char *const kIpNames[] = {"ip",
                                "ip_address",
                                "ipaddress",
                                "ipaddr",
                                "ip_addr",
                                "ipv4",
                                "ipv6",
                                "ip_v4",
                                "ip_v6",
                                "ipv4_address",
                                "ipv6_address",
                                "client_ip",
                                "clientip",
                                "client_ip_address",
                                "client_address",
                                "client_addr",
                                "remote_addr",
                                "remote_ip",
                                "remoteip",
                                "remote_address",
                                "source_ip",
                                "sourceip",
                                "source_ip_address",
                                "source_address",
                                "src_ip",
                                "srcip",
                                "src_ip_address",
                                "src_addr",
                                "user_ip",
                                "host_ip",
                                "public_ip",
                                "last_ip",
                                "login_ip",
                                "last_login_ip",
                                "visitor_ip",
                                "device_ip",
                                "ip_addresses"};
// Generic names that count only when the values look like IP addresses too.
const char *const kGenericIpNames[]
    = {"address", "addr", "host", "source", "src", "remote", "client"};
constexpr int kFirstGenericName = int(sizeof kIpNames / sizeof kIpNames[0]);
constexpr int kIpNameCount
    = kFirstGenericName + int(sizeof kGenericIpNames / sizeof kGenericIpNames[0]);

// "IP Address", "ip-address", " ip.address " -> "ip_address".
QString normalizedName(const QString &name)
{
    QString out;
    bool separator = false;
    for (const QChar c : name.trimmed().toLower()) {
        if (c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('_')
            || c == QLatin1Char('.') || c == QLatin1Char('\t')) {
            separator = true;
            continue;
        }
        if (separator && !out.isEmpty())
            out += QLatin1Char('_');
        separator = false;
        out += c;
    }
    return out;
}

} // namespace

int ipNameRank(const QString &name)
{
    const QString n = normalizedName(name);
    for (int i = 0; i < kIpNameCount; ++i) {
        const char *known
            = i < kFirstGenericName ? kIpNames[i] : kGenericIpNames[i - kFirstGenericName];
        if (n == QLatin1String(known))
            return i;
    }
    return -1;
}

int genericIpNameRank()
{
    return kFirstGenericName;
}

int ipNameCount()
{
    return kIpNameCount;
}

// A quick local check, enough to recognise a column: a dotted quad, or an IPv6 address that
// QHostAddress accepts. The geo module holds the strict parser.
bool looksLikeIp(QStringView v)
{
    v = v.trimmed();
    if (v.isEmpty() || v.size() > 45)
        return false;
    if (v.contains(QLatin1Char(':'))) {
        QHostAddress address;
        return address.setAddress(v.toString())
               && address.protocol() == QAbstractSocket::IPv6Protocol;
    }
    int parts = 0;
    int digits = 0;
    int value = 0;
    for (const QChar c : v) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            value = value * 10 + (c.unicode() - '0');
            if (++digits > 3 || value > 255)
                return false;
        } else if (c == QLatin1Char('.') && digits > 0 && parts < 3) {
            ++parts;
            digits = value = 0;
        } else {
            return false;
        }
    }
    return parts == 3 && digits > 0;
}

bool isNumber(QStringView v)
{
    v = v.trimmed();
    qsizetype i = 0;
    if (!v.isEmpty() && (v[0] == QLatin1Char('+') || v[0] == QLatin1Char('-')))
        ++i;
    bool digits = false;
    bool separator = false;
    bool exponent = false;
    for (; i < v.size(); ++i) {
        const QChar c = v[i];
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            digits = true;
        } else if ((c == QLatin1Char('.') || c == QLatin1Char(',')) && !separator && !exponent) {
            separator = true;
        } else if ((c == QLatin1Char('e') || c == QLatin1Char('E')) && digits && !exponent) {
            exponent = true;
            digits = false;
            if (i + 1 < v.size() && (v[i + 1] == QLatin1Char('+') || v[i + 1] == QLatin1Char('-')))
                ++i;
        } else {
            return false;
        }
    }
    return digits;
}

bool isTyped(QStringView v)
{
    return isNumber(v) || looksLikeIp(v);
}

QString decodeField(const char *p, const csv::FieldSpan &f, char quote, TextEncoding encoding)
{
    QByteArray bytes(p + f.begin, qsizetype(f.end) - qsizetype(f.begin));
    if (f.flags & csv::FieldSpan::Escaped)
        bytes.replace(QByteArray(2, quote), QByteArray(1, quote));
    return encoding == TextEncoding::Latin1 ? QString::fromLatin1(bytes) : QString::fromUtf8(bytes);
}

} // namespace regionmap::sniff
