#include "resultsview.h"

#include <QLabel>
#include <QVBoxLayout>

namespace regionmap {

ResultsView::ResultsView(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addStretch();
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setText(tr("The results views (a region summary, the loaded rows, charts and a map) "
                        "come in a later version."));
}

void ResultsView::setConnection(const ConnectionSettings &settings)
{
    m_settings = settings;
}

void ResultsView::showRun(qint64 runId, const QString &table)
{
    m_label->setText(tr("Run %1 loaded the table \"%2\". The results views (a region summary, the "
                        "loaded rows, charts and a map) come in a later version; meanwhile, open "
                        "the table with psql or any PostgreSQL client.")
                         .arg(runId)
                         .arg(table));
}

} // namespace regionmap
