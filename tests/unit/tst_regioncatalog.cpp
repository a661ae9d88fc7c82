#include "geo/regioncatalog.h"
#include "testpaths.h"

#include <QCryptographicHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace regionmap;

using Severity = CatalogIssue::Severity;
Q_DECLARE_METATYPE(regionmap::CatalogIssue::Severity)

namespace {

QString samplePath(const QString &name)
{
    return test::sourceDir() + QStringLiteral("/resources/samples/") + name;
}

QString describe(const RegionCatalog &cat)
{
    QStringList out;
    for (const CatalogIssue &i : cat.issues()) {
        out << QStringLiteral("%1 line %2 [%3]: %4")
                   .arg(i.severity == Severity::Error ? QStringLiteral("error")
                                                      : QStringLiteral("warning"))
                   .arg(i.line)
                   .arg(i.code, i.message);
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TestRegionCatalog : public QObject
{
    Q_OBJECT

private slots:
    void readsFormats_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("city");
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");

        QTest::newRow("reference header")
            << QByteArray("aws-code,region-name,lat,long\nus-east-1,Virginia,38.13,-78.45\n"
                          "eu-west-2,London,51,-0.1\n")
            << 2 << "us-east-1"
            << "Virginia"
            << "" << 38.13 << -78.45;
        QTest::newRow("semicolon without header")
            << QByteArray("us-east-1;Virginia;38.13;-78.45\neu-west-2;London;51;-0.1") << 2
            << "us-east-1"
            << "Virginia"
            << "" << 38.13 << -78.45;
        QTest::newRow("semicolon with decimal commas")
            << QByteArray("us-east-1;Virginia;38,13;-78,45\neu-west-2;London;51;-0,1\n") << 2
            << "us-east-1"
            << "Virginia"
            << "" << 38.13 << -78.45;
        QTest::newRow("BOM and CRLF")
            << QByteArray("\xEF\xBB\xBF"
                          "aws-code,region-name,lat,long\r\nus-east-1,Virginia,38.13,-78.45\r\n")
            << 1 << "us-east-1"
            << "Virginia"
            << "" << 38.13 << -78.45;
        QTest::newRow("tab with header")
            << QByteArray("code\tname\tlatitude\tlongitude\nap-south-1\tMumbai\t19.076\t72.8777\n")
            << 1 << "ap-south-1"
            << "Mumbai"
            << "" << 19.076 << 72.8777;
        QTest::newRow("header in another order, with city")
            << QByteArray("Latitude,Longitude,City,Region_Name,Code\n"
                          "-33.9249,18.4241,Cape Town,Africa (Cape Town),af-south-1\n")
            << 1 << "af-south-1"
            << "Africa (Cape Town)"
            << "Cape Town" << -33.9249 << 18.4241;
        QTest::newRow("no header, city last")
            << QByteArray("eu-west-1;Europe (Ireland);53.3498;-6.2603;Dublin\n") << 1 << "eu-west-1"
            << "Europe (Ireland)"
            << "Dublin" << 53.3498 << -6.2603;
        QTest::newRow("no header, city third")
            << QByteArray("eu-west-1,Europe (Ireland),Dublin,53.3498,-6.2603\n") << 1 << "eu-west-1"
            << "Europe (Ireland)"
            << "Dublin" << 53.3498 << -6.2603;
        QTest::newRow("comments, blank lines, spaces")
            << QByteArray("# regions\n\n  # indented comment\ncode, name, lat, lon\n"
                          "  us-east-2 , Ohio , 39.96 , -83 \n\n")
            << 1 << "us-east-2"
            << "Ohio"
            << "" << 39.96 << -83.0;
        QTest::newRow("quoted fields")
            << QByteArray("code,name,lat,lon\n\"us-east-1\",\"Virginia, \"\"N.\"\" USA\",\"38.13\","
                          "-78.45\n")
            << 1 << "us-east-1"
            << "Virginia, \"N.\" USA"
            << "" << 38.13 << -78.45;
        QTest::newRow("bar delimiter")
            << QByteArray("code|name|lat|lon\nsa-east-1|São Paulo|-23.5505|-46.6333\n") << 1
            << "sa-east-1"
            << "São Paulo"
            << "" << -23.5505 << -46.6333;
        QTest::newRow("single region")
            << QByteArray("us-west-2,Oregon,45.84,-119.7") << 1 << "us-west-2"
            << "Oregon"
            << "" << 45.84 << -119.7;
        QTest::newRow("range limits")
            << QByteArray("n-pole-1,North,90,180\ns-pole-1,South,-90,-180\n") << 2 << "n-pole-1"
            << "North"
            << "" << 90.0 << 180.0;
    }

    void readsFormats()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, count);
        const RegionCatalog cat = RegionCatalog::parse(data, QStringLiteral("test.csv"));
        QVERIFY2(!cat.hasErrors(), qPrintable(describe(cat)));
        QVERIFY2(cat.warnings().isEmpty(), qPrintable(describe(cat)));
        QCOMPARE(cat.regions().size(), count);
        const Region &r = cat.regions().first();
        QTEST(r.code, "code");
        QTEST(r.name, "name");
        QTEST(r.city, "city");
        QTEST(r.latitude, "lat");
        QTEST(r.longitude, "lon");
        QCOMPARE(cat.name(), QStringLiteral("test.csv"));
        QCOMPARE(cat.sha256(), QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    }

    void reportsIssues_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<Severity>("severity");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("fragment");
        QTest::addColumn<int>("regions");

        const QByteArray head = "aws-code,region-name,lat,long\nus-east-1,Virginia,38.13,-78.45\n";
        QTest::newRow("latitude not numeric") << head + "eu-west-2,London,fifty-one,-0.1\n"
                                              << Severity::Error << 3 << "eu-west-2"
                                              << "latitude \"fifty-one\" is not a number" << 1;
        QTest::newRow("longitude not numeric") << head + "eu-west-2,London,51,\n"
                                               << Severity::Error << 3 << "eu-west-2"
                                               << "longitude \"\" is not a number" << 1;
        QTest::newRow("latitude nan") << head + "eu-west-2,London,nan,-0.1\n"
                                      << Severity::Error << 3 << "eu-west-2"
                                      << "is not a number" << 1;
        QTest::newRow("latitude infinite") << head + "eu-west-2,London,inf,-0.1\n"
                                           << Severity::Error << 3 << "eu-west-2"
                                           << "is not a number" << 1;
        QTest::newRow("latitude out of range")
            << head + "eu-west-2,London,95.5,-100\n"
            << Severity::Error << 3 << "eu-west-2"
            << "latitude 95.5 is outside the range -90 to 90" << 1;
        QTest::newRow("longitude out of range")
            << head + "eu-west-2,London,51,-180.5\n"
            << Severity::Error << 3 << "eu-west-2"
            << "longitude -180.5 is outside the range -180 to 180" << 1;
        QTest::newRow("swapped coordinates")
            << head + "ap-southeast-2,Sydney,151.2093,-33.8688\n"
            << Severity::Error << 3 << "ap-southeast-2"
            << "look swapped: latitude -33.8688 and longitude 151.2093 would be valid" << 1;
        QTest::newRow("duplicate code")
            << head + "eu-west-2,London,51,-0.1\nus-east-1,Virginia again,38,-78\n"
            << Severity::Error << 4 << "us-east-1"
            << "appears twice; it is already defined on line 2" << 2;
        QTest::newRow("duplicate code, other case") << head + "US-EAST-1,Virginia,38,-78\n"
                                                    << Severity::Error << 3 << "US-EAST-1"
                                                    << "already defined on line 2" << 1;
        QTest::newRow("too many fields") << head + "eu-west-2,London,51,-0.1,extra\n"
                                         << Severity::Error << 3 << ""
                                         << "5 fields where 4 are expected" << 1;
        QTest::newRow("too few fields") << head + "eu-west-2,London,51\n"
                                        << Severity::Error << 3 << ""
                                        << "3 fields where 4 are expected" << 1;
        QTest::newRow("missing code") << head + ",London,51,-0.1\n"
                                      << Severity::Error << 3 << ""
                                      << "has no code" << 1;
        QTest::newRow("unclosed quote") << head + "eu-west-2,\"London,51,-0.1\n"
                                        << Severity::Error << 3 << ""
                                        << "quoted field is not closed" << 1;
        QTest::newRow("header only")
            << QByteArray("aws-code,region-name,lat,long\n") << Severity::Error << 0 << ""
            << "has no regions" << 0;
        QTest::newRow("empty file") << QByteArray() << Severity::Error << 0 << ""
                                    << "has no regions" << 0;
        QTest::newRow("comments only") << QByteArray("# nothing\n\n") << Severity::Error << 0 << ""
                                       << "has no regions" << 0;
        QTest::newRow("no delimiter") << QByteArray("\nus-east-1\n") << Severity::Error << 2 << ""
                                      << "single field" << 0;
        QTest::newRow("unknown header")
            << QByteArray("a,b,c,d\nx,y,1,2\n") << Severity::Error << 1 << ""
            << "does not name one code, one latitude and one longitude column" << 0;
        QTest::newRow("headerless with 3 fields")
            << QByteArray("us-east-1,38.13,-78.45\n") << Severity::Error << 1 << ""
            << "needs 4" << 0;
        QTest::newRow("AWS code without number") << head + "af-south,Cape Town,-33.92,18.42\n"
                                                 << Severity::Warning << 3 << "af-south"
                                                 << "did you mean af-south-1?" << 2;
        QTest::newRow("odd code") << head + "Frankfurt,Frankfurt,50,8\n"
                                  << Severity::Warning << 3 << "Frankfurt"
                                  << "does not look like an AWS region code" << 2;
        QTest::newRow("code with space") << head + "eu west 2,London,51,-0.1\n"
                                         << Severity::Warning << 3 << "eu west 2"
                                         << "contains spaces" << 2;
        QTest::newRow("no name") << head + "eu-west-2,,51,-0.1\n"
                                 << Severity::Warning << 3 << "eu-west-2"
                                 << "has no name" << 2;
        QTest::newRow("unused column")
            << QByteArray("code,name,lat,lon,notes\nus-east-1,Virginia,38.13,-78.45,x\n")
            << Severity::Warning << 1 << ""
            << "column \"notes\" is not used" << 1;
    }

