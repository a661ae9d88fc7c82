#pragma once

#include "db/connectionsettings.h"
#include "steppage.h"

class QLabel;

namespace regionmap {

class ResultsView;

// Step 6: the results of the last run. The summary of the run sits above the results views
// (ResultsView: summary table, rows, charts, map and run history).
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
    // Lists the runs already in this database (at start, before any run); once connected to
    // the same database, nothing changes.
    void browse(const ConnectionSettings &settings);
    qint64 runId() const { return m_runId; }
    ResultsView *view() const { return m_view; }

private:
    QString m_browsing; // the database being shown (its URI), to connect only once
    QLabel *m_summary = nullptr;
    ResultsView *m_view = nullptr;
    qint64 m_runId = -1;
};

} // namespace regionmap
