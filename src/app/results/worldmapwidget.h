#pragma once

#include "regionpalette.h"
#include "results/mapcells.h"
#include "results/scopeoverview.h"

#include <QPixmap>
#include <QPointF>
#include <QTimer>
#include <QWidget>

namespace regionmap {

// A world map in equirectangular projection: land and borders (Natural Earth), the located rows
// as grid cells that PostgreSQL aggregated (circle area by rows, colour by the cell's dominant
// region), and the regions' sites as labelled diamonds. Wheel or double-click to zoom, drag to
// pan (or +, -, 0 and the arrow keys); hover shows a cell's rows and regions, a click on a cell or
// a site picks its region.
// The grid gets finer as the map zooms in: the widget asks for it with cellDegreesWanted().
class WorldMapWidget : public QWidget
{
    Q_OBJECT

public:
    explicit WorldMapWidget(QWidget *parent = nullptr);

    void setSites(const QList<RegionStat> &regions, const RegionPalette &palette);
    void setCells(const MapCells &cells);
    // Removes the data; the text (if any) is shown in the middle ("Loading…").
    void clearData(const QString &message = {});
    void setMessage(const QString &message);
    // Drawn in the bottom-right corner, also in exports.
    void setAttribution(const QString &text);
    // The cross-check's disagreements: each pair of places joined by a line, the run's location
    // as a dot in its region's colour, the second opinion's as a ring in its region's. The
    // highlighted pair (-1: none) is drawn on top, with dashed lines to both regions' sites.
    void setPairs(const QList<DisagreementPair> &pairs);
    void setHighlightedPair(int index);
    const QList<DisagreementPair> &pairs() const { return m_pairs; }
    // Hatches the share of each cell whose assignments are uncertain.
    void setMarkUncertain(bool on);
    bool marksUncertain() const { return m_markUncertain; }

    const MapCells &cells() const { return m_cells; }
    int siteCount() const { return int(m_sites.size()); }

    // The grid cell size (degrees) that suits the current zoom.
    double wantedCellDegrees() const;
    static const QList<double> &cellLevels();

    double zoom() const { return m_zoom; }
    QPointF center() const { return m_center; } // longitude, latitude
    void setView(const QPointF &centerLonLat, double zoom);
    void resetView();
    void zoomIn();
    void zoomOut();

    QPointF toScreen(double longitude, double latitude) const;
    QPointF toGeo(const QPointF &screen) const;

    // The cell drawn at this point (-1: none), and what hovering there says.
    int cellAt(const QPointF &pos) const;
    QString siteAt(const QPointF &pos) const;
    QString toolTipAt(const QPointF &pos) const;

    // Renders the map at this size: vectors when the painter is an SVG generator.
    void paintMap(QPainter &painter, const QSize &size, bool useCache) const;

    QSize sizeHint() const override { return {900, 480}; }

signals:
    void cellDegreesWanted(double cellDegrees);
    void regionClicked(const QString &regionCode);
    void viewChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct PaintedCell
    {
        QPointF pos;
        double radius;
        int cell;
    };

    double scaleFor(const QSize &size) const; // pixels per degree
    QPointF toScreen(double longitude, double latitude, const QSize &size) const;
    void zoomAround(const QPointF &pos, double factor);
    void clampCenter();
    void viewUpdated();
    double cellRadius(qint64 rows, double scale) const;
    void paintBackground(QPainter &p, const QSize &size) const;
    void paintCells(QPainter &p, const QSize &size, QList<PaintedCell> *painted) const;
    void paintSites(QPainter &p, const QSize &size) const;
    void paintPairs(QPainter &p, const QSize &size) const;
    void paintPair(QPainter &p, const QSize &size, const DisagreementPair &pair,
                   bool highlighted) const;
    void paintLegend(QPainter &p, const QSize &size) const;
    void paintOverlayText(QPainter &p, const QSize &size) const;

    MapCells m_cells; // most rows first (big circles under small ones)
    QList<RegionStat> m_sites; // catalog sites, most rows first
    RegionPalette m_palette;
    QString m_attribution;
    QString m_message;
    bool m_markUncertain = false;
    QList<DisagreementPair> m_pairs;
    int m_highlightedPair = -1;

    double m_zoom = 1.0;
    QPointF m_center; // longitude, latitude

    mutable QPixmap m_background;
    mutable QString m_backgroundKey;
    mutable QPointF m_backgroundOrigin; // where (0, 0) was when the land was drawn
    mutable QTimer m_redrawTimer;
    mutable QList<PaintedCell> m_painted;
    int m_hoverCell = -1;

    bool m_pressed = false;
    bool m_dragging = false;
    QPointF m_pressPos;
    QPointF m_lastPos;
    QTimer m_clickTimer;
    QString m_pendingClick;
    QTimer m_levelTimer;
    double m_requestedLevel = 0;
};

} // namespace regionmap