    void reportsIssues()
    {
        QFETCH(QByteArray, data);
        QFETCH(Severity, severity);
        QFETCH(int, line);
        QFETCH(QString, code);
        QFETCH(QString, fragment);
        QFETCH(int, regions);

        const RegionCatalog cat = RegionCatalog::parse(data, QStringLiteral("test.csv"));
        QCOMPARE(cat.issues().size(), 1);
        const CatalogIssue &issue = cat.issues().first();
        QCOMPARE(issue.severity, severity);
        QCOMPARE(issue.line, line);
        QCOMPARE(issue.code, code);
        QVERIFY2(issue.message.contains(fragment), qPrintable(issue.message));
        QCOMPARE(cat.hasErrors(), severity == Severity::Error);
        QCOMPARE(cat.regions().size(), regions);

        // load() turns any error into a failure naming the file and the line.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("catalog.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
        f.close();
        const Result<RegionCatalog> loaded = RegionCatalog::load(path);
        QCOMPARE(loaded.isOk(), severity == Severity::Warning);
        if (!loaded) {
            QVERIFY2(loaded.error().message.contains(path), qPrintable(loaded.error().message));
            if (line > 0) {
                QVERIFY2(loaded.error().message.contains(QStringLiteral("line %1").arg(line)),
                         qPrintable(loaded.error().message));
            }
            QVERIFY(loaded.error().message.contains(fragment));
        } else {
            QCOMPARE(loaded->warnings().size(), 1);
            QCOMPARE(loaded->path(), QFileInfo(path).absoluteFilePath());
            QCOMPARE(loaded->name(), QStringLiteral("catalog.csv"));
        }
    }

