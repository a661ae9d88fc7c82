#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace regionmap {

// Measures how long the event loop of its thread stalls: a timer asks to tick every 5 ms, and
// the probe records the largest gap between two ticks beyond that interval. A gap of 50 ms means
// the window could not repaint or react for 50 ms.
class StallProbe : public QObject
{
    Q_OBJECT

public:
    explicit StallProbe(QObject *parent = nullptr);

    void start();
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    // Forgets what was measured (keeps running if it was).
    void reset();

    // The longest gap between two ticks, in milliseconds, minus the interval.
    double maxStallMs() const { return m_maxStallNs / 1e6; }
    // When the longest stall ended, in milliseconds since start().
    double maxStallAtMs() const { return m_maxStallAtNs / 1e6; }
    qint64 ticks() const { return m_ticks; }
    static constexpr int IntervalMs = 5;

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = -1;
    qint64 m_maxStallNs = 0;
    qint64 m_maxStallAtNs = 0;
    qint64 m_ticks = 0;
};

} // namespace regionmap
