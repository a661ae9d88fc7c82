#include "feedback.h"

#include <QMutexLocker>

#include <algorithm>

namespace regionmap {

double ProgressSnapshot::stageFraction(Stage stage) const
{
    const qint64 total = rowsEstimated > 0 ? rowsEstimated : 0;
    if (total <= 0)
        return 0;
    return std::clamp(double(rows[size_t(stage)]) / double(total), 0.0, 1.0);
}

double ProgressSnapshot::overallFraction() const
{
    // Every row passes all four stages; weigh them equally.
    double sum = 0;
    for (int s = 0; s < kStageCount; ++s)
        sum += stageFraction(Stage(s));
    return sum / kStageCount;
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

void Feedback::start(qint64 bytesTotal)
{
    {
        QMutexLocker lock(&m_mutex);
        m_state = ProgressSnapshot();
        m_state.bytesTotal = bytesTotal;
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

void Feedback::addStageRows(Stage stage, qint64 rows)
{
    {
        QMutexLocker lock(&m_mutex);
        m_state.rows[size_t(stage)] += rows;
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
    const qint64 read = s.rows[size_t(Stage::Read)];
    if (s.bytesRead > 0 && s.bytesTotal > 0)
        s.rowsEstimated
            = qMax(read, qint64(double(read) * double(s.bytesTotal) / double(s.bytesRead)));
    else
        s.rowsEstimated = read;
    const qint64 loaded = s.rows[size_t(Stage::Load)];
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
