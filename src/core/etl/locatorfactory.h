#pragma once

#include "common/result.h"
#include "geo/locator.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

namespace regionmap {

struct EtlOptions;

// Makes the locator of a run, in the thread that runs it (an online locator's network access
// manager must live there). The job uses makeLocator() unless it is given another factory: a
// test's fake, for instance.
using LocatorFactory = std::function<Result<std::unique_ptr<Locator>>(const EtlOptions &)>;

// The locator the options ask for: the offline database (the files named, else the default
// DB-IP files) or ipinfo.io with the location cache in the run's database. Errors are of the
// kind Geolocation.
Result<std::unique_ptr<Locator>> makeLocator(const EtlOptions &options);

} // namespace regionmap
