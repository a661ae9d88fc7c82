#include "mapsitelayer.h"

#include "mapland.h"

#include "results/resultstext.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace regionmap {

void MapSiteLayer::setSites(const QList<RegionStat> &regions, const RegionPalette &palette)
{
    m_sites.clear();
    for (const RegionStat &r : regions) {
        if (r.inCatalog)
            m_sites << r;
    }
    // The busiest first (their labels win); the withheld ones after the shown, by code, so that
    // their order does not rank their counts (docs/privacy.md).
    const auto rank = [](const RegionStat &r) {
        return r.withheld ? 1 : r.rows > 0 ? 0 : 2;
    };
    std::stable_sort(m_sites.begin(), m_sites.end(), [&](const RegionStat &a, const RegionStat &b) {
        if (rank(a) != rank(b))
            return rank(a) < rank(b);
        if (a.withheld)
            return a.code < b.code;
        return a.rows > b.rows;
    });
    m_palette = palette;
    emit changed();
}

void MapSiteLayer::clear()
{
    m_sites.clear();
    emit changed();
}

QString MapSiteLayer::siteAt(const MapFrame &frame, const QPointF &pos) const
{
    for (const RegionStat &r : m_sites) {
        const QPointF p = frame.projection.toScreen(r.longitude, r.latitude);
        if (std::abs(p.x() - pos.x()) <= 7 && std::abs(p.y() - pos.y()) <= 7)
            return r.code;
    }
    return {};
}

QString MapSiteLayer::regionAt(const MapFrame &frame, const QPointF &pos) const
{
    return siteAt(frame, pos);
}

QString MapSiteLayer::toolTipAt(const MapFrame &frame, const QPointF &pos) const
{
    const QString site = siteAt(frame, pos);
    for (const RegionStat &r : m_sites) {
        if (site.isEmpty() || r.code != site)
            continue;
        if (r.withheld) // docs/privacy.md: below the minimum count, or beside such a region
            return tr("<b>%1</b> %2<br>%3<br>Rows assigned: withheld (the minimum count)")
                .arg(r.code.toHtmlEscaped(), r.name.toHtmlEscaped(),
                     r.city.isEmpty() ? tr("Region site") : r.city.toHtmlEscaped());
        return tr("<b>%1</b> %2<br>%3<br>Rows assigned: %4 (%5)")
            .arg(r.code.toHtmlEscaped(), r.name.toHtmlEscaped(),
                 r.city.isEmpty() ? tr("Region site") : r.city.toHtmlEscaped(),
                 ResultsText::count(r.rows), ResultsText::share(r.share));
    }
    return {};
}

void MapSiteLayer::paint(QPainter &p, const MapFrame &frame) const
{
    const QPalette &pal = frame.palette;
    const QColor text = pal.color(QPalette::WindowText);
    const QColor halo = pal.color(QPalette::Window);
    QFont font = frame.font;
    font.setPointSizeF(font.pointSizeF() * 0.85);
    font.setBold(true);
    const QFontMetricsF fm(font);
    QList<QRectF> placed;
    const QRectF view(QPointF(0, 0), frame.projection.size());
    // Markers first, then labels where they fit (the busiest regions first).
    for (const RegionStat &r : m_sites) {
        const QPointF c = frame.projection.toScreen(r.longitude, r.latitude);
        if (!view.contains(c))
            continue;
        const double h = r.rows > 0 ? 6.0 : 4.0;
        QPolygonF diamond;
        diamond << c + QPointF(0, -h) << c + QPointF(h, 0) << c + QPointF(0, h)
                << c + QPointF(-h, 0);
        // A region without rows (not used, or not in a planner's set) in a lighter outline.
        p.setPen(QPen(r.rows > 0 ? text : pal.color(QPalette::PlaceholderText), 1.2));
        p.setBrush(r.rows > 0 ? m_palette.color(r.code) : halo);
        p.drawPolygon(diamond);
        placed << QRectF(c.x() - h, c.y() - h, 2 * h, 2 * h);
    }
    for (const RegionStat &r : m_sites) {
        const QPointF c = frame.projection.toScreen(r.longitude, r.latitude);
        if (!view.contains(c) || (r.rows == 0 && frame.projection.zoom() < 3))
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
            MapLand::drawHaloText(p, baseline, r.code, font,
                                  r.rows > 0 ? text : pal.color(QPalette::PlaceholderText), halo);
            placed << box;
            break;
        }
    }
}

} // namespace regionmap
