// ipinfo.io's answers (legacy, Core and Lite forms, bogons, errors, batches), Retry-After, and the
// checks on the base URL.
#include "geo/ipinfoclient.h"
#include "geo/ipinforesponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace regionmap;

Q_DECLARE_METATYPE(regionmap::GeoStatus)

namespace {

IpAddress ip(const char *text)
{
    IpAddress a;
    if (!IpAddress::parse(QByteArrayView(text), &a))
        qFatal("bad test address %s", text);
    return a;
}

QJsonValue json(const QByteArray &text)
{
    QJsonParseError e {};
    const QJsonDocument doc = QJsonDocument::fromJson("[" + text + "]", &e);
    if (e.error != QJsonParseError::NoError)
        qFatal("bad test JSON %s", text.constData());
    return doc.array().at(0);
}

} // namespace

class TestIpinfoResponse : public QObject
{
    Q_OBJECT

private slots:
    void record_data()
    {
        QTest::addColumn<QByteArray>("record");
        QTest::addColumn<GeoStatus>("status");
        QTest::addColumn<double>("latitude");
        QTest::addColumn<double>("longitude");
        QTest::addColumn<QByteArray>("country");
        QTest::addColumn<QByteArray>("city");
        QTest::addColumn<QString>("reasonContains");

        const auto located = GeoStatus::Located;
        const auto failed = GeoStatus::LookupFailed;
        QTest::newRow("legacy") << QByteArray(
            R"({"ip":"8.8.8.8","hostname":"dns.google","city":"Mountain View","region":"California",
                "country":"US","loc":"37.4056,-122.0775","org":"AS15169 Google LLC"})")
                                << located << 37.4056 << -122.0775 << QByteArray("US")
                                << QByteArray("Mountain View") << QString();
        QTest::newRow("legacy, spaces in loc")
            << QByteArray(R"({"loc":" 51.5074 , -0.1278 ","country":"GB"})") << located << 51.5074
            << -0.1278 << QByteArray("GB") << QByteArray() << QString();
        QTest::newRow("legacy, the poles and the date line")
            << QByteArray(R"({"loc":"-90,180"})") << located << -90.0 << 180.0 << QByteArray()
            << QByteArray() << QString();
        QTest::newRow("core geo") << QByteArray(
            R"({"ip":"2.2.2.2","geo":{"city":"Paris","country":"France",
                "country_code":"FR","latitude":48.8534,"longitude":2.3488}})")
                                  << located << 48.8534 << 2.3488 << QByteArray("FR")
                                  << QByteArray("Paris") << QString();
        QTest::newRow("core geo, numbers as strings")
            << QByteArray(R"({"geo":{"latitude":"-33.8688","longitude":"151.2093"}})") << located
            << -33.8688 << 151.2093 << QByteArray() << QByteArray() << QString();
        QTest::newRow("core geo wins over loc")
            << QByteArray(R"({"geo":{"latitude":1.5,"longitude":2.5},"loc":"9,9"})") << located
            << 1.5 << 2.5 << QByteArray() << QByteArray() << QString();
        QTest::newRow("utf-8 city")
            << QByteArray(R"({"loc":"48.2,16.37","country":"AT","city":"Wien – Innere Stadt"})")
            << located << 48.2 << 16.37 << QByteArray("AT")
            << QByteArray("Wien \xe2\x80\x93 Innere Stadt") << QString();
        QTest::newRow("lower-case country code")
            << QByteArray(R"({"loc":"1,2","country":"de"})") << located << 1.0 << 2.0
            << QByteArray("DE") << QByteArray() << QString();
        QTest::newRow("lite: country only")
            << QByteArray(R"({"ip":"1.1.1.1","asn":"AS13335","as_name":"Cloudflare, Inc.",
                "country_code":"AU","country":"Australia","continent_code":"OC"})")
            << GeoStatus::CountryOnly << 0.0 << 0.0 << QByteArray("AU") << QByteArray()
            << QStringLiteral("country");
        QTest::newRow("legacy: country only")
            << QByteArray(R"({"country":"DE"})") << GeoStatus::CountryOnly << 0.0 << 0.0
            << QByteArray("DE") << QByteArray() << QString();
        QTest::newRow("a country name is no code")
            << QByteArray(R"({"country":"Germany"})") << GeoStatus::NotFound << 0.0 << 0.0
            << QByteArray() << QByteArray() << QStringLiteral("no location");
        QTest::newRow("nothing known") << QByteArray(R"({"ip":"5.5.5.5"})") << GeoStatus::NotFound
                                       << 0.0 << 0.0 << QByteArray() << QByteArray() << QString();
        QTest::newRow("bogon") << QByteArray(R"({"ip":"10.0.0.1","bogon":true})")
                               << GeoStatus::PrivateOrReserved << 0.0 << 0.0 << QByteArray()
                               << QByteArray() << QStringLiteral("bogon");
        QTest::newRow("bogon false") << QByteArray(R"({"bogon":false,"loc":"3,4"})") << located
                                     << 3.0 << 4.0 << QByteArray() << QByteArray() << QString();
        QTest::newRow("error entry") << QByteArray(
            R"({"error":{"title":"Wrong ip","message":"Please provide a valid IP address"}})")
                                     << failed << 0.0 << 0.0 << QByteArray() << QByteArray()
                                     << QStringLiteral("Wrong ip");
        QTest::newRow("error string entry")
            << QByteArray(R"("Please provide a valid IP address")") << failed << 0.0 << 0.0
            << QByteArray() << QByteArray() << QStringLiteral("valid IP");
        QTest::newRow("not an object") << QByteArray("[1,2]") << failed << 0.0 << 0.0
                                       << QByteArray() << QByteArray() << QStringLiteral("record");
        QTest::newRow("loc not numbers")
            << QByteArray(R"({"loc":"abc","country":"US"})") << failed << 0.0 << 0.0 << QByteArray()
            << QByteArray() << QStringLiteral("abc");
        QTest::newRow("loc three numbers")
            << QByteArray(R"({"loc":"1,2,3"})") << failed << 0.0 << 0.0 << QByteArray()
            << QByteArray() << QStringLiteral("1,2,3");
        QTest::newRow("loc out of range") << QByteArray(R"({"loc":"91,0"})") << failed << 0.0 << 0.0
                                          << QByteArray() << QByteArray() << QStringLiteral("91,0");
        QTest::newRow("loc empty") << QByteArray(R"({"loc":""})") << failed << 0.0 << 0.0
                                   << QByteArray() << QByteArray() << QStringLiteral("location");
        QTest::newRow("geo longitude missing")
            << QByteArray(R"({"geo":{"latitude":10,"country_code":"US"}})") << failed << 0.0 << 0.0
            << QByteArray() << QByteArray() << QStringLiteral("coordinates");
        QTest::newRow("geo longitude out of range")
            << QByteArray(R"({"geo":{"latitude":10,"longitude":200}})") << failed << 0.0 << 0.0
            << QByteArray() << QByteArray() << QStringLiteral("200");
    }

    void record()
    {
        QFETCH(QByteArray, record);
        QFETCH(GeoStatus, status);
        const Location loc = IpinfoResponse::parseRecord(json(record));
        QCOMPARE(geoStatusName(loc.status), geoStatusName(status));
        QFETCH(QString, reasonContains);
        if (!reasonContains.isEmpty())
            QVERIFY2(loc.reason.contains(reasonContains), qPrintable(loc.reason));
        if (status == GeoStatus::LookupFailed)
            return;
        QFETCH(double, latitude);
        QFETCH(double, longitude);
        QFETCH(QByteArray, country);
        QFETCH(QByteArray, city);
        QCOMPARE(loc.latitude, latitude);
        QCOMPARE(loc.longitude, longitude);
        QCOMPARE(loc.countryCode, country);
        QCOMPARE(loc.city, city);
    }

    void singleBodyThatIsNotJson()
    {
        const Location loc = IpinfoResponse::parseSingle("<html>502 Bad Gateway</html>");
        QCOMPARE(loc.status, GeoStatus::LookupFailed);
        QVERIFY2(loc.reason.contains(QLatin1String("not valid JSON")), qPrintable(loc.reason));
        QCOMPARE(IpinfoResponse::parseSingle("[]").status, GeoStatus::LookupFailed);
        QCOMPARE(IpinfoResponse::parseSingle(R"({"loc":"1,2"})").status, GeoStatus::Located);
    }

    void batchKeepsTheOrderAndFlagsMissingKeys()
    {
        const std::vector<IpAddress> sent {ip("8.8.8.8"), ip("1.1.1.1"), ip("9.9.9.9"),
                                           ip("2001:4860:4860::8888")};
        // 9.9.9.9 is missing; the IPv6 key comes back in its long form.
        const QByteArray body = R"({"1.1.1.1":{"country_code":"AU"},
            "8.8.8.8":{"loc":"37.4,-122.1","country":"US"},
            "2001:4860:4860:0000:0000:0000:0000:8888":{"geo":{"latitude":1,"longitude":2}}})";
        std::vector<Location> out;
        int missing = -1;
        const Status st = IpinfoResponse::parseBatch(body, sent, &out, &missing);
        QVERIFY(st.isOk());
        QCOMPARE(out.size(), sent.size());
        QCOMPARE(missing, 1);
        QCOMPARE(out[0].status, GeoStatus::Located);
        QCOMPARE(out[0].latitude, 37.4);
        QCOMPARE(out[1].status, GeoStatus::CountryOnly);
        QCOMPARE(out[1].countryCode, QByteArray("AU"));
        QCOMPARE(out[2].status, GeoStatus::LookupFailed);
        QVERIFY2(out[2].reason.contains(QLatin1String("left this address out")),
                 qPrintable(out[2].reason));
        QCOMPARE(out[3].status, GeoStatus::Located);
        QCOMPARE(out[3].longitude, 2.0);
    }

    void batchBodyThatIsNoObject_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("truncated") << QByteArray(R"({"8.8.8.8": {"ip": "8.8.8.8", "loc": )");
        QTest::newRow("array") << QByteArray(R"([{"ip":"8.8.8.8"}])");
        QTest::newRow("html") << QByteArray("<html>oops</html>");
        QTest::newRow("empty") << QByteArray();
    }

    void batchBodyThatIsNoObject()
    {
        QFETCH(QByteArray, body);
        std::vector<Location> out {Location()};
        const Status st = IpinfoResponse::parseBatch(body, {ip("8.8.8.8")}, &out);
        QVERIFY(!st.isOk());
        QVERIFY2(st.error().message.contains(QLatin1String("batch answer")),
                 qPrintable(st.error().message));
        QCOMPARE(out.size(), size_t(1)); // untouched
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("seconds") << QByteArray("5") << qint64(5);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("spaces") << QByteArray(" 12 ") << qint64(12);
        QTest::newRow("absent") << QByteArray() << qint64(-1);
        QTest::newRow("negative") << QByteArray("-3") << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("http date") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << qint64(60);
        QTest::newRow("http date in the past")
            << QByteArray("Wed, 21 Oct 2015 07:00:00 GMT") << qint64(0);
    }

    void retryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, seconds);
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 27, 0), Qt::UTC);
        QCOMPARE(IpinfoResponse::retryAfterSeconds(value, now), seconds);
    }

    void errorText_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("text");
        QTest::newRow("title and message") << QByteArray(
            R"({"status":429,"error":{"title":"Rate limit exceeded","message":"Upgrade."}})")
                                           << QStringLiteral("Rate limit exceeded: Upgrade.");
        QTest::newRow("string") << QByteArray(R"({"error":"Unknown token"})")
                                << QStringLiteral("Unknown token");
        QTest::newRow("html") << QByteArray("<html>\n  <b>Bad gateway</b>\n</html>")
                              << QStringLiteral("<html> <b>Bad gateway</b> </html>");
        QTest::newRow("empty") << QByteArray("  ") << QString();
    }

    void errorText()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, text);
        QCOMPARE(IpinfoResponse::errorText(body), text);
        QVERIFY(IpinfoResponse::errorText(QByteArray(5000, 'x')).size() <= 200);
    }

    void baseUrlChecks_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("token");
        QTest::addColumn<bool>("ok");
        QTest::newRow("default") << QStringLiteral("https://ipinfo.io") << QStringLiteral("t")
                                 << true;
        QTest::newRow("api host with a path")
            << QStringLiteral("https://proxy.example.org/ipinfo/") << QStringLiteral("t") << true;
        QTest::newRow("loopback http with a token")
            << QStringLiteral("http://127.0.0.1:8080") << QStringLiteral("t") << true;
        QTest::newRow("localhost http with a token")
            << QStringLiteral("http://localhost:8080") << QStringLiteral("t") << true;
        QTest::newRow("remote http without a token")
            << QStringLiteral("http://ipinfo.example.org") << QString() << true;
        QTest::newRow("remote http with a token")
            << QStringLiteral("http://ipinfo.example.org") << QStringLiteral("t") << false;
        QTest::newRow("token in the query")
            << QStringLiteral("https://ipinfo.io?token=abc") << QString() << false;
        QTest::newRow("token as user")
            << QStringLiteral("https://abc@ipinfo.io") << QString() << false;
        QTest::newRow("fragment") << QStringLiteral("https://ipinfo.io#x") << QString() << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://ipinfo.io") << QString() << false;
        QTest::newRow("no host") << QStringLiteral("https://") << QString() << false;
        QTest::newRow("empty") << QString() << QString() << false;
        QTest::newRow("a line break in the token")
            << QStringLiteral("https://ipinfo.io") << QStringLiteral("abc\r\nX-Evil: 1") << false;
        QTest::newRow("a space in the token")
            << QStringLiteral("https://ipinfo.io") << QStringLiteral("abc def") << false;
    }

    void baseUrlChecks()
    {
        QFETCH(QString, url);
        QFETCH(QString, token);
        QFETCH(bool, ok);
        IpinfoSettings s;
        s.baseUrl = QUrl(url);
        s.token = token;
        const Status st = IpinfoClient::checkSettings(s);
        QCOMPARE(st.isOk(), ok);
        if (!ok)
            QVERIFY2(!st.error().message.contains(QLatin1String("abc")),
                     qPrintable(st.error().message)); // the URL's secret part is not repeated
    }
};

QTEST_GUILESS_MAIN(TestIpinfoResponse)
#include "tst_ipinforesponse.moc"
