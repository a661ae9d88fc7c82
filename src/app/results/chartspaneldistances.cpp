// ChartsPanel's distance histogram: bins of km on a value axis with round ticks, the est. RTT
// in the axis title (chartspanel.cpp builds the other charts).
#include "chartaxes.h"
#include "chartspanel.h"
#include "resultstext.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QFontMetrics>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace regionmap {

// "Distance in km (bins of 500 km)", and the est. RTT at the ends of the range, so that the
// axis reads in milliseconds too.
QString ChartsPanel::kmAxisTitle(const DistanceHistogram &h)
{
    return tr("Distance in km (bins of %1 km)").arg(QLocale().toString(h.binWidthKm, 'g', 6));
}

QString ChartsPanel::rttAxisTitle(const DistanceHistogram &h)
{
    QString title = kmAxisTitle(h);
    std::optional<double> first;
    std::optional<double> last;
    for (int i = 0; i < h.meanRttMs.size(); ++i) {
        if (!h.meanRttMs.at(i))
            continue;
        if (!first)
            first = h.meanRttMs.at(i);
        last = h.meanRttMs.at(i);
    }
    if (first && last)
        title += QStringLiteral(" · ")
                 + tr("est. RTT from about %1 to %2")
                       .arg(ResultsText::ms(first), ResultsText::ms(last));
    return title;
}

void ChartsPanel::buildDistances()
{
    QChart *c = chart(Chart::Distances);
    clearChart(c);
    c->setTitle(chartTitle(Chart::Distances));
    if (m_histogram.counts.isEmpty())
        return;
    auto *series = new QBarSeries;
    series->setBarWidth(0.92);
    auto *set = new QBarSet(tr("Rows"));
    QStringList categories;
    const QLocale locale;
    qint64 maxValue = 0;
    for (int i = 0; i < m_histogram.counts.size(); ++i) {
        *set << double(m_histogram.counts.at(i));
        categories << QString::number(i);
        maxValue = std::max(maxValue, m_histogram.counts.at(i));
    }
    set->setColor(palette().color(QPalette::Highlight));
    set->setBorderColor(palette().color(QPalette::Highlight).darker(130));
    const DistanceHistogram h = m_histogram;
    connect(set, &QBarSet::hovered, this, [h, locale](bool on, int index) {
        if (!on) {
            QToolTip::hideText();
            return;
        }
        QString text = tr("%1 – %2 km: %3 rows")
                           .arg(locale.toString(h.binStart(index), 'g', 6),
                                locale.toString(h.binEnd(index), 'g', 6),
                                ResultsText::count(h.counts.at(index)));
        if (const std::optional<double> rtt = h.meanRttMs.value(index); rtt)
            text += QLatin1Char('\n') + tr("est. RTT: mean %1").arg(ResultsText::ms(rtt));
        QToolTip::showText(QCursor::pos(), text);
    });
    series->append(set);
    c->addSeries(series);
    // The bars stand on a hidden category axis (bin i centred on i); the km axis below spans the
    // same width, its ticks at round distances, few enough to read at any size.
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    axisX->setVisible(false);
    c->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *kmAxis = new QValueAxis;
    const double maxKm = m_histogram.binEnd(int(m_histogram.counts.size()) - 1);
    kmAxis->setRange(0, maxKm);
    kmAxis->setTickType(QValueAxis::TicksDynamic);
    kmAxis->setTickAnchor(0);
    kmAxis->setTickInterval(chartNiceStep(maxKm / 4));
    kmAxis->setLabelFormat(QStringLiteral("%.0f"));
    kmAxis->setGridLineVisible(false);
    // The longest title that fits: with the est. RTT, with the bins, or the unit alone.
    // (The title spans the plot, not the row labels beside it.)
    QString title = tr("Distance in km");
    QFont titleFont = kmAxis->titleFont();
    titleFont.setBold(true);
    for (const QString &longer : {kmAxisTitle(m_histogram), rttAxisTitle(m_histogram)}) {
        if (fits(Chart::Distances, longer, titleFont, 0.72))
            title = longer;
    }
    kmAxis->setTitleText(title);
    c->addAxis(kmAxis, Qt::AlignBottom);
    auto *axisY = new QValueAxis;
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    setRoundTicks(axisY, double(std::max<qint64>(maxValue, 1)));
    axisY->setTitleText(tr("Rows"));
    c->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    applyTheme(c);
}

} // namespace regionmap
