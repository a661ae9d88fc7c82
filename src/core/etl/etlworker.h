#pragma once

#include "etl/etlrunner.h"

#include <QObject>

namespace regionmap {

// Lives in the worker thread; runs the job once and reports.
class EtlWorker : public QObject
{
    Q_OBJECT

public:
    EtlWorker(EtlOptions options, LocatorFactory factory, Feedback *feedback)
        : m_options(std::move(options))
        , m_factory(std::move(factory))
        , m_feedback(feedback)
    { }

    void run()
    {
        EtlJob job(m_options, m_factory ? m_factory : LocatorFactory(makeLocator));
        emit done(job.run(*m_feedback));
    }

signals:
    void done(const regionmap::EtlSummary &summary);

private:
    EtlOptions m_options;
    LocatorFactory m_factory;
    Feedback *m_feedback;
};

} // namespace regionmap
