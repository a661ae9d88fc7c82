#include "addressprivacy.h"

#include "geo/addresstext.h"
#include "geo/ipaddress.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <array>

namespace regionmap {

namespace {

constexpr char kTagAddress = 'a'; // the 16 bytes of a valid address
constexpr char kTagText = 't'; // the text of something that is no address

// "2001:db8:1:0:0:0:0:0" from 16 bytes, for IpAddress::parse to make canonical.
QByteArray fullText(const std::array<quint8, 16> &b)
{
    QByteArray text;
    for (int g = 0; g < 8; ++g) {
        if (g)
            text += ':';
        text += QByteArray::number((uint(b[size_t(2 * g)]) << 8) | b[size_t(2 * g + 1)], 16);
    }
    return text;
}

} // namespace

QLatin1String privacyModeName(PrivacyMode mode)
{
    switch (mode) {
    case PrivacyMode::Keep:
        return QLatin1String("keep");
    case PrivacyMode::Truncate:
        return QLatin1String("truncate");
    case PrivacyMode::Hash:
        return QLatin1String("hash");
    case PrivacyMode::Drop:
        return QLatin1String("drop");
    }
    return QLatin1String("keep");
}

std::optional<PrivacyMode> parsePrivacyMode(QStringView name)
{
    for (PrivacyMode m :
         {PrivacyMode::Keep, PrivacyMode::Truncate, PrivacyMode::Hash, PrivacyMode::Drop}) {
        if (name.compare(privacyModeName(m), Qt::CaseInsensitive) == 0)
            return m;
    }
    return std::nullopt;
}

QString privacyModeDescription(PrivacyMode mode)
{
    switch (mode) {
    case PrivacyMode::Keep:
        return AddressPrivacy::tr("Every row keeps its address as written.");
    case PrivacyMode::Truncate:
        return AddressPrivacy::tr("Every address is cut to its network before it is stored: IPv4 "
                                  "to its /24, IPv6 to its /48.");
    case PrivacyMode::Hash:
        return AddressPrivacy::tr("Every address is stored as a keyed pseudonym (HMAC-SHA-256): "
                                  "the same address gets the same pseudonym in every run with the "
                                  "same key, which stays in the keychain.");
    case PrivacyMode::Drop:
        return AddressPrivacy::tr("No address is stored: every row keeps its location and region "
                                  "only.");
    }
    return {};
}

AddressPrivacy::AddressPrivacy()
    : m_mode(PrivacyMode::Keep)
{ }

AddressPrivacy::AddressPrivacy(PrivacyMode mode, QByteArray key)
    : m_mode(mode)
    , m_key(std::move(key))
{
    if (m_mode == PrivacyMode::Hash) {
        Q_ASSERT_X(m_key.size() == kKeyBytes, "AddressPrivacy", "the hash mode needs its key");
        m_mac = std::make_unique<QMessageAuthenticationCode>(QCryptographicHash::Sha256, m_key);
    }
}

AddressPrivacy::AddressPrivacy(const AddressPrivacy &other)
    : AddressPrivacy(other.m_mode, other.m_key)
{ }

AddressPrivacy &AddressPrivacy::operator=(const AddressPrivacy &other)
{
    if (this != &other) {
        m_mode = other.m_mode;
        m_key = other.m_key;
        m_mac
            = m_mode == PrivacyMode::Hash
                  ? std::make_unique<QMessageAuthenticationCode>(QCryptographicHash::Sha256, m_key)
                  : nullptr;
    }
    return *this;
}

AddressPrivacy::~AddressPrivacy() = default;

QByteArray AddressPrivacy::pseudonym(char tag, QByteArrayView data) const
{
    m_mac->reset();
    m_mac->addData(&tag, 1);
    m_mac->addData(data.data(), data.size());
    return m_mac->result().left(kPseudonymHexChars / 2).toHex();
}

QByteArray AddressPrivacy::truncated(const IpAddress &ip) const
{
    if (ip.isV4()) {
        const quint32 v = ip.v4();
        return QByteArray::number(v >> 24) + '.' + QByteArray::number((v >> 16) & 0xff) + '.'
               + QByteArray::number((v >> 8) & 0xff) + ".0/24";
    }
    std::array<quint8, 16> b = ip.v6();
    // An address that carries an IPv4 address is cut where that address is cut to its /24:
    // NAT64 (64:ff9b::/96) keeps 120 bits, 6to4 (2002::/16) 40; a plain /48 of 6to4 would keep
    // the whole IPv4 address.
    static constexpr std::array<quint8, 12> nat64 {0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0};
    int prefix = 48;
    if (std::equal(nat64.begin(), nat64.end(), b.begin()))
        prefix = 120;
    else if (b[0] == 0x20 && b[1] == 0x02)
        prefix = 40;
    for (int i = prefix / 8; i < 16; ++i)
        b[size_t(i)] = 0;
    IpAddress cut;
    IpAddress::parse(fullText(b), &cut);
    return cut.toText() + '/' + QByteArray::number(prefix);
}

QByteArray AddressPrivacy::address(const IpAddress &ip) const
{
    switch (m_mode) {
    case PrivacyMode::Keep:
        return ip.toText();
    case PrivacyMode::Truncate:
        return truncated(ip);
    case PrivacyMode::Hash: {
        const std::array<quint8, 16> &b = ip.v6();
        return pseudonym(kTagAddress,
                         QByteArrayView(reinterpret_cast<const char *>(b.data()), qsizetype(16)));
    }
    case PrivacyMode::Drop:
        return {};
    }
    return {};
}

QByteArray AddressPrivacy::columnText(QByteArrayView written, const IpAddress &parsed) const
{
    if (m_mode == PrivacyMode::Keep)
        return written.toByteArray();
    if (parsed.isValid())
        return address(parsed);
    if (m_mode == PrivacyMode::Hash && !written.trimmed().isEmpty())
        return pseudonym(kTagText, written.trimmed());
    return {};
}

QByteArray AddressPrivacy::redact(QByteArrayView text, bool cut) const
{
    if (m_mode == PrivacyMode::Keep)
        return text.toByteArray();
    return replaceAddresses(
        text,
        [this](const IpAddress *ip) {
            const QByteArray stored = ip ? address(*ip) : QByteArray();
            return stored.isEmpty() ? QByteArray(kRemoved) : stored;
        },
        cut);
}

bool AddressPrivacy::needsRedaction(QByteArrayView text) const
{
    return m_mode != PrivacyMode::Keep && containsAddressShaped(text);
}

QString AddressPrivacy::redact(const QString &text) const
{
    if (m_mode == PrivacyMode::Keep)
        return text;
    return QString::fromUtf8(redact(QByteArrayView(text.toUtf8())));
}

QString AddressPrivacy::keyId(const QByteArray &key)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(QByteArrayView("regionmap privacy key id\n"));
    h.addData(key);
    return QString::fromLatin1(h.result().toHex().left(12));
}

} // namespace regionmap
