#include "resultspage.h"

#include "messagebanner.h"
#include "results/resultssession.h"
#include "results/resultsview.h"

#include <QLocale>
#include <QVBoxLayout>

namespace regionmap {

ResultsPage::ResultsPage(QWidget *parent)
    : StepPage(parent)
    , m_notice(new MessageBanner(this))
    , m_view(new ResultsView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_notice);
    layout->addWidget(m_view, 1);
    m_notice->clear();
    // The notice speaks of what was shown when the run ended: another pick makes it stale.
    connect(m_view->session(), &ResultsSession::scopeChanged, this,
            [this](const ResultScope &scope) {
                if (m_noticeScope.isValid()
                    && (scope.table != m_noticeScope.table || scope.runId != m_noticeScope.runId))
                    m_notice->clear();
                emit statusChanged();
            });
}

QString ResultsPage::title() const
{
    return tr("Results");
}

QString ResultsPage::description() const
{
    return tr("What the runs loaded, from the database: pick a run or a table.");
}

QString ResultsPage::statusText() const
{
    const ResultScope scope = m_view->scope();
    if (scope.isRun())
        return tr("Run %1").arg(scope.runId);
    if (scope.isValid())
        return tr("Table %1").arg(scope.table);
    return tr("No run yet");
}

qint64 ResultsPage::runId() const
{
    const ResultScope scope = m_view->scope();
    return scope.isRun() ? scope.runId : -1;
}

QString ResultsPage::noticeText() const
{
    return m_notice->isVisibleTo(this) ? m_notice->text() : QString();
}

void ResultsPage::browse(const ConnectionSettings &settings)
{
    const QString uri = settings.toUri();
    if (uri == m_browsing)
        return;
    m_browsing = uri;
    m_view->setConnection(settings);
}

QString ResultsPage::unsuccessfulText(const EtlSummary &summary)
{
    const QLocale locale;
    const QString read = locale.toString(summary.rowsRead);
    const bool cancelled = summary.status == RunStatus::Cancelled;
    if (summary.runId <= 0) {
        return cancelled ? tr("The latest run was cancelled before it started; nothing was loaded.")
                         : tr("The latest run failed before it started; nothing was loaded. The "
                              "Run page says why.");
    }
    if (cancelled) {
        return summary.rowsRead > 0
                   ? tr("The latest run, run %1, was cancelled after reading %2 rows and loaded "
                        "none.")
                         .arg(summary.runId)
                         .arg(read)
                   : tr("The latest run, run %1, was cancelled before reading any row.")
                         .arg(summary.runId);
    }
    return tr("The latest run, run %1, failed after reading %2 rows and loaded none. The Run page "
              "says why.")
        .arg(summary.runId)
        .arg(read);
}

void ResultsPage::showRun(const EtlSummary &summary, const QString &table,
                          const ConnectionSettings &settings)
{
    const QString uri = settings.toUri();
    const bool sameDatabase = uri == m_browsing;
    m_browsing = uri;
    if (summary.status == RunStatus::Succeeded && summary.runId > 0) {
        m_view->setConnection(settings);
        m_view->showRun(summary.runId, summary.table.isEmpty() ? table : summary.table);
        m_notice->clear();
        m_noticeScope = {};
        emit statusChanged();
        return;
    }
    // Nothing was loaded: what is shown stays (in another database, the newest results there),
    // the runs list learns of the run, and the notice says what became of it.
    if (sameDatabase)
        m_view->session()->refreshRuns();
    else
        m_view->setConnection(settings);
    const ResultScope shown = m_view->scope();
    m_noticeScope = shown;
    QString text = unsuccessfulText(summary);
    if (shown.isRun())
        text += QLatin1Char(' ') + tr("Below: run %1, as before.").arg(shown.runId);
    else if (shown.isValid())
        text += QLatin1Char(' ') + tr("Below: the table %1, as before.").arg(shown.table);
    m_notice->showMessage(
        summary.status == RunStatus::Cancelled ? Theme::Tone::Warning : Theme::Tone::Error, text);
    emit statusChanged();
}

} // namespace regionmap
