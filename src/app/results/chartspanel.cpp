#include "chartspanel.h"

#include "chartaxes.h"
#include "results/geoattribution.h"
#include "resultssession.h"
#include "resultstext.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace regionmap {

ChartsPanel::ChartsPanel(QWidget *parent)
    : QWidget(parent)
    , m_regionsScroll(new QScrollArea(this))
    , m_footnote(new QLabel(this))
{
    auto *grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(6);
    for (int i = 0; i < 4; ++i) {
        auto *chart = new QChart;
        chart->setAnimationOptions(QChart::NoAnimation);
        chart->setLocalizeNumbers(true); // "4,000" and "4.000" as the analyst writes them
        chart->legend()->hide();
        chart->setMargins(QMargins(6, 6, 6, 6));
        auto *view = new QChartView(chart, this);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(260, 160);
        view->setAccessibleName(chartTitle(Chart(i)));
        m_views << view;
    }
    // The region bars scroll when there are more than the height shows; the donut and its
    // legend beside them; the two small charts share the bottom row.
    m_regionsScroll->setWidget(chartView(Chart::Regions));
    m_regionsScroll->setWidgetResizable(true);
    m_regionsScroll->setFrameShape(QFrame::NoFrame);
    m_regionsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_regionsScroll->setMinimumSize(260, 160);
    grid->addWidget(m_regionsScroll, 0, 0);
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
        clearChart(c);
        c->setTitle(chartTitle(Chart(i)));
    }
}

void ChartsPanel::bind(ResultsSession *session)
{
    connect(session, &ResultsSession::scopeChanged, this, &ChartsPanel::clear);
    connect(session, &ResultsSession::overviewLoaded, this, [this, session] {
        setOverview(session->overview(), session->palette());
        setAttribution(GeoAttribution::plainText(session->overview().geoSources));
    });
    connect(session, &ResultsSession::histogramLoaded, this,
            [this, session] { setHistogram(session->histogram()); });
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
// holding a value only in its own category. Bars lie down, most first at the top, each category
// naming its bar and its value (region codes and status names read without turning the head).
void ChartsPanel::showBars(QChart *chart, const QList<Bar> &bars, const QString &valueTitle,
                           bool regions)
{
    clearChart(chart);
    if (bars.isEmpty())
        return;
    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.8);
    // Horizontal bars run bottom-up: most first means last in the categories.
    auto position = [&](qsizetype i) {
        return bars.size() - 1 - i;
    };
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    // "Located · 2,657" when every label fits the part of the width Qt Charts gives the axis,
    // else the name alone (the number is in the tool tip and on the value axis).
    const Chart which = regions ? Chart::Regions : Chart::Statuses;
    bool withCounts = true;
    for (const Bar &bar : bars) {
        withCounts
            = withCounts
              && fits(which,
                      QStringLiteral("%1 · %2").arg(bar.label, ResultsText::count(bar.value)),
                      small, 0.36);
    }
    QStringList categories(bars.size());
    qint64 maxValue = 0;
    for (qsizetype i = 0; i < bars.size(); ++i) {
        const Bar &bar = bars.at(i);
        categories[position(i)]
            = withCounts ? QStringLiteral("%1 · %2").arg(bar.label, ResultsText::count(bar.value))
                         : bar.label;
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
    categoryAxis->setLabelsFont(small);
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    auto *valueAxis = new QValueAxis;
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    setRoundTicks(valueAxis, double(std::max<qint64>(maxValue, 1)));
    valueAxis->setTitleText(valueTitle);
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);
    applyTheme(chart);
}

void ChartsPanel::buildRegions()
{
    QList<Bar> bars;
    for (const RegionStat &r : m_overview.regions) {
        if (r.rows <= 0 || r.withheld) // fewer rows than the minimum count: no bar of its own
            continue;
        bars << Bar {r.code, r.rows, m_palette.color(r.code), r.code,
                     tr("%1 (%2)\n%3 rows, %4 of all rows\nmedian distance %5")
                         .arg(r.code, r.name, ResultsText::count(r.rows),
                              ResultsText::share(r.share), ResultsText::km(r.medianKm))};
    }
    QChart *c = chart(Chart::Regions);
    showBars(c, bars, tr("Rows"), true);
    c->setTitle(bars.isEmpty() ? tr("Rows per region: no located rows")
                               : chartTitle(Chart::Regions));
    // Every region gets a line its label fits on (Qt Charts cuts labels taller than their
    // line); more than the page shows scroll.
    const int line = QFontMetrics(font()).height() * 3 / 2;
    chartView(Chart::Regions)->setMinimumHeight(std::max(160, int(bars.size()) * line + 150));
}

