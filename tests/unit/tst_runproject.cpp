// The .regionmap project format (docs/projects.md): every field survives a save and a read, paths
// are relative to the project's folder, nothing secret is written, and a bad field is named.

#include "etl/runproject.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace regionmap;

class TestRunProject : public QObject
{
    Q_OBJECT

private slots:
    void everyFieldRoundTrips()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("data"))));
        QFile csv(dir.filePath(QStringLiteral("data/a.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("id;addr\n1;203.0.113.9\n");
        csv.close();
        RunProject p;
        InputFile in {csv.fileName(), {}};
        in.overrides.delimiter = ';';
        in.overrides.hasHeader = true;
        in.overrides.encoding = TextEncoding::Latin1;
        in.overrides.ipColumnName = QStringLiteral("addr");
        p.options.inputs << in;
        p.options.builtinCatalogs = {QStringLiteral("gcp"), QStringLiteral("azure")};
        p.options.catalogFile = dir.filePath(QStringLiteral("regions.csv"));
        p.options.includeRestricted = true;
        p.options.latency.routeFactor = 1.7;
        p.options.latency.overheadMs = 12;
        p.options.table = QStringLiteral("people");
        p.options.mode = LoadMode::Upsert;
        p.options.keyColumn = QStringLiteral("id");
        p.options.provider = GeoProviderKind::Ipinfo;
        p.options.ipinfoUrl = QUrl(QStringLiteral("http://127.0.0.1:9/"));
        p.options.crossCheckIpinfoSample = 250;
        p.options.privacy = PrivacyMode::Hash;
        p.options.minCount = 7;
        p.managedDatabase = false;
        p.options.connection.host = QStringLiteral("db.example");
        p.options.connection.port = 6432;
        p.options.connection.database = QStringLiteral("sales");
        p.options.connection.user = QStringLiteral("ana");
        p.options.connection.sslMode = QStringLiteral("verify-full");
        p.options.connection.password = QStringLiteral("secret-pw");
        p.options.ipinfoToken = QStringLiteral("secret-token");
        p.options.privacyKey = QByteArray(32, 'k');
        p.scenarios = {QStringLiteral("eu-first")};
        const QString file = dir.filePath(QStringLiteral("job.regionmap"));
        QVERIFY(p.write(file));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(!text.contains("secret-"));
        QVERIFY(!text.contains(QByteArray(32, 'k').toBase64()));
        QVERIFY(text.contains("\"data/a.csv\""));
        QVERIFY(!text.contains(dir.path().toUtf8())); // no absolute path

        const Result<RunProject> back = RunProject::read(file);
        QVERIFY2(back, back ? "" : qPrintable(back.error().message));
        const EtlOptions &o = back->options;
        QCOMPARE(o.inputs.size(), 1);
        QCOMPARE(o.inputs.first().path, QDir::cleanPath(csv.fileName()));
        QCOMPARE(o.inputs.first().overrides.delimiter, std::optional<char>(';'));
        QCOMPARE(o.inputs.first().overrides.hasHeader, std::optional<bool>(true));
        QVERIFY(o.inputs.first().overrides.encoding == TextEncoding::Latin1);
        QCOMPARE(o.inputs.first().overrides.ipColumnName, QStringLiteral("addr"));
        QCOMPARE(o.builtinCatalogs, p.options.builtinCatalogs);
        QCOMPARE(o.catalogFile, QDir::cleanPath(p.options.catalogFile));
        QVERIFY(o.includeRestricted);
        QCOMPARE(o.latency.routeFactor, 1.7);
        QCOMPARE(o.latency.overheadMs, 12.0);
        QCOMPARE(o.table, QStringLiteral("people"));
        QVERIFY(o.mode == LoadMode::Upsert);
        QCOMPARE(o.keyColumn, QStringLiteral("id"));
        QVERIFY(o.provider == GeoProviderKind::Ipinfo);
        QCOMPARE(o.ipinfoUrl, p.options.ipinfoUrl);
        QCOMPARE(o.crossCheckIpinfoSample, 250);
        QVERIFY(o.privacy == PrivacyMode::Hash);
        QCOMPARE(o.minCount, 7);
        QVERIFY(!back->managedDatabase);
        QCOMPARE(o.connection.host, QStringLiteral("db.example"));
        QCOMPARE(o.connection.port, 6432);
        QCOMPARE(o.connection.sslMode, QStringLiteral("verify-full"));
        QVERIFY(o.connection.password.isEmpty());
        QVERIFY(o.ipinfoToken.isEmpty());
        QVERIFY(o.privacyKey.isEmpty());
        QCOMPARE(back->scenarios, p.scenarios);
        QCOMPARE(back->recorded.size(), 1);
        QCOMPARE(back->recorded.first().size, qint64(22));
        QVERIFY(back->changes().isEmpty());

        // A change is named with both sha256; a missing file too.
        QVERIFY(csv.open(QIODevice::Append));
        csv.write("2;198.51.100.1\n");
        csv.close();
        QList<RunProject::Change> changes = back->changes();
        QCOMPARE(changes.size(), 1);
        QVERIFY(changes.first().kind == RunProject::Change::Kind::Changed);
        QVERIFY(changes.first().describe().contains(back->recorded.first().sha256));
        QVERIFY(changes.first().describe().contains(changes.first().currentSha256));
        QVERIFY(QFile::remove(csv.fileName()));
        changes = back->changes();
        QVERIFY(changes.first().kind == RunProject::Change::Kind::Missing);
    }

    // A file outside the project's folder keeps its absolute path (a system file stays where it
    // is, wherever the project goes); a URL never keeps a user, a password or a query.
    void outsidePathsAndUrls()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("jobs/monthly"))));
        RunProject p;
        p.options.inputs << InputFile {dir.filePath(QStringLiteral("shared.csv")), {}};
        p.options.geoDatabase = QStringLiteral("/usr/share/regionmap/dbip-city-ipv4.mmdb");
        p.options.ipinfoUrl = QUrl(QStringLiteral("https://ana:TOKEN@ipinfo.example/?token=T2"));
        const QJsonObject json = p.toJson(dir.filePath(QStringLiteral("jobs/monthly")));
        QCOMPARE(json.value(u"sources").toArray().first()[QStringLiteral("path")].toString(),
                 QDir::cleanPath(dir.filePath(QStringLiteral("shared.csv"))));
        QCOMPARE(json.value(u"geolocation")[QStringLiteral("database")].toString(),
                 QStringLiteral("/usr/share/regionmap/dbip-city-ipv4.mmdb"));
        const QString url = json.value(u"geolocation")[QStringLiteral("ipinfo_url")].toString();
        QVERIFY2(!url.contains(QLatin1String("TOKEN")) && !url.contains(QLatin1String("T2")),
                 qPrintable(url));
    }

    void badFieldsAreNamed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("said");
        QTest::newRow("not JSON") << QByteArray("{oops") << QStringLiteral("no RegionMap project");
        QTest::newRow("no version") << QByteArray("{}") << QStringLiteral("regionmap_project");
        QTest::newRow("newer") << QByteArray("{\"regionmap_project\": 2}")
                               << QStringLiteral("version 2");
        QTest::newRow("sources not a list")
            << QByteArray("{\"regionmap_project\": 1, \"sources\": {}}")
            << QStringLiteral("\"sources\" must be a list");
        QTest::newRow("a source without path")
            << QByteArray("{\"regionmap_project\": 1, \"sources\": [{}]}")
            << QStringLiteral("sources[0].path");
        QTest::newRow("a bad mode")
            << QByteArray("{\"regionmap_project\": 1, \"target\": {\"mode\": \"merge\"}}")
            << QStringLiteral("target.mode");
        QTest::newRow("a bad privacy")
            << QByteArray("{\"regionmap_project\": 1, \"privacy\": {\"mode\": \"blur\"}}")
            << QStringLiteral("privacy.mode");
        QTest::newRow("managed as text")
            << QByteArray("{\"regionmap_project\": 1, \"database\": {\"managed\": \"false\"}}")
            << QStringLiteral("database.managed");
        QTest::newRow("a port as text")
            << QByteArray("{\"regionmap_project\": 1, \"database\": {\"managed\": false, "
                          "\"host\": \"h\", \"port\": \"6432\"}}")
            << QStringLiteral("database.port");
        QTest::newRow("a count as text")
            << QByteArray("{\"regionmap_project\": 1, \"privacy\": {\"min_count\": \"5\"}}")
            << QStringLiteral("privacy.min_count");
        QTest::newRow("a server without host")
            << QByteArray("{\"regionmap_project\": 1, \"database\": {\"managed\": false}}")
            << QStringLiteral("database.host");
    }
    void badFieldsAreNamed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, said);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("bad.regionmap"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json);
        f.close();
        const Result<RunProject> p = RunProject::read(file);
        QVERIFY(!p);
        QVERIFY2(p.error().message.contains(said), qPrintable(p.error().message));
        QVERIFY(p.error().kind == ErrorKind::Input);
    }
};

QTEST_GUILESS_MAIN(TestRunProject)
#include "tst_runproject.moc"
