// The locator stage: only the global addresses of accepted rows reach the locator, each row gets
// the locator's status, and a failing or short-answering locator fails the batch as a
// geolocation error.
#include "chunkreader.h"
#include "etl/locatestage.h"
#include "etl/rowbatch.h"
#include "etl/rowvalidator.h"
#include "fakelocator.h"

#include <QTest>

using namespace regionmap;
using namespace regionmap::test;

namespace {

// A locator that answers one address too few.
class ShortLocator : public FakeLocator
{
public:
    Status locate(const std::vector<IpAddress> &addresses, std::vector<Location> &out) override
    {
        out.assign(addresses.size() > 0 ? addresses.size() - 1 : 0, Location {});
        return {};
    }
};

} // namespace

class TestLocateStage : public QObject
{
    Q_OBJECT

    TargetSchema m_schema = TargetSchema::infer({QStringLiteral("n"), QStringLiteral("ip")}, 1,
                                                {{QStringLiteral("1"), QStringLiteral("8.8.8.8")}});
    CsvChunk m_chunk;

    RowBatch validated()
    {
        RowBatch b;
        b.reset(m_chunk);
        RowValidator(m_schema, -1, TextEncoding::Utf8).process(b);
        return b;
    }

private slots:
    void init()
    {
        m_chunk = readChunk("n,ip\n1,8.8.8.8\n2,10.0.0.1\nbad,9.9.9.9\n4,nope\n5,1.1.1.1\n"
                            "6,8.8.8.8\n",
                            {}, 2);
        QCOMPARE(m_chunk.rowCount(), 6);
    }

    // Issue 21: a NAT64 or 6to4 address is located as the IPv4 address it carries; the row keeps
    // its own address.
    void embeddedIpv4AddressesAreAskedAsIpv4()
    {
        m_chunk = readChunk("n,ip\n1,64:ff9b::8.8.8.8\n2,2002:808:808::1\n3,64:ff9b::10.0.0.1\n",
                            {}, 2);
        FakeLocator locator;
        locator.place("8.8.8.8", 37.75, -97.82, "US");
        RowBatch b = validated();
        LocateStage stage(locator);
        QVERIFY(stage.process(b).isOk());
        QCOMPARE(b.lookups.size(), size_t(2)); // the private one is never asked
        QCOMPARE(b.lookups[0].toText(), QByteArray("8.8.8.8"));
        QCOMPARE(b.lookups[1].toText(), QByteArray("8.8.8.8"));
        QCOMPARE(b.rows[0].status, GeoStatus::Located);
        QCOMPARE(b.rows[1].status, GeoStatus::Located);
        QCOMPARE(b.rows[2].status, GeoStatus::PrivateOrReserved);
        QCOMPARE(b.rows[0].ip.toText(), QByteArray("64:ff9b::808:808"));
    }

    void onlyGlobalAddressesOfAcceptedRowsAreAsked()
    {
        FakeLocator locator;
        locator.place("8.8.8.8", 37.75, -97.82, "US");
        RowBatch b = validated();
        QVERIFY(b.rows[2].rejected); // "bad" is no whole number: never asked about 9.9.9.9
        QVERIFY(LocateStage(locator).process(b).isOk());
        QCOMPARE(locator.asked, (std::vector<QByteArray> {"8.8.8.8", "1.1.1.1", "8.8.8.8"}));
        QCOMPARE(b.rows[0].status, GeoStatus::Located);
        QCOMPARE(b.location(0)->countryCode, QByteArray("US"));
        QCOMPARE(b.rows[1].status, GeoStatus::PrivateOrReserved);
        QVERIFY(!b.location(1));
        QCOMPARE(b.rows[3].status, GeoStatus::InvalidIp);
        QCOMPARE(b.rows[4].status, GeoStatus::NotFound); // the fake knows no 1.1.1.1
        QCOMPARE(b.rows[5].status, GeoStatus::Located);
    }

    void aBatchWithoutGlobalAddressesAsksNothing()
    {
        m_chunk = readChunk("n,ip\n1,10.0.0.1\n2,x\n", {}, 2);
        FakeLocator locator;
        RowBatch b = validated();
        QVERIFY(LocateStage(locator).process(b).isOk());
        QCOMPARE(locator.calls, 0);
    }

    void aFailingLocatorIsAGeolocationError()
    {
        FakeLocator locator;
        locator.failure = Error(QStringLiteral("the service is down"));
        RowBatch b = validated();
        const Status st = LocateStage(locator).process(b);
        QVERIFY(!st);
        QCOMPARE(st.error().kind, ErrorKind::Geolocation);
        QCOMPARE(st.error().message, QStringLiteral("the service is down"));
    }

    void aShortAnswerIsAGeolocationError()
    {
        ShortLocator locator;
        RowBatch b = validated();
        const Status st = LocateStage(locator).process(b);
        QVERIFY(!st);
        QCOMPARE(st.error().kind, ErrorKind::Geolocation);
        QVERIFY2(st.error().message.contains(QLatin1String("2 of 3")),
                 qPrintable(st.error().message));
    }
};

QTEST_GUILESS_MAIN(TestLocateStage)
#include "tst_locatestage.moc"
