#pragma once

#include "maplayer.h"

#include "results/mapcells.h"
#include "results/regionpalette.h"

#include <QList>

namespace regionmap {

// The located rows as grid cells: a circle per cell, its area by rows, its colour the cell's main
// region; optionally the uncertain share hatched. Its legend (rows per cell) is the overlay.
// The grid gets finer as the map zooms in: wantedCellDegrees() names the grid for a view.
class MapCellLayer : public MapLayer
{
    Q_OBJECT

public:
    using MapLayer::MapLayer;

    void setCells(const MapCells &cells); // most rows first after this (big under small)
    void setPalette(const RegionPalette &palette);
    void clear();
    const MapCells &cells() const { return m_cells; }
    void setMarkUncertain(bool on);
    // Whether a click on a cell picks its main region (regionAt); on by default.
    void setPicksRegions(bool on) { m_picksRegions = on; }
    // Whether the legend (rows per cell) is drawn; on by default.
    void setShowLegend(bool on) { m_showLegend = on; }
    bool marksUncertain() const { return m_markUncertain; }

    // The grid cell size (degrees) that suits a view: the finest whose cells are 6 px or more.
    static double wantedCellDegrees(const MapProjection &projection);
    static const QList<double> &cellLevels();

    // The cell drawn at this point (-1: none): the topmost circle under it, else the nearest
    // within 3 px.
    int cellAt(const MapFrame &frame, const QPointF &pos) const;

    void paint(QPainter &painter, const MapFrame &frame) const override;
    void paintOverlay(QPainter &painter, const MapFrame &frame) const override;
    QString regionAt(const MapFrame &frame, const QPointF &pos) const override;
    QString toolTipAt(const MapFrame &frame, const QPointF &pos) const override;
    bool hoverAt(const MapFrame &frame, const QPointF &pos) override;
    bool clearHover() override;

private:
    double cellRadius(qint64 rows, double scale) const;

    MapCells m_cells;
    RegionPalette m_palette;
    bool m_markUncertain = false;
    int m_hoverCell = -1;
    bool m_picksRegions = true;
    bool m_showLegend = true;
};

} // namespace regionmap
