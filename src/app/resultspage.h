#pragma once

#include "db/connectionsettings.h"
#include "steppage.h"

class QLabel;

namespace regionmap {

class ResultsView;

// Step 6: the results of the last run. The summary of the run sits above the results views
// (ResultsView), which come in their own issue.
class ResultsPage : public StepPage
{
    Q_OBJECT

public:
    explicit ResultsPage(QWidget *parent = nullptr);

    QString title() const override;
    QString description() const override;
    QString statusText() const override;

    // After a run: its summary in words, and where its rows are.
    void showRun(const QString &summary, qint64 runId, const QString &table,
                 const ConnectionSettings &settings);
    qint64 runId() const { return m_runId; }
    ResultsView *view() const { return m_view; }

private:
    QLabel *m_summary = nullptr;
    ResultsView *m_view = nullptr;
    qint64 m_runId = -1;
};

} // namespace regionmap
