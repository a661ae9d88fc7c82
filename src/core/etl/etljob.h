#pragma once

#include "etl/etloptions.h"
#include "etl/etlsummary.h"
#include "etl/locatorfactory.h"

#include <QCoreApplication>

#include <memory>

namespace regionmap {

class Feedback;

// One ETL run, start to finish, in the calling thread: checks the options and the files, opens
// the locator and the database, records the run, sends the rows through the RowPipeline in one
// transaction, and ends with an ordered list of steps (see run()). A cancel or a failure rolls
// the load back; every run is recorded in etl_runs. Never throws: a failure is the summary's
// error, with its kind. The CLI runs it in its main thread; the GUI through EtlRunner.
class EtlJob
{
    Q_DECLARE_TR_FUNCTIONS(EtlJob)

public:
    explicit EtlJob(EtlOptions options, LocatorFactory locators = makeLocator);
    ~EtlJob();

    EtlSummary run(Feedback &feedback);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace regionmap
