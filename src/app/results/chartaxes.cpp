#include "chartaxes.h"

#include <QChart>
#include <QFont>
#include <QLegend>
#include <QPalette>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace regionmap {

// A round step near `rough`: 1, 2, 2.5 or 5 times a power of ten.
double chartNiceStep(double rough)
{
    if (!(rough > 0))
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    for (const double m : {1.0, 2.0, 2.5, 5.0}) {
        if (m * magnitude >= rough)
            return m * magnitude;
    }
    return 10 * magnitude;
}

// At most about four labelled ticks from 0 to `max`, at round numbers: labels that never crowd
// out each other (Qt Charts hides the ones that would overlap).
void setRoundTicks(QValueAxis *axis, double max)
{
    const double step = chartNiceStep(max / 4);
    axis->setRange(0, std::max(step, std::ceil(max / step) * step));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
}

void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

void applyChartTheme(QChart *chart, const QPalette &pal, const QFont &font)
{
    const QColor text = pal.color(QPalette::WindowText);
    QColor grid = pal.color(QPalette::Mid);
    grid.setAlphaF(0.5f);
    chart->setBackgroundBrush(pal.color(QPalette::Base));
    chart->setBackgroundPen(QPen(pal.color(QPalette::Mid)));
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    QFont title = font;
    title.setBold(true);
    chart->setTitleFont(title);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(grid);
        axis->setGridLineColor(grid);
    }
}

} // namespace regionmap
