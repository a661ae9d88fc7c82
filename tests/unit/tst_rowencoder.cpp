// The encoder stage: every accepted row in COPY text, its own columns then the enrichment
// columns in the order of TargetSchema::enrichmentColumns() (the list the DDL is made from), and
// its status and region tallied once in RunCounts.
#include "chunkreader.h"
#include "db/copybuffer.h"
#include "db/pointtable.h"
#include "etl/copyformat.h"
#include "etl/locatestage.h"
#include "etl/pointcounts.h"
#include "etl/regionassigner.h"
#include "etl/rowbatch.h"
#include "etl/rowencoder.h"
#include "etl/rowvalidator.h"
#include "etl/runcounts.h"
#include "fakelocator.h"
#include "geo/locationuncertainty.h"
#include "testregions.h"

#include <QTest>

#include <QtEndian>

#include <cmath>
#include <cstdlib>
#include <cstring>

using namespace regionmap;
using namespace regionmap::test;

namespace {

using Row = QHash<QByteArray, QByteArray>; // column name -> COPY text ("\N" for NULL)

} // namespace

class TestRowEncoder : public QObject
{
    Q_OBJECT

    QVector<Region> m_regions = test::testRegions(2);
    TargetSchema m_schema = TargetSchema::infer({QStringLiteral("id"), QStringLiteral("ip")}, 1,
                                                {{QStringLiteral("1"), QStringLiteral("8.8.8.8")}});

    PointCounts *m_points = nullptr; // where encode() counts points, when set
    // Whether encode() has the CSV's and the location's columns written ahead, as the run's
    // reading thread does.
    bool m_writeAhead = true;
    QByteArray m_lastBytes; // what encode() wrote last

    // Runs validator, locator, assigner and encoder over the CSV; the rows by column name.
    QList<Row> encode(const QByteArray &csv, RunCounts &counts, bool origin = false,
                      const MeasuredLatencies &measured = {}, FakeLocator *second = nullptr,
                      bool binary = false)
    {
        FakeLocator locator;
        locator.place("81.2.69.142", 51.5142, -0.0931, "GB", "London");
        locator.answers["81.2.69.142"].accuracyKm = 25;
        // Mid-Atlantic, with a radius wider than any margin between London and Virginia.
        locator.place("2.2.2.2", 48, -35, "", "Nowhere");
        locator.answers["2.2.2.2"].accuracyKm = 5000;
        // No radius: the defaults for a row with a city and for one without.
        locator.place("3.3.3.3", 47, -38, "", "Somewhere");
        locator.place("4.4.4.4", 39, -77, "US", "");
        Location countryOnly;
        countryOnly.status = GeoStatus::CountryOnly;
        countryOnly.countryCode = "DE";
        locator.answers.insert("5.9.0.1", countryOnly);
        const NearestRegionFinder finder(m_regions);
        RegionAssigner assigner(finder);
        RegionAssigner secondAssigner(finder, size_t(1) << 17, RegionAssigner::Kind::SecondOpinion);
        RowEncoder::Setup setup;
        setup.regionCodes = {"us-east-1", "eu-west-2"};
        setup.regionNames = {"Virginia", "London"};
        setup.geoSource = "fake";
        setup.runId = 42;
        setup.rowOrigin = origin;
        setup.latency.routeFactor = 1.5;
        setup.latency.overheadMs = 8;
        setup.measured = measured;
        setup.binary = binary;
        RowEncoder encoder(m_schema, assigner, setup, second ? &secondAssigner : nullptr);
        encoder.setFile(QStringLiteral("people.csv"));
        encoder.setPointCounts(m_points);
        const CsvChunk chunk = readChunk(csv, {}, 2);
        RowBatch batch;
        batch.reset(chunk);
        RowValidator(m_schema, -1, TextEncoding::Utf8).process(batch);
        if (m_writeAhead)
            encoder.writeSourceColumns(batch);
        if (!LocateStage(locator).process(batch))
            qFatal("the fake locator failed");
        if (second && !LocateStage(*second, LocateStage::Kind::SecondOpinion).process(batch))
            qFatal("the second fake locator failed");
        if (m_writeAhead)
            encoder.writeLocationColumns(batch);
        assigner.process(batch);
        if (second)
            secondAssigner.process(batch);
        CopyBuffer buf;
        encoder.process(batch, buf, counts);

        QStringList names = m_schema.columnNames();
        if (origin)
            names << QStringLiteral("__seq") << QStringLiteral("__file")
                  << QStringLiteral("__line");
        QList<Row> rows;
        const QByteArray text(buf.data(), qsizetype(buf.size()));
        m_lastBytes = text;
        if (binary)
            return decodeBinary(text, names, origin);
        for (const QByteArray &line : text.split('\n')) {
            if (line.isEmpty())
                continue;
            const QList<QByteArray> fields = line.split('\t');
            if (fields.size() != names.size())
                qFatal("a row of %d fields for %d columns", int(fields.size()), int(names.size()));
            Row row;
            for (int i = 0; i < names.size(); ++i)
                row.insert(names.at(i).toUtf8(), fields.at(i));
            rows << row;
        }
        return rows;
    }

