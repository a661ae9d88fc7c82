#pragma once

#include "results/resultscope.h"
#include "results/tableinfo.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QString>

struct pg_conn;
typedef struct pg_conn PGconn;

namespace regionmap::cli {

class CliContext;

// The rows a results command (summary, plan) works on: the table given (--table), the run given
// (--run; its table from the run history), or the newest run that succeeded.
struct CommandScope
{
    Q_DECLARE_TR_FUNCTIONS(regionmap::cli::CommandScope)

public:
    ResultScope scope;
    TableInfo table;

    // The options that name the scope: --table NAME and --run ID.
    static QCommandLineOption tableOption();
    static QCommandLineOption runOption();

    // Returns ExitOk, or the exit code after printing why there is no such scope.
    int resolve(CliContext &ctx, PGconn *conn, const QString &tableName, qint64 runId);
    // Runs loaded before the point table get their points once (docs/point-table.md); a
    // database this user cannot write to is read from its rows. Says so on stderr unless quiet.
    void preparePoints(CliContext &ctx, PGconn *conn, bool quiet) const;
};

} // namespace regionmap::cli
