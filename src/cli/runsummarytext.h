#pragma once

#include "etl/etlsummary.h"

namespace regionmap::cli {

class CliContext;

// Prints what a run did for a person, on the context's stdout.
void printRunSummary(CliContext &ctx, const EtlSummary &summary);

} // namespace regionmap::cli
