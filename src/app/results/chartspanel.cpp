#include "chartspanel.h"

#include "resultstext.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QGridLayout>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace regionmap {

namespace {

void resetChart(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

} // namespace

ChartsPanel::ChartsPanel(QWidget *parent)
    : QWidget(parent)
    , m_footnote(new QLabel(this))
{
    auto *grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(6);
    for (int i = 0; i < 4; ++i) {
        auto *chart = new QChart;
        chart->setAnimationOptions(QChart::NoAnimation);
        chart->legend()->hide();
        chart->setMargins(QMargins(6, 6, 6, 6));
        auto *view = new QChartView(chart, this);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(300, 180);
        m_views << view;
    }
    // The region bars and the donut's legend get the height they need; the two small charts
    // share the bottom row.
    grid->addWidget(chartView(Chart::Regions), 0, 0);
    grid->addWidget(chartView(Chart::Share), 0, 1);
    grid->addWidget(chartView(Chart::Distances), 1, 0);
    grid->addWidget(chartView(Chart::Statuses), 1, 1);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(grid, 1);
    m_footnote->setWordWrap(true);
    m_footnote->setEnabled(false); // the palette's quieter text colour
    layout->addWidget(m_footnote);
    applyThemes();
    clear();
}

QChartView *ChartsPanel::chartView(Chart chart) const
{
    return m_views.at(int(chart));
}

QChart *ChartsPanel::chart(Chart chart) const
{
    return chartView(chart)->chart();
}

QString ChartsPanel::chartName(Chart chart)
{
    switch (chart) {
    case Chart::Regions:
        return QStringLiteral("regions");
    case Chart::Share:
        return QStringLiteral("share");
    case Chart::Distances:
        return QStringLiteral("distances");
    case Chart::Statuses:
        return QStringLiteral("statuses");
    }
    return {};
}

QString ChartsPanel::chartTitle(Chart chart) const
{
    switch (chart) {
    case Chart::Regions:
        return tr("Rows per region");
    case Chart::Share:
        return tr("Share of rows");
    case Chart::Distances:
        return tr("Distance to the assigned region");
    case Chart::Statuses:
        return tr("Rows by geolocation status");
    }
    return {};
}

void ChartsPanel::clear()
{
    m_hasOverview = m_hasHistogram = false;
    m_pending = 0;
    for (int i = 0; i < 4; ++i) {
        QChart *c = chart(Chart(i));
        resetChart(c);
        c->setTitle(chartTitle(Chart(i)));
    }
}

void ChartsPanel::setOverview(const ScopeOverview &overview, const RegionPalette &palette)
{
    m_overview = overview;
    m_palette = palette;
    m_hasOverview = true;
    m_pending
        |= pendingBit(Chart::Regions) | pendingBit(Chart::Share) | pendingBit(Chart::Statuses);
    scheduleBuild();
}

void ChartsPanel::setHistogram(const DistanceHistogram &histogram)
{
    m_histogram = histogram;
    m_hasHistogram = true;
    m_pending |= pendingBit(Chart::Distances);
    scheduleBuild();
}

bool ChartsPanel::isUpToDate() const
{
    return m_pending == 0;
}

void ChartsPanel::flush()
{
    while (m_pending)
        buildNext();
}

// Charts are built when they are seen, one per turn of the event loop: laying out a chart costs
// tens of milliseconds, and the GUI must not stall for all four at once (nor for charts on a
// page nobody looks at).
void ChartsPanel::scheduleBuild()
{
    if (m_buildScheduled || !m_pending || !isVisible())
        return;
    m_buildScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_buildScheduled = false;
        if (!isVisible())
            return;
        buildNext();
        scheduleBuild();
    });
}

void ChartsPanel::buildNext()
{
    for (int i = 0; i < 4; ++i) {
        const auto chart = Chart(i);
        if (!(m_pending & pendingBit(chart)))
            continue;
        m_pending &= ~pendingBit(chart);
        switch (chart) {
        case Chart::Regions:
            buildRegions();
            break;
        case Chart::Share:
            buildShare();
            break;
        case Chart::Distances:
            buildDistances();
            break;
        case Chart::Statuses:
            buildStatuses();
            break;
        }
        return;
    }
}

void ChartsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    scheduleBuild();
}

void ChartsPanel::setAttribution(const QString &plainText)
{
    m_footnote->setText(plainText);
    m_footnote->setVisible(!plainText.isEmpty());
}

