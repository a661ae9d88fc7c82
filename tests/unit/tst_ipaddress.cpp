#include "geo/ipaddress.h"

#include <QSet>
#include <QTest>

#include <arpa/inet.h>

#include <cstring>
#include <random>
#include <unordered_set>

using namespace regionmap;

Q_DECLARE_METATYPE(regionmap::IpClass)

namespace {

IpAddress parsed(const char *text)
{
    IpAddress ip;
    if (!IpAddress::parse(QByteArrayView(text), &ip))
        qFatal("test address %s does not parse", text);
    return ip;
}

} // namespace

class TestIpAddress : public QObject
{
    Q_OBJECT

private slots:
    void parsesAndClassifies_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<IpClass>("expected");
        QTest::addColumn<QByteArray>("canonical");
        QTest::addColumn<bool>("v4");

        const IpClass G = IpClass::Global;
        const IpClass R = IpClass::PrivateOrReserved;
        auto row
            = [](const char *name, const char *text, IpClass c, const char *canonical, bool v4) {
                  QTest::newRow(name) << QByteArray(text) << c << QByteArray(canonical) << v4;
              };

        // IPv4: global addresses and the edges of every special-purpose block.
        row("v4 google dns", "8.8.8.8", G, "8.8.8.8", true);
        row("v4 reference row", "34.148.232.131", G, "34.148.232.131", true);
        row("v4 trimmed spaces and tabs", " \t 1.1.1.1\t ", G, "1.1.1.1", true);
        row("v4 zero octets", "1.0.0.0", G, "1.0.0.0", true);
        row("v4 unspecified", "0.0.0.0", R, "0.0.0.0", true);
        row("v4 this network", "0.1.2.3", R, "0.1.2.3", true);
        row("v4 10/8 start", "10.0.0.0", R, "10.0.0.0", true);
        row("v4 10/8 end", "10.255.255.255", R, "10.255.255.255", true);
        row("v4 before 10/8", "9.255.255.255", G, "9.255.255.255", true);
        row("v4 after 10/8", "11.0.0.0", G, "11.0.0.0", true);
        row("v4 shared start", "100.64.0.0", R, "100.64.0.0", true);
        row("v4 shared end", "100.127.255.255", R, "100.127.255.255", true);
        row("v4 before shared", "100.63.255.255", G, "100.63.255.255", true);
        row("v4 after shared", "100.128.0.0", G, "100.128.0.0", true);
        row("v4 loopback", "127.0.0.1", R, "127.0.0.1", true);
        row("v4 loopback end", "127.255.255.254", R, "127.255.255.254", true);
        row("v4 link-local", "169.254.10.20", R, "169.254.10.20", true);
        row("v4 after link-local", "169.255.0.1", G, "169.255.0.1", true);
        row("v4 172.16/12 start", "172.16.0.0", R, "172.16.0.0", true);
        row("v4 172.16/12 end", "172.31.255.255", R, "172.31.255.255", true);
        row("v4 before 172.16/12", "172.15.255.255", G, "172.15.255.255", true);
        row("v4 after 172.16/12", "172.32.0.0", G, "172.32.0.0", true);
        row("v4 IETF protocol", "192.0.0.1", R, "192.0.0.1", true);
        row("v4 PCP anycast", "192.0.0.9", G, "192.0.0.9", true);
        row("v4 TURN anycast", "192.0.0.10", G, "192.0.0.10", true);
        row("v4 TEST-NET-1", "192.0.2.1", R, "192.0.2.1", true);
        row("v4 after TEST-NET-1", "192.0.3.1", G, "192.0.3.1", true);
        row("v4 AS112", "192.31.196.1", G, "192.31.196.1", true);
        row("v4 6to4 relay", "192.88.99.1", R, "192.88.99.1", true);
        row("v4 192.168/16", "192.168.1.1", R, "192.168.1.1", true);
        row("v4 before 192.168/16", "192.167.255.255", G, "192.167.255.255", true);
        row("v4 after 192.168/16", "192.169.0.0", G, "192.169.0.0", true);
        row("v4 benchmarking start", "198.18.0.0", R, "198.18.0.0", true);
        row("v4 benchmarking end", "198.19.255.255", R, "198.19.255.255", true);
        row("v4 before benchmarking", "198.17.255.255", G, "198.17.255.255", true);
        row("v4 after benchmarking", "198.20.0.0", G, "198.20.0.0", true);
        row("v4 TEST-NET-2", "198.51.100.7", R, "198.51.100.7", true);
        row("v4 TEST-NET-3", "203.0.113.9", R, "203.0.113.9", true);
        row("v4 after TEST-NET-3", "203.0.114.1", G, "203.0.114.1", true);
        row("v4 multicast start", "224.0.0.1", R, "224.0.0.1", true);
        row("v4 multicast end", "239.255.255.255", R, "239.255.255.255", true);
        row("v4 before multicast", "223.255.255.255", G, "223.255.255.255", true);
        row("v4 reserved 240/4", "240.0.0.1", R, "240.0.0.1", true);
        row("v4 reserved top", "255.255.255.254", R, "255.255.255.254", true);
        row("v4 broadcast", "255.255.255.255", R, "255.255.255.255", true);

