// The assigner stage: each located row gets its point, each distinct coordinate one point with
// the exact nearest regions, and the bounded point table starts afresh between batches.
#include "etl/regionassigner.h"
#include "etl/rowbatch.h"
#include "testregions.h"

#include <QTest>

using namespace regionmap;

namespace {

QVector<Region> regions()
{
    return test::testRegions();
}

// A batch of rows with the given statuses; located rows at the given coordinates.
RowBatch batchOf(const std::vector<std::pair<GeoStatus, std::pair<double, double>>> &rows)
{
    RowBatch b;
    for (const auto &[status, at] : rows) {
        RowState s;
        s.status = status;
        if (status == GeoStatus::Located || status == GeoStatus::NotFound) {
            s.lookup = int(b.locations.size());
            Location l;
            l.status = status;
            l.latitude = at.first;
            l.longitude = at.second;
            b.locations.push_back(l);
        }
        b.rows.push_back(s);
    }
    return b;
}

} // namespace

class TestRegionAssigner : public QObject
{
    Q_OBJECT

private slots:
    void locatedRowsGetExactNearestRegions()
    {
        const NearestRegionFinder finder(regions());
        RegionAssigner a(finder);
        RowBatch b = batchOf({{GeoStatus::Located, {48.1, 11.5}},
                              {GeoStatus::PrivateOrReserved, {}},
                              {GeoStatus::Located, {40.7, -74.0}},
                              {GeoStatus::NotFound, {1, 1}},
                              {GeoStatus::Located, {48.1, 11.5}}});
        b.rows[1].rejected = false;
        a.process(b);
        QCOMPARE(b.rows[1].point, -1);
        QCOMPARE(b.rows[3].point, -1); // not located: no point, however the answer looks
        QVERIFY(b.rows[0].point >= 0);
        QCOMPARE(b.rows[4].point, b.rows[0].point); // one point per coordinate
        QCOMPARE(a.pointCount(), 2);
        const AssignedPoint &munich = a.point(b.rows[0].point);
        QCOMPARE(munich.nearest, NearestRegionFinder::bruteForce(regions(), 48.1, 11.5));
        QCOMPARE(munich.nearest.first, 1);
        QCOMPARE(a.point(b.rows[2].point).nearest.first, 0);
    }

    void rejectedRowsAreSkipped()
    {
        const NearestRegionFinder finder(regions());
        RegionAssigner a(finder);
        RowBatch b = batchOf({{GeoStatus::Located, {48.1, 11.5}}});
        b.rows[0].rejected = true;
        a.process(b);
        QCOMPARE(b.rows[0].point, -1);
        QCOMPARE(a.pointCount(), 0);
    }

    void theTableStartsAfreshAtItsLimit()
    {
        const NearestRegionFinder finder(regions());
        RegionAssigner a(finder, 2);
        RowBatch first = batchOf({{GeoStatus::Located, {1, 1}},
                                  {GeoStatus::Located, {2, 2}},
                                  {GeoStatus::Located, {3, 3}}});
        a.process(first); // a batch is never cut: the table may pass its limit within one
        QCOMPARE(a.pointCount(), 3);
        QCOMPARE(a.generation(), 0);
        RowBatch second = batchOf({{GeoStatus::Located, {3, 3}}});
        a.process(second);
        QCOMPARE(a.generation(), 1);
        QCOMPARE(a.pointCount(), 1);
        QCOMPARE(second.rows[0].point, 0);
        QCOMPARE(a.point(0).latitude, 3.0);
    }
};

QTEST_GUILESS_MAIN(TestRegionAssigner)
#include "tst_regionassigner.moc"
