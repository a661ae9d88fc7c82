#pragma once

#include "mapprojection.h"

#include <QFont>
#include <QObject>
#include <QPalette>
#include <QString>

class QPainter;

namespace regionmap {

// What a layer paints and hit-tests against: the view, and the colours and font of the widget
// (or of an export).
struct MapFrame
{
    MapProjection projection;
    QPalette palette;
    QFont font;
    bool onScreen = true; // false in exports: no hover highlight
};

// One layer of the world map (docs/architecture.md): it holds its data, paints it for a frame,
// and answers what is at a point of that frame, from the data and the projection alone (never
// from what a paint left behind). WorldMapWidget stacks layers in the order they are added;
// the topmost layer that has something at a point answers for it.
class MapLayer : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void paint(QPainter &painter, const MapFrame &frame) const = 0;
    // Drawn after every layer's paint(): legends.
    virtual void paintOverlay(QPainter &painter, const MapFrame &frame) const
    {
        Q_UNUSED(painter)
        Q_UNUSED(frame)
    }
    // The region a click here picks (a region's site, or the main region of a cell); empty: none.
    virtual QString regionAt(const MapFrame &frame, const QPointF &pos) const
    {
        Q_UNUSED(frame)
        Q_UNUSED(pos)
        return {};
    }
    // What hovering here says (rich text); empty: nothing here.
    virtual QString toolTipAt(const MapFrame &frame, const QPointF &pos) const
    {
        Q_UNUSED(frame)
        Q_UNUSED(pos)
        return {};
    }
    // The mouse is at pos: returns true when the layer now looks different (a highlighted item).
    virtual bool hoverAt(const MapFrame &frame, const QPointF &pos)
    {
        Q_UNUSED(frame)
        Q_UNUSED(pos)
        return false;
    }
    // The mouse left the map: the same.
    virtual bool clearHover() { return false; }

signals:
    // The data changed: paint again.
    void changed();
};

} // namespace regionmap
