#pragma once

#include "optiontable.h"

#include "etl/etloptions.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace regionmap::cli {

class CliContext;

// What the command line asks for, before it becomes the run's options.
struct RunRequest
{
    EtlOptions options;
    QStringList files;
    SniffOverrides overrides;
    QString regionsFile;
    QString catalogName;
    QString db;
    QString passwordFile;
    QString tokenFile;
    bool json = false;
    bool quiet = false;
    bool crossCheckIpinfo = false; // --cross-check ipinfo
    int crossCheckSample = 1000; // --cross-check-sample
    QString projectFile; // --project: the job from a .regionmap file, the other options over it
    bool acceptChanges = false; // --accept-changes: run although the project's files changed
};

// Reads `regionmap-cli run`'s command line into a request: its options table (the flags, their
// help and their checks), the combinations no single flag can see, and with --project the job of
// a .regionmap file under the flags given (docs/projects.md; a project whose files changed stops
// here unless --accept-changes). Returns the exit code when the command is done already (--help,
// a usage error, an unreadable or changed project).
std::optional<int> readRequest(CliContext &ctx, const QStringList &arguments, RunRequest &request);

} // namespace regionmap::cli
