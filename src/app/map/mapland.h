#pragma once

#include "maplayer.h"

#include <QColor>

namespace regionmap {

// The map's base: sea, a 30° graticule, land and borders (Natural Earth, WorldOutline), in the
// widget's palette. WorldMapWidget keeps it in a pixmap while the view rests.
class MapLand
{
public:
    static void paint(QPainter &painter, const MapFrame &frame);
    static QColor blend(const QColor &a, const QColor &b, double t);
    // Text with a halo in the background colour, readable on land, sea and circles.
    static void drawHaloText(QPainter &painter, const QPointF &baseline, const QString &text,
                             const QFont &font, const QColor &fg, const QColor &halo);
};

} // namespace regionmap
