// The world map's parts on their own: MapProjection (a value: degrees <-> pixels, zoom around a
// point, pan, clamping), and the layers' hit-testing, which must answer from the data and the
// projection alone, before the widget was ever painted or shown.

#include "map/mapcelllayer.h"
#include "map/mapprojection.h"
#include "map/mapsitelayer.h"
#include "map/worldmapwidget.h"

#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

using namespace regionmap;

namespace {

bool near(const QPointF &a, const QPointF &b, double eps = 1e-9)
{
    return std::abs(a.x() - b.x()) <= eps && std::abs(a.y() - b.y()) <= eps;
}

MapCells twoCells()
{
    MapCells cells;
    cells.cellDegrees = 5;
    MapCell big;
    big.latitude = 50;
    big.longitude = 10;
    big.rows = 100;
    big.regions = {{QStringLiteral("eu-central-1"), 90}, {QStringLiteral("eu-west-1"), 10}};
    MapCell small;
    small.latitude = 51;
    small.longitude = 11; // on top of the big one
    small.rows = 4;
    small.regions = {{QStringLiteral("eu-west-1"), 4}};
    cells.cells = {small, big}; // setCells sorts: most rows first
    cells.totalRows = 104;
    cells.maxRows = 100;
    return cells;
}

} // namespace

class TestWorldMap : public QObject
{
    Q_OBJECT

private slots:
    void projectionRoundTrips()
    {
        const MapProjection p(QSizeF(720, 360), QPointF(0, 0), 1.0);
        QCOMPARE(p.scale(), 2.0);
        QVERIFY(near(p.toScreen(0, 0), QPointF(360, 180)));
        QVERIFY(near(p.toScreen(-180, 90), QPointF(0, 0)));
        QVERIFY(near(p.toScreen(180, -90), QPointF(720, 360)));
        for (const QPointF &geo : {QPointF(13.4, 52.5), QPointF(-122.3, 47.6), QPointF(151, -34)})
            QVERIFY(near(p.toGeo(p.toScreen(geo.x(), geo.y())), geo, 1e-9));
        const QRectF world = p.visibleGeo();
        QVERIFY(near(world.topLeft(), QPointF(-180, -90)));
        QVERIFY(near(world.bottomRight(), QPointF(180, 90)));
    }

    void zoomKeepsThePointUnderTheMouse()
    {
        const MapProjection p(QSizeF(800, 400), QPointF(0, 0), 1.0);
        const QPointF mouse(600, 120);
        const QPointF before = p.toGeo(mouse);
        const MapProjection z = p.zoomedAround(mouse, 4.0);
        QCOMPARE(z.zoom(), 4.0);
        QVERIFY(near(z.toGeo(mouse), before, 1e-9));
        // Out again: clamped to the whole world, centred.
        const MapProjection out = z.zoomedAround(mouse, 0.01);
        QCOMPARE(out.zoom(), 1.0);
        QVERIFY(near(out.center(), QPointF(0, 0)));
        QCOMPARE(p.zoomedAround(mouse, 1e6).zoom(), MapProjection::kMaxZoom);
    }

    void panAndClamp()
    {
        const MapProjection p(QSizeF(800, 400), QPointF(10, 50), 8.0);
        // A drag to the right by 100 px shows what was to the west.
        const MapProjection moved = p.panned(QPointF(100, 0));
        QVERIFY(near(moved.center(), QPointF(10 - 100 / p.scale(), 50)));
        QVERIFY(near(moved.toScreen(10, 50), p.toScreen(10, 50) + QPointF(100, 0), 1e-9));
        // Never beyond the edge of the world.
        const MapProjection edge = p.moved(QPointF(500, 500), 8.0);
        const QRectF seen = edge.visibleGeo();
        QVERIFY(seen.right() <= 180 + 1e-9);
        QVERIFY(seen.bottom() <= 90 + 1e-9);
        // The same view at another size (an export) keeps the centre and zoom.
        const MapProjection big = p.resized(QSizeF(1600, 800));
        QCOMPARE(big.center(), p.center());
        QCOMPARE(big.scale(), 2 * p.scale());
    }

