// The privacy modes' treatment of an address (issue 22, docs/privacy.md): what the row stores,
// what the CSV's address column stores, and what is left of the addresses in a rejected row's
// text. The whole run, down to a pg_dump of the database, is tst_privacy's.

#include "etl/addressprivacy.h"
#include "geo/addresstext.h"
#include "geo/ipaddress.h"
#include "secrets/privacykey.h"

#include <QTest>

using namespace regionmap;

namespace {

IpAddress ip(const char *text)
{
    IpAddress a;
    if (!IpAddress::parse(QByteArrayView(text), &a))
        qFatal("not an address: %s", text);
    return a;
}

QByteArray key(char fill)
{
    return QByteArray(AddressPrivacy::kKeyBytes, fill);
}

} // namespace

class TestAddressPrivacy : public QObject
{
    Q_OBJECT

private slots:
    void modeNames()
    {
        for (const PrivacyMode m :
             {PrivacyMode::Keep, PrivacyMode::Truncate, PrivacyMode::Hash, PrivacyMode::Drop}) {
            QCOMPARE(parsePrivacyMode(QString(privacyModeName(m))), m);
            QVERIFY(!privacyModeDescription(m).isEmpty());
        }
        QCOMPARE(parsePrivacyMode(u"HASH"), PrivacyMode::Hash);
        QVERIFY(!parsePrivacyMode(u"anonymise"));
    }

    void keepChangesNothing()
    {
        const AddressPrivacy keep;
        QVERIFY(keep.keepsAddresses());
        QCOMPARE(keep.address(ip("2001:DB8::1")), QByteArray("2001:db8::1"));
        QCOMPARE(keep.columnText(" 10.0.0.1 ", ip("10.0.0.1")), QByteArray(" 10.0.0.1 "));
        QCOMPARE(keep.redact(QByteArrayView("a,203.0.113.9,b")), QByteArray("a,203.0.113.9,b"));
    }

    void truncate_data()
    {
        QTest::addColumn<QByteArray>("address");
        QTest::addColumn<QByteArray>("stored");
        QTest::newRow("IPv4 to /24") << QByteArray("203.0.113.77") << QByteArray("203.0.113.0/24");
        QTest::newRow("IPv4-mapped is IPv4")
            << QByteArray("::ffff:198.51.100.9") << QByteArray("198.51.100.0/24");
        QTest::newRow("IPv6 to /48")
            << QByteArray("2001:db8:abcd:12:1:2:3:4") << QByteArray("2001:db8:abcd::/48");
        QTest::newRow("IPv6 with zeros")
            << QByteArray("2a00:1450:0:8::200e") << QByteArray("2a00:1450::/48");
        // 6to4 carries the IPv4 address in bits 16-47: its /48 would keep all of it.
        QTest::newRow("6to4 to /40")
            << QByteArray("2002:cb00:7109::1") << QByteArray("2002:cb00:7100::/40");
        QTest::newRow("NAT64 cut as its IPv4")
            << QByteArray("64:ff9b::203.0.113.9") << QByteArray("64:ff9b::cb00:7100/120");
    }
    void truncate()
    {
        QFETCH(QByteArray, address);
        QFETCH(QByteArray, stored);
        const AddressPrivacy t(PrivacyMode::Truncate);
        QCOMPARE(t.address(ip(address.constData())), stored);
        QCOMPARE(t.columnText(address, ip(address.constData())), stored);
        // What is stored is no longer the address.
        QVERIFY(!stored.contains(address));
    }

    void hashIsKeyedAndStable()
    {
        const AddressPrivacy a(PrivacyMode::Hash, key('a'));
        const AddressPrivacy sameKey(PrivacyMode::Hash, key('a'));
        const AddressPrivacy otherKey(PrivacyMode::Hash, key('b'));
        const QByteArray p = a.address(ip("203.0.113.9"));
        QCOMPARE(p.size(), AddressPrivacy::kPseudonymHexChars);
        QVERIFY(QByteArray::fromHex(p).toHex() == p);
        QCOMPARE(sameKey.address(ip("203.0.113.9")), p);
        QCOMPARE(a.address(ip("::ffff:203.0.113.9")), p); // one address, one pseudonym
        QVERIFY(otherKey.address(ip("203.0.113.9")) != p);
        QVERIFY(a.address(ip("203.0.113.10")) != p);
        // A copy hashes alike (each stage keeps its own).
        const AddressPrivacy copy = a;
        QCOMPARE(copy.address(ip("203.0.113.9")), p);
        // Text that is no address: a pseudonym of the text, not the text.
        const QByteArray junk = a.columnText("203.0.113.999", IpAddress());
        QCOMPARE(junk.size(), AddressPrivacy::kPseudonymHexChars);
        QVERIFY(!junk.contains("203.0.113"));
        QVERIFY(a.columnText("   ", IpAddress()).isEmpty());
    }

    void dropStoresNothing()
    {
        const AddressPrivacy d(PrivacyMode::Drop);
        QVERIFY(d.address(ip("203.0.113.9")).isEmpty());
        QVERIFY(d.columnText("203.0.113.9", ip("203.0.113.9")).isEmpty());
        QVERIFY(d.columnText("not an address", IpAddress()).isEmpty());
    }

