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

    // Thousands of places, each met several times in a shuffled order: the table grows past
    // its first size many times over, and every row still finds its own place's point.
    void manyPlacesKeepTheirPoints()
    {
        const NearestRegionFinder finder(regions());
        RegionAssigner a(finder);
        std::vector<std::pair<GeoStatus, std::pair<double, double>>> rows;
        constexpr int places = 20000;
        for (int round = 0; round < 3; ++round) {
            for (int i = 0; i < places; ++i) {
                const int p = (i * 7919 + round * 104729) % places; // each place once per round
                rows.push_back({GeoStatus::Located, {-60.0 + p * 0.006, -170.0 + p * 0.017}});
            }
        }
        RowBatch b = batchOf(rows);
        a.process(b);
        QCOMPARE(a.pointCount(), places);
        for (size_t r = 0; r < rows.size(); ++r) {
            const AssignedPoint &p = a.point(b.rows[r].point);
            QCOMPARE(p.latitude, rows[r].second.first);
            QCOMPARE(p.longitude, rows[r].second.second);
        }
        // Spot checks of the nearest regions against every region's geodesic.
        for (int r = 0; r < int(rows.size()); r += 997) {
            const auto &[lat, lon] = rows[size_t(r)].second;
            QCOMPARE(a.point(b.rows[size_t(r)].point).nearest,
                     NearestRegionFinder::bruteForce(regions(), lat, lon));
        }
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
