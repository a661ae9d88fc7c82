#include "cachecommand.h"
#include "catalogcommand.h"
#include "clicontext.h"
#include "dbcommand.h"
#include "exitcodes.h"
#include "geodbcommand.h"
#include "plancommand.h"
#include "reportcommand.h"
#include "runcommand.h"
#include "secretscommand.h"
#include "summarycommand.h"

#include "common/translations.h"

#include <regionmap/version.h>

#include <QApplication>
#include <QCoreApplication>

#include <memory>

using namespace regionmap::cli;

namespace {

// This file's texts, under one translation context that lupdate can see.
struct MainText
{
    Q_DECLARE_TR_FUNCTIONS(regionmap::cli::Main)
};

QString usage()
{
    return MainText::tr(
        "Usage: regionmap-cli <command> [options]\n"
        "\n"
        "Locate the IP addresses in CSV files, assign each to its nearest cloud region and\n"
        "load the rows into PostgreSQL.\n"
        "\n"
        "Commands:\n"
        "  run        Run the ETL on CSV files (see regionmap-cli run --help)\n"
        "  db         Manage the local database: start, stop, status, uri\n"
        "  secrets    Keep the database password and the ipinfo.io token in the OS\n"
        "             keychain: set, delete, status (see regionmap-cli secrets --help)\n"
        "  geodb      The offline geo databases: where, what, update and rollback\n"
        "  catalog    The built-in region catalogs: list, show\n"
        "  cache      The location cache of ipinfo.io answers: clear, status\n"
        "  summary    The region summary of a run or a table, as the results page shows it\n"
        "  plan       The region planner: what-if for a set of regions, the best k regions\n"
        "  report     The run report: summary, charts, map, rejects, provenance (HTML or PDF)\n"
        "\n"
        "Options:\n"
        "  -h, --help     Show this help\n"
        "  -v, --version  Show the version\n"
        "\n"
        "Exit codes: 0 ok, 1 usage, 2 input, 3 database, 4 geolocation, 130 cancelled.\n");
}

} // namespace

int main(int argc, char *argv[])
{
    // The report draws widgets: a QApplication for it, offscreen when there is no display.
    const bool report = argc > 1 && qstrcmp(argv[1], "report") == 0;
    if (report && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
        && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = report ? std::make_unique<QApplication>(argc, argv)
                                                   : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("regionmap"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REGIONMAP_VERSION_STRING));
    // The CLI follows the locale (LC_ALL, LC_MESSAGES, LANG), like every command-line tool.
    regionmap::i18n::install();

    CliContext ctx;
    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        ctx.err() << usage();
        return ExitUsage;
    }
    const QString command = args.at(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        ctx.out() << usage();
        return ExitOk;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        ctx.out() << "regionmap-cli " << REGIONMAP_VERSION_STRING << Qt::endl;
        return ExitOk;
    }
    // The subcommand parsers see "regionmap-cli <command> ..." as their argv.
    args.removeAt(1);
    args[0] = QStringLiteral("regionmap-cli ") + command;
    if (command == QLatin1String("db"))
        return runDbCommand(ctx, args);
    if (command == QLatin1String("secrets"))
        return runSecretsCommand(ctx, args);
    if (command == QLatin1String("catalog"))
        return runCatalogCommand(ctx, args);
    if (command == QLatin1String("geodb"))
        return runGeoDbCommand(ctx, args);
    if (command == QLatin1String("cache"))
        return runCacheCommand(ctx, args);
    if (command == QLatin1String("summary"))
        return runSummaryCommand(ctx, args);
    if (command == QLatin1String("plan"))
        return runPlanCommand(ctx, args);
    if (command == QLatin1String("report"))
        return runReportCommand(ctx, args);
    if (command == QLatin1String("run"))
        return runRunCommand(ctx, args);
    ctx.error(MainText::tr("Unknown command \"%1\".").arg(command));
    ctx.err() << usage();
    return ExitUsage;
}
