#include "mappairlayer.h"

#include <QPainter>

#include <utility>

namespace regionmap {

void MapPairLayer::setPairs(const QList<DisagreementPair> &pairs)
{
    m_pairs = pairs;
    m_highlighted = -1;
    emit changed();
}

void MapPairLayer::setSites(const QList<RegionStat> &regions, const RegionPalette &palette)
{
    m_sites = regions;
    m_palette = palette;
    emit changed();
}

void MapPairLayer::clear()
{
    m_pairs.clear();
    m_sites.clear();
    m_highlighted = -1;
    emit changed();
}

void MapPairLayer::setHighlightedPair(int index)
{
    m_highlighted = index >= 0 && index < m_pairs.size() ? index : -1;
    emit changed();
}

void MapPairLayer::paintPair(QPainter &p, const MapFrame &frame, const DisagreementPair &pair,
                             bool highlighted) const
{
    const MapProjection &proj = frame.projection;
    const QPointF a = proj.toScreen(pair.longitude, pair.latitude);
    const QPointF b = proj.toScreen(pair.altLongitude, pair.altLatitude);
    const QColor text = frame.palette.color(QPalette::WindowText);
    QColor line = highlighted ? frame.palette.color(QPalette::Highlight) : text;
    line.setAlphaF(highlighted ? 1.0f : 0.25f);
    if (highlighted) { // a halo, so that the chosen pair stands out from the others
        p.setPen(QPen(frame.palette.color(QPalette::Base), 6.0, Qt::SolidLine, Qt::RoundCap));
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
            if (site.code != code || !site.inCatalog)
                continue;
            p.setPen(QPen(m_palette.color(code).darker(130), 1.6, Qt::DashLine));
            p.drawLine(from, proj.toScreen(site.longitude, site.latitude));
        }
    }
}

void MapPairLayer::paint(QPainter &p, const MapFrame &frame) const
{
    // Fewest rows first, so that the busiest pairs end up on top; the highlighted one last.
    for (int i = int(m_pairs.size()) - 1; i >= 0; --i) {
        if (i != m_highlighted)
            paintPair(p, frame, m_pairs.at(i), false);
    }
    if (m_highlighted >= 0)
        paintPair(p, frame, m_pairs.at(m_highlighted), true);
}

} // namespace regionmap