void ChartsPanel::buildShare()
{
    QChart *c = chart(Chart::Share);
    clearChart(c);
    c->setTitle(chartTitle(Chart::Share));
    if (m_overview.totalRows <= 0)
        return;
    auto *series = new QPieSeries;
    series->setHoleSize(0.42);
    series->setPieSize(0.9);
    const double total = double(m_overview.totalRows);
    qint64 otherRows = 0;
    int otherRegions = 0;
    const int maxSlices = slicesThatFit();
    auto addSlice = [&](const QString &label, qint64 rows, const QColor &color, const QString &key,
                        const QString &what) {
        auto *slice = series->append(label, double(rows));
        slice->setColor(color);
        slice->setBorderColor(palette().color(QPalette::Window));
        slice->setLabel(label);
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
        if (slices < maxSlices && r.share >= kMinSliceShare && !r.withheld) {
            addSlice(r.code, r.rows, m_palette.color(r.code), r.code,
                     QStringLiteral("%1 (%2)").arg(r.code, r.name));
            ++slices;
        } else {
            otherRows += r.rows;
            ++otherRegions;
        }
    }
    // An "Other" of fewer rows than the minimum count would tell a withheld region's count.
    if (otherRows > 0 && !m_overview.privacy.isSmall(otherRows)) {
        addSlice(tr("Other (%n region(s))", nullptr, otherRegions), otherRows,
                 RegionPalette::otherColor(), QString(),
                 tr("%n other region(s), each under %1 of the rows or past the %2 largest", nullptr,
                    otherRegions)
                     .arg(ResultsText::share(kMinSliceShare))
                     .arg(maxSlices));
    }
    const qint64 notLocated = m_overview.totalRows - m_overview.locatedRows;
    if (notLocated > 0) {
        // A lighter grey than "Other": no region is ever grey.
        addSlice(tr("Not located"), notLocated, RegionPalette::otherColor().lighter(135), QString(),
                 tr("Rows without a region (invalid, private, not found, ...)"));
    }
    // The legend names every slice; with its share when all of them fit beside the donut (Qt
    // Charts would cut longer names short), else the share is in the slice's tool tip.
    bool withShares = true;
    for (QPieSlice *slice : series->slices()) {
        const QString text = QStringLiteral("%1 %2").arg(
            slice->label(), ResultsText::share(slice->value() / total));
        withShares = withShares && fits(Chart::Share, text, legendFont(), 0.42);
    }
    for (QPieSlice *slice : series->slices()) {
        if (withShares) {
            slice->setLabel(QStringLiteral("%1 %2").arg(
                slice->label(), ResultsText::share(slice->value() / total)));
        } else if (slice->color() == RegionPalette::otherColor()) {
            slice->setLabel(tr("Other (%1)").arg(otherRegions));
        }
    }
    c->addSeries(series);
    c->legend()->setVisible(true);
    c->legend()->setAlignment(Qt::AlignRight);
    c->legend()->setFont(legendFont());
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
    applyChartTheme(chart, palette(), font());
}

void ChartsPanel::applyThemes()
{
    for (QChartView *v : std::as_const(m_views)) {
        v->setBackgroundBrush(palette().color(QPalette::Window));
        applyTheme(v->chart());
    }
}

// Region slices the donut's legend can name, with "Other" and "Not located" below them.
int ChartsPanel::slicesThatFit() const
{
    const int line = QFontMetrics(legendFont()).height() * 3 / 2;
    const int lines = (chartView(Chart::Share)->height() - 60) / std::max(1, line);
    return std::clamp(lines - 2, 2, kMaxSlices);
}

QFont ChartsPanel::legendFont() const
{
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    return small;
}

bool ChartsPanel::fits(Chart chart, const QString &text, const QFont &font, double part) const
{
    return QFontMetrics(font).horizontalAdvance(text) <= chartView(chart)->width() * part;
}

// Labels, the donut's legend and the histogram's axis title say more when there is room, and the
// legend names every slice drawn: the charts are built again when their size changes enough.
void ChartsPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Every 40 px of width: texts are measured against the width when built.
    const int layout = chartView(Chart::Share)->width() / 40
                       + 1000 * (chartView(Chart::Distances)->width() / 40)
                       + 1000000 * slicesThatFit();
    if (layout == m_builtLayout)
        return;
    m_builtLayout = layout;
    if (m_hasOverview)
        m_pending
            |= pendingBit(Chart::Regions) | pendingBit(Chart::Share) | pendingBit(Chart::Statuses);
    if (m_hasHistogram)
        m_pending |= pendingBit(Chart::Distances);
    scheduleBuild();
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
