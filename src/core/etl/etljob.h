#pragma once

#include "etl/etloptions.h"
#include "etl/etlsummary.h"

#include <QCoreApplication>

#include <memory>

namespace regionmap {

class Feedback;
class Locator;

// One ETL run, start to finish, in the calling thread: read the CSV files in chunks, classify and
// locate every address, assign the nearest region, and COPY the rows into PostgreSQL in one
// transaction. Every run is recorded in etl_runs; a cancel or a failure rolls the load back.
// Never throws. The CLI runs it in its main thread; the GUI runs it through EtlWorker.
class EtlJob
{
    Q_DECLARE_TR_FUNCTIONS(EtlJob)

public:
    // What stopped a run, for the CLI's exit code.
    enum class Failure { None, Input, Database, Geolocation, Cancelled };

    explicit EtlJob(EtlOptions options);
    ~EtlJob();

    // Uses this locator instead of opening the offline database named in the options.
    void setLocator(std::unique_ptr<Locator> locator);

    EtlSummary run(Feedback &feedback);

    Failure failure() const { return m_failure; }

private:
    class Private;
    std::unique_ptr<Private> d;
    Failure m_failure = Failure::None;
};

} // namespace regionmap
