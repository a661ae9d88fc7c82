#include "feedback.h"

#include <QMutexLocker>

#include <algorithm>

namespace regionmap {

double ProgressSnapshot::stageFraction(int stage) const
{
    if (rowsEstimated <= 0 || stage < 0 || stage >= stages.size())
        return 0;
    return std::clamp(double(stages.at(stage).rows) / double(rowsEstimated), 0.0, 1.0);
}

double ProgressSnapshot::overallFraction() const
{
    // Every row passes every stage; weigh them equally.
    if (stages.isEmpty())
        return 0;
    double sum = 0;
    for (int s = 0; s < stages.size(); ++s)
        sum += stageFraction(s);
    return sum / double(stages.size());
}

Feedback::Feedback(QObject *parent)
    : QObject(parent)
{
    static const int registered = [] {
        qRegisterMetaType<ProgressSnapshot>();
        qRegisterMetaType<MessageLevel>();
        return 0;
    }();
    Q_UNUSED(registered)
    m_clock.start();
}

void Feedback::cancel()
{
    if (!m_canceled.exchange(true))
        emit canceled();
}

void Feedback::start(qint64 bytesTotal, const QList<StageProgress> &stages)
{
    {
        QMutexLocker lock(&m_mutex);
        m_state = ProgressSnapshot();
        m_state.bytesTotal = bytesTotal;
        m_state.stages = stages;
        for (StageProgress &s : m_state.stages)
            s.rows = 0;
        m_clock.restart();
        m_lastEmitMs = -1;
    }
    maybeEmit();
}

void Feedback::setCurrentFile(const QString &file)
{
    QMutexLocker lock(&m_mutex);
    m_state.currentFile = file;
}

void Feedback::setBytesRead(qint64 bytes)
{
    {
        QMutexLocker lock(&m_mutex);
        m_state.bytesRead = bytes;
    }
    maybeEmit();
}

void Feedback::addStageRows(int stage, qint64 rows)
{
    {
        QMutexLocker lock(&m_mutex);
        if (stage < 0 || stage >= m_state.stages.size())
            return;
        m_state.stages[stage].rows += rows;
    }
    maybeEmit();
}

void Feedback::message(MessageLevel level, const QString &text)
{
    emit messageReported(level, text);
}

ProgressSnapshot Feedback::snapshot() const
{
    QMutexLocker lock(&m_mutex);
    ProgressSnapshot s = m_state;
    s.elapsedSeconds = m_clock.elapsed() / 1000.0;
    const qint64 read = s.rowsRead();
    if (s.bytesRead > 0 && s.bytesTotal > 0)
        s.rowsEstimated
            = qMax(read, qint64(double(read) * double(s.bytesTotal) / double(s.bytesRead)));
    else
        s.rowsEstimated = read;
    const qint64 loaded = s.rowsDone();
    if (s.elapsedSeconds > 0)
        s.rowsPerSecond = loaded / s.elapsedSeconds;
    if (s.bytesRead > 0 && s.bytesTotal >= s.bytesRead && s.elapsedSeconds > 0.2) {
        const double fraction = qMax(s.overallFraction(), 1e-6);
        s.etaSeconds = s.elapsedSeconds * (1.0 - fraction) / fraction;
    }
    return s;
}

void Feedback::maybeEmit()
{
    {
        QMutexLocker lock(&m_mutex);
        const qint64 now = m_clock.elapsed();
        if (m_lastEmitMs >= 0 && now - m_lastEmitMs < m_intervalMs)
            return;
        m_lastEmitMs = now;
    }
    emit progressChanged(snapshot());
}

void Feedback::flush()
{
    {
        QMutexLocker lock(&m_mutex);
        m_lastEmitMs = m_clock.elapsed();
    }
    emit progressChanged(snapshot());
}

} // namespace regionmap
