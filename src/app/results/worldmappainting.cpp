// Drawing the world map: sea and land, the density cells, the region sites, the legend and the
// overlay texts. The view, the data and the input are in worldmapwidget.cpp.

#include "worldmapwidget.h"

#include "resultstext.h"
#include "worldoutline.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace regionmap {

namespace {

constexpr double kFineOutlineScale = 7.0; // pixels per degree from which 1:50m is drawn

QColor blend(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

// Text with a halo in the background colour, readable on land, sea and circles.
void drawHaloText(QPainter &p, const QPointF &baseline, const QString &text, const QFont &font,
                  const QColor &fg, const QColor &halo)
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

} // namespace

void WorldMapWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    m_painted.clear();
    paintMap(p, size(), true);
}

void WorldMapWidget::paintMap(QPainter &p, const QSize &size, bool useCache) const
{
    if (useCache) {
        const qreal dpr = devicePixelRatioF();
        const QString key = QStringLiteral("%1x%2@%3:%4:%5")
                                .arg(size.width())
                                .arg(size.height())
                                .arg(dpr)
                                .arg(m_zoom)
                                .arg(palette().cacheKey());
        const QPointF origin = toScreen(0, 0, size);
        if (key == m_backgroundKey && origin == m_backgroundOrigin) {
            p.drawPixmap(0, 0, m_background);
        } else if (key == m_backgroundKey && m_dragging) {
            // Panning: move the land drawn before and redraw it once the map rests.
            p.fillRect(QRect(QPoint(0, 0), size), palette().color(QPalette::Window));
            p.drawPixmap((origin - m_backgroundOrigin).toPoint(), m_background);
            m_redrawTimer.start();
        } else {
            m_background = QPixmap(size * dpr);
            m_background.setDevicePixelRatio(dpr);
            QPainter bp(&m_background);
            paintBackground(bp, size);
            m_backgroundKey = key;
            m_backgroundOrigin = origin;
            p.drawPixmap(0, 0, m_background);
        }
    } else {
        paintBackground(p, size);
    }
    p.setRenderHint(QPainter::Antialiasing);
    paintCells(p, size, useCache ? &m_painted : nullptr);
    paintPairs(p, size);
    paintSites(p, size);
    paintLegend(p, size);
    paintOverlayText(p, size);
}

