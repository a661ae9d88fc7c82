#include "stallprobe.h"

namespace regionmap {

StallProbe::StallProbe(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(IntervalMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &StallProbe::tick);
}

void StallProbe::start()
{
    m_clock.start();
    m_lastNs = m_clock.nsecsElapsed();
    m_timer.start();
}

void StallProbe::stop()
{
    m_timer.stop();
}

void StallProbe::reset()
{
    m_maxStallNs = 0;
    m_maxStallAtNs = 0;
    m_ticks = 0;
    if (m_clock.isValid())
        m_lastNs = m_clock.nsecsElapsed();
}

void StallProbe::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 gap = now - m_lastNs - qint64(IntervalMs) * 1000000;
    if (gap > m_maxStallNs) {
        m_maxStallNs = gap;
        m_maxStallAtNs = now;
    }
    m_lastNs = now;
    ++m_ticks;
}

} // namespace regionmap
