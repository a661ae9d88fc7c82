#include "plankchart.h"

#include "results/chartaxes.h"
#include "results/resultstext.h"

#include <QChart>
#include <QEvent>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

namespace regionmap {

PlanKChart::PlanKChart(QWidget *parent)
    : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(200);
    chart()->legend()->hide();
    clear();
}

void PlanKChart::clear(const QString &title)
{
    clearChart(chart());
    chart()->setTitle(title.isEmpty() ? tr("Best k regions: choose the candidates and press Find")
                                      : title);
    applyChartTheme(chart(), palette(), font());
}

void PlanKChart::setSteps(const QList<Planner::Step> &steps, PlanObjective objective,
                          double withinMs)
{
    clearChart(chart());
    if (steps.isEmpty()) {
        clear(tr("No answer: too few candidate regions for that k."));
        return;
    }
    const bool share = objective == PlanObjective::Within;
    auto *line = new QLineSeries(chart());
    auto *points = new QScatterSeries(chart());
    points->setMarkerSize(9);
    points->setPointLabelsVisible(true);
    points->setPointLabelsClipping(false);
    points->setPointLabelsFormat(share ? QStringLiteral("@yPoint %") : QStringLiteral("@yPoint"));
    points->setPointLabelsColor(palette().color(QPalette::WindowText));
    const QColor colour = palette().color(QPalette::Highlight);
    line->setPen(QPen(colour, 2.5));
    points->setColor(colour);
    points->setBorderColor(colour);
    double top = 0;
    for (const Planner::Step &s : steps) {
        const double y
            = share ? std::round(1000 * s.outcome.objective) / 10 : std::round(s.outcome.objective);
        line->append(s.k, y);
        points->append(s.k, y);
        top = std::max(top, y);
    }
    chart()->addSeries(line);
    chart()->addSeries(points);
    auto *kAxis = new QValueAxis(chart());
    kAxis->setRange(steps.first().k - 0.5, steps.last().k + 0.5);
    kAxis->setTickType(QValueAxis::TicksDynamic);
    kAxis->setTickAnchor(steps.first().k);
    kAxis->setTickInterval(1);
    kAxis->setLabelFormat(QStringLiteral("%d"));
    kAxis->setTitleText(tr("k (regions)"));
    auto *yAxis = new QValueAxis(chart());
    setRoundTicks(yAxis, share ? 100 : top * 1.15);
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    yAxis->setTitleText(share ? tr("% of rows within %1 ms").arg(withinMs)
                        : objective == PlanObjective::P95Km ? tr("95th-percentile km")
                                                            : tr("mean km"));
    chart()->addAxis(kAxis, Qt::AlignBottom);
    chart()->addAxis(yAxis, Qt::AlignLeft);
    for (QAbstractSeries *s :
         {static_cast<QAbstractSeries *>(line), static_cast<QAbstractSeries *>(points)}) {
        s->attachAxis(kAxis);
        s->attachAxis(yAxis);
    }
    const Planner::Step &last = steps.last();
    chart()->setTitle(share ? tr("With %n region(s), %1 of rows are within %2 ms", nullptr, last.k)
                                  .arg(ResultsText::share(last.outcome.objective))
                                  .arg(withinMs)
                            : tr("With %n region(s), the %1 is %2", nullptr, last.k)
                                  .arg(objective == PlanObjective::P95Km
                                           ? tr("95th-percentile distance")
                                           : tr("mean distance"),
                                       ResultsText::km(last.outcome.objective)));
    connect(points, &QScatterSeries::clicked, this,
            [this](const QPointF &p) { emit kClicked(int(std::lround(p.x()))); });
    applyChartTheme(chart(), palette(), font());
}

void PlanKChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyChartTheme(chart(), palette(), font());
    QChartView::changeEvent(event);
}

} // namespace regionmap
