#include "dbcommand.h"

#include "clicontext.h"
#include "exitcodes.h"

#include "db/embeddedpostgres.h"
#include "db/migrations.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace regionmap::cli {

namespace {

// This file's texts, under one translation context that lupdate can see.
struct DbCommandText
{
    Q_DECLARE_TR_FUNCTIONS(regionmap::cli::DbCommand)
};

// Applies the schema once the server runs, so `db uri` hands psql a ready database.
int migrate(CliContext &ctx, EmbeddedPostgres &pg)
{
    ScopedConnection db(pg.connectionSettings(), QStringLiteral("regionmap-cli-db"));
    if (!db) {
        ctx.error(db.error().message, db.error().details);
        return ExitDatabase;
    }
    const Result<int> applied = Migrations::apply(db.database());
    if (!applied) {
        ctx.error(applied.error().message, applied.error().details);
        return ExitDatabase;
    }
    return ExitOk;
}

} // namespace

int runDbCommand(CliContext &ctx, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        DbCommandText::tr("Manage RegionMap's local database (a private PostgreSQL "
                          "cluster on a unix socket)."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("action"),
        DbCommandText::tr("start, stop, status, or uri (prints a libpq URI for psql)."));
    if (const std::optional<int> done = ctx.parse(parser, arguments))
        return *done;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        ctx.error(DbCommandText::tr("Say what to do: db start, db stop, db status or db uri."));
        return ExitUsage;
    }
    const QString action = args.first();
    EmbeddedPostgres pg;

    if (action == QLatin1String("start")) {
        const bool wasRunning = pg.state() == EmbeddedPostgres::State::Running;
        const Status st = pg.start(EmbeddedPostgres::Lifetime::Detached);
        if (!st) {
            ctx.error(st.error().message, st.error().details);
            return ExitDatabase;
        }
        if (const int code = migrate(ctx, pg); code != ExitOk)
            return code;
        ctx.out() << (wasRunning ? DbCommandText::tr("The local database is already running in %1.")
                                 : DbCommandText::tr("The local database is running in %1."))
                         .arg(pg.dataDir())
                  << Qt::endl;
        return ExitOk;
    }
    if (action == QLatin1String("stop")) {
        if (pg.state() != EmbeddedPostgres::State::Running) {
            ctx.out() << DbCommandText::tr("The local database is not running.") << Qt::endl;
            return ExitOk;
        }
        const Status st = pg.stop();
        if (!st) {
            ctx.error(st.error().message, st.error().details);
            return ExitDatabase;
        }
        ctx.out() << DbCommandText::tr("The local database has stopped.") << Qt::endl;
        return ExitOk;
    }
    if (action == QLatin1String("status")) {
        ctx.out() << DbCommandText::tr("State:    %1").arg(pg.stateText()) << Qt::endl
                  << DbCommandText::tr("Data:     %1").arg(pg.dataDir()) << Qt::endl
                  << DbCommandText::tr("Socket:   %1").arg(pg.socketDir()) << Qt::endl
                  << DbCommandText::tr("Log:      %1").arg(pg.logFile()) << Qt::endl
                  << DbCommandText::tr("URI:      %1").arg(pg.uri()) << Qt::endl;
        return pg.state() == EmbeddedPostgres::State::Running ? ExitOk : ExitDatabase;
    }
    if (action == QLatin1String("uri")) {
        ctx.out() << pg.uri() << Qt::endl;
        if (pg.state() != EmbeddedPostgres::State::Running) {
            ctx.err() << DbCommandText::tr("Note: the local database is not running; start it with "
                                           "\"regionmap-cli db start\".")
                      << Qt::endl;
        }
        return ExitOk;
    }
    ctx.error(
        DbCommandText::tr("Unknown action \"%1\". Use start, stop, status or uri.").arg(action));
    return ExitUsage;
}

} // namespace regionmap::cli
