#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPainterPath>
#include <QRectF>

namespace regionmap {

// The land outlines and country borders of resources/map/world.rmap (Natural Earth, public
// domain), in map coordinates: x = longitude, y = -latitude (degrees), ready for an
// equirectangular projection. Two levels of detail: 1:110m and 1:50m.
class WorldOutline
{
    Q_DECLARE_TR_FUNCTIONS(WorldOutline)

public:
    enum class Detail { Coarse, Fine }; // 1:110m, 1:50m

    // One land polygon (with its holes) or one border line, and its bounds, so that a zoomed-in
    // map draws only what it shows.
    struct Part
    {
        QPainterPath path;
        QRectF bounds;
    };

    // Decodes the format described in resources/map/README.md.
    static Result<WorldOutline> parse(const QByteArray &data);
    // The outline compiled into the application (:/map/world.rmap), decoded once.
    static const WorldOutline &builtin();

    const QList<Part> &land(Detail detail) const
    {
        return detail == Detail::Fine ? m_fineLand : m_coarseLand;
    }
    const QList<Part> &borders(Detail detail) const
    {
        return detail == Detail::Fine ? m_fineBorders : m_coarseBorders;
    }
    // The bounds of all land at this detail.
    QRectF landBounds(Detail detail) const;
    bool isEmpty() const { return m_coarseLand.isEmpty(); }
    int pointCount() const { return m_points; }

private:
    QList<Part> m_coarseLand;
    QList<Part> m_coarseBorders;
    QList<Part> m_fineLand;
    QList<Part> m_fineBorders;
    int m_points = 0;
};

} // namespace regionmap
