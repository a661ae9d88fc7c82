#pragma once

#include "maplayer.h"
#include "mapprojection.h"

#include <QList>
#include <QPixmap>
#include <QPointF>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace regionmap {

// A world map (docs/architecture.md, "The world map"): the land (MapLand) under a stack of
// layers (MapLayer: cells, sites, disagreements, a planner's places), in an equirectangular
// MapProjection. The widget holds only the view and the input: wheel or double-click to zoom,
// drag to pan (or +, -, 0 and the arrow keys); hover shows what the topmost layer says, a click
// picks the region the topmost layer has there. The results page and the Plan page stack their
// own layers on it.
class WorldMapWidget : public QWidget
{
    Q_OBJECT

public:
    explicit WorldMapWidget(QWidget *parent = nullptr);

    // Stacks a layer on top of those added before. The widget does not own it.
    void addLayer(MapLayer *layer);

    // Shown in the middle ("Loading…"); empty: none.
    void setMessage(const QString &message);
    QString message() const { return m_message; }
    // Drawn in the bottom-right corner, also in exports.
    void setAttribution(const QString &text);

    // The view at the widget's size.
    MapProjection projection() const;
    // The view with the widget's colours and font, as the layers get it.
    MapFrame frame() const;
    double zoom() const { return m_zoom; }
    QPointF center() const { return m_center; } // longitude, latitude
    void setView(const QPointF &centerLonLat, double zoom);
    void resetView();
    void zoomIn();
    void zoomOut();

    QPointF toScreen(double longitude, double latitude) const;
    QPointF toGeo(const QPointF &screen) const;
    // What the topmost layer has at this point: the region a click picks, the hover text.
    QString regionAt(const QPointF &pos) const;
    QString toolTipAt(const QPointF &pos) const;

    // Renders the map at this size (the same centre and zoom): vectors when the painter is an
    // SVG generator. useCache keeps the land in a pixmap (on screen only).
    void paintMap(QPainter &painter, const QSize &size, bool useCache) const;

    QSize sizeHint() const override { return {900, 480}; }

signals:
    void regionClicked(const QString &regionCode);
    void viewChanged();
    // The view has rested for a moment after a change (zoom, pan or resize): the time to fetch
    // data for it (a finer grid).
    void viewSettled();

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
    void applyView(const MapProjection &view);
    void paintLand(QPainter &p, const MapFrame &frame, bool useCache) const;
    void paintOverlayText(QPainter &p, const QSize &size) const;
    QList<MapLayer *> liveLayers() const;

    QList<QPointer<MapLayer>> m_layers; // bottom first
    QString m_attribution;
    QString m_message;

    double m_zoom = 1.0;
    QPointF m_center; // longitude, latitude

    mutable QPixmap m_background;
    mutable QString m_backgroundKey;
    mutable QPointF m_backgroundOrigin; // where (0, 0) was when the land was drawn
    mutable QTimer m_redrawTimer;
    QTimer m_settleTimer;

    bool m_pressed = false;
    bool m_dragging = false;
    QPointF m_pressPos;
    QPointF m_lastPos;
    QTimer m_clickTimer;
    QString m_pendingClick;
};

} // namespace regionmap
