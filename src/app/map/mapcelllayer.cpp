#include "mapcelllayer.h"

#include "results/resultstext.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace regionmap {

namespace {
constexpr double kMinCellPixels = 6.0;
} // namespace

const QList<double> &MapCellLayer::cellLevels()
{
    static const QList<double> levels {0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 5.0};
    return levels;
}

double MapCellLayer::wantedCellDegrees(const MapProjection &projection)
{
    const double s = projection.scale();
    for (const double level : cellLevels()) {
        if (level * s >= kMinCellPixels)
            return level;
    }
    return cellLevels().last();
}

void MapCellLayer::setCells(const MapCells &cells)
{
    m_cells = cells;
    std::stable_sort(m_cells.cells.begin(), m_cells.cells.end(),
                     [](const MapCell &a, const MapCell &b) { return a.rows > b.rows; });
    m_hoverCell = -1;
    emit changed();
}

void MapCellLayer::setPalette(const RegionPalette &palette)
{
    m_palette = palette;
    emit changed();
}

void MapCellLayer::clear()
{
    m_cells = {};
    m_hoverCell = -1;
    emit changed();
}

void MapCellLayer::setMarkUncertain(bool on)
{
    m_markUncertain = on;
    emit changed();
}

double MapCellLayer::cellRadius(qint64 rows, double scale) const
{
    const double cellPixels = m_cells.cellDegrees * scale;
    const double maxRadius = std::clamp(cellPixels * 0.95, 5.0, 30.0);
    const double minRadius = 2.0;
    if (m_cells.maxRows <= 0)
        return minRadius;
    return minRadius + (maxRadius - minRadius) * std::sqrt(double(rows) / double(m_cells.maxRows));
}

int MapCellLayer::cellAt(const MapFrame &frame, const QPointF &pos) const
{
    // Topmost first: small circles are drawn over big ones, so the last drawn wins.
    const double s = frame.projection.scale();
    const QRectF view(QPointF(0, 0), frame.projection.size());
    int best = -1;
    double bestDistance = 1e9;
    for (int i = int(m_cells.cells.size()) - 1; i >= 0; --i) {
        const MapCell &c = m_cells.cells.at(i);
        const QPointF at = frame.projection.toScreen(c.longitude, c.latitude);
        const double r = cellRadius(c.rows, s);
        if (!view.adjusted(-r, -r, r, r).contains(at))
            continue; // not drawn
        const double d = std::hypot(pos.x() - at.x(), pos.y() - at.y());
        if (d <= r)
            return i;
        if (d <= r + 3 && d < bestDistance) {
            best = i;
            bestDistance = d;
        }
    }
    return best;
}

void MapCellLayer::paint(QPainter &p, const MapFrame &frame) const
{
    const double s = frame.projection.scale();
    const QRectF view(QPointF(0, 0), frame.projection.size());
    for (int i = 0; i < m_cells.cells.size(); ++i) {
        const MapCell &c = m_cells.cells.at(i);
        const QPointF pos = frame.projection.toScreen(c.longitude, c.latitude);
        const double r = cellRadius(c.rows, s);
        if (!view.adjusted(-r, -r, r, r).contains(pos))
            continue;
        QColor fill = m_palette.color(c.dominantRegion());
        const QColor edge = fill.darker(170);
        fill.setAlphaF(0.78f);
        const bool hovered = frame.onScreen && i == m_hoverCell;
        p.setPen(
            QPen(hovered ? frame.palette.color(QPalette::WindowText) : edge, hovered ? 2.0 : 1.0));
        p.setBrush(fill);
        p.drawEllipse(pos, r, r);
        if (m_markUncertain && c.uncertainRows > 0) {
            // The uncertain share as a hatched slice, clockwise from twelve o'clock.
            // Shaded and hatched, so that it shows on the smallest circles too.
            const int span = -int(std::lround(5760.0 * double(c.uncertainRows) / double(c.rows)));
            QColor shade = edge;
            shade.setAlphaF(0.45f);
            p.setPen(Qt::NoPen);
            for (const QBrush &brush : {QBrush(shade), QBrush(edge, Qt::BDiagPattern)}) {
                p.setBrush(brush);
                if (span <= -5760)
                    p.drawEllipse(pos, r, r);
                else
                    p.drawPie(QRectF(pos.x() - r, pos.y() - r, 2 * r, 2 * r), 90 * 16, span);
            }
        }
    }
}