        // IPv6: forms, canonical text (RFC 5952) and classes.
        row("v6 unspecified", "::", R, "::", false);
        row("v6 loopback", "::1", R, "::1", false);
        row("v6 google", "2001:4860:4860::8888", G, "2001:4860:4860::8888", false);
        row("v6 full form", "2001:4860:4860:0:0:0:0:8888", G, "2001:4860:4860::8888", false);
        row("v6 leading zeros", "2001:4860:4860:0000:0000:0000:0000:8888", G,
            "2001:4860:4860::8888", false);
        row("v6 upper case", "2A00:1450:4001:82A::200E", G, "2a00:1450:4001:82a::200e", false);
        row("v6 classic example", "2001:0db8:85a3:0000:0000:8a2e:0370:7334", R,
            "2001:db8:85a3::8a2e:370:7334", false);
        row("v6 first of equal runs", "2600:0:0:1:0:0:1:1", G, "2600::1:0:0:1:1", false);
        row("v6 longest run", "2600:0:0:1:0:0:0:1", G, "2600:0:0:1::1", false);
        row("v6 single zero group", "2600:1:2:3:4:5:6:0", G, "2600:1:2:3:4:5:6:0", false);
        row("v6 :: for one group", "2600:1:2:3:4:5:6::", G, "2600:1:2:3:4:5:6:0", false);
        row("v6 :: at start for one group", "::2:3:4:5:6:7:8", R, "0:2:3:4:5:6:7:8", false);
        row("v6 trailing ::", "2600::", G, "2600::", false);
        row("v6 trimmed", "\t 2600:1f18::1 ", G, "2600:1f18::1", false);
        row("v6 outside 2000::/3", "1:2:3:4:5:6:7:8", R, "1:2:3:4:5:6:7:8", false);
        row("v6 4000::/3", "4000::1", R, "4000::1", false);
        row("v6 documentation", "2001:db8::1", R, "2001:db8::1", false);
        row("v6 documentation 3fff", "3fff::1", R, "3fff::1", false);
        row("v6 unique local fc", "fc00::1", R, "fc00::1", false);
        row("v6 unique local fd", "fdff:ffff::1", R, "fdff:ffff::1", false);
        row("v6 link-local", "fe80::1", R, "fe80::1", false);
        row("v6 link-local with zone", "fe80::1%eth0", R, "fe80::1", false);
        row("v6 zone number", "fe80::abcd%2", R, "fe80::abcd", false);
        row("v6 zone on global", "2600::1%enp0s31f6", G, "2600::1", false);
        row("v6 site-local", "fec0::1", R, "fec0::1", false);
        row("v6 multicast", "ff02::1", R, "ff02::1", false);
        row("v6 teredo", "2001::5efe:1", R, "2001::5efe:1", false);
        row("v6 6to4", "2002:c000:0204::1", R, "2002:c000:204::1", false);
        row("v6 benchmarking", "2001:2::1", R, "2001:2::1", false);
        row("v6 ORCHID", "2001:10::1", R, "2001:10::1", false);
        row("v6 ORCHIDv2", "2001:20::1", G, "2001:20::1", false);
        row("v6 PCP anycast", "2001:1::1", G, "2001:1::1", false);
        row("v6 IETF block", "2001:1::4", R, "2001:1::4", false);
        row("v6 AMT", "2001:3::1", G, "2001:3::1", false);
        row("v6 AS112", "2001:4:112::1", G, "2001:4:112::1", false);
        row("v6 end of 2001::/23", "2001:1ff::1", R, "2001:1ff::1", false);
        row("v6 after 2001::/23", "2001:200::1", G, "2001:200::1", false);
        // NAT64 (64:ff9b::/96) and 6to4 (2002::/16) are as global as the IPv4 they carry.
        row("v6 NAT64", "64:ff9b::1.2.3.4", G, "64:ff9b::102:304", false);
        row("v6 NAT64 of a private IPv4", "64:ff9b::10.0.0.1", R, "64:ff9b::a00:1", false);
        row("v6 NAT64 local use", "64:ff9b:1::8.8.8.8", R, "64:ff9b:1::808:808", false);
        row("v6 6to4 of a global IPv4", "2002:0808:0808::1", G, "2002:808:808::1", false);
        row("v6 6to4 of a private IPv4", "2002:c0a8:0101::", R, "2002:c0a8:101::", false);
        row("v6 discard", "100::1", R, "100::1", false);
        row("v6 all ones", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", R,
            "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", false);
        row("v6 embedded IPv4 full", "2600:1:2:3:4:5:1.2.3.4", G, "2600:1:2:3:4:5:102:304", false);
        row("v6 IPv4-compatible", "::1.2.3.4", R, "::102:304", false);