    // The column types of the rows encode() writes, as the DDL names them.
    QStringList columnTypes(bool origin) const
    {
        QStringList types;
        for (const SourceColumn &c : m_schema.sourceColumns())
            types << columnTypeSql(c.type);
        for (const TargetSchema::EnrichmentColumn &c : TargetSchema::enrichmentColumns())
            types << QString::fromLatin1(c.sqlType);
        if (origin)
            types << QStringLiteral("bigint") << QStringLiteral("text") << QStringLiteral("bigint");
        return types;
    }

    // Rows in COPY's binary format, read back as the server would: a double as its shortest
    // text, an inet as its text; NULL as "\N".
    QList<Row> decodeBinary(const QByteArray &data, const QStringList &names, bool origin) const
    {
        const QStringList types = columnTypes(origin);
        QList<Row> rows;
        qsizetype at = 0;
        const auto take = [&](qsizetype n) {
            if (at + n > data.size())
                qFatal("the binary rows end in the middle of a field");
            const QByteArray piece = data.mid(at, n);
            at += n;
            return piece;
        };
        while (at < data.size()) {
            const int fields = qFromBigEndian<qint16>(take(2).constData());
            if (fields != names.size())
                qFatal("a binary row of %d fields for %d columns", fields, int(names.size()));
            Row row;
            for (int i = 0; i < fields; ++i) {
                const qint32 size = qFromBigEndian<qint32>(take(4).constData());
                QByteArray value = size < 0 ? QByteArray("\\N") : take(size);
                if (size >= 0 && types.at(i) == QLatin1String("bigint")) {
                    value = QByteArray::number(qFromBigEndian<qint64>(value.constData()));
                } else if (size >= 0 && types.at(i) == QLatin1String("double precision")) {
                    const quint64 bits = qFromBigEndian<quint64>(value.constData());
                    double d;
                    std::memcpy(&d, &bits, sizeof d);
                    value = QByteArray::number(d, 'g', 17);
                } else if (size >= 0 && types.at(i) == QLatin1String("inet")) {
                    std::array<quint8, 16> b {};
                    const bool v4 = value.at(0) == 2;
                    if (v4)
                        b[10] = b[11] = 0xff;
                    std::memcpy(b.data() + (v4 ? 12 : 0), value.constData() + 4, v4 ? 4 : 16);
                    IpAddress ip;
                    const QByteArray full
                        = QByteArray::number(b[12]) + '.' + QByteArray::number(b[13]) + '.'
                          + QByteArray::number(b[14]) + '.' + QByteArray::number(b[15]);
                    value = v4 && IpAddress::parse(full, &ip) ? ip.toText() : value.toHex();
                }
                row.insert(names.at(i).toUtf8(), value);
            }
            rows << row;
        }
        return rows;
    }

private slots:
    // The binary format (what a run that keeps addresses sends) stores what the text format
    // stores: the same text, the same addresses, and for every number the double that the
    // server's reading of the text gives, bit for bit.
    void binaryRowsStoreWhatTextRowsStore()
    {
        FakeLocator second;
        second.place("81.2.69.142", 51.6, -0.2, "GB", "London");
        second.place("2.2.2.2", 38.9, -77.0, "US", "Washington");
        const QByteArray csv
            = "id,ip\n1,81.2.69.142\n2,10.0.0.1\n3,nope\n4,5.9.0.1\n5,1.2.3.4\n"
              "6,2.2.2.2\n7,3.3.3.3\n8,4.4.4.4\n-9223372036854775808,81.2.69.142\n";
        for (const bool origin : {false, true}) {
            RunCounts textCounts(2);
            RunCounts binaryCounts(2);
            const QList<Row> text = encode(csv, textCounts, origin, {}, &second, false);
            const QList<Row> binary = encode(csv, binaryCounts, origin, {}, &second, true);
            QCOMPARE(binary.size(), text.size());
            QCOMPARE(text.size(), 9);
            const QStringList types = columnTypes(origin);
            QStringList names = m_schema.columnNames();
            if (origin)
                names << QStringLiteral("__seq") << QStringLiteral("__file")
                      << QStringLiteral("__line");
            int numbers = 0;
            for (int r = 0; r < text.size(); ++r) {
                for (int c = 0; c < names.size(); ++c) {
                    const QByteArray name = names.at(c).toUtf8();
                    const QByteArray t = text.at(r).value(name);
                    const QByteArray b = binary.at(r).value(name);
                    if (types.at(c) == QLatin1String("double precision") && t != "\\N") {
                        ++numbers;
                        QVERIFY2(doubleBits(std::strtod(t.constData(), nullptr))
                                     == doubleBits(std::strtod(b.constData(), nullptr)),
                                 qPrintable(QStringLiteral("row %1, %2: text %3, binary %4")
                                                .arg(r)
                                                .arg(names.at(c), QString::fromUtf8(t),
                                                     QString::fromUtf8(b))));
                    } else {
                        QVERIFY2(t == b, qPrintable(QStringLiteral("row %1, %2: text %3, binary %4")
                                                        .arg(r)
                                                        .arg(names.at(c), QString::fromUtf8(t),
                                                             QString::fromUtf8(b))));
                    }
                }
            }
            QVERIFY(numbers > 40); // the points, distances, est. RTTs and the cross-check's
            QCOMPARE(binaryCounts.rows(), textCounts.rows());
        }
        // A float widened to double is written as the float's text, and read back as that text.
        QCOMPARE(storedDouble(double(38.13f)), 38.13);
        QCOMPARE(storedFixed(12.3456785, 6), std::strtod("12.345679", nullptr));
    }