    void cellLevelsFollowTheZoom()
    {
        const MapProjection world(QSizeF(900, 480), QPointF(0, 0), 1.0);
        QCOMPARE(MapCellLayer::wantedCellDegrees(world), 5.0); // 2.5 px per degree
        const MapProjection city = world.moved(QPointF(10, 50), 64);
        QCOMPARE(MapCellLayer::wantedCellDegrees(city), 0.05);
        double last = 10;
        for (double zoom = 1; zoom <= 96; zoom *= 2) {
            const double level = MapCellLayer::wantedCellDegrees(world.moved({0, 0}, zoom));
            QVERIFY(level <= last);
            last = level;
        }
    }

    // The layers answer before any paint: the widget was never shown.
    void hitTestingNeedsNoPaint()
    {
        WorldMapWidget map;
        map.resize(900, 480);
        MapCellLayer cells;
        MapSiteLayer sites;
        map.addLayer(&cells);
        map.addLayer(&sites);
        cells.setCells(twoCells());
        RegionStat site;
        site.code = QStringLiteral("eu-west-1");
        site.name = QStringLiteral("Europe (Ireland)");
        site.latitude = 53.35;
        site.longitude = -6.26;
        site.inCatalog = true;
        site.rows = 14;
        sites.setSites({site}, RegionPalette());
        QVERIFY(!map.isVisible());
        map.setView(QPointF(10, 50), 16);

        const MapFrame frame = map.frame();
        // The small cell is drawn over the big one: it answers at its own centre.
        QCOMPARE(cells.cells().cells.at(0).rows, qint64(100)); // sorted: most rows first
        QCOMPARE(cells.cellAt(frame, map.toScreen(11, 51)), 1);
        QCOMPARE(cells.cells().cells.at(cells.cellAt(frame, map.toScreen(9.5, 49.5))).rows,
                 qint64(100));
        QCOMPARE(cells.cellAt(frame, map.toScreen(0, 40)), -1);
        // The topmost layer answers: the site over the cells.
        QCOMPARE(map.regionAt(map.toScreen(-6.26, 53.35)), QStringLiteral("eu-west-1"));
        QVERIFY(map.toolTipAt(map.toScreen(-6.26, 53.35)).contains(QLatin1String("Ireland")));
        QCOMPARE(map.regionAt(map.toScreen(9.5, 49.5)), QStringLiteral("eu-central-1"));
        QVERIFY(map.toolTipAt(map.toScreen(9.5, 49.5)).contains(QLatin1String("Rows: 100")));
        QVERIFY(map.regionAt(map.toScreen(-40, 30)).isEmpty());
    }

    // An export renders the same view at another size; a layer that changes asks for a paint.
    void exportAndChange()
    {
        WorldMapWidget map;
        map.resize(450, 240);
        MapCellLayer cells;
        map.addLayer(&cells);
        cells.setCells(twoCells());
        // Zoomed in off the centre: an export at another size must keep this view.
        map.setView(QPointF(20, 45), 4);
        QImage image(900, 480, QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        {
            QPainter p(&image);
            map.paintMap(p, image.size(), false);
        }
        // The big cell (eu-central-1's colour) at 10E 50N, in the export's own projection (to the
        // left of its centre: the small cell is drawn over the centre).
        const MapProjection exported = map.projection().resized(image.size());
        const QColor at = image.pixelColor((exported.toScreen(10, 50) + QPointF(-7, 3)).toPoint());
        const QColor want = RegionPalette().color(QStringLiteral("eu-central-1"));
        QVERIFY2(std::abs(at.hue() - want.hue()) <= 12,
                 qPrintable(QStringLiteral("%1 vs %2").arg(at.name(), want.name())));
        QSignalSpy changed(&cells, &MapLayer::changed);
        cells.setMarkUncertain(true);
        QCOMPARE(changed.count(), 1);
    }
};

QTEST_MAIN(TestWorldMap)
#include "tst_worldmap.moc"