        // IPv4-mapped IPv6 is its IPv4 address.
        row("mapped global", "::ffff:8.8.8.8", G, "8.8.8.8", true);
        row("mapped upper case", "::FFFF:1.2.3.4", G, "1.2.3.4", true);
        row("mapped hex form", "0:0:0:0:0:ffff:808:808", G, "8.8.8.8", true);
        row("mapped private", "::ffff:10.0.0.1", R, "10.0.0.1", true);
        row("mapped loopback", "::ffff:127.0.0.1", R, "127.0.0.1", true);
        row("mapped documentation", "::ffff:203.0.113.5", R, "203.0.113.5", true);
    }

    void parsesAndClassifies()
    {
        QFETCH(QByteArray, text);
        QFETCH(IpClass, expected);
        QFETCH(QByteArray, canonical);
        QFETCH(bool, v4);

        IpAddress ip;
        QVERIFY2(IpAddress::parse(text, &ip), text.constData());
        QVERIFY(ip.isValid());
        QCOMPARE(ip.classify(), expected);
        QCOMPARE(ip.isV4(), v4);
        QCOMPARE(ip.toText(), canonical);
        // The block name is there exactly for the non-global addresses.
        QCOMPARE(ip.specialPurposeBlock().isEmpty(), expected == IpClass::Global);

        // The canonical text is a fixed point: it parses to the same address and prints alike.
        IpAddress again;
        QVERIFY(IpAddress::parse(canonical, &again));
        QCOMPARE(again, ip);
        QCOMPARE(again.toText(), canonical);
        QCOMPARE(qHash(again), qHash(ip));
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("text");
        const char *const invalid[] = {
            "",
            " ",
            "\t",
            "abc",
            "localhost",
            // IPv4 leading zeros, octal and hex forms, short forms
            "010.1.1.1",
            "01.2.3.4",
            "1.01.1.1",
            "1.1.1.00",
            "00.1.1.1",
            "1.2.3.010",
            "0x0a.0.0.1",
            "0xa.1.1.1",
            "1.2.3.0x4",
            "0",
            "17",
            "4294967295",
            "1.2.3",
            "1.2",
            "1.2.3.4.5",
            // IPv4 garbage, ranges, CIDR, internal spaces
            "256.1.1.1",
            "1.2.3.256",
            "1000.1.1.1",
            "1..2.3",
            ".1.2.3",
            "1.2.3.",
            "1.2.3.4.",
            "1.2.3.0/24",
            "1.2.3.4/32",
            "1.2.3.4x",
            "1.2.3.4 5",
            "1. 2.3.4",
            "1.2.3.4 garbage",
            "-1.2.3.4",
            "+1.2.3.4",
            "1.2.3.-4",
            "1.2.3.4\n",
            "\n1.2.3.4",
            "1.2.3.4\r",
            "1.2.3.4%eth0",
            "\xc2\xa0"
            "1.2.3.4",
            "1.2.3.4,",
            "\"1.2.3.4\"",
            "1.2.3.4:80",
            // IPv6 malformed
            ":::",
            "1:::2",
            "1::2::3",
            ":1::",
            "1:",
            ":1",
            "1:2:3:4:5:6:7",
            "1:2:3:4:5:6:7:8:9",
            "1::2:3:4:5:6:7:8",
            "1:2:3:4:5:6:7::8",
            "12345::",
            "g::1",
            "::g",
            "::1/128",
            "2001:db8::/32",
            "[::1]",
            "[::1]:80",
            "::1 x",
            ":: 1",
            "2001:db8: :1",
            "fe80::1%",
            "fe80::1%eth 0",
            "fe80::1%eth0%1",
            "fe80::1%eth/0",
            "%eth0",
            "1.2.3.4::",
            "::1.2.3",
            "::1.2.3.04",
            "::ffff:010.0.0.1",
            "::ffff:1.2.3.4:5",
            "1:2:3:4:5:6:7:1.2.3.4",
            "::1.2.3.4.5",
            "::1.2.3.4/24",
            "::-1",
            "::+1",
            "0x1::",
            "1:2:3:4:5:6:7:8%",
            "::ffff:1.2.3",
            "::ffff:1.2.3.256",
            "2001:db8::1::",
        };
        for (const char *t : invalid) {
            QTest::newRow(t[0] ? t : "(empty)") << QByteArray(t);
        }
    }

    void rejects()
    {
        QFETCH(QByteArray, text);
        IpAddress ip = parsed("9.9.9.9");
        QVERIFY2(!IpAddress::parse(text, &ip), text.constData());
        // A failed parse leaves the output alone.
        QCOMPARE(ip.toText(), QByteArray("9.9.9.9"));
        QVERIFY(!IpAddress::parse(text, nullptr));
    }

    void defaultIsInvalid()
    {
        const IpAddress ip;
        QVERIFY(!ip.isValid());
        QCOMPARE(ip.classify(), IpClass::Invalid);
        QCOMPARE(ip.toText(), QByteArray());
        QVERIFY(ip.specialPurposeBlock().isEmpty());
        QVERIFY(ip != parsed("::"));
    }

    void hostOrderAndBytes()
    {
        const IpAddress a = parsed("1.2.3.4");
        QCOMPARE(a.v4(), quint32(0x01020304));
        const std::array<quint8, 16> mapped
            = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 1, 2, 3, 4};
        QCOMPARE(a.v6(), mapped);
        const IpAddress b = parsed("2001:db8::102:304");
        QCOMPARE(b.v4(), quint32(0));
        QCOMPARE(b.v6()[0], quint8(0x20));
        QCOMPARE(b.v6()[15], quint8(4));
    }

    // Issue 21: the address a geolocation database is asked for.
    void embeddedIpv4IsLookedUp_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("lookup");
        QTest::newRow("NAT64") << QByteArray("64:ff9b::8.8.8.8") << QByteArray("8.8.8.8");
        QTest::newRow("NAT64 hex") << QByteArray("64:ff9b::808:808") << QByteArray("8.8.8.8");
        QTest::newRow("6to4") << QByteArray("2002:808:808:1::2") << QByteArray("8.8.8.8");
        QTest::newRow("IPv4-mapped") << QByteArray("::ffff:8.8.8.8") << QByteArray("8.8.8.8");
        QTest::newRow("plain IPv6") << QByteArray("2600::1") << QByteArray("2600::1");
        QTest::newRow("NAT64 local use")
            << QByteArray("64:ff9b:1::808:808") << QByteArray("64:ff9b:1::808:808");
        QTest::newRow("plain IPv4") << QByteArray("1.1.1.1") << QByteArray("1.1.1.1");
    }

    void embeddedIpv4IsLookedUp()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, lookup);
        IpAddress ip;
        QVERIFY(IpAddress::parse(text, &ip));
        QCOMPARE(ip.lookupAddress().toText(), lookup);
        QCOMPARE(ip.lookupAddress().isV4(), !lookup.contains(':'));
    }

    void specialPurposeBlockNames()
    {
        QCOMPARE(parsed("10.1.2.3").specialPurposeBlock(),
                 QLatin1String("10.0.0.0/8 (private-use)"));
        QCOMPARE(parsed("2001:db8::5").specialPurposeBlock(),
                 QLatin1String("2001:db8::/32 (documentation)"));
        QCOMPARE(parsed("4000::1").specialPurposeBlock(),
                 QLatin1String("outside 2000::/3 (reserved by the IETF)"));
        QVERIFY(parsed("8.8.8.8").specialPurposeBlock().isEmpty());
    }

    void dedupesMappedAndFormsOfTheSameAddress()
    {
        const QList<QByteArray> texts = {"1.2.3.4",
                                         "::ffff:1.2.3.4",
                                         " 1.2.3.4",
                                         "::FFFF:102:304",
                                         "2001:DB8::1",
                                         "2001:db8:0::1",
                                         "2001:0db8:0000:0000:0000:0000:0000:0001",
                                         "fe80::1%lo",
                                         "fe80::1"};
        QSet<IpAddress> qset;
        std::unordered_set<IpAddress> stdset;
        for (const QByteArray &t : texts) {
            IpAddress ip;
            QVERIFY(IpAddress::parse(t, &ip));
            qset.insert(ip);
            stdset.insert(ip);
        }
        QCOMPARE(qset.size(), 3);
        QCOMPARE(stdset.size(), size_t(3));
    }

    void formatWritesAtMostMaxTextLength()
    {
        char buf[IpAddress::MaxTextLength + 8];
        std::memset(buf, 'X', sizeof buf);
        const IpAddress longest = parsed("ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe");
        const int n = longest.format(buf);
        QCOMPARE(n, 39);
        QCOMPARE(buf[n], 'X'); // no terminator written
        QCOMPARE(parsed("255.255.255.255").format(buf), 15);
        QCOMPARE(IpAddress().format(buf), 0);
    }

    // Differential test: the parser agrees with glibc's inet_pton (which follows RFC 4291 and
    // rejects leading zeros in IPv4) on many random near-addresses, and the canonical text
    // round-trips.
    void agreesWithInetPton()
    {
        std::mt19937_64 rng(20260605);
        const char *const tokens[] = {
            "0",    "1", "9",    "10", "01", "255", "256", "ff", "FFFF",    "ffff", "12345", "db8",
            "2001", "a", "0000", ":",  ":",  "::",  ".",   ".",  "1.2.3.4", "x",    "/",     "0x1"};
        const int tokenCount = int(sizeof tokens / sizeof tokens[0]);
        int agreedValid = 0;
        for (int iter = 0; iter < 200000; ++iter) {
            QByteArray text;
            const int parts = 1 + int(rng() % 12);
            for (int i = 0; i < parts; ++i)
                text += tokens[rng() % tokenCount];
            quint8 expected[16];
            const bool v6 = text.contains(':');
            const bool glibc = inet_pton(v6 ? AF_INET6 : AF_INET, text.constData(), expected) == 1;
            IpAddress ip;
            const bool ours = IpAddress::parse(text, &ip);
            QVERIFY2(ours == glibc, text.constData());
            if (!ours)
                continue;
            ++agreedValid;
            if (v6) {
                QVERIFY2(std::memcmp(expected, ip.v6().data(), 16) == 0, text.constData());
            } else {
                QVERIFY2(std::memcmp(expected, ip.v6().data() + 12, 4) == 0, text.constData());
            }
            IpAddress again;
            QVERIFY2(IpAddress::parse(ip.toText(), &again), text.constData());
            QCOMPARE(again, ip);
            // Our canonical text is also what glibc prints, except that we print IPv4-mapped
            // addresses as plain IPv4.
            if (v6 && !ip.isV4()) {
                char glibcText[INET6_ADDRSTRLEN];
                QVERIFY(inet_ntop(AF_INET6, expected, glibcText, sizeof glibcText));
                const QByteArray g(glibcText);
                if (!g.contains('.')) // glibc prints ::a.b.c.d for IPv4-compatible addresses
                    QCOMPARE(ip.toText(), g);
            }
        }
        QVERIFY2(agreedValid > 1000, QByteArray::number(agreedValid).constData());
    }
};

QTEST_APPLESS_MAIN(TestIpAddress)
#include "tst_ipaddress.moc"