void WorldMapWidget::paintBackground(QPainter &p, const QSize &size) const
{
    const QPalette &pal = palette();
    const QColor sea = blend(pal.color(QPalette::Base), pal.color(QPalette::Highlight), 0.10);
    const QColor land = blend(pal.color(QPalette::Window), pal.color(QPalette::WindowText), 0.13);
    const QColor border = blend(land, pal.color(QPalette::WindowText), 0.30);
    p.fillRect(QRect(QPoint(0, 0), size), pal.color(QPalette::Window));

    const double s = scaleFor(size);
    const QPointF origin = toScreen(0, 0, size);
    QTransform t;
    t.translate(origin.x(), origin.y());
    t.scale(s, s);
    const QRectF world = t.mapRect(QRectF(-180, -90, 360, 180));
    p.fillRect(world, sea);

    p.setRenderHint(QPainter::Antialiasing);
    // Graticule every 30 degrees.
    QPen grid(blend(sea, pal.color(QPalette::WindowText), 0.12), 1.0);
    grid.setCosmetic(true);
    p.setPen(grid);
    for (int lon = -150; lon <= 150; lon += 30)
        p.drawLine(toScreen(lon, -90, size), toScreen(lon, 90, size));
    for (int lat = -60; lat <= 60; lat += 30)
        p.drawLine(toScreen(-180, lat, size), toScreen(180, lat, size));

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

void WorldMapWidget::paintCells(QPainter &p, const QSize &size, QList<PaintedCell> *painted) const
{
    const double s = scaleFor(size);
    const QRectF view(QPointF(0, 0), size);
    for (int i = 0; i < m_cells.cells.size(); ++i) {
        const MapCell &c = m_cells.cells.at(i);
        const QPointF pos = toScreen(c.longitude, c.latitude, size);
        const double r = cellRadius(c.rows, s);
        if (!view.adjusted(-r, -r, r, r).contains(pos))
            continue;
        QColor fill = m_palette.color(c.dominantRegion());
        const QColor edge = fill.darker(170);
        fill.setAlphaF(0.78f);
        const bool hovered = painted && i == m_hoverCell;
        QPen pen(hovered ? palette().color(QPalette::WindowText) : edge, hovered ? 2.0 : 1.0);
        p.setPen(pen);
        p.setBrush(fill);
        p.drawEllipse(pos, r, r);
        if (m_markUncertain && c.uncertainRows > 0) {
            // The uncertain share as a hatched slice, clockwise from twelve o'clock.
            // Shaded and hatched, so that it shows on the smallest circles too.
            const int span = -int(std::lround(5760.0 * double(c.uncertainRows) / double(c.rows)));
            QColor shade = edge;
            shade.setAlphaF(0.45f);
            p.setPen(Qt::NoPen);
            for (const QBrush &brush : {QBrush(shade), QBrush(edge, Qt::BDiagPattern)}) {
                p.setBrush(brush);
                if (span <= -5760)
                    p.drawEllipse(pos, r, r);
                else
                    p.drawPie(QRectF(pos.x() - r, pos.y() - r, 2 * r, 2 * r), 90 * 16, span);
            }
        }
        if (painted)
            painted->append({pos, r, i});
    }
}

void WorldMapWidget::paintPair(QPainter &p, const QSize &size, const DisagreementPair &pair,
                               bool highlighted) const
{
    const QPointF a = toScreen(pair.longitude, pair.latitude, size);
    const QPointF b = toScreen(pair.altLongitude, pair.altLatitude, size);
    const QColor text = palette().color(QPalette::WindowText);
    QColor line = highlighted ? palette().color(QPalette::Highlight) : text;
    line.setAlphaF(highlighted ? 1.0f : 0.25f);
    if (highlighted) { // a halo, so that the chosen pair stands out from the others
        p.setPen(QPen(palette().color(QPalette::Base), 6.0, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(a, b);
    }
    p.setPen(QPen(line, highlighted ? 3.0 : 1.0, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(a, b);
    const double r = highlighted ? 6.0 : 3.5;
    p.setPen(QPen(text, 1.0));
    p.setBrush(m_palette.color(pair.region));
    p.drawEllipse(a, r, r);
    p.setPen(QPen(m_palette.color(pair.altRegion), highlighted ? 3.0 : 2.0));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(b, r, r);
    if (!highlighted)
        return;
    // Each place to its region's site.
    const std::pair<QPointF, QString> ends[] = {{a, pair.region}, {b, pair.altRegion}};
    for (const auto &[from, code] : ends) {
        for (const RegionStat &site : m_sites) {
            if (site.code != code)
                continue;
            p.setPen(QPen(m_palette.color(code).darker(130), 1.6, Qt::DashLine));
            p.drawLine(from, toScreen(site.longitude, site.latitude, size));
        }
    }
}

void WorldMapWidget::paintPairs(QPainter &p, const QSize &size) const
{
    // Fewest rows first, so that the busiest pairs end up on top; the highlighted one last.
    for (int i = int(m_pairs.size()) - 1; i >= 0; --i) {
        if (i != m_highlightedPair)
            paintPair(p, size, m_pairs.at(i), false);
    }
    if (m_highlightedPair >= 0)
        paintPair(p, size, m_pairs.at(m_highlightedPair), true);
}

void WorldMapWidget::paintSites(QPainter &p, const QSize &size) const
{
    const QPalette &pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    const QColor halo = pal.color(QPalette::Window);
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    font.setBold(true);
    const QFontMetricsF fm(font);
    QList<QRectF> placed;
    const QRectF view(QPointF(0, 0), size);
    // Markers first, then labels where they fit (the busiest regions first).
    for (const RegionStat &r : m_sites) {
        const QPointF c = toScreen(r.longitude, r.latitude, size);
        if (!view.contains(c))
            continue;
        const double h = r.rows > 0 ? 6.0 : 4.0;
        QPolygonF diamond;
        diamond << c + QPointF(0, -h) << c + QPointF(h, 0) << c + QPointF(0, h)
                << c + QPointF(-h, 0);
        p.setPen(QPen(text, 1.2));
        p.setBrush(r.rows > 0 ? m_palette.color(r.code) : halo);
        p.drawPolygon(diamond);
        placed << QRectF(c.x() - h, c.y() - h, 2 * h, 2 * h);
    }
    for (const RegionStat &r : m_sites) {
        const QPointF c = toScreen(r.longitude, r.latitude, size);
        if (!view.contains(c) || (r.rows == 0 && m_zoom < 3))
            continue;
        const QSizeF label(fm.horizontalAdvance(r.code), fm.ascent());
        const QList<QPointF> offsets {{9, label.height() / 2 - 1},
                                      {-9 - label.width(), label.height() / 2 - 1},
                                      {-label.width() / 2, -9},
                                      {-label.width() / 2, 9 + label.height()}};
        for (const QPointF &o : offsets) {
            const QPointF baseline = c + o;
            const QRectF box(baseline.x() - 2, baseline.y() - label.height() - 1, label.width() + 4,
                             label.height() + 3);
            const bool clash = std::any_of(placed.cbegin(), placed.cend(),
                                           [&box](const QRectF &b) { return b.intersects(box); });
            if (clash || !view.contains(box))
                continue;
            drawHaloText(p, baseline, r.code, font,
                         r.rows > 0 ? text : pal.color(QPalette::PlaceholderText), halo);
            placed << box;
            break;
        }
    }
}

void WorldMapWidget::paintLegend(QPainter &p, const QSize &size) const
{
    if (m_cells.cells.isEmpty() || m_cells.maxRows <= 0)
        return;
    const QPalette &pal = palette();
    const double s = scaleFor(size);
    const QLocale locale;
    const QString title = tr("Rows per %1° cell").arg(locale.toString(m_cells.cellDegrees));
    QList<qint64> samples {m_cells.maxRows};
    if (m_cells.maxRows >= 10)
        samples << std::max<qint64>(1, m_cells.maxRows / 10);
    p.setFont(font());
    const QFontMetricsF fm(font());
    const QString hatchText = tr("hatched: uncertain assignments");
    const bool hatch = m_markUncertain;
    double width = fm.horizontalAdvance(title);
    double height = fm.height() + 6;
    if (hatch) {
        width = std::max(width, fm.height() + 8 + fm.horizontalAdvance(hatchText));
        height += fm.height() + 4;
    }
    for (const qint64 n : samples) {
        const double r = cellRadius(n, s);
        width = std::max(width, 2 * r + 8 + fm.horizontalAdvance(ResultsText::count(n)));
        height += std::max(2 * r, fm.height()) + 4;
    }
    // Bottom left: over the southern Pacific and Antarctica in the whole-world view, where no
    // region or row is (the top left covers North America's west coast).
    QRectF box(8, size.height() - (height + 8) - 8, width + 16, height + 8);
    QColor bg = pal.color(QPalette::Window);
    bg.setAlphaF(0.85f);
    p.setPen(QPen(pal.color(QPalette::Mid), 1));
    p.setBrush(bg);
    p.drawRoundedRect(box, 4, 4);
    p.setPen(pal.color(QPalette::WindowText));
    double y = box.top() + 6 + fm.ascent();
    p.drawText(QPointF(box.left() + 8, y), title);
    y += fm.descent() + 6;
    for (const qint64 n : samples) {
        const double r = cellRadius(n, s);
        const double rowHeight = std::max(2 * r, fm.height());
        const QPointF c(box.left() + 8 + r, y + rowHeight / 2);
        QColor fill = pal.color(QPalette::Mid);
        fill.setAlphaF(0.6f);
        p.setBrush(fill);
        p.setPen(QPen(pal.color(QPalette::WindowText), 1));
        p.drawEllipse(c, r, r);
        p.drawText(QPointF(c.x() + r + 8, c.y() + fm.ascent() / 2 - 1), ResultsText::count(n));
        y += rowHeight + 4;
    }
    if (hatch) {
        const QRectF sample(box.left() + 8, y, fm.height(), fm.height());
        QColor shade = pal.color(QPalette::WindowText);
        shade.setAlphaF(0.35f);
        p.setPen(QPen(pal.color(QPalette::WindowText), 1));
        p.setBrush(shade);
        p.drawEllipse(sample);
        p.setBrush(QBrush(pal.color(QPalette::WindowText), Qt::BDiagPattern));
        p.drawEllipse(sample);
        p.drawText(QPointF(sample.right() + 8, sample.center().y() + fm.ascent() / 2 - 1),
                   hatchText);
    }
}

void WorldMapWidget::paintOverlayText(QPainter &p, const QSize &size) const
{
    const QPalette &pal = palette();
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QFontMetricsF fm(small);
    QStringList credits;
    if (!m_attribution.isEmpty())
        credits << m_attribution;
    credits << tr("Map: Natural Earth");
    // One line when it fits, else one credit per line: a credit is never cut.
    const QString oneLine = credits.join(QStringLiteral(" · "));
    const bool fits = fm.horizontalAdvance(oneLine) + 12 <= size.width();
    const QString text = fits ? oneLine : credits.join(QLatin1Char('\n'));
    double w = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        w = std::max(w, fm.horizontalAdvance(line) + 12);
    const double h = fm.height() * double(text.count(QLatin1Char('\n')) + 1) + 6;
    const QRectF box(size.width() - w, size.height() - h, w, h);
    QColor bg = pal.color(QPalette::Window);
    bg.setAlphaF(0.85f);
    p.setPen(Qt::NoPen);
    p.setBrush(bg);
    p.drawRect(box);
    p.setFont(small);
    p.setPen(pal.color(QPalette::WindowText));
    p.drawText(box, Qt::AlignCenter, text);

    if (!m_message.isEmpty()) {
        QFont big = font();
        big.setPointSizeF(big.pointSizeF() * 1.2);
        p.setFont(big);
        const QFontMetricsF bfm(big);
        const double mw = bfm.horizontalAdvance(m_message) + 32;
        const QRectF mbox((size.width() - mw) / 2, (size.height() - bfm.height() - 20) / 2, mw,
                          bfm.height() + 20);
        p.setPen(QPen(pal.color(QPalette::Mid), 1));
        p.setBrush(bg);
        p.drawRoundedRect(mbox, 6, 6);
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(mbox, Qt::AlignCenter, m_message);
    }
    p.setFont(font());
}

} // namespace regionmap
