#include "mapland.h"

#include "results/worldoutline.h"

#include <QPainter>
#include <QTransform>

namespace regionmap {

namespace {
constexpr double kFineOutlineScale = 7.0; // pixels per degree from which 1:50m is drawn
} // namespace

QColor MapLand::blend(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

void MapLand::drawHaloText(QPainter &p, const QPointF &baseline, const QString &text,
                           const QFont &font, const QColor &fg, const QColor &halo)
{
    p.setFont(font);
    p.setPen(halo);
    for (const QPointF &d : {QPointF(-1, -1), QPointF(0, -1), QPointF(1, -1), QPointF(-1, 0),
                             QPointF(1, 0), QPointF(-1, 1), QPointF(0, 1), QPointF(1, 1)}) {
        p.drawText(baseline + d, text);
    }
    p.setPen(fg);
    p.drawText(baseline, text);
}

void MapLand::paint(QPainter &p, const MapFrame &frame)
{
    const QPalette &pal = frame.palette;
    const MapProjection &proj = frame.projection;
    const QSizeF size = proj.size();
    const QColor sea = blend(pal.color(QPalette::Base), pal.color(QPalette::Highlight), 0.10);
    const QColor land = blend(pal.color(QPalette::Window), pal.color(QPalette::WindowText), 0.13);
    const QColor border = blend(land, pal.color(QPalette::WindowText), 0.30);
    p.fillRect(QRectF(QPointF(0, 0), size), pal.color(QPalette::Window));

    const double s = proj.scale();
    const QPointF origin = proj.toScreen(0, 0);
    QTransform t;
    t.translate(origin.x(), origin.y());
    t.scale(s, s);
    p.fillRect(t.mapRect(QRectF(-180, -90, 360, 180)), sea);

    p.setRenderHint(QPainter::Antialiasing);
    QPen grid(blend(sea, pal.color(QPalette::WindowText), 0.12), 1.0);
    grid.setCosmetic(true);
    p.setPen(grid);
    for (int lon = -150; lon <= 150; lon += 30)
        p.drawLine(proj.toScreen(lon, -90), proj.toScreen(lon, 90));
    for (int lat = -60; lat <= 60; lat += 30)
        p.drawLine(proj.toScreen(-180, lat), proj.toScreen(180, lat));

    const WorldOutline &outline = WorldOutline::builtin();
    const auto detail
        = s >= kFineOutlineScale ? WorldOutline::Detail::Fine : WorldOutline::Detail::Coarse;
    // Only the shapes in view: zoomed in, most of the world is skipped.
    const QRectF visible = t.inverted().mapRect(QRectF(QPointF(0, 0), size)).adjusted(-1, -1, 1, 1);
    p.save();
    p.setTransform(t, true);
    p.setClipRect(QRectF(-180, -90, 360, 180).intersected(visible));
    p.setPen(Qt::NoPen);
    p.setBrush(land);
    for (const WorldOutline::Part &part : outline.land(detail)) {
        if (part.bounds.intersects(visible))
            p.drawPath(part.path);
    }
    QPen borderPen(border, 0.8);
    borderPen.setCosmetic(true);
    p.setPen(borderPen);
    p.setBrush(Qt::NoBrush);
    for (const WorldOutline::Part &part : outline.borders(detail)) {
        if (part.bounds.intersects(visible))
            p.drawPath(part.path);
    }
    p.restore();
}

} // namespace regionmap