    // The columns written ahead on the reading thread (RowEncoder::writeSourceColumns() and
    // writeLocationColumns()) give the same bytes and the same points as the encoder writing
    // them itself, rejected rows included.
    void columnsWrittenAheadAreTheSameBytes()
    {
        FakeLocator second;
        second.place("81.2.69.142", 51.6, -0.2, "GB", "London");
        const QByteArray csv = "id,ip\n1,81.2.69.142\nx,10.0.0.1\n3,nope\n,4.4.4.4\n"
                               "-9223372036854775808,81.2.69.142\n6,2.2.2.2\n7,5.9.0.1\n"
                               "8,3.3.3.3\n9,10.1.2.3\n";
        const auto pointsOf = [](const PointCounts &points) {
            CopyBuffer out;
            points.encode(42, {"us-east-1", "eu-west-2"}, "fake", out, {}, size_t(1) << 20, true);
            return QByteArray(out.data(), qsizetype(out.size()));
        };
        for (const bool binary : {true, false}) {
            for (const bool origin : {false, true}) {
                for (FakeLocator *crossCheck : {static_cast<FakeLocator *>(nullptr), &second}) {
                    RunCounts aheadCounts(2);
                    RunCounts ownCounts(2);
                    PointCounts aheadPoints;
                    PointCounts ownPoints;
                    m_writeAhead = true;
                    m_points = &aheadPoints;
                    const QList<Row> ahead
                        = encode(csv, aheadCounts, origin, {}, crossCheck, binary);
                    const QByteArray aheadBytes = m_lastBytes;
                    m_writeAhead = false;
                    m_points = &ownPoints;
                    const QList<Row> own = encode(csv, ownCounts, origin, {}, crossCheck, binary);
                    m_writeAhead = true;
                    m_points = nullptr;
                    QCOMPARE(ahead.size(), 8); // the row with id "x" is rejected
                    QCOMPARE(aheadBytes, m_lastBytes);
                    QCOMPARE(ahead, own);
                    QCOMPARE(aheadPoints.size(), ownPoints.size());
                    QVERIFY(aheadPoints.size() >= 5);
                    QCOMPARE(pointsOf(aheadPoints), pointsOf(ownPoints));
                }
            }
        }
    }

