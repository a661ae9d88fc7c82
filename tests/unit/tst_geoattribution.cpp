#include "results/geoattribution.h"

#include <QTest>

using namespace regionmap;

class TestGeoAttribution : public QObject
{
    Q_OBJECT

private slots:
    void credits_data()
    {
        QTest::addColumn<QStringList>("sources");
        QTest::addColumn<QString>("plain");
        QTest::addColumn<QString>("html");
        QTest::newRow("none") << QStringList() << QString() << QString();
        QTest::newRow("dbip") << QStringList {QStringLiteral("dbip-city-lite")}
                              << QStringLiteral("IP geolocation by DB-IP (https://db-ip.com)")
                              << QStringLiteral(
                                     "<a href=\"https://db-ip.com\">IP geolocation by DB-IP</a>");
        QTest::newRow("geolite2")
            << QStringList {QStringLiteral("geolite2-city")}
            << QStringLiteral("This product includes GeoLite2 data created by MaxMind "
                              "(https://www.maxmind.com)")
            << QStringLiteral("<a href=\"https://www.maxmind.com\">This product includes GeoLite2 "
                              "data created by MaxMind</a>");
        QTest::newRow("ipinfo") << QStringList {QStringLiteral("ipinfo")}
                                << QStringLiteral("IP geolocation by ipinfo.io (https://ipinfo.io)")
                                << QStringLiteral("<a href=\"https://ipinfo.io\">IP geolocation by "
                                                  "ipinfo.io</a>");
        // Several sources (a table loaded by runs with different providers): every credit, once.
        QTest::newRow("mixed")
            << QStringList {QStringLiteral("ipinfo"), QStringLiteral("dbip-city-lite"),
                            QStringLiteral("ipinfo")}
            << QStringLiteral("IP geolocation by DB-IP (https://db-ip.com) · IP geolocation by "
                              "ipinfo.io (https://ipinfo.io)")
            << QStringLiteral("<a href=\"https://db-ip.com\">IP geolocation by DB-IP</a> · <a "
                              "href=\"https://ipinfo.io\">IP geolocation by ipinfo.io</a>");
        QTest::newRow("unknown") << QStringList {QStringLiteral("something-else")} << QString()
                                 << QString();
    }
    void credits()
    {
        QFETCH(QStringList, sources);
        QFETCH(QString, plain);
        QFETCH(QString, html);
        QCOMPARE(GeoAttribution::plainText(sources), plain);
        QCOMPARE(GeoAttribution::html(sources), html);
    }
};

QTEST_GUILESS_MAIN(TestGeoAttribution)
#include "tst_geoattribution.moc"