    void collectsEveryIssue()
    {
        const QByteArray data = "code;name;lat;lon\n"
                                "us-east-1;Virginia;38.13;-78.45\n"
                                "eu-west-2;London;510;-0.1\n"
                                "us-east-1;Dup;1;2\n"
                                "af-south;Cape Town;-33.92;18.42\n";
        const RegionCatalog cat = RegionCatalog::parse(data, QStringLiteral("x"));
        QCOMPARE(cat.errors().size(), 2);
        QCOMPARE(cat.warnings().size(), 1);
        QCOMPARE(cat.issues().at(0).line, 3);
        QCOMPARE(cat.issues().at(1).line, 4);
        QCOMPARE(cat.issues().at(2).line, 5);
        QCOMPARE(cat.regions().size(), 2);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("many.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
        f.close();
        const Result<RegionCatalog> loaded = RegionCatalog::load(path);
        QVERIFY(!loaded);
        QVERIFY(loaded.error().message.contains(QStringLiteral("line 3")));
        QVERIFY(loaded.error().message.contains(QStringLiteral("1 more error")));
        QVERIFY(loaded.error().details.contains(QStringLiteral("line 4")));
        QVERIFY(loaded.error().details.contains(QStringLiteral("line 5")));
    }

    void missingFileFails()
    {
        const Result<RegionCatalog> r = RegionCatalog::load(QStringLiteral("/nonexistent/dc.csv"));
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QStringLiteral("/nonexistent/dc.csv")));
    }

    void referenceSamples()
    {
        const Result<RegionCatalog> withHeader
            = RegionCatalog::load(samplePath(QStringLiteral("datacenters.csv")));
        QVERIFY2(withHeader.isOk(),
                 qPrintable(withHeader.isOk() ? QString() : withHeader.error().toString()));
        QCOMPARE(withHeader->regions().size(), 21);
        QCOMPARE(withHeader->regions().first().code, QStringLiteral("us-east-1"));
        QCOMPARE(withHeader->regions().first().latitude, 38.13);
        // The known typo of the reference file: a warning, not an error.
        const QList<CatalogIssue> warnings = withHeader->warnings();
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.first().line, 22);
        QCOMPARE(warnings.first().code, QStringLiteral("af-south"));

        const Result<RegionCatalog> noHeader
            = RegionCatalog::load(samplePath(QStringLiteral("datacenters-noheader.csv")));
        QVERIFY(noHeader.isOk());
        QCOMPARE(noHeader->regions().size(), 21);
        QCOMPARE(noHeader->warnings().size(), 1);
        QCOMPARE(noHeader->warnings().first().line, 21);
        for (int i = 0; i < 21; ++i) {
            const Region &a = withHeader->regions().at(i);
            const Region &b = noHeader->regions().at(i);
            QCOMPARE(a.code, b.code);
            QCOMPARE(a.name, b.name);
            QCOMPARE(a.latitude, b.latitude);
            QCOMPARE(a.longitude, b.longitude);
        }
        QVERIFY(withHeader->sha256() != noHeader->sha256());
        QCOMPARE(withHeader->indexOf(QStringLiteral("EU-WEST-2")), 14);
        QCOMPARE(withHeader->indexOf(QStringLiteral("nowhere-1")), -1);
    }

    void builtinAws()
    {
        QVERIFY(RegionCatalog::builtinNames().contains(QStringLiteral("aws")));
        const Result<RegionCatalog> aws = RegionCatalog::builtin(QStringLiteral("aws"));
        QVERIFY2(aws.isOk(), qPrintable(aws.isOk() ? QString() : aws.error().toString()));
        QVERIFY2(aws->issues().isEmpty(), qPrintable(describe(*aws)));
        QCOMPARE(aws->name(), QStringLiteral("aws"));
        QCOMPARE(aws->path(), QStringLiteral(":/catalogs/aws.csv"));
        QCOMPARE(aws->providers(), QStringList {QStringLiteral("aws")});
        QVERIFY(aws->checkedOn().isValid());
        // GovCloud and China are there, restricted; a run without them sees the 34 others.
        QCOMPARE(aws->count(RegionStatus::Restricted), 4);
        for (const char *code : {"us-gov-east-1", "us-gov-west-1", "cn-north-1", "cn-northwest-1"})
            QCOMPARE(aws->regions().at(aws->indexOf(QString::fromLatin1(code))).status,
                     RegionStatus::Restricted);
        const RegionCatalog ga = aws->withStatuses(false, false);

        const char *const expectedCodes[] = {
            "us-east-1",      "us-east-2",      "us-west-1",      "us-west-2",
            "af-south-1",     "ap-east-1",      "ap-south-1",     "ap-northeast-1",
            "ap-northeast-2", "ap-northeast-3", "ap-southeast-1", "ap-southeast-2",
            "ca-central-1",   "eu-central-1",   "eu-west-1",      "eu-west-2",
            "eu-west-3",      "eu-north-1",     "eu-south-1",     "me-south-1",
            "sa-east-1",      "ap-southeast-3", "me-central-1",   "eu-central-2",
            "eu-south-2",     "ap-south-2",     "ap-southeast-4", "il-central-1",
            "ca-west-1",      "ap-southeast-5", "ap-southeast-7", "mx-central-1",
            "ap-east-2",      "ap-southeast-6",
        };
        QStringList expected;
        for (const char *c : expectedCodes)
            expected << QString::fromLatin1(c);
        QCOMPARE(expected.size(), 34);
        QCOMPARE(ga.regions().size(), 34);
        QSet<QString> codes;
        for (const Region &r : ga.regions()) {
            codes.insert(r.code);
            QVERIFY2(expected.contains(r.code), qPrintable(r.code));
            QVERIFY(!r.name.isEmpty());
            QVERIFY(!r.city.isEmpty());
            QVERIFY(r.latitude >= -90 && r.latitude <= 90);
            QVERIFY(r.longitude >= -180 && r.longitude <= 180);

            // Coarse geography per code prefix: catches swapped or mistyped coordinates.
            const QString area = r.code.left(2);
            bool plausible = false;
            if (area == QLatin1String("us") || area == QLatin1String("ca"))
                plausible = r.latitude > 30 && r.latitude < 60 && r.longitude < -60;
            else if (area == QLatin1String("mx"))
                plausible = r.latitude > 14 && r.latitude < 33 && r.longitude < -86;
            else if (area == QLatin1String("sa"))
                plausible = r.latitude < 0 && r.longitude < -30;
            else if (area == QLatin1String("eu"))
                plausible
                    = r.latitude > 35 && r.latitude < 70 && r.longitude > -11 && r.longitude < 30;
            else if (area == QLatin1String("af"))
                plausible = r.latitude < 0 && r.longitude > 10 && r.longitude < 40;
            else if (area == QLatin1String("me") || area == QLatin1String("il"))
                plausible
                    = r.latitude > 20 && r.latitude < 40 && r.longitude > 30 && r.longitude < 60;
            else if (area == QLatin1String("ap"))
                plausible = r.longitude > 65 && r.latitude > -48 && r.latitude < 50;
            QVERIFY2(plausible, qPrintable(r.code));
        }
        QCOMPARE(codes.size(), 34);

        // Spot checks against the cities' well-known coordinates (to 0.05 degrees).
        const struct
        {
            const char *code;
            double lat, lon;
        } spots[] = {{"af-south-1", -33.92, 18.42},     {"ap-southeast-6", -36.85, 174.76},
                     {"sa-east-1", -23.55, -46.63},     {"eu-central-1", 50.11, 8.68},
                     {"ap-northeast-1", 35.68, 139.65}, {"ca-west-1", 51.04, -114.07},
                     {"mx-central-1", 20.59, -100.39},  {"il-central-1", 32.09, 34.78}};
        for (const auto &s : spots) {
            const int i = aws->indexOf(QString::fromLatin1(s.code));
            QVERIFY(i >= 0);
            QVERIFY2(qAbs(aws->regions().at(i).latitude - s.lat) < 0.05, s.code);
            QVERIFY2(qAbs(aws->regions().at(i).longitude - s.lon) < 0.05, s.code);
        }
    }

    // The optional columns: provider, country, status and where the point comes from; a file
    // without them reads as before, every region generally available.
    void describedColumns()
    {
        const RegionCatalog c = RegionCatalog::parse(
            "# checked: 2026-11-30\n"
            "provider,code,name,city,country,latitude,longitude,status,location_source\n"
            "GCP,europe-west3,Frankfurt,Frankfurt am Main,de,50.11,8.68,ga,named-city\n"
            "gcp,me-central2,Dammam,Dammam,SA,26.42,50.09,Restricted,named-city\n"
            "gcp,asia-southeast3,Bangkok,Bangkok,TH,13.76,100.50,announced,\n",
            QStringLiteral("mine.csv"));
        QVERIFY2(c.issues().isEmpty(), qPrintable(describe(c)));
        QCOMPARE(c.checkedOn(), QDate(2026, 11, 30));
        QCOMPARE(c.providers(), QStringList {QStringLiteral("gcp")});
        const Region &f = c.regions().at(0);
        QCOMPARE(f.country, QStringLiteral("DE"));
        QCOMPARE(f.locationSource, QStringLiteral("named-city"));
        QCOMPARE(c.regions().at(1).status, RegionStatus::Restricted);
        QCOMPARE(c.regions().at(2).status, RegionStatus::Announced);
        QCOMPARE(c.withStatuses(false, false).regions().size(), 1);
        QCOMPARE(c.withStatuses(true, false).regions().size(), 2);
        QCOMPARE(c.withStatuses(true, true).regions().size(), 3);

        const RegionCatalog old
            = RegionCatalog::parse("code,name,lat,lon\nr1,One,1,2\n", QStringLiteral("old.csv"));
        QVERIFY(old.issues().isEmpty());
        QVERIFY(old.regions().at(0).provider.isEmpty());
        QCOMPARE(old.regions().at(0).status, RegionStatus::Ga);
        QVERIFY(!old.checkedOn().isValid());
    }

    void badStatusAndCountryAreErrors()
    {
        const RegionCatalog c = RegionCatalog::parse("code,name,country,lat,lon,status\n"
                                                     "r1,One,Germany,1,2,ga\n"
                                                     "r2,Two,DE,1,2,beta\n",
                                                     QStringLiteral("bad.csv"));
        const QList<CatalogIssue> errors = c.errors();
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors.at(0).line, 2);
        QVERIFY2(errors.at(0).message.contains(QLatin1String("two-letter")),
                 qPrintable(errors.at(0).message));
        QCOMPARE(errors.at(1).line, 3);
        QVERIFY2(errors.at(1).message.contains(QLatin1String("ga, restricted or announced")),
                 qPrintable(errors.at(1).message));
    }

    void unknownBuiltinFails()
    {
        const Result<RegionCatalog> r = RegionCatalog::builtin(QStringLiteral("nope"));
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QStringLiteral("nope")));
        QVERIFY(r.error().message.contains(QStringLiteral("aws")));
        QVERIFY(!RegionCatalog::builtin(QStringLiteral("../catalogs/aws")));
    }
};

QTEST_GUILESS_MAIN(TestRegionCatalog)
#include "tst_regioncatalog.moc"
