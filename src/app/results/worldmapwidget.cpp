#include "worldmapwidget.h"

#include "resultstext.h"

#include <QApplication>
#include <QEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <utility>

namespace regionmap {

namespace {

constexpr double kMaxZoom = 96.0;
constexpr double kMinCellPixels = 6.0;
} // namespace

WorldMapWidget::WorldMapWidget(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setMinimumSize(360, 200);
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
    m_levelTimer.setSingleShot(true);
    m_levelTimer.setInterval(150);
    connect(&m_levelTimer, &QTimer::timeout, this, [this] {
        const double wanted = wantedCellDegrees();
        if (wanted != m_requestedLevel) {
            m_requestedLevel = wanted;
            emit cellDegreesWanted(wanted);
        }
    });
}

const QList<double> &WorldMapWidget::cellLevels()
{
    static const QList<double> levels {0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 5.0};
    return levels;
}

void WorldMapWidget::setSites(const QList<RegionStat> &regions, const RegionPalette &palette)
{
    m_sites.clear();
    for (const RegionStat &r : regions) {
        if (r.inCatalog)
            m_sites << r;
    }
    std::stable_sort(m_sites.begin(), m_sites.end(),
                     [](const RegionStat &a, const RegionStat &b) { return a.rows > b.rows; });
    m_palette = palette;
    update();
}

void WorldMapWidget::setCells(const MapCells &cells)
{
    m_cells = cells;
    std::stable_sort(m_cells.cells.begin(), m_cells.cells.end(),
                     [](const MapCell &a, const MapCell &b) { return a.rows > b.rows; });
    m_requestedLevel = cells.cellDegrees;
    m_hoverCell = -1;
    m_message.clear();
    if (cells.cells.isEmpty())
        m_message = tr("No located rows to show.");
    update();
}

void WorldMapWidget::setPairs(const QList<DisagreementPair> &pairs)
{
    m_pairs = pairs;
    m_highlightedPair = -1;
    update();
}

void WorldMapWidget::setHighlightedPair(int index)
{
    m_highlightedPair = index >= 0 && index < m_pairs.size() ? index : -1;
    update();
}

void WorldMapWidget::clearData(const QString &message)
{
    m_cells = {};
    m_pairs.clear();
    m_highlightedPair = -1;
    m_sites.clear();
    m_hoverCell = -1;
    m_requestedLevel = 0;
    m_message = message;
    update();
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

void WorldMapWidget::setMarkUncertain(bool on)
{
    m_markUncertain = on;
    update();
}

double WorldMapWidget::scaleFor(const QSize &size) const
{
    return std::min(size.width() / 360.0, size.height() / 180.0) * m_zoom;
}

QPointF WorldMapWidget::toScreen(double longitude, double latitude, const QSize &size) const
{
    const double s = scaleFor(size);
    return {size.width() / 2.0 + (longitude - m_center.x()) * s,
            size.height() / 2.0 - (latitude - m_center.y()) * s};
}

QPointF WorldMapWidget::toScreen(double longitude, double latitude) const
{
    return toScreen(longitude, latitude, size());
}

QPointF WorldMapWidget::toGeo(const QPointF &screen) const
{
    const double s = scaleFor(size());
    return {m_center.x() + (screen.x() - width() / 2.0) / s,
            m_center.y() - (screen.y() - height() / 2.0) / s};
}

double WorldMapWidget::wantedCellDegrees() const
{
    const double s = scaleFor(size());
    for (const double level : cellLevels()) {
        if (level * s >= kMinCellPixels)
            return level;
    }
    return cellLevels().last();
}

void WorldMapWidget::setView(const QPointF &centerLonLat, double zoom)
{
    m_zoom = std::clamp(zoom, 1.0, kMaxZoom);
    m_center = centerLonLat;
    clampCenter();
    viewUpdated();
}

void WorldMapWidget::resetView()
{
    setView({0, 0}, 1.0);
}

void WorldMapWidget::zoomIn()
{
    zoomAround(QPointF(width() / 2.0, height() / 2.0), 2.0);
}

void WorldMapWidget::zoomOut()
{
    zoomAround(QPointF(width() / 2.0, height() / 2.0), 0.5);
}

void WorldMapWidget::zoomAround(const QPointF &pos, double factor)
{
    const QPointF geo = toGeo(pos);
    m_zoom = std::clamp(m_zoom * factor, 1.0, kMaxZoom);
    const double s = scaleFor(size());
    m_center = {geo.x() - (pos.x() - width() / 2.0) / s, geo.y() + (pos.y() - height() / 2.0) / s};
    clampCenter();
    viewUpdated();
}

void WorldMapWidget::clampCenter()
{
    const double s = scaleFor(size());
    if (s <= 0)
        return;
    const double halfWidth = width() / 2.0 / s;
    const double halfHeight = height() / 2.0 / s;
    m_center.setX(halfWidth >= 180 ? 0.0
                                   : std::clamp(m_center.x(), -180 + halfWidth, 180 - halfWidth));
    m_center.setY(halfHeight >= 90 ? 0.0
                                   : std::clamp(m_center.y(), -90 + halfHeight, 90 - halfHeight));
}

void WorldMapWidget::viewUpdated()
{
    m_hoverCell = -1;
    update();
    emit viewChanged();
    if (!m_cells.cells.isEmpty() || m_requestedLevel > 0)
        m_levelTimer.start();
}

double WorldMapWidget::cellRadius(qint64 rows, double scale) const
{
    const double cellPixels = m_cells.cellDegrees * scale;
    const double maxRadius = std::clamp(cellPixels * 0.95, 5.0, 30.0);
    const double minRadius = 2.0;
    if (m_cells.maxRows <= 0)
        return minRadius;
    return minRadius + (maxRadius - minRadius) * std::sqrt(double(rows) / double(m_cells.maxRows));
}

int WorldMapWidget::cellAt(const QPointF &pos) const
{
    // Topmost first: small circles are drawn over big ones.
    int best = -1;
    double bestDistance = 1e9;
    for (auto it = m_painted.crbegin(); it != m_painted.crend(); ++it) {
        const double d = std::hypot(pos.x() - it->pos.x(), pos.y() - it->pos.y());
        if (d <= it->radius)
            return it->cell;
        if (d <= it->radius + 3 && d < bestDistance) {
            best = it->cell;
            bestDistance = d;
        }
    }
    return best;
}

QString WorldMapWidget::siteAt(const QPointF &pos) const
{
    for (const RegionStat &r : m_sites) {
        const QPointF p = toScreen(r.longitude, r.latitude);
        if (std::abs(p.x() - pos.x()) <= 7 && std::abs(p.y() - pos.y()) <= 7)
            return r.code;
    }
    return {};
}

QString WorldMapWidget::toolTipAt(const QPointF &pos) const
{
    const QString site = siteAt(pos);
    if (!site.isEmpty()) {
        for (const RegionStat &r : m_sites) {
            if (r.code != site)
                continue;
            return tr("<b>%1</b> %2<br>%3<br>Rows assigned: %4 (%5)")
                .arg(r.code.toHtmlEscaped(), r.name.toHtmlEscaped(),
                     r.city.isEmpty() ? tr("Region site") : r.city.toHtmlEscaped(),
                     ResultsText::count(r.rows), ResultsText::share(r.share));
        }
    }
    const int index = cellAt(pos);
    if (index < 0)
        return {};
    const MapCell &c = m_cells.cells.at(index);
    const QLocale locale;
    QString text
        = tr("<b>Rows: %1</b><br>%2° cell around %3, %4")
              .arg(ResultsText::count(c.rows), locale.toString(m_cells.cellDegrees),
                   locale.toString(c.latitude, 'f', 2), locale.toString(c.longitude, 'f', 2));
    for (int i = 0; i < c.regions.size() && i < 5; ++i) {
        text += QStringLiteral("<br>")
                + tr("Region %1: %2")
                      .arg(c.regions.at(i).first.toHtmlEscaped(),
                           ResultsText::count(c.regions.at(i).second));
    }
    if (c.regions.size() > 5)
        text += QStringLiteral("<br>")
                + tr("and %n more region(s)", nullptr, int(c.regions.size() - 5));
    if (c.uncertainRows > 0)
        text += QStringLiteral("<br>")
                + tr("Uncertain assignments: %1 (%2)")
                      .arg(ResultsText::count(c.uncertainRows),
                           ResultsText::share(double(c.uncertainRows) / double(c.rows)));
    return text;
}

void WorldMapWidget::resizeEvent(QResizeEvent *)
{
    clampCenter();
    if (!m_cells.cells.isEmpty() || m_requestedLevel > 0)
        m_levelTimer.start();
}

void WorldMapWidget::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    zoomAround(event->position(), std::pow(1.25, steps));
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
            const double s = scaleFor(size());
            m_center -= QPointF((pos.x() - m_lastPos.x()) / s, -(pos.y() - m_lastPos.y()) / s);
            m_lastPos = pos;
            clampCenter();
            viewUpdated();
        }
        return;
    }
    const int cell = cellAt(pos);
    if (cell != m_hoverCell) {
        m_hoverCell = cell;
        update();
    }
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
    QString region = siteAt(event->position());
    if (region.isEmpty()) {
        const int cell = cellAt(event->position());
        if (cell >= 0)
            region = m_cells.cells.at(cell).dominantRegion();
    }
    m_pendingClick = region;
    if (!region.isEmpty())
        m_clickTimer.start();
}

void WorldMapWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    m_clickTimer.stop();
    m_pendingClick.clear();
    zoomAround(event->position(), event->modifiers() & Qt::ShiftModifier ? 0.5 : 2.0);
}

void WorldMapWidget::keyPressEvent(QKeyEvent *event)
{
    const double step = 60.0 / scaleFor(size()); // 60 pixels, in degrees
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
        setView(m_center - QPointF(step, 0), m_zoom);
        break;
    case Qt::Key_Right:
        setView(m_center + QPointF(step, 0), m_zoom);
        break;
    case Qt::Key_Up:
        setView(m_center + QPointF(0, step), m_zoom);
        break;
    case Qt::Key_Down:
        setView(m_center - QPointF(0, step), m_zoom);
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

void WorldMapWidget::leaveEvent(QEvent *)
{
    if (m_hoverCell >= 0) {
        m_hoverCell = -1;
        update();
    }
}

void WorldMapWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        m_backgroundKey.clear();
    QWidget::changeEvent(event);
}

} // namespace regionmap
