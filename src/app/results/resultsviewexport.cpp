// The results view's Export menu: what each page offers, the file dialog, and where each kind
// of file is written (through ResultsExport). The rest of the view is in resultsview.cpp.

#include "resultsview.h"

#include "disagreementspanel.h"

#include "mappanel.h"
#include "plan/planpanel.h"
#include "resultsexport.h"
#include "resultssession.h"
#include "runreport.h"
#include "summarysortproxy.h"

#include "map/worldmapwidget.h"

#include <QChartView>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QPainter>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QToolButton>

namespace regionmap {

Status ResultsView::exportRunsCsv(const QString &path)
{
    return ResultsExport::saveModelCsv(*m_runsProxy, path);
}

Status ResultsView::exportSummaryCsv(const QString &path)
{
    return ResultsExport::saveModelCsv(*m_summaryProxy, path);
}

void ResultsView::exportRowsCsv(const QString &path)
{
    showInfo(tr("Exporting the rows to %1…").arg(path));
    m_session->exportRows(path);
}

Status ResultsView::exportChart(ChartsPanel::Chart chart, const QString &path)
{
    m_charts->flush();
    QChartView *view = m_charts->chartView(chart);
    return ResultsExport::saveWidget(view, path, m_charts->chartTitle(chart), footer());
}

Status ResultsView::exportAllCharts(const QString &path)
{
    m_charts->flush();
    return ResultsExport::saveWidget(m_charts, path, tr("RegionMap charts"), QString());
}

void ResultsView::exportReport(const QString &path)
{
    if (!m_session->hasOverview()) {
        emit reportSaved(false, tr("Choose a run or a table first: there is nothing to report."));
        return;
    }
    RunReport report;
    const ResultScope s = m_session->scope();
    report.title = s.isRun() ? tr("run %1 of the table %2").arg(s.runId).arg(s.table)
                             : tr("the table %1").arg(s.table);
    report.scopeText = totalsText();
    report.overview = m_session->overview();
    report.geoCredit = attributionText();
    // The pictures as the page draws them, at a size that reads on paper. The charts are laid
    // out for their tab: it is shown for the moment they are drawn.
    const Page was = currentPage();
    setCurrentPage(Page::Charts);
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    m_charts->flush();
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    for (int i = 0; i < 4; ++i) {
        const auto chart = ChartsPanel::Chart(i);
        // grab(): the view as the screen shows it (QWidget::render into a 2x image drew this
        // chart view twice as large, cut to its top-left quarter).
        const QImage image = m_charts->chartView(chart)->grab().toImage();
        report.charts.append({m_charts->chartTitle(chart), image});
    }
    setCurrentPage(was);
    QImage map(QSize(1000, 520), QImage::Format_ARGB32_Premultiplied);
    map.fill(palette().color(QPalette::Window));
    {
        QPainter p(&map);
        mapWidget()->paintMap(p, map.size(), false);
    }
    report.map = map;
    QPointer<ResultsView> self(this);
    m_session->readProvenance([self, report, path](const Result<ScopeProvenance> &p) mutable {
        if (!self)
            return;
        if (!p) {
            emit self->reportSaved(false, p.error().message);
            return;
        }
        report.provenance = p.value();
        const Status saved = report.save(path);
        emit self->reportSaved(saved.isOk(), saved ? tr("Saved the report as %1.").arg(path)
                                                   : saved.error().message);
    });
}

WorldMapWidget *ResultsView::mapWidget() const
{
    return m_mapPanel->map();
}

Status ResultsView::exportMap(const QString &path)
{
    WorldMapWidget *map
        = currentPage() == Page::Disagreements ? m_disagreements->map() : mapWidget();
    return ResultsExport::saveImage(
        [map](QPainter &p, const QSize &size) { map->paintMap(p, size, false); }, map->size(), path,
        tr("RegionMap world map"), QString());
}

QString ResultsView::suggestedName(const QString &what, const QString &suffix) const
{
    const ResultScope s = m_session->scope();
    QString base = s.isValid() ? s.table : QStringLiteral("regionmap");
    if (s.isRun())
        base += QStringLiteral("-run%1").arg(s.runId);
    return QDir::home().filePath(base + QLatin1Char('-') + what + QLatin1Char('.') + suffix);
}

void ResultsView::exportWithDialog(const QString &what, const QString &filter,
                                   const QString &suffix,
                                   const std::function<Status(const QString &)> &save)
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export"), suggestedName(what, suffix), filter);
    if (path.isEmpty())
        return;
    const Status st = save(path);
    if (st)
        showInfo(tr("Saved %1.").arg(path));
    else
        showError(st.error().message, st.error().details);
}

