#include "worldmapwidget.h"

#include "mapland.h"

#include <QApplication>
#include <QEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <utility>

namespace regionmap {

WorldMapWidget::WorldMapWidget(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setMinimumSize(240, 140);
    setFocusPolicy(Qt::WheelFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setToolTip(QString()); // tooltips come from mouseMoveEvent
    m_clickTimer.setSingleShot(true);
    m_clickTimer.setInterval(QApplication::doubleClickInterval());
    connect(&m_clickTimer, &QTimer::timeout, this, [this] {
        if (!m_pendingClick.isEmpty())
            emit regionClicked(std::exchange(m_pendingClick, QString()));
    });
    m_redrawTimer.setSingleShot(true);
    m_redrawTimer.setInterval(120);
    connect(&m_redrawTimer, &QTimer::timeout, this, [this] {
        m_backgroundKey.clear();
        update();
    });
    m_settleTimer.setSingleShot(true);
    m_settleTimer.setInterval(150);
    connect(&m_settleTimer, &QTimer::timeout, this, &WorldMapWidget::viewSettled);
}

void WorldMapWidget::addLayer(MapLayer *layer)
{
    m_layers << layer;
    connect(layer, &MapLayer::changed, this, qOverload<>(&QWidget::update));
    update();
}

QList<MapLayer *> WorldMapWidget::liveLayers() const
{
    QList<MapLayer *> layers;
    for (const QPointer<MapLayer> &layer : m_layers) {
        if (layer)
            layers << layer.data();
    }
    return layers;
}

void WorldMapWidget::setMessage(const QString &message)
{
    m_message = message;
    update();
}

void WorldMapWidget::setAttribution(const QString &text)
{
    m_attribution = text;
    update();
}

MapProjection WorldMapWidget::projection() const
{
    return MapProjection(size(), m_center, m_zoom);
}

MapFrame WorldMapWidget::frame() const
{
    return {projection(), palette(), font(), true};
}

QPointF WorldMapWidget::toScreen(double longitude, double latitude) const
{
    return projection().toScreen(longitude, latitude);
}

QPointF WorldMapWidget::toGeo(const QPointF &screen) const
{
    return projection().toGeo(screen);
}

void WorldMapWidget::applyView(const MapProjection &view)
{
    m_center = view.center();
    m_zoom = view.zoom();
    // What was under the mouse has moved: no highlight until it moves again.
    for (MapLayer *layer : liveLayers())
        layer->clearHover();
    update();
    emit viewChanged();
    m_settleTimer.start();
}

void WorldMapWidget::setView(const QPointF &centerLonLat, double zoom)
{
    applyView(projection().moved(centerLonLat, zoom));
}

void WorldMapWidget::resetView()
{
    setView({0, 0}, 1.0);
}

void WorldMapWidget::zoomIn()
{
    applyView(projection().zoomedAround(QPointF(width() / 2.0, height() / 2.0), 2.0));
}

void WorldMapWidget::zoomOut()
{
    applyView(projection().zoomedAround(QPointF(width() / 2.0, height() / 2.0), 0.5));
}

QString WorldMapWidget::regionAt(const QPointF &pos) const
{
    const MapFrame f = frame();
    const QList<MapLayer *> layers = liveLayers();
    for (auto it = layers.crbegin(); it != layers.crend(); ++it) {
        const QString region = (*it)->regionAt(f, pos);
        if (!region.isEmpty())
            return region;
    }
    return {};
}

QString WorldMapWidget::toolTipAt(const QPointF &pos) const
{
    const MapFrame f = frame();
    const QList<MapLayer *> layers = liveLayers();
    for (auto it = layers.crbegin(); it != layers.crend(); ++it) {
        const QString tip = (*it)->toolTipAt(f, pos);
        if (!tip.isEmpty())
            return tip;
    }
    return {};
}

void WorldMapWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    paintMap(p, size(), true);
}

void WorldMapWidget::paintMap(QPainter &p, const QSize &size, bool useCache) const
{
    MapFrame f = frame();
    f.projection = f.projection.resized(size);
    f.onScreen = useCache;
    paintLand(p, f, useCache);
    p.setRenderHint(QPainter::Antialiasing);
    const QList<MapLayer *> layers = liveLayers();
    for (const MapLayer *layer : layers)
        layer->paint(p, f);
    for (const MapLayer *layer : layers)
        layer->paintOverlay(p, f);
    p.setFont(font());
    paintOverlayText(p, size);
}

void WorldMapWidget::paintLand(QPainter &p, const MapFrame &f, bool useCache) const
{
    if (!useCache) {
        MapLand::paint(p, f);
        return;
    }
    const QSize size = f.projection.size().toSize();
    const qreal dpr = devicePixelRatioF();
    const QString key = QStringLiteral("%1x%2@%3:%4:%5")
                            .arg(size.width())
                            .arg(size.height())
                            .arg(dpr)
                            .arg(f.projection.zoom())
                            .arg(palette().cacheKey());
    const QPointF origin = f.projection.toScreen(0, 0);
    if (key == m_backgroundKey && origin == m_backgroundOrigin) {
        p.drawPixmap(0, 0, m_background);
    } else if (key == m_backgroundKey && m_dragging) {
        // Panning: move the land drawn before and redraw it once the map rests.
        p.fillRect(QRect(QPoint(0, 0), size), palette().color(QPalette::Window));
        p.drawPixmap((origin - m_backgroundOrigin).toPoint(), m_background);
        m_redrawTimer.start();
    } else {
        m_background = QPixmap(size * dpr);
        m_background.setDevicePixelRatio(dpr);
        QPainter bp(&m_background);
        MapLand::paint(bp, f);
        m_backgroundKey = key;
        m_backgroundOrigin = origin;
        p.drawPixmap(0, 0, m_background);
    }
}

void WorldMapWidget::paintOverlayText(QPainter &p, const QSize &size) const
{
    const QPalette &pal = palette();
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QFontMetricsF fm(small);
    QStringList credits;
    if (!m_attribution.isEmpty())
        credits << m_attribution;
    credits << tr("Map: Natural Earth");
    // One line when it fits, else one credit per line: a credit is never cut.
    const QString oneLine = credits.join(QStringLiteral(" · "));
    const bool fits = fm.horizontalAdvance(oneLine) + 12 <= size.width();
    const QString text = fits ? oneLine : credits.join(QLatin1Char('\n'));
    double w = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        w = std::max(w, fm.horizontalAdvance(line) + 12);
    const double h = fm.height() * double(text.count(QLatin1Char('\n')) + 1) + 6;
    const QRectF box(size.width() - w, size.height() - h, w, h);
    QColor bg = pal.color(QPalette::Window);
    bg.setAlphaF(0.85f);
    p.setPen(Qt::NoPen);
    p.setBrush(bg);
    p.drawRect(box);
    p.setFont(small);
    p.setPen(pal.color(QPalette::WindowText));
    p.drawText(box, Qt::AlignCenter, text);

    if (!m_message.isEmpty()) {
        QFont big = font();
        big.setPointSizeF(big.pointSizeF() * 1.2);
        p.setFont(big);
        const QFontMetricsF bfm(big);
        const double mw = std::min(bfm.horizontalAdvance(m_message) + 32, size.width() - 16.0);
        // As tall as the text wrapped to the box's width (a small map wraps it).
        const double th = bfm.boundingRect(QRectF(0, 0, mw - 16, size.height()),
                                           Qt::AlignCenter | Qt::TextWordWrap, m_message)
                              .height();
        const QRectF mbox((size.width() - mw) / 2, (size.height() - th - 20) / 2, mw, th + 20);
        p.setPen(QPen(pal.color(QPalette::Mid), 1));
        p.setBrush(bg);
        p.drawRoundedRect(mbox, 6, 6);
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(mbox, Qt::AlignCenter | Qt::TextWordWrap, m_message);
    }
    p.setFont(font());
}

void WorldMapWidget::resizeEvent(QResizeEvent *)
{
    const MapProjection view = projection(); // the centre clamped for the new size
    m_center = view.center();
    m_settleTimer.start();
}

void WorldMapWidget::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    applyView(projection().zoomedAround(event->position(), std::pow(1.25, steps)));
    event->accept();
}

void WorldMapWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_pressed = true;
    m_dragging = false;
    m_pressPos = m_lastPos = event->position();
}

void WorldMapWidget::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (m_pressed) {
        if (!m_dragging && (pos - m_pressPos).manhattanLength() > 4) {
            m_dragging = true;
            setCursor(Qt::ClosedHandCursor);
            QToolTip::hideText();
        }
        if (m_dragging) {
            const QPointF delta = pos - m_lastPos;
            m_lastPos = pos;
            applyView(projection().panned(delta));
        }
        return;
    }
    const MapFrame f = frame();
    bool changed = false;
    for (MapLayer *layer : liveLayers())
        changed = layer->hoverAt(f, pos) || changed;
    if (changed)
        update();
    const QString tip = toolTipAt(pos);
    if (tip.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), tip, this);
}

void WorldMapWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed)
        return;
    m_pressed = false;
    if (m_dragging) {
        m_dragging = false;
        unsetCursor();
        update(); // with the land redrawn where it now is
        return;
    }
    // Wait out a double-click (which zooms) before taking this as a click on a region.
    m_pendingClick = regionAt(event->position());
    if (!m_pendingClick.isEmpty())
        m_clickTimer.start();
}

void WorldMapWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    m_clickTimer.stop();
    m_pendingClick.clear();
    applyView(projection().zoomedAround(event->position(),
                                        event->modifiers() & Qt::ShiftModifier ? 0.5 : 2.0));
}

void WorldMapWidget::keyPressEvent(QKeyEvent *event)
{
    const double step = 60.0; // pixels
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_0:
    case Qt::Key_Home:
        resetView();
        break;
    case Qt::Key_Left:
        applyView(projection().panned(QPointF(step, 0)));
        break;
    case Qt::Key_Right:
        applyView(projection().panned(QPointF(-step, 0)));
        break;
    case Qt::Key_Up:
        applyView(projection().panned(QPointF(0, step)));
        break;
    case Qt::Key_Down:
        applyView(projection().panned(QPointF(0, -step)));
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

void WorldMapWidget::leaveEvent(QEvent *)
{
    bool changed = false;
    for (MapLayer *layer : liveLayers())
        changed = layer->clearHover() || changed;
    if (changed)
        update();
}

void WorldMapWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        m_backgroundKey.clear();
    QWidget::changeEvent(event);
}

} // namespace regionmap
