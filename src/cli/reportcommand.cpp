#include "reportcommand.h"

#include "clicontext.h"
#include "commanddatabase.h"
#include "commandscope.h"
#include "exitcodes.h"

#include "results/resultssession.h"
#include "results/resultsview.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>

#include <functional>

namespace regionmap::cli {

namespace {

struct ReportCommandText
{
    Q_DECLARE_TR_FUNCTIONS(regionmap::cli::ReportCommand)
};

// Runs the event loop until done() holds (checked every 50 ms) or the time is up.
bool waitUntil(const std::function<bool()> &done, int ms)
{
    QDeadlineTimer deadline(ms);
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || deadline.hasExpired())
            loop.quit();
    });
    poll.start();
    if (!done())
        loop.exec();
    return done();
}

} // namespace

int runReportCommand(CliContext &ctx, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ReportCommandText::tr(
        "The run report, as the results page exports it: the summary and est. RTT per region, "
        "the statuses, the charts, the map, the rejected rows and where it all comes from, in "
        "one HTML file with its pictures inside (or a PDF, by the name). Without --run and "
        "--table: the newest run that succeeded."));
    parser.addHelpOption();
    const QCommandLineOption table = CommandScope::tableOption();
    const QCommandLineOption run = CommandScope::runOption();
    const QCommandLineOption out(QStringLiteral("out"),
                                 ReportCommandText::tr("The file to write: .html or .pdf."),
                                 ReportCommandText::tr("file"));
    const QCommandLineOption db(QStringLiteral("db"),
                                ReportCommandText::tr("A PostgreSQL URI; without it, RegionMap's "
                                                      "local database."),
                                ReportCommandText::tr("uri"));
    const QCommandLineOption passwordFile(
        QStringLiteral("password-file"),
        ReportCommandText::tr("Read the database password from this file."),
        ReportCommandText::tr("file"));
    const QCommandLineOption quiet({QStringLiteral("quiet"), QStringLiteral("q")},
                                   ReportCommandText::tr("No notes on stderr."));
    parser.addOptions({table, run, out, db, passwordFile, quiet});
    if (const std::optional<int> done = ctx.parse(parser, arguments))
        return *done;
    bool numeric = true;
    const qint64 runId = parser.isSet(run) ? parser.value(run).toLongLong(&numeric) : 0;
    const QString path = parser.value(out);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (!parser.positionalArguments().isEmpty() || !numeric || (parser.isSet(run) && runId <= 0)
        || path.isEmpty() || (suffix != QLatin1String("html") && suffix != QLatin1String("pdf"))) {
        ctx.error(ReportCommandText::tr(
            "Use report [--run ID | --table NAME] --out FILE.html (or FILE.pdf)."));
        return ExitUsage;
    }

    CommandDatabase database;
    PGconn *pg = nullptr;
    if (const int code
        = database.connect(ctx, parser.value(db), parser.value(passwordFile), parser.isSet(quiet),
                           QStringLiteral("regionmap-cli-report"), &pg);
        code != ExitOk)
        return code;
    CommandScope resolved;
    if (const int code = resolved.resolve(ctx, pg, parser.value(table), runId); code != ExitOk)
        return code;

    // The results page, offscreen: the same queries and the same pictures as in the app.
    ResultsView view;
    view.resize(1280, 800);
    view.show();
    view.setConnection(database.settings());
    const ResultScope &scope = resolved.scope;
    if (scope.isRun())
        view.showRun(scope.runId, scope.table);
    else
        view.showTable(scope.table);
    view.setCurrentPage(ResultsView::Page::Summary);
    QString problem;
    QObject::connect(view.session(), &ResultsSession::errorOccurred,
                     [&problem](const QString &message) { problem = message; });
    const bool ready = waitUntil(
        [&] {
            return !problem.isEmpty()
                   || (view.session()->hasOverview() && !view.isBusy()
                       && !view.session()->histogram().counts.isEmpty());
        },
        600000);
    if (!problem.isEmpty() || !ready) {
        ctx.error(problem.isEmpty() ? ReportCommandText::tr("The results did not load in 10 "
                                                            "minutes.")
                                    : problem);
        return ExitDatabase;
    }
    std::optional<std::pair<bool, QString>> saved;
    QObject::connect(&view, &ResultsView::reportSaved, [&saved](bool ok, const QString &message) {
        saved = std::make_pair(ok, message);
    });
    view.exportReport(path);
    if (!waitUntil([&] { return saved.has_value(); }, 600000)) {
        ctx.error(ReportCommandText::tr("The report was not written."));
        return ExitInput;
    }
    if (!saved->first) {
        ctx.error(saved->second);
        return ExitInput;
    }
    if (!parser.isSet(quiet))
        ctx.err() << saved->second << Qt::endl;
    return ExitOk;
}

} // namespace regionmap::cli