    void eachColumnHoldsItsValue()
    {
        RunCounts counts(2);
        const QList<Row> rows = encode("id,ip\n1,81.2.69.142\n2,10.0.0.1\n3,nope\n4,5.9.0.1\n"
                                       "5,1.2.3.4\nsix,81.2.69.142\n",
                                       counts);
        QCOMPARE(rows.size(), 5); // "six" is no whole number: a reject, not a row

        const Row &located = rows.at(0);
        QCOMPARE(located["id"], QByteArray("1"));
        QCOMPARE(located["ip_src"], QByteArray("81.2.69.142")); // the file's text, renamed
        QCOMPARE(located["ip"], QByteArray("81.2.69.142"));
        QCOMPARE(located["latitude"], QByteArray("51.5142"));
        QCOMPARE(located["longitude"], QByteArray("-0.0931"));
        QCOMPARE(located["region_code"], QByteArray("eu-west-2"));
        QCOMPARE(located["region_name"], QByteArray("London"));
        QVERIFY(located["distance_km"].toDouble() > 50 && located["distance_km"].toDouble() < 70);
        QCOMPARE(located["second_region_code"], QByteArray("us-east-1"));
        QVERIFY(located["second_distance_km"].toDouble() > 5000);
        // est. RTT = 2 × km × 1.5 / 200 + 8, in tenths of a ms, from the model.
        const double km = located["distance_km"].toDouble();
        QCOMPARE(located["est_rtt_ms"],
                 QByteArray::number(std::llround((2 * km * 1.5 / 200 + 8) * 10) / 10.0, 'f', 1));
        QCOMPARE(located["est_rtt_source"], QByteArray("model"));
        QCOMPARE(located["accuracy_km"], QByteArray("25")); // the locator's accuracy radius
        QCOMPARE(located["country_code"], QByteArray("GB"));
        QCOMPARE(located["city"], QByteArray("London"));
        QCOMPARE(located["geo_source"], QByteArray("fake"));
        QCOMPARE(located["geo_status"], QByteArray("located"));
        QCOMPARE(located["run_id"], QByteArray("42"));

        const Row &priv = rows.at(1);
        QCOMPARE(priv["ip"], QByteArray("10.0.0.1"));
        QCOMPARE(priv["region_code"], QByteArray("\\N"));
        QCOMPARE(priv["latitude"], QByteArray("\\N"));
        QCOMPARE(priv["geo_source"], QByteArray("\\N"));
        QCOMPARE(priv["est_rtt_ms"], QByteArray("\\N"));
        QCOMPARE(priv["est_rtt_source"], QByteArray("\\N"));
        QCOMPARE(priv["accuracy_km"], QByteArray("\\N"));
        QCOMPARE(priv["geo_status"], QByteArray("private_or_reserved"));

        const Row &invalid = rows.at(2);
        QCOMPARE(invalid["ip"], QByteArray("\\N"));
        QCOMPARE(invalid["ip_src"], QByteArray("nope"));
        QCOMPARE(invalid["geo_status"], QByteArray("invalid_ip"));

        const Row &country = rows.at(3);
        QCOMPARE(country["country_code"], QByteArray("DE"));
        QCOMPARE(country["region_code"], QByteArray("\\N"));
        QCOMPARE(country["geo_source"], QByteArray("fake"));
        QCOMPARE(country["geo_status"], QByteArray("country_only"));

        const Row &notFound = rows.at(4);
        QCOMPARE(notFound["geo_status"], QByteArray("not_found"));
        QCOMPARE(notFound["geo_source"], QByteArray("\\N"));

        QCOMPARE(counts.rows(), 5);
        const QMap<QString, qint64> statuses = counts.statusCounts();
        QCOMPARE(statuses.value(QStringLiteral("located")), 1);
        QCOMPARE(statuses.value(QStringLiteral("private_or_reserved")), 1);
        QCOMPARE(statuses.value(QStringLiteral("invalid_ip")), 1);
        QCOMPARE(statuses.value(QStringLiteral("country_only")), 1);
        QCOMPARE(statuses.value(QStringLiteral("not_found")), 1);
        const QList<RegionCount> regions
            = counts.regionCounts({QStringLiteral("us-east-1"), QStringLiteral("eu-west-2")},
                                  {QStringLiteral("Virginia"), QStringLiteral("London")});
        QCOMPARE(regions.size(), 1);
        QCOMPARE(regions.at(0).code, QStringLiteral("eu-west-2"));
        QCOMPARE(regions.at(0).rows, 1);
    }