void MapCellLayer::paintOverlay(QPainter &p, const MapFrame &frame) const
{
    if (!m_showLegend || m_cells.cells.isEmpty() || m_cells.maxRows <= 0)
        return;
    const QPalette &pal = frame.palette;
    const double s = frame.projection.scale();
    const QLocale locale;
    const QString title = tr("Rows per %1° cell").arg(locale.toString(m_cells.cellDegrees));
    QList<qint64> samples {m_cells.maxRows};
    if (m_cells.maxRows >= 10)
        samples << std::max<qint64>(1, m_cells.maxRows / 10);
    p.setFont(frame.font);
    const QFontMetricsF fm(frame.font);
    const QString hatchText = tr("hatched: uncertain assignments");
    const bool hatch = m_markUncertain;
    double width = fm.horizontalAdvance(title);
    double height = fm.height() + 6;
    if (hatch) {
        width = std::max(width, fm.height() + 8 + fm.horizontalAdvance(hatchText));
        height += fm.height() + 4;
    }
    for (const qint64 n : samples) {
        const double r = cellRadius(n, s);
        width = std::max(width, 2 * r + 8 + fm.horizontalAdvance(ResultsText::count(n)));
        height += std::max(2 * r, fm.height()) + 4;
    }
    // Bottom left: over the southern Pacific and Antarctica in the whole-world view, where no
    // region or row is (the top left covers North America's west coast).
    const QRectF box(8, frame.projection.size().height() - (height + 8) - 8, width + 16,
                     height + 8);
    QColor bg = pal.color(QPalette::Window);
    bg.setAlphaF(0.85f);
    p.setPen(QPen(pal.color(QPalette::Mid), 1));
    p.setBrush(bg);
    p.drawRoundedRect(box, 4, 4);
    p.setPen(pal.color(QPalette::WindowText));
    double y = box.top() + 6 + fm.ascent();
    p.drawText(QPointF(box.left() + 8, y), title);
    y += fm.descent() + 6;
    for (const qint64 n : samples) {
        const double r = cellRadius(n, s);
        const double rowHeight = std::max(2 * r, fm.height());
        const QPointF c(box.left() + 8 + r, y + rowHeight / 2);
        QColor fill = pal.color(QPalette::Mid);
        fill.setAlphaF(0.6f);
        p.setBrush(fill);
        p.setPen(QPen(pal.color(QPalette::WindowText), 1));
        p.drawEllipse(c, r, r);
        p.drawText(QPointF(c.x() + r + 8, c.y() + fm.ascent() / 2 - 1), ResultsText::count(n));
        y += rowHeight + 4;
    }
    if (hatch) {
        const QRectF sample(box.left() + 8, y, fm.height(), fm.height());
        QColor shade = pal.color(QPalette::WindowText);
        shade.setAlphaF(0.35f);
        p.setPen(QPen(pal.color(QPalette::WindowText), 1));
        p.setBrush(shade);
        p.drawEllipse(sample);
        p.setBrush(QBrush(pal.color(QPalette::WindowText), Qt::BDiagPattern));
        p.drawEllipse(sample);
        p.drawText(QPointF(sample.right() + 8, sample.center().y() + fm.ascent() / 2 - 1),
                   hatchText);
    }
}

QString MapCellLayer::regionAt(const MapFrame &frame, const QPointF &pos) const
{
    const int cell = m_picksRegions ? cellAt(frame, pos) : -1;
    return cell >= 0 ? m_cells.cells.at(cell).dominantRegion() : QString();
}

QString MapCellLayer::toolTipAt(const MapFrame &frame, const QPointF &pos) const
{
    const int index = cellAt(frame, pos);
    if (index < 0)
        return {};
    const MapCell &c = m_cells.cells.at(index);
    const QLocale locale;
    QString text
        = tr("<b>Rows: %1</b><br>%2° cell around %3, %4")
              .arg(ResultsText::count(c.rows), locale.toString(m_cells.cellDegrees),
                   locale.toString(c.latitude, 'f', 2), locale.toString(c.longitude, 'f', 2));
    // With regions merged into too few rows, the counts of the others would tell the rest: then
    // the regions are named without counts (docs/privacy.md).
    const bool counts = c.otherRegionRows == 0 || c.otherRegionRows >= m_cells.minCount;
    for (int i = 0; i < c.regions.size() && i < 5; ++i) {
        text += QStringLiteral("<br>")
                + (counts ? tr("Region %1: %2")
                                .arg(c.regions.at(i).first.toHtmlEscaped(),
                                     ResultsText::count(c.regions.at(i).second))
                          : tr("Region %1").arg(c.regions.at(i).first.toHtmlEscaped()));
    }
    if (c.regions.size() > 5)
        text += QStringLiteral("<br>")
                + tr("and %n more region(s)", nullptr, int(c.regions.size() - 5));
    if (c.otherRegionRows > 0)
        text += QStringLiteral("<br>")
                + tr("Other regions, of fewer than %1 rows each here").arg(m_cells.minCount);
    if (c.uncertainRows > 0)
        text += QStringLiteral("<br>")
                + tr("Uncertain assignments: %1 (%2)")
                      .arg(ResultsText::count(c.uncertainRows),
                           ResultsText::share(double(c.uncertainRows) / double(c.rows)));
    return text;
}

bool MapCellLayer::hoverAt(const MapFrame &frame, const QPointF &pos)
{
    const int cell = cellAt(frame, pos);
    if (cell == m_hoverCell)
        return false;
    m_hoverCell = cell;
    return true;
}

bool MapCellLayer::clearHover()
{
    if (m_hoverCell < 0)
        return false;
    m_hoverCell = -1;
    return true;
}

} // namespace regionmap