    void redactRejectedText_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("redacted");
        const int t = int(PrivacyMode::Truncate);
        const int d = int(PrivacyMode::Drop);
        QTest::newRow("a CSV line") << t << QByteArray("7,203.0.113.9,Ana,\"x\"")
                                    << QByteArray("7,203.0.113.0/24,Ana,\"x\"");
        QTest::newRow("two addresses, IPv6 too") << t << QByteArray("198.51.100.1;2001:db8:1:2::5")
                                                 << QByteArray("198.51.100.0/24;2001:db8:1::/48");
        QTest::newRow("end of a sentence")
            << t << QByteArray("from 203.0.113.9.") << QByteArray("from 203.0.113.0/24.");
        QTest::newRow("with a port: not an address, still withheld")
            << t << QByteArray("203.0.113.9:8080 x") << QByteArray("[address removed] x");
        QTest::newRow("a typo") << t << QByteArray("203.0.113.999")
                                << QByteArray("[address removed]");
        QTest::newRow("zone id") << t << QByteArray("fe80::1%eth0 up")
                                 << QByteArray("fe80::/48 up");
        QTest::newRow("drop") << d << QByteArray("id 4, 203.0.113.9, ::1")
                              << QByteArray("id 4, [address removed], [address removed]");
        QTest::newRow("numbers, times and words stay")
            << d << QByteArray("1.5 12:30:45 2024.01.02 cafe 10.0")
            << QByteArray("1.5 12:30:45 2024.01.02 cafe 10.0");
        QTest::newRow("a bare :: is no address") << d << QByteArray("LWP::Simple/6.0 Mojo::UA")
                                                 << QByteArray("LWP::Simple/6.0 Mojo::UA");
        QTest::newRow("uppercase, bracketed, with a port")
            << t << QByteArray("[2001:DB8:AB:CD::1]:443") << QByteArray("[2001:db8:ab::/48]:443");
        QTest::newRow("quoted in JSON") << d << QByteArray("{\"ip\":\"2001:db8::7\"}")
                                        << QByteArray("{\"ip\":\"[address removed]\"}");
    }
    void redactRejectedText()
    {
        QFETCH(int, mode);
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, redacted);
        const AddressPrivacy p {PrivacyMode(mode)};
        QCOMPARE(p.redact(QByteArrayView(text)), redacted);
        QCOMPARE(p.redact(QString::fromUtf8(text)), QString::fromUtf8(redacted));
    }

    // A text cut short may end in the start of an address: that goes too, when it was cut.
    void redactCutText()
    {
        const AddressPrivacy d {PrivacyMode::Drop};
        QCOMPARE(d.redact(QByteArrayView("7,Ana,198.51.100"), true),
                 QByteArray("7,Ana,[address removed]"));
        QCOMPARE(d.redact(QByteArrayView("7,Ana,2001:db8:abcd:12:34"), true),
                 QByteArray("7,Ana,[address removed]"));
        // A whole address at the cut may have been longer ("…9" of "…99"): withheld as well.
        QCOMPARE(d.redact(QByteArrayView("7,Ana,198.51.100.9"), true),
                 QByteArray("7,Ana,[address removed]"));
        // Not cut: "198.51.100" is no address, and a number at the end stays.
        QCOMPARE(d.redact(QByteArrayView("7,Ana,198.51.100")), QByteArray("7,Ana,198.51.100"));
        QCOMPARE(d.redact(QByteArrayView("7,Ana,1.5"), true),
                 QByteArray("7,Ana,[address removed]"));
        QVERIFY(d.needsRedaction("x 203.0.113.9"));
        QVERIFY(!d.needsRedaction("x 1.5 12:30"));
        QVERIFY(!AddressPrivacy().needsRedaction("x 203.0.113.9"));
    }

    void redactHashes()
    {
        const AddressPrivacy h(PrivacyMode::Hash, key('k'));
        const QByteArray p = h.address(ip("203.0.113.9"));
        QCOMPARE(h.redact(QByteArrayView("x,203.0.113.9,y")), "x," + p + ",y");
    }

    void addressText()
    {
        int found = 0;
        int shaped = 0;
        const QByteArray out
            = replaceAddresses("a 10.1.2.3 b 1.2.3.4.5 c ::1 d ::", [&](const IpAddress *a) {
                  ++(a ? found : shaped);
                  return QByteArray("X");
              });
        QCOMPARE(out, QByteArray("a X b X c X d ::"));
        QCOMPARE(found, 2); // 10.1.2.3 and ::1 (a bare "::" is no address)
        QCOMPARE(shaped, 1); // 1.2.3.4.5
    }

    void keys()
    {
        const QByteArray k = PrivacyKey::generate();
        QCOMPARE(k.size(), PrivacyKey::kBytes);
        QVERIFY(PrivacyKey::generate() != k);
        QCOMPARE(PrivacyKey::decode(PrivacyKey::encode(k)), std::optional<QByteArray>(k));
        QVERIFY(!PrivacyKey::decode(QStringLiteral("c2hvcnQ=")));
        QVERIFY(!PrivacyKey::decode(QStringLiteral("not base64!")));
        const QString id = AddressPrivacy::keyId(k);
        QCOMPARE(id.size(), 12);
        QCOMPARE(AddressPrivacy::keyId(k), id);
        QVERIFY(AddressPrivacy::keyId(PrivacyKey::generate()) != id);
        QVERIFY(!PrivacyKey::encode(k).contains(id));
    }
};

QTEST_GUILESS_MAIN(TestAddressPrivacy)
#include "tst_addressprivacy.moc"