    // Each written row is counted as a point: the point's columns hold the row's values, as the
    // row holds them, and its count the number of rows that hold them.
    void eachRowIsCountedAsAPoint()
    {
        RunCounts counts(2);
        PointCounts points;
        m_points = &points;
        const QList<Row> rows
            = encode("id,ip\n1,81.2.69.142\n2,81.2.69.142\n3,10.0.0.1\n4,5.9.0.1\n5,2.2.2.2\n"
                     "6,10.0.0.2\n7,3.3.3.3\n",
                     counts);
        m_points = nullptr;
        QCOMPARE(points.rows(), qint64(rows.size()));
        QVERIFY(!points.overflowed());
        // London (twice), the private addresses (one point without a place), Germany (country
        // only), the two places in the Atlantic.
        QCOMPARE(points.size(), size_t(5));
        CopyBuffer text;
        QVERIFY(points.encode(42, {"us-east-1", "eu-west-2"}, "fake", text));
        const QStringList columns = PointTable::pointColumns();
        qint64 total = 0;
        for (const QByteArray &line : QByteArray(text.data(), qsizetype(text.size())).split('\n')) {
            if (line.isEmpty())
                continue;
            const QList<QByteArray> fields = line.split('\t');
            QCOMPARE(fields.size(), columns.size() + 2);
            QCOMPARE(fields.first(), QByteArray("42"));
            qint64 matching = 0;
            for (const Row &row : rows) {
                bool same = true;
                for (int c = 0; c < columns.size() && same; ++c)
                    same = row.value(columns.at(c).toUtf8()) == fields.at(c + 1);
                matching += same ? 1 : 0;
            }
            QCOMPARE(matching, fields.last().toLongLong());
            total += matching;
        }
        QCOMPARE(total, qint64(rows.size()));
    }

