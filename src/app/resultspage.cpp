#include "resultspage.h"

#include "results/resultsview.h"

#include <QLabel>
#include <QVBoxLayout>

namespace regionmap {

ResultsPage::ResultsPage(QWidget *parent)
    : StepPage(parent)
    , m_summary(new QLabel(this))
    , m_view(new ResultsView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_summary->setOpenExternalLinks(true);
    m_summary->setText(tr("Press Run (Ctrl+R) to load the data; the results appear here. Runs "
                          "loaded earlier are listed under Runs."));
    Theme::styleMessage(m_summary, Theme::Tone::Neutral);
}

QString ResultsPage::title() const
{
    return tr("Results");
}

QString ResultsPage::description() const
{
    return tr("What the last run loaded, and where to find it.");
}

QString ResultsPage::statusText() const
{
    return m_runId > 0 ? tr("Run %1").arg(m_runId) : tr("No run yet");
}

void ResultsPage::browse(const ConnectionSettings &settings)
{
    const QString uri = settings.toUri();
    if (uri == m_browsing)
        return;
    m_browsing = uri;
    m_view->setConnection(settings);
}

void ResultsPage::showRun(const QString &summary, qint64 runId, const QString &table,
                          const ConnectionSettings &settings)
{
    m_runId = runId;
    m_summary->setText(summary);
    m_browsing = settings.toUri();
    m_view->setConnection(settings);
    if (runId > 0)
        m_view->showRun(runId, table);
    emit statusChanged();
}

} // namespace regionmap
