#pragma once

#include "regionpalette.h"
#include "results/distancehistogram.h"
#include "results/scopeoverview.h"
#include "sessionpanel.h"

#include <QColor>
#include <QList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QLabel;
class QScrollArea;
QT_END_NAMESPACE

namespace regionmap {

// The results charts (Qt Charts), all fed by PostgreSQL aggregates: rows per region (horizontal
// bars, most first, labelled with the code, scrolling when there are many), the share of rows (a
// donut, small regions grouped as "Other (N regions)", its legend naming every slice), the distance
// histogram on a km axis, and rows per geo_status. Hovering shows the numbers; clicking a region's
// bar or slice emits regionClicked().
class ChartsPanel : public QWidget, public SessionPanel
{
    Q_OBJECT

public:
    enum class Chart { Regions, Share, Distances, Statuses };
    static constexpr double kMinSliceShare = 0.025; // smaller regions join "other" in the donut
    static constexpr int kMaxSlices = 8; // and "Other", "Not located": ten legend lines

    explicit ChartsPanel(QWidget *parent = nullptr);
    // Shows the session's overview and histogram, cleared on a change of scope.
    void bind(ResultsSession *session) override;

    void setOverview(const ScopeOverview &overview, const RegionPalette &palette);
    void setHistogram(const DistanceHistogram &histogram);
    void setAttribution(const QString &plainText);
    void clear();

    // Builds every chart that waits for its data to be shown (exports and tests).
    void flush();
    bool isUpToDate() const;

    QChartView *chartView(Chart chart) const;
    QChart *chart(Chart chart) const;
    static QString chartName(Chart chart); // "regions", "share", ... for file names
    QString chartTitle(Chart chart) const;

signals:
    void regionClicked(const QString &regionCode);
    void statusClicked(const QString &status);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Bar
    {
        QString label;
        qint64 value = 0;
        QColor color;
        QString key; // region code or status; empty for "other"
        QString toolTip;
    };
    void showBars(QChart *chart, const QList<Bar> &bars, const QString &valueTitle, bool regions);
    void buildRegions();
    void buildShare();
    void buildDistances();
    static QString kmAxisTitle(const DistanceHistogram &h);
    static QString rttAxisTitle(const DistanceHistogram &h);
    // Whether `text` in `font` takes at most `part` of the chart's width.
    bool fits(Chart chart, const QString &text, const QFont &font, double part) const;
    int slicesThatFit() const;
    QFont legendFont() const;
    void buildStatuses();
    static int pendingBit(Chart chart) { return 1 << int(chart); }
    void scheduleBuild();
    void buildNext();
    void applyTheme(QChart *chart) const;
    void applyThemes();

    QList<QChartView *> m_views;
    QScrollArea *m_regionsScroll;
    QLabel *m_footnote;
    ScopeOverview m_overview;
    RegionPalette m_palette;
    DistanceHistogram m_histogram;
    bool m_hasOverview = false;
    bool m_hasHistogram = false;
    int m_pending = 0; // charts whose data changed and that are not built yet
    bool m_buildScheduled = false;
    int m_builtLayout = -1; // the sizes the donut and histogram were last laid out for
};

} // namespace regionmap