    // The region assigner starts its places afresh now and then: a place counted before comes
    // again under a new index, and its rows still make one point.
    void aNewGenerationOfPlacesMergesRepeats()
    {
        PointCounts points;
        PointCounts::Row london;
        london.status = GeoStatus::Located;
        london.hasSource = london.hasPoint = true;
        london.latitude = 51.5142;
        london.longitude = -0.0931;
        london.countryCode = "GB";
        london.city = "London";
        london.region = 1;
        london.km = 12.5;
        london.uncertaintyKm = 20.04; // written as 20.0, as 20.01 is
        PointCounts::Row paris = london;
        paris.latitude = 48.8566;
        paris.longitude = 2.3522;
        paris.countryCode = "FR";
        paris.city = "Paris";
        points.add(london, 0, 0);
        points.add(paris, 1, 0);
        london.uncertaintyKm = 20.01;
        points.add(london, 0, 0);
        points.add(paris, 0, 1); // a new generation: Paris first
        points.add(london, 1, 1);
        QCOMPARE(points.rows(), qint64(5));
        QCOMPARE(points.size(), size_t(4)); // counted apart for now
        // Sent in pieces of one row each (the last one stays in the buffer).
        CopyBuffer text;
        QByteArray sent;
        int pieces = 0;
        QVERIFY(points.encode(
            7, {"us-east-1", "eu-west-2"}, "fake", text,
            [&](CopyBuffer &piece) {
                sent.append(piece.data(), qsizetype(piece.size()));
                piece.clear();
                ++pieces;
                return Status();
            },
            1));
        QCOMPARE(pieces, 2);
        QVERIFY(text.size() == 0);
        QList<QByteArray> lines = sent.split('\n');
        lines.removeAll(QByteArray());
        QCOMPARE(lines.size(), 2);
        QStringList counted;
        for (const QByteArray &line : lines) {
            const QList<QByteArray> fields = line.split('\t');
            counted << QString::fromUtf8(fields.at(6) + ' ' + fields.last());
        }
        counted.sort();
        QCOMPARE(counted, (QStringList {QStringLiteral("London 3"), QStringLiteral("Paris 2")}));
    }

    // Past its limit it stops counting and says so; the run then makes its points from its rows.
    void pastItsLimitItStopsCounting()
    {
        RunCounts counts(2);
        PointCounts points(2);
        m_points = &points;
        encode("id,ip\n1,81.2.69.142\n2,2.2.2.2\n3,3.3.3.3\n4,81.2.69.142\n", counts);
        m_points = nullptr;
        QVERIFY(points.overflowed());
        QCOMPARE(points.size(), size_t(0));
        QCOMPARE(counts.rows(), 4); // the run's own counts go on
    }

