#pragma once

#include "db/connectionsettings.h"
#include "etl/etlsummary.h"
#include "results/resultscope.h"
#include "steppage.h"

namespace regionmap {

class MessageBanner;
class ResultsView;

// Step 6: the results (ResultsView: runs, summary table, rows, charts, map), and what they
// describe in one line at the top: the run or table being shown, whichever the analyst picks. A
// run that was cancelled or failed does not replace good results: they stay, and a notice above
// them says what became of the latest run (until another run or table is picked).
class ResultsPage : public StepPage
{
    Q_OBJECT

public:
    explicit ResultsPage(QWidget *parent = nullptr);

    QString title() const override;
    QString description() const override;
    QString statusText() const override;

    // After a run: shows it when it succeeded; else keeps what is shown and says why.
    void showRun(const EtlSummary &summary, const QString &table,
                 const ConnectionSettings &settings);
    // Lists the runs already in this database (at start, before any run); once connected to
    // the same database, nothing changes.
    void browse(const ConnectionSettings &settings);
    // The run being shown (-1: none, or a whole table).
    qint64 runId() const;
    ResultsView *view() const { return m_view; }
    // The notice about the latest run when it loaded nothing (empty when there is none).
    QString noticeText() const;

private:
    static QString unsuccessfulText(const EtlSummary &summary);

    QString m_browsing; // the database being shown (its URI), to connect only once
    MessageBanner *m_notice = nullptr;
    ResultScope m_noticeScope; // what was shown when the notice appeared
    ResultsView *m_view = nullptr;
};

} // namespace regionmap
