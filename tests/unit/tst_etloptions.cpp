// The options of a run, checked in the core for every front end: every problem at once, each
// naming its option (both, for a wrong combination), and no front end's flags in the text.
#include "etl/etloptions.h"

#include <QTest>

using namespace regionmap;

class TestEtlOptions : public QObject
{
    Q_OBJECT

    static EtlOptions usable()
    {
        EtlOptions o;
        o.inputs.append({QStringLiteral("people.csv"), {}});
        return o;
    }

    static QList<EtlOption> optionsOf(const QList<OptionProblem> &problems)
    {
        QList<EtlOption> out;
        for (const OptionProblem &p : problems)
            out << p.options;
        return out;
    }

private slots:
    void usableOptionsHaveNoProblem()
    {
        QVERIFY(usable().validate().isEmpty());
        QVERIFY(usable().check().isOk());
    }

    void eachProblemNamesItsOptions_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QList<EtlOption>>("expected");
        QTest::newRow("no files") << 0 << QList<EtlOption> {EtlOption::Data};
        QTest::newRow("upsert without key")
            << 1 << QList<EtlOption> {EtlOption::Mode, EtlOption::Key};
        QTest::newRow("unknown catalog") << 2 << QList<EtlOption> {EtlOption::Catalog};
        QTest::newRow("too many requests in flight")
            << 3 << QList<EtlOption> {EtlOption::IpinfoParallel};
        QTest::newRow("token in the URL") << 4 << QList<EtlOption> {EtlOption::IpinfoUrl};
        QTest::newRow("negative cache age") << 5 << QList<EtlOption> {EtlOption::CacheMaxAge};
        QTest::newRow("empty chunks") << 6 << QList<EtlOption> {EtlOption::ChunkRecords};
    }
    void eachProblemNamesItsOptions()
    {
        QFETCH(int, which);
        QFETCH(QList<EtlOption>, expected);
        EtlOptions o = usable();
        switch (which) {
        case 0:
            o.inputs.clear();
            break;
        case 1:
            o.mode = LoadMode::Upsert;
            break;
        case 2:
            o.builtinCatalogs = QStringList {QStringLiteral("no-such-cloud")};
            break;
        case 3:
            o.provider = GeoProviderKind::Ipinfo;
            o.ipinfoParallelRequests = 9; // rejected, never clamped
            break;
        case 4:
            o.provider = GeoProviderKind::Ipinfo;
            o.ipinfoUrl = QUrl(QStringLiteral("https://ipinfo.io/?token=abc"));
            break;
        case 5:
            o.provider = GeoProviderKind::Ipinfo;
            o.cacheMaxAgeDays = -1;
            break;
        case 6:
            o.chunkRecords = 0;
            break;
        }
        const QList<OptionProblem> problems = o.validate();
        QCOMPARE(optionsOf(problems), expected);
        QVERIFY(!problems.first().message.contains(QLatin1String("--")));
        const Status st = o.check();
        QVERIFY(!st);
        QCOMPARE(st.error().kind, ErrorKind::Options);
    }

    void everyProblemIsReportedAtOnce()
    {
        EtlOptions o;
        o.mode = LoadMode::Upsert;
        o.chunkRecords = 0;
        QCOMPARE(o.validate().size(), 3);
    }

    void ipinfoOptionsAreIgnoredOffline()
    {
        EtlOptions o = usable();
        o.ipinfoParallelRequests = 99;
        QVERIFY(o.validate().isEmpty());
    }

    void optionNamesAreTheFlagsWithoutDashes()
    {
        QCOMPARE(optionName(EtlOption::Key), QStringLiteral("key"));
        QCOMPARE(optionName(EtlOption::IpinfoParallel), QStringLiteral("ipinfo-parallel"));
        QCOMPARE(optionName(EtlOption::GeoDatabase), QStringLiteral("geodb"));
    }
};

QTEST_GUILESS_MAIN(TestEtlOptions)
#include "tst_etloptions.moc"
