#include "mapprojection.h"

#include <algorithm>

namespace regionmap {

MapProjection::MapProjection(const QSizeF &size, const QPointF &centerLonLat, double zoom)
    : m_size(size)
    , m_center(centerLonLat)
    , m_zoom(zoom)
{
    clamp();
}

double MapProjection::scale() const
{
    return std::min(m_size.width() / 360.0, m_size.height() / 180.0) * m_zoom;
}

QPointF MapProjection::toScreen(double longitude, double latitude) const
{
    const double s = scale();
    return {m_size.width() / 2.0 + (longitude - m_center.x()) * s,
            m_size.height() / 2.0 - (latitude - m_center.y()) * s};
}

QPointF MapProjection::toGeo(const QPointF &screen) const
{
    const double s = scale();
    if (s <= 0)
        return m_center;
    return {m_center.x() + (screen.x() - m_size.width() / 2.0) / s,
            m_center.y() - (screen.y() - m_size.height() / 2.0) / s};
}

QRectF MapProjection::visibleGeo() const
{
    const QPointF topLeft = toGeo(QPointF(0, 0));
    const QPointF bottomRight = toGeo(QPointF(m_size.width(), m_size.height()));
    return QRectF(QPointF(topLeft.x(), bottomRight.y()), QPointF(bottomRight.x(), topLeft.y()));
}

MapProjection MapProjection::resized(const QSizeF &size) const
{
    return MapProjection(size, m_center, m_zoom);
}

MapProjection MapProjection::zoomedAround(const QPointF &pos, double factor) const
{
    const QPointF geo = toGeo(pos);
    MapProjection p = *this;
    p.m_zoom = std::clamp(m_zoom * factor, 1.0, kMaxZoom);
    const double s = p.scale();
    if (s > 0)
        p.m_center = {geo.x() - (pos.x() - m_size.width() / 2.0) / s,
                      geo.y() + (pos.y() - m_size.height() / 2.0) / s};
    p.clamp();
    return p;
}

MapProjection MapProjection::panned(const QPointF &pixels) const
{
    const double s = scale();
    if (s <= 0)
        return *this;
    return MapProjection(m_size, m_center - QPointF(pixels.x() / s, -pixels.y() / s), m_zoom);
}

MapProjection MapProjection::moved(const QPointF &centerLonLat, double zoom) const
{
    return MapProjection(m_size, centerLonLat, zoom);
}

void MapProjection::clamp()
{
    m_zoom = std::clamp(m_zoom, 1.0, kMaxZoom);
    const double s = scale();
    if (s <= 0)
        return;
    const double halfWidth = m_size.width() / 2.0 / s;
    const double halfHeight = m_size.height() / 2.0 / s;
    m_center.setX(halfWidth >= 180 ? 0.0
                                   : std::clamp(m_center.x(), -180 + halfWidth, 180 - halfWidth));
    m_center.setY(halfHeight >= 90 ? 0.0
                                   : std::clamp(m_center.y(), -90 + halfHeight, 90 - halfHeight));
}

} // namespace regionmap