void ResultsView::fillExportMenu()
{
    QMenu *menu = m_exportButton->menu();
    menu->clear();
    const QString csv = tr("CSV files (*.csv)");
    const QString png = tr("PNG images (*.png)");
    const QString svg = tr("SVG images (*.svg)");
    const bool hasScope = m_session->scope().isValid();
    switch (currentPage()) {
    case Page::Runs:
        menu->addAction(tr("Run history as CSV…"), this, [=] {
            exportWithDialog(QStringLiteral("runs"), csv, QStringLiteral("csv"),
                             [this](const QString &p) { return exportRunsCsv(p); });
        });
        break;
    case Page::Summary:
        menu->addAction(tr("Summary as CSV…"), this,
                        [=] {
                            exportWithDialog(
                                QStringLiteral("summary"), csv, QStringLiteral("csv"),
                                [this](const QString &p) { return exportSummaryCsv(p); });
                        })
            ->setEnabled(hasScope);
        break;
    case Page::Rows:
        menu->addAction(tr("Matching rows as CSV…"), this,
                        [=] {
                            const QString path = QFileDialog::getSaveFileName(
                                this, tr("Export"),
                                suggestedName(QStringLiteral("rows"), QStringLiteral("csv")), csv);
                            if (!path.isEmpty())
                                exportRowsCsv(path);
                        })
            ->setEnabled(hasScope);
        break;
    case Page::Charts:
        for (const QString &suffix : {QStringLiteral("png"), QStringLiteral("svg")}) {
            const QString filter = suffix == QLatin1String("png") ? png : svg;
            menu->addAction(tr("All charts as %1…").arg(suffix.toUpper()), this, [=] {
                exportWithDialog(QStringLiteral("charts"), filter, suffix,
                                 [this](const QString &p) { return exportAllCharts(p); });
            });
            for (int i = 0; i < 4; ++i) {
                const auto chart = ChartsPanel::Chart(i);
                menu->addAction(tr("%1 as %2…").arg(m_charts->chartTitle(chart), suffix.toUpper()),
                                this, [=] {
                                    exportWithDialog(ChartsPanel::chartName(chart), filter, suffix,
                                                     [this, chart](const QString &p) {
                                                         return exportChart(chart, p);
                                                     });
                                });
            }
            menu->addSeparator();
        }
        break;
    case Page::Map:
    case Page::Disagreements:
        for (const QString &suffix : {QStringLiteral("png"), QStringLiteral("svg")}) {
            const QString filter = suffix == QLatin1String("png") ? png : svg;
            menu->addAction(tr("Map as %1…").arg(suffix.toUpper()), this, [=] {
                exportWithDialog(QStringLiteral("map"), filter, suffix,
                                 [this](const QString &p) { return exportMap(p); });
            });
        }
        break;
    case Page::Plan:
        // The Plan page's own exports (its Export plan button has the same).
        menu->addActions(m_plan->exportMenu()->actions());
        break;
    }
    // The run report, from every page.
    menu->addSeparator();
    for (const QString &suffix : {QStringLiteral("html"), QStringLiteral("pdf")}) {
        const QString filter
            = suffix == QLatin1String("html") ? tr("HTML files (*.html)") : tr("PDF files (*.pdf)");
        menu->addAction(tr("Report as %1…").arg(suffix.toUpper()), this,
                        [=] {
                            const QString path = QFileDialog::getSaveFileName(
                                this, tr("Export"), suggestedName(QStringLiteral("report"), suffix),
                                filter);
                            if (!path.isEmpty())
                                exportReport(path);
                        })
            ->setEnabled(m_session->hasOverview());
    }
}

} // namespace regionmap
