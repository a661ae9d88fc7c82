#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>

namespace regionmap {

// The world map's view as a value: an equirectangular projection of a viewport of `size` pixels,
// centred on `center` (longitude, latitude) at `zoom` (1: the whole world fits). Everything that
// maps between degrees and pixels (painting, hit-testing, zooming, panning, exports at another
// size) asks it, so that no answer depends on a paint having happened.
class MapProjection
{
public:
    static constexpr double kMaxZoom = 96.0;

    MapProjection() = default;
    MapProjection(const QSizeF &size, const QPointF &centerLonLat, double zoom);

    QSizeF size() const { return m_size; }
    QPointF center() const { return m_center; }
    double zoom() const { return m_zoom; }

    // Pixels per degree.
    double scale() const;
    QPointF toScreen(double longitude, double latitude) const;
    QPointF toGeo(const QPointF &screen) const;
    // The part of the world in view, in degrees (x: longitude, y: latitude, y growing north).
    QRectF visibleGeo() const;

    // The same view at another size (an export), with the same centre and zoom.
    MapProjection resized(const QSizeF &size) const;
    // Zoomed by `factor` so that the place under `pos` stays under it.
    MapProjection zoomedAround(const QPointF &pos, double factor) const;
    // Moved by a drag of `pixels`.
    MapProjection panned(const QPointF &pixels) const;
    // Another centre and zoom.
    MapProjection moved(const QPointF &centerLonLat, double zoom) const;

    bool operator==(const MapProjection &o) const
    {
        return m_size == o.m_size && m_center == o.m_center && m_zoom == o.m_zoom;
    }
    bool operator!=(const MapProjection &o) const { return !(*this == o); }

private:
    // Zoom within [1, kMaxZoom], and the centre where no space beyond the world shows.
    void clamp();

    QSizeF m_size;
    QPointF m_center;
    double m_zoom = 1.0;
};

} // namespace regionmap
