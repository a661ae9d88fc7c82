#include "commandscope.h"

#include "clicontext.h"
#include "exitcodes.h"

#include "results/pgresult.h"
#include "results/resultsqueries.h"
#include "results/scopesource.h"

namespace regionmap::cli {

QCommandLineOption CommandScope::tableOption()
{
    return {QStringLiteral("table"), tr("Every row of this table."), tr("name")};
}

QCommandLineOption CommandScope::runOption()
{
    return {QStringLiteral("run"), tr("The rows this run loaded."), tr("id")};
}

int CommandScope::resolve(CliContext &ctx, PGconn *conn, const QString &tableName, qint64 runId)
{
    // The results' queries read this version's schema; a database an older RegionMap made (and
    // no run has updated since) would fail on a missing column with a bare database error.
    const Result<PgResult> schema = PgResult::exec(
        conn,
        QStringLiteral("SELECT CASE WHEN to_regclass('etl_runs') IS NULL THEN -1"
                       " WHEN to_regclass('schema_migrations') IS NULL THEN 0"
                       " ELSE (SELECT coalesce(max(version), 0) FROM schema_migrations) END"),
        PgParams(), tr("the database schema version"));
    if (!schema) {
        ctx.error(schema.error().message, schema.error().details);
        return ExitDatabase;
    }
    const qint64 version = schema->toInt64(0, 0);
    const int needed = ResultsQueries::kOldestSchema;
    if (version < 0) {
        ctx.error(tr("This database holds no RegionMap runs: load a file into it first "
                     "(regionmap-cli run)."));
        return ExitInput;
    }
    if (version < needed) {
        ctx.error(
            tr("This database was made by an older RegionMap: its schema is at version %1, "
               "and this version reads version %2 or later. A run into it (regionmap-cli run), or "
               "opening it in the app once, updates it; nothing was changed.")
                .arg(version)
                .arg(needed));
        return ExitDatabase;
    }
    scope = ResultScope::wholeTable(tableName);
    if (runId > 0 || tableName.isEmpty()) {
        const Result<QList<RunRecord>> runs = ResultsQueries::runs(conn, 100000);
        if (!runs) {
            ctx.error(runs.error().message, runs.error().details);
            return ExitDatabase;
        }
        const RunRecord *found = nullptr;
        for (const RunRecord &r : runs.value()) {
            const bool wanted = runId > 0 ? r.runId == runId
                                          : r.status == QLatin1String("succeeded") && r.tableExists;
            if (wanted && (tableName.isEmpty() || r.table == tableName)) {
                found = &r;
                break;
            }
        }
        if (!found) {
            ctx.error(runId > 0 ? tr("There is no run %1%2 in this database.")
                                      .arg(runId)
                                      .arg(!tableName.isEmpty()
                                               ? tr(" of the table \"%1\"").arg(tableName)
                                               : QString())
                                : tr("No run has succeeded in this database yet: run one, or "
                                     "name a --table."));
            return ExitInput;
        }
        scope = ResultScope::run(found->table, found->runId);
        // A run named by its id that has no rows to show: say why, rather than a bare 0.
        if (runId > 0 && found->status != QLatin1String("succeeded"))
            ctx.err() << tr("Note: run %1 did not succeed (%2): it left no rows in the table.")
                             .arg(QString::number(runId), found->status)
                      << Qt::endl;
        else if (runId > 0 && found->replacedByRun > 0)
            ctx.err() << tr("Note: run %1 was replaced by run %2: its rows are no longer in the "
                            "table \"%3\".")
                             .arg(QString::number(runId), QString::number(found->replacedByRun),
                                  found->table)
                      << Qt::endl;
    }
    const Result<TableInfo> info = ResultsQueries::describeTable(conn, scope.table);
    if (!info) {
        ctx.error(info.error().message, info.error().details);
        return ExitInput;
    }
    table = info.value();
    return ExitOk;
}

void CommandScope::preparePoints(CliContext &ctx, PGconn *conn, bool quiet) const
{
    const Result<QList<qint64>> missing = PointMaker::missing(conn, scope);
    if (!missing || missing->isEmpty())
        return;
    if (!quiet)
        ctx.err() << tr("Preparing %n run(s) for quick results, once…", nullptr,
                        int(missing->size()))
                  << Qt::endl;
    if (const Result<QList<qint64>> made = PointMaker::makeMissing(conn, table, scope);
        !made && !quiet)
        ctx.err()
            << tr("Could not store the points (%1); reading the rows.").arg(made.error().toString())
            << Qt::endl;
}

} // namespace regionmap::cli