// One bar per category, each in its own colour: a stacked series with one set per bar, each set
// holding a value only in its own category. Each category names its bar and its value, which
// reads on any bar colour and theme. Regions stand upright (their many labels turned), the few
// statuses lie down.
void ChartsPanel::showBars(QChart *chart, const QList<Bar> &bars, const QString &valueTitle,
                           bool regions)
{
    resetChart(chart);
    if (bars.isEmpty())
        return;
    const bool vertical = regions;
    QAbstractBarSeries *series = vertical ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries)
                                          : new QHorizontalStackedBarSeries;
    series->setBarWidth(0.8);
    // Vertical bars run left to right, horizontal ones bottom-up: most first means last there.
    auto position = [&](qsizetype i) {
        return vertical ? i : bars.size() - 1 - i;
    };
    QStringList categories(bars.size());
    qint64 maxValue = 0;
    for (qsizetype i = 0; i < bars.size(); ++i) {
        const Bar &bar = bars.at(i);
        categories[position(i)]
            = QStringLiteral("%1 · %2").arg(bar.label, ResultsText::count(bar.value));
        maxValue = std::max(maxValue, bar.value);
        auto *set = new QBarSet(bar.label);
        for (qsizetype c = 0; c < bars.size(); ++c)
            *set << (c == position(i) ? double(bar.value) : 0.0);
        set->setColor(bar.color);
        set->setBorderColor(bar.color.darker(140));
        const QString key = bar.key;
        const QString tip = bar.toolTip;
        connect(set, &QBarSet::hovered, this, [tip](bool on) {
            if (on)
                QToolTip::showText(QCursor::pos(), tip);
            else
                QToolTip::hideText();
        });
        if (!key.isEmpty()) {
            connect(set, &QBarSet::clicked, this, [this, key, regions] {
                if (regions)
                    emit regionClicked(key);
                else
                    emit statusClicked(key);
            });
        }
        series->append(set);
    }
    chart->addSeries(series);

    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    categoryAxis->setLabelsFont(small);
    if (vertical)
        categoryAxis->setLabelsAngle(-90);
    chart->addAxis(categoryAxis, vertical ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0, double(std::max<qint64>(maxValue, 1)) * 1.05);
    valueAxis->setLabelFormat(QStringLiteral("%d"));
    valueAxis->applyNiceNumbers();
    valueAxis->setTitleText(valueTitle);
    chart->addAxis(valueAxis, vertical ? Qt::AlignLeft : Qt::AlignBottom);
    series->attachAxis(valueAxis);
    applyTheme(chart);
}

void ChartsPanel::buildRegions()
{
    QList<Bar> bars;
    qint64 otherRows = 0;
    int otherRegions = 0;
    for (const RegionStat &r : m_overview.regions) {
        if (r.rows <= 0)
            continue;
        if (bars.size() >= kMaxRegionBars) {
            otherRows += r.rows;
            ++otherRegions;
            continue;
        }
        bars << Bar {r.code, r.rows, m_palette.color(r.code), r.code,
                     tr("%1 (%2)\n%3 rows, %4 of all rows\nmedian distance %5")
                         .arg(r.code, r.name, ResultsText::count(r.rows),
                              ResultsText::share(r.share), ResultsText::km(r.medianKm))};
    }
    if (otherRegions > 0) {
        bars << Bar {tr("%n other(s)", nullptr, otherRegions), otherRows,
                     RegionPalette::otherColor(), QString(),
                     tr("%n more region(s) with %1 rows", nullptr, otherRegions)
                         .arg(ResultsText::count(otherRows))};
    }
    QChart *c = chart(Chart::Regions);
    showBars(c, bars, tr("Rows"), true);
    c->setTitle(bars.isEmpty() ? tr("Rows per region: no located rows")
                               : chartTitle(Chart::Regions));
}

