#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

class QMessageAuthenticationCode;

namespace regionmap {

class IpAddress;

// What a run stores of each address (issue 22, docs/privacy.md). The location is stored at city
// level in every mode; only the address itself changes.
enum class PrivacyMode {
    Keep, // the address as written (the default)
    Truncate, // IPv4 to its /24, IPv6 to its /48 (a 6to4 address to its /40): "203.0.113.0/24"
    Hash, // a keyed pseudonym: HMAC-SHA-256 of the address, under a key kept in the keychain
    Drop, // no address at all
};

// "keep", "truncate", "hash", "drop".
QLatin1String privacyModeName(PrivacyMode mode);
std::optional<PrivacyMode> parsePrivacyMode(QStringView name);
// One sentence on what the mode stores, for the analyst (the app's Privacy group, the run log).
QString privacyModeDescription(PrivacyMode mode);

// Turns addresses into what a privacy mode stores, for the row (the ip column and the CSV's own
// address column) and for every text that leaves the pipeline (a rejected row's text, its value
// and its reason). In keep mode it changes nothing. Not thread-safe: each stage keeps its own.
class AddressPrivacy
{
    Q_DECLARE_TR_FUNCTIONS(regionmap::AddressPrivacy)

public:
    static constexpr int kKeyBytes = 32;
    static constexpr int kPseudonymHexChars = 32; // the first 128 bits of the HMAC, in hex
    // What stands in a text for an address that is dropped, or for something that looks like an
    // address but is not one (a port or a typo: "203.0.113.9:80").
    static constexpr char kRemoved[] = "[address removed]";

    AddressPrivacy(); // keep
    // key: the HMAC key, kKeyBytes long; only the hash mode reads it.
    explicit AddressPrivacy(PrivacyMode mode, QByteArray key = {});
    AddressPrivacy(const AddressPrivacy &other);
    AddressPrivacy &operator=(const AddressPrivacy &other);
    ~AddressPrivacy();

    PrivacyMode mode() const { return m_mode; }
    bool keepsAddresses() const { return m_mode == PrivacyMode::Keep; }

    // What the row stores for a valid address: keep, its canonical text; truncate, its network
    // ("203.0.113.0/24"); hash, its pseudonym (32 hex digits; the same for "::ffff:1.2.3.4" and
    // "1.2.3.4"); drop, nothing (an empty array, stored as NULL).
    QByteArray address(const IpAddress &ip) const;

    // What the row stores for the CSV's address column. keep: the text as written. Otherwise a
    // valid address as address() has it; text that is no address is hashed in the hash mode (a
    // pseudonym of the text) and stored as nothing in the others.
    QByteArray columnText(QByteArrayView written, const IpAddress &parsed) const;

    // The text with everything that looks like an address (geo/addresstext.h) replaced: a valid
    // address as address() has it (kRemoved when dropped), anything address-shaped that is not
    // one by kRemoved. keep: the text unchanged. cut: the text was cut short, and what may be the
    // start of an address at its end goes too.
    QByteArray redact(QByteArrayView text, bool cut = false) const;
    QString redact(const QString &text) const;
    // True when redact() would change the text (never in keep mode); allocates nothing.
    bool needsRedaction(QByteArrayView text) const;

    // A short public name of a key (the first 12 hex digits of a SHA-256 over it and a fixed
    // label), recorded with the run so that runs with the same pseudonyms can be told apart from
    // runs without; it reveals nothing of the key.
    static QString keyId(const QByteArray &key);

private:
    QByteArray pseudonym(char tag, QByteArrayView data) const;
    QByteArray truncated(const IpAddress &ip) const;

    PrivacyMode m_mode;
    QByteArray m_key;
    mutable std::unique_ptr<QMessageAuthenticationCode> m_mac; // hash mode only
};

} // namespace regionmap
