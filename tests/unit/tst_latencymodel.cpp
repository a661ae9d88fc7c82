// The est. RTT model (docs/latency-model.md): the formula, the limits of its constants, the
// table of measured round trips, and how close the model comes on the city pairs of the doc.
#include "geo/latencymodel.h"
#include "geo/nearestregionfinder.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace regionmap;

namespace {

struct City
{
    const char *name;
    double latitude;
    double longitude;
};

// City centres (GeoNames) of the WonderProxy servers in the pairs below.
const City kBrisbane {"Brisbane", -27.46794, 153.02809};
const City kDallas {"Dallas", 32.78306, -96.80667};
const City kFremont {"Fremont", 37.54827, -121.98857};
const City kMilan {"Milan", 45.46427, 9.18951};
const City kMoscow {"Moscow", 55.75222, 37.61556};
const City kNewYork {"New York", 40.71427, -74.00597};
const City kParis {"Paris", 48.85341, 2.3488};
const City kSydney {"Sydney", -33.86785, 151.20732};
const City kZurich {"Zurich", 47.36667, 8.55};

struct Pair
{
    City a;
    City b;
    double measuredMs; // WonderProxy, "Miles per Millisecond" (2011), ping a -> b
};

// The pairs of docs/latency-model.md, in its order.
const Pair kPairs[] = {
    {kMilan, kZurich, 11.17},    {kMilan, kParis, 21.61},    {kBrisbane, kSydney, 33.45},
    {kNewYork, kDallas, 39.46},  {kFremont, kDallas, 44.57}, {kMoscow, kParis, 56.74},
    {kNewYork, kFremont, 77.49}, {kNewYork, kParis, 78.33},  {kMilan, kNewYork, 112.17},
    {kFremont, kSydney, 184.91}, {kMilan, kSydney, 344.70},
};

double geodesicKm(const City &a, const City &b)
{
    Region r;
    r.code = QString::fromLatin1(b.name);
    r.latitude = b.latitude;
    r.longitude = b.longitude;
    return NearestRegionFinder::bruteForce({r}, a.latitude, a.longitude).firstKm;
}

} // namespace

class TestLatencyModel : public QObject
{
    Q_OBJECT

private slots:
    void theFormula()
    {
        LatencyModel m;
        QCOMPARE(m.routeFactor, 1.5);
        QCOMPARE(m.overheadMs, 8.0);
        QCOMPARE(m.rttMs(0), 8.0);
        QCOMPARE(m.rttMs(1000), 2 * 1000 * 1.5 / 200 + 8); // 23 ms
        m.routeFactor = 2;
        m.overheadMs = 0;
        QCOMPARE(m.rttMs(100), 2.0);
    }

    void constantsOutOfRangeAreNamed()
    {
        LatencyModel m;
        QVERIFY(m.routeFactorProblem().isEmpty());
        QVERIFY(m.overheadProblem().isEmpty());
        m.routeFactor = 0.5;
        QVERIFY(m.routeFactorProblem().contains(QLatin1String("route factor")));
        m.routeFactor = std::nan("");
        QVERIFY(!m.routeFactorProblem().isEmpty());
        m.overheadMs = -1;
        QVERIFY(m.overheadProblem().contains(QLatin1String("overhead")));
        m.overheadMs = 500;
        QVERIFY(!m.overheadProblem().isEmpty());
    }

    void theModelOnWellKnownCityPairs()
    {
        // The table of docs/latency-model.md: the model with its default constants against
        // pings between the cities. Printed so that the doc can be checked against it.
        const LatencyModel m;
        std::vector<double> errors;
        for (const Pair &p : kPairs) {
            const double km = geodesicKm(p.a, p.b);
            const double model = m.rttMs(km);
            const double error = model / p.measuredMs - 1;
            errors.push_back(std::fabs(error));
            qInfo("| %s – %s | %.0f | %.1f | %.1f | %+.0f %% |", p.a.name, p.b.name, km,
                  p.measuredMs, model, 100 * error);
            // No pair is off by more than half: the model is a rough guide, not a measurement.
            QVERIFY2(std::fabs(error) < 0.5, p.a.name);
        }
        std::sort(errors.begin(), errors.end());
        const double median = errors[errors.size() / 2];
        qInfo("median absolute error: %.0f %%", 100 * median);
        QVERIFY(median < 0.15);
    }