void ChartsPanel::buildShare()
{
    QChart *c = chart(Chart::Share);
    resetChart(c);
    c->setTitle(chartTitle(Chart::Share));
    if (m_overview.totalRows <= 0)
        return;
    auto *series = new QPieSeries;
    series->setHoleSize(0.42);
    series->setPieSize(0.9);
    const double total = double(m_overview.totalRows);
    qint64 otherRows = 0;
    int otherRegions = 0;
    auto addSlice = [&](const QString &label, qint64 rows, const QColor &color, const QString &key,
                        const QString &what) {
        auto *slice = series->append(label, double(rows));
        slice->setColor(color);
        slice->setBorderColor(palette().color(QPalette::Window));
        slice->setLabel(
            QStringLiteral("%1 %2").arg(label, ResultsText::share(double(rows) / total)));
        slice->setLabelVisible(false); // the legend names every slice
        const QString tip
            = tr("%1\n%2 rows, %3 of all rows")
                  .arg(what, ResultsText::count(rows), ResultsText::share(double(rows) / total));
        connect(slice, &QPieSlice::hovered, this, [slice, tip](bool on) {
            slice->setExploded(on);
            if (on)
                QToolTip::showText(QCursor::pos(), tip);
            else
                QToolTip::hideText();
        });
        if (!key.isEmpty())
            connect(slice, &QPieSlice::clicked, this, [this, key] { emit regionClicked(key); });
    };
    int slices = 0;
    for (const RegionStat &r : m_overview.regions) {
        if (r.rows <= 0)
            continue;
        if (slices < kMaxSlices && r.share >= kMinSliceShare) {
            addSlice(r.code, r.rows, m_palette.color(r.code), r.code,
                     QStringLiteral("%1 (%2)").arg(r.code, r.name));
            ++slices;
        } else {
            otherRows += r.rows;
            ++otherRegions;
        }
    }
    if (otherRows > 0) {
        addSlice(tr("other"), otherRows, RegionPalette::otherColor(), QString(),
                 tr("%n other region(s), each under %1 of the rows", nullptr, otherRegions)
                     .arg(ResultsText::share(kMinSliceShare)));
    }
    const qint64 notLocated = m_overview.totalRows - m_overview.locatedRows;
    if (notLocated > 0) {
        QColor none = palette().color(QPalette::Mid);
        addSlice(tr("not located"), notLocated, none, QString(),
                 tr("Rows without a region (invalid, private, not found, ...)"));
    }
    c->addSeries(series);
    c->legend()->setVisible(true);
    c->legend()->setAlignment(Qt::AlignRight);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    c->legend()->setFont(small);
    applyTheme(c);
}

// "Distance in km (bins of 500 km)", and the est. RTT at the ends of the range, so that the
// axis reads in milliseconds too.
QString ChartsPanel::rttAxisTitle(const DistanceHistogram &h)
{
    const QLocale locale;
    QString title = tr("Distance in km (bins of %1 km)").arg(locale.toString(h.binWidthKm, 'g', 6));
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
    resetChart(c);
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
        categories << locale.toString(m_histogram.binStart(i), 'g', 6);
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
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    axisX->setTitleText(rttAxisTitle(m_histogram));
    axisX->setLabelsAngle(categories.size() > 12 ? -90 : 0);
    c->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = new QValueAxis;
    axisY->setRange(0, double(std::max<qint64>(maxValue, 1)));
    axisY->setLabelFormat(QStringLiteral("%d"));
    axisY->applyNiceNumbers();
    axisY->setTitleText(tr("Rows"));
    c->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    applyTheme(c);
}

void ChartsPanel::buildStatuses()
{
    QList<Bar> bars;
    for (const StatusStat &s : m_overview.statuses) {
        bars << Bar {ResultsText::statusLabel(s.status), s.rows,
                     RegionPalette::statusColor(s.status), s.status,
                     tr("%1 (%2)\n%3 rows, %4 of all rows\n%5")
                         .arg(ResultsText::statusLabel(s.status), s.status,
                              ResultsText::count(s.rows), ResultsText::share(s.share),
                              ResultsText::statusDescription(s.status))};
    }
    QChart *c = chart(Chart::Statuses);
    showBars(c, bars, tr("Rows"), false);
    c->setTitle(chartTitle(Chart::Statuses));
}

void ChartsPanel::applyTheme(QChart *chart) const
{
    const QPalette &pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    QColor grid = pal.color(QPalette::Mid);
    grid.setAlphaF(0.5f);
    chart->setBackgroundBrush(pal.color(QPalette::Base));
    chart->setBackgroundPen(QPen(pal.color(QPalette::Mid)));
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    QFont title = font();
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

void ChartsPanel::applyThemes()
{
    for (QChartView *v : std::as_const(m_views)) {
        v->setBackgroundBrush(palette().color(QPalette::Window));
        applyTheme(v->chart());
    }
}

void ChartsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyThemes();
        if (m_hasOverview)
            setOverview(m_overview, m_palette);
        if (m_hasHistogram)
            setHistogram(m_histogram);
        // Colours follow the palette at once.
        if (isVisible())
            flush();
    }
}

} // namespace regionmap
