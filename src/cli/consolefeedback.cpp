#include "consolefeedback.h"

#include "clicontext.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

namespace regionmap::cli {

ConsoleFeedback::ConsoleFeedback(CliContext &ctx, Feedback &feedback, bool quiet)
    : m_ctx(ctx)
    , m_quiet(quiet)
{
    connect(&feedback, &Feedback::progressChanged, this, &ConsoleFeedback::onProgress);
    connect(&feedback, &Feedback::messageReported, this, &ConsoleFeedback::onMessage);
}

void ConsoleFeedback::clearLine()
{
    if (m_lineShown) {
        m_ctx.err() << "\r\x1b[2K";
        m_ctx.err().flush();
        m_lineShown = false;
    }
}

void ConsoleFeedback::done()
{
    clearLine();
}

void ConsoleFeedback::onProgress(const ProgressSnapshot &s)
{
    if (m_quiet || !m_ctx.stderrIsTerminal())
        return;
    const QLocale locale;
    QString line = tr("%1  %2%  %3 rows read  %4 loaded  %5 rows/s")
                       .arg(QFileInfo(s.currentFile).fileName())
                       .arg(int(s.overallFraction() * 100))
                       .arg(locale.toString(s.rowsRead()))
                       .arg(locale.toString(s.rowsDone()))
                       .arg(locale.toString(qint64(s.rowsPerSecond)));
    if (s.etaSeconds >= 0)
        line += tr("  ETA %1 s").arg(qint64(s.etaSeconds + 0.5));
    m_ctx.err() << "\r\x1b[2K" << line;
    m_ctx.err().flush();
    m_lineShown = true;
}

void ConsoleFeedback::onMessage(MessageLevel level, const QString &text)
{
    if (m_quiet && level == MessageLevel::Info)
        return;
    clearLine();
    const QString prefix = level == MessageLevel::Warning ? tr("warning: ")
                           : level == MessageLevel::Error ? tr("error: ")
                                                          : QString();
    m_ctx.err() << prefix << text << Qt::endl;
}

} // namespace regionmap::cli