    void aTableByCountryAndByCity()
    {
        const Result<MeasuredLatencies> t = MeasuredLatencies::parse(
            "\xEF\xBB\xBF# probes of 2026-11\r\nregion_code,country_code,city,rtt_ms\r\n"
            "eu-central-1,de,,12.5\r\nEU-CENTRAL-1,DE,Berlin,9\r\n\"eu-west-1\",IE,\"Dublin\","
            "2\r\n");
        QVERIFY2(t, t ? "" : qPrintable(t.error().message));
        QCOMPARE(t->size(), 3);
        QCOMPARE(t->find("eu-central-1", "DE", "Munich"), std::optional<double>(12.5));
        QCOMPARE(t->find("eu-central-1", "DE", "BERLIN"), std::optional<double>(9));
        QCOMPARE(t->find("eu-central-1", "DE", ""), std::optional<double>(12.5));
        QCOMPARE(t->find("eu-west-1", "IE", "Dublin"), std::optional<double>(2));
        QVERIFY(!t->find("eu-west-1", "IE", "Cork"));
        QVERIFY(!t->find("us-east-1", "DE", "Berlin"));
        QCOMPARE(t->regionCodes(),
                 (QList<QString> {QStringLiteral("eu-central-1"), QStringLiteral("eu-west-1")}));
        // Per country only: three columns.
        const Result<MeasuredLatencies> byCountry
            = MeasuredLatencies::parse("rtt_ms,region_code,country_code\n30,us-east-1,US\n");
        QVERIFY(byCountry);
        QCOMPARE(byCountry->find("us-east-1", "US", "Boston"), std::optional<double>(30));
    }

    void everyBadLineIsNamed()
    {
        const Result<MeasuredLatencies> t
            = MeasuredLatencies::parse("region_code,country_code,rtt_ms\n"
                                       "us-east-1,USA,30\n" // line 2: not alpha-2
                                       "us-east-1,US,fast\n" // line 3: not a number
                                       "us-east-1,US,-4\n" // line 4: not above 0
                                       ",US,30\n" // line 5: no region
                                       "us-east-1,CA,30\n"
                                       "us-east-1,ca,31\n" // line 7: repeats line 6
                                       "us-east-1,MX,\"40\n"); // line 8: open quote
        QVERIFY(!t);
        const QString m = t.error().message;
        QCOMPARE(t.error().kind, ErrorKind::Input);
        for (const char *expected :
             {"line 2: \"USA\" is not a two-letter country code", "line 3: the round trip \"fast\"",
              "line 4: the round trip \"-4\"", "line 5: the region code is empty",
              "line 7: repeats the value of line 6", "line 8: a quoted field is not closed"})
            QVERIFY2(m.contains(QLatin1String(expected)), qPrintable(m));
    }

    void aHeaderIsRequired()
    {
        const Result<MeasuredLatencies> noHeader = MeasuredLatencies::parse("us-east-1,US,30\n");
        QVERIFY(!noHeader);
        QVERIFY(noHeader.error().message.contains(QLatin1String("region_code, country_code")));
        const Result<MeasuredLatencies> empty = MeasuredLatencies::parse("# nothing\n\n");
        QVERIFY(!empty);
        QVERIFY(empty.error().message.contains(QLatin1String("empty")));
        const Result<MeasuredLatencies> missing
            = MeasuredLatencies::load(QStringLiteral("/nonexistent/latency.csv"));
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QLatin1String("/nonexistent/latency.csv")));
    }
};

QTEST_GUILESS_MAIN(TestLatencyModel)
#include "tst_latencymodel.moc"
