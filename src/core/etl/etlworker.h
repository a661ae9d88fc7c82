#pragma once

#include "etl/etlrunner.h"
#include "geo/locator.h"

#include <QObject>

namespace regionmap {

// Lives in the worker thread; runs the job once and reports.
class EtlWorker : public QObject
{
    Q_OBJECT

public:
    EtlWorker(EtlOptions options, EtlRunner::LocatorFactory factory, Feedback *feedback)
        : m_options(std::move(options))
        , m_factory(std::move(factory))
        , m_feedback(feedback)
    { }

    void run()
    {
        EtlJob job(m_options);
        if (m_factory)
            job.setLocator(m_factory());
        const EtlSummary summary = job.run(*m_feedback);
        emit done(summary, int(job.failure()));
    }

signals:
    void done(const regionmap::EtlSummary &summary, int failure);

private:
    EtlOptions m_options;
    EtlRunner::LocatorFactory m_factory;
    Feedback *m_feedback;
};

} // namespace regionmap
