#pragma once

#include "common/feedback.h"

#include <QObject>

namespace regionmap::cli {

class CliContext;

// Presents a run's feedback on a terminal: one progress line redrawn on stderr (only when stderr
// is a terminal), and warnings as lines of their own.
class ConsoleFeedback : public QObject
{
    Q_OBJECT

public:
    ConsoleFeedback(CliContext &ctx, Feedback &feedback, bool quiet);
    // Clears the progress line.
    void done();

private:
    void onProgress(const regionmap::ProgressSnapshot &s);
    void onMessage(regionmap::MessageLevel level, const QString &text);
    void clearLine();

    CliContext &m_ctx;
    bool m_quiet;
    bool m_lineShown = false;
};

} // namespace regionmap::cli