    void theRowOriginFollowsTheColumns()
    {
        RunCounts counts(2);
        const QList<Row> rows = encode("id,ip\n1,81.2.69.142\n2,10.0.0.1\n", counts, true);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0)["__seq"], QByteArray("1"));
        QCOMPARE(rows.at(1)["__seq"], QByteArray("2"));
        QCOMPARE(rows.at(1)["__file"], QByteArray("people.csv"));
        QCOMPARE(rows.at(1)["__line"], QByteArray("3"));
    }

    void theEnrichmentColumnsHaveOneFieldEach()
    {
        // The encoder walks this list: every field once, the point fields together.
        QSet<int> fields;
        for (const TargetSchema::EnrichmentColumn &c : TargetSchema::enrichmentColumns())
            fields.insert(int(c.field));
        QCOMPARE(fields.size(), TargetSchema::enrichmentColumns().size());
    }

    void anAssignmentIsFirmWhenItsMarginExceedsTheUncertainty()
    {
        RunCounts counts(2);
        const QList<Row> rows
            = encode("id,ip\n1,81.2.69.142\n2,2.2.2.2\n3,3.3.3.3\n4,4.4.4.4\n5,10.0.0.1\n", counts);
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows.at(0)["uncertainty_km"], QByteArray("25.0")); // the accuracy radius
        QCOMPARE(rows.at(1)["uncertainty_km"], QByteArray("5000.0"));
        QCOMPARE(rows.at(2)["uncertainty_km"], QByteArray("200.0")); // a city, no radius
        QCOMPARE(rows.at(3)["uncertainty_km"], QByteArray("1000.0")); // no city, no radius
        QCOMPARE(rows.at(0)["assignment"], QByteArray("firm"));
        QCOMPARE(rows.at(1)["assignment"], QByteArray("uncertain"));
        QCOMPARE(rows.at(3)["assignment"], QByteArray("firm"));
        for (int i = 0; i < 4; ++i) {
            const Row &r = rows.at(i);
            const double margin = r["second_distance_km"].toDouble() - r["distance_km"].toDouble();
            const bool firm = margin > r["uncertainty_km"].toDouble();
            QCOMPARE(r["assignment"], firm ? QByteArray("firm") : QByteArray("uncertain"));
        }
        // A row that is not located has neither.
        QCOMPARE(rows.at(4)["uncertainty_km"], QByteArray("\\N"));
        QCOMPARE(rows.at(4)["assignment"], QByteArray("\\N"));

        qint64 uncertain = 0;
        qint64 assigned = 0;
        for (const RegionCount &r :
             counts.regionCounts({QStringLiteral("us-east-1"), QStringLiteral("eu-west-2")}, {})) {
            uncertain += r.uncertain;
            assigned += r.rows;
        }
        QCOMPARE(assigned, 4);
        qint64 expected = 0;
        for (int i = 0; i < 4; ++i)
            expected += rows.at(i)["assignment"] == "uncertain" ? 1 : 0;
        QCOMPARE(uncertain, expected);
    }

    void aSecondOpinionIsStoredWithItsAgreement()
    {
        FakeLocator second;
        second.place("81.2.69.142", 51.6, -0.2, "GB", "London"); // London again
        second.place("2.2.2.2", 38.9, -77.0, "US", "Washington"); // Virginia, not mid-Atlantic
        // 3.3.3.3: the second source does not know it.
        RunCounts counts(2);
        const QList<Row> rows = encode("id,ip\n1,81.2.69.142\n2,2.2.2.2\n3,3.3.3.3\n4,10.0.0.1\n",
                                       counts, false, {}, &second);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0)["agreement"], QByteArray("same_region"));
        QCOMPARE(rows.at(0)["alt_region_code"], QByteArray("eu-west-2"));
        QCOMPARE(rows.at(0)["alt_latitude"], QByteArray("51.6"));
        // The two locations are some 12 km apart (GeographicLib computes it here too).
        const double apart = rows.at(0)["alt_location_km"].toDouble();
        QVERIFY2(apart > 8 && apart < 16, rows.at(0)["alt_location_km"].constData());
        QCOMPARE(rows.at(1)["region_code"], QByteArray("eu-west-2")); // mid-Atlantic: London
        QCOMPARE(rows.at(1)["agreement"], QByteArray("different_region"));
        QCOMPARE(rows.at(1)["alt_region_code"], QByteArray("us-east-1"));
        QVERIFY(rows.at(1)["alt_distance_km"].toDouble() < 200); // Washington to the site
        QCOMPARE(rows.at(2)["agreement"], QByteArray("not_located"));
        QCOMPARE(rows.at(2)["alt_region_code"], QByteArray("\\N"));
        QCOMPARE(rows.at(3)["agreement"], QByteArray("\\N")); // no region: nothing to agree on
        qint64 same = 0, different = 0, notLocated = 0;
        for (const RegionCount &r :
             counts.regionCounts({QStringLiteral("us-east-1"), QStringLiteral("eu-west-2")}, {})) {
            same += r.crossSame;
            different += r.crossDifferent;
            notLocated += r.crossNotLocated;
        }
        QCOMPARE(same, 1);
        QCOMPARE(different, 1);
        QCOMPARE(notLocated, 1);

        // Without a cross-check the columns stay empty.
        RunCounts plain(2);
        const QList<Row> without = encode("id,ip\n1,81.2.69.142\n", plain);
        QCOMPARE(without.at(0)["agreement"], QByteArray("\\N"));
        QCOMPARE(without.at(0)["alt_latitude"], QByteArray("\\N"));
    }

    void anAssignmentWithoutASecondRegionIsFirm()
    {
        QVERIFY(LocationUncertainty::isFirm(10, std::nullopt, 1e6));
        QVERIFY(!LocationUncertainty::isFirm(10, 60, 50)); // a margin of 50 is not more than 50
        QVERIFY(LocationUncertainty::isFirm(10, 60.001, 50));
    }

    void aMeasuredRoundTripReplacesTheModel()
    {
        Result<MeasuredLatencies> measured = MeasuredLatencies::parse(
            "region_code,country_code,city,rtt_ms\neu-west-2,GB,,11.04\neu-west-2,GB,london,6.2\n"
            "eu-west-2,FR,,20\n");
        QVERIFY2(measured, qPrintable(measured ? QString() : measured.error().message));
        RunCounts counts(2);
        const QList<Row> rows
            = encode("id,ip\n1,81.2.69.142\n2,10.0.0.1\n", counts, false, measured.value());
        // The city's value wins over the country's; cities match regardless of case.
        QCOMPARE(rows.at(0)["est_rtt_ms"], QByteArray("6.2"));
        QCOMPARE(rows.at(0)["est_rtt_source"], QByteArray("measured"));
        const RttStats all = counts.rttStats();
        QCOMPARE(all.rows, 1);
        QCOMPARE(all.measured, 1);
        QCOMPARE(*all.meanMs, 6.2);
        QCOMPARE(all.within20, 1);
    }

    void rttStatsMatchPercentileCont()
    {
        // percentile_cont(0.95) of 1..20 ms (in 0.1 ms steps: 10, 20, ... 200 tenths) is
        // 19 + 0.05 × 1 = 19.05 ms; the mean is 10.5 ms.
        RunCounts counts(2);
        for (int ms = 1; ms <= 20; ++ms)
            counts.add(GeoStatus::Located, {ms % 2, 100.0 * ms, qint64(ms) * 10});
        const RttStats s = counts.rttStats();
        QCOMPARE(s.rows, 20);
        QCOMPARE(*s.meanMs, 10.5);
        QVERIFY(qAbs(*s.p95Ms - 19.05) < 1e-9);
        QCOMPARE(s.within20, 20);
        // One region: the even values, 2..20 ms: p95 at position 8.55 → 18 + 0.55 × 2 = 19.1.
        const QList<RegionCount> regions = counts.regionCounts(
            {QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("A"), QStringLiteral("B")});
        const RegionCount &even
            = regions.at(0).code == QLatin1String("a") ? regions.at(0) : regions.at(1);
        QVERIFY(qAbs(*even.rtt.p95Ms - 19.1) < 1e-9);
        QCOMPARE(*even.meanKm, 1100.0);
        // A single row: its own value.
        RunCounts one(1);
        one.add(GeoStatus::Located, {0, 10, 123});
        QCOMPARE(*one.rttStats().p95Ms, 12.3);
        // No located row: no numbers, not zeros.
        QVERIFY(!RunCounts(1).rttStats().meanMs);
    }

    void countsTakeAwayRemovedRows()
    {
        RunCounts counts(2);
        counts.add(GeoStatus::Located, {1, 10, 100, false, false, Agreement::SameRegion});
        counts.add(GeoStatus::Located, {1, 20, 300, false, true, Agreement::DifferentRegion});
        counts.add(GeoStatus::NotFound);
        counts.remove(GeoStatus::Located, 1, {1, 20, 300, false, true, Agreement::DifferentRegion});
        QCOMPARE(*counts.rttStats().meanMs, 10.0);
        QCOMPARE(counts.rows(), 2);
        QCOMPARE(counts.statusCounts().value(QStringLiteral("located")), 1);
        QCOMPARE(counts
                     .regionCounts({QStringLiteral("a"), QStringLiteral("b")},
                                   {QStringLiteral("A"), QStringLiteral("B")})
                     .at(0)
                     .rows,
                 1);
        const RegionCount left
            = counts.regionCounts({QStringLiteral("a"), QStringLiteral("b")}, {}).at(0);
        QCOMPARE(left.uncertain, 0);
        QCOMPARE(left.crossSame, 1);
        QCOMPARE(left.crossDifferent, 0);
    }
};

QTEST_GUILESS_MAIN(TestRowEncoder)
#include "tst_rowencoder.moc"
