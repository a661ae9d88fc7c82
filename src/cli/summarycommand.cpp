#include "summarycommand.h"

#include "clicontext.h"
#include "commanddatabase.h"
#include "commandscope.h"
#include "exitcodes.h"

#include "results/resultsqueries.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace regionmap::cli {

namespace {

struct SummaryCommandText
{
    Q_DECLARE_TR_FUNCTIONS(regionmap::cli::SummaryCommand)
};

QJsonValue number(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QJsonObject toJson(const ScopeOverview &ov)
{
    QJsonArray runIds;
    for (const qint64 id : ov.runIds)
        runIds.append(double(id));
    QJsonObject statuses;
    for (const StatusStat &s : ov.statuses)
        statuses.insert(s.status, double(s.rows));
    QJsonArray regions;
    for (const RegionStat &r : ov.regions) {
        QJsonObject o {{QStringLiteral("region_code"), r.code},
                       {QStringLiteral("name"), r.name},
                       {QStringLiteral("provider"),
                        r.provider.isEmpty() ? QJsonValue() : QJsonValue(r.provider)},
                       {QStringLiteral("rows"), double(r.rows)},
                       {QStringLiteral("share"), r.share},
                       {QStringLiteral("mean_km"), number(r.meanKm)},
                       {QStringLiteral("median_km"), number(r.medianKm)},
                       {QStringLiteral("p95_km"), number(r.p95Km)},
                       {QStringLiteral("est_rtt"), r.rtt.toJson()},
                       {QStringLiteral("firm"), double(r.firm)},
                       {QStringLiteral("uncertain"), double(r.uncertain)}};
        if (r.withheld) {
            // Fewer rows than the minimum count: neither the count nor the numbers leave.
            o.insert(QStringLiteral("rows"), QJsonValue());
            o.insert(QStringLiteral("share"), QJsonValue());
            o.insert(QStringLiteral("firm"), QJsonValue());
            o.insert(QStringLiteral("uncertain"), QJsonValue());
            o.insert(QStringLiteral("withheld"), true);
        }
        if (r.crossChecked() > 0)
            o.insert(QStringLiteral("cross_check"),
                     QJsonObject {{QStringLiteral("same_region"), double(r.crossSame)},
                                  {QStringLiteral("different_region"), double(r.crossDifferent)},
                                  {QStringLiteral("not_located"), double(r.crossNotLocated)}});
        regions.append(o);
    }
    QJsonObject out {
        {QStringLiteral("table"), ov.scope.table},
        {QStringLiteral("run_id"),
         ov.scope.isRun() ? QJsonValue(double(ov.scope.runId)) : QJsonValue()},
        {QStringLiteral("run_ids"), runIds},
        {QStringLiteral("rows"), double(ov.totalRows)},
        {QStringLiteral("located"), double(ov.locatedRows)},
        {QStringLiteral("statuses"), statuses},
        {QStringLiteral("regions"), regions},
        {QStringLiteral("est_rtt"), ov.rtt.toJson()},
        {QStringLiteral("assignments"),
         QJsonObject {{QStringLiteral("firm"), double(ov.firmRows)},
                      {QStringLiteral("uncertain"), double(ov.uncertainRows)}}},
        {QStringLiteral("geo_sources"), QJsonArray::fromStringList(ov.geoSources)},
        {QStringLiteral("read_from"),
         ov.fromPoints ? QStringLiteral("points") : QStringLiteral("rows")},
        {QStringLiteral("privacy"),
         QJsonObject {{QStringLiteral("modes"), QJsonArray::fromStringList(ov.privacy.modes)},
                      {QStringLiteral("min_count"), ov.privacy.minCount}}}};
    if (ov.totalsWithheld) {
        // Fewer located rows than the minimum count: no overall numbers either.
        out.insert(QStringLiteral("est_rtt"), QJsonValue());
        out.insert(QStringLiteral("assignments"), QJsonValue());
        out.insert(QStringLiteral("totals_withheld"), true);
    }
    if (ov.scope.match.isSet()) {
        out.insert(QStringLiteral("where"),
                   QJsonObject {{QStringLiteral("column"), ov.scope.match.column},
                                {QStringLiteral("value"), ov.scope.match.isNull
                                                              ? QJsonValue()
                                                              : QJsonValue(ov.scope.match.value)}});
    }
    if (ov.crossCheck.crossChecked() > 0)
        out.insert(
            QStringLiteral("cross_check"),
            QJsonObject {{QStringLiteral("source"), ov.crossCheckLabel},
                         {QStringLiteral("same_region"), double(ov.crossCheck.crossSame)},
                         {QStringLiteral("different_region"), double(ov.crossCheck.crossDifferent)},
                         {QStringLiteral("not_located"), double(ov.crossCheck.crossNotLocated)}});
    return out;
}

void printText(QTextStream &out, const ScopeOverview &ov)
{
    const QLocale locale;
    const auto fixed = [&](const std::optional<double> &v, int places) {
        return v ? locale.toString(*v, 'f', places) : QStringLiteral("-");
    };
    out << SummaryCommandText::tr("%1: %2 rows, %3 located")
               .arg(ov.scope.isRun()
                        ? SummaryCommandText::tr("Run %1 in \"%2\"")
                              .arg(ov.scope.runId)
                              .arg(ov.scope.table)
                        : SummaryCommandText::tr("The table \"%1\"").arg(ov.scope.table),
                    locale.toString(ov.totalRows), locale.toString(ov.locatedRows))
        << (!ov.scope.match.isSet() ? QString()
            : ov.scope.match.isNull
                ? SummaryCommandText::tr(" (where %1 is empty)").arg(ov.scope.match.column)
                : SummaryCommandText::tr(" (where %1 is \"%2\")")
                      .arg(ov.scope.match.column, ov.scope.match.value))
        << Qt::endl
        << Qt::endl;
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
               .arg(SummaryCommandText::tr("region").leftJustified(22),
                    SummaryCommandText::tr("rows").rightJustified(9),
                    SummaryCommandText::tr("share").rightJustified(7),
                    SummaryCommandText::tr("mean km").rightJustified(9),
                    SummaryCommandText::tr("median").rightJustified(9),
                    SummaryCommandText::tr("p95 km").rightJustified(9),
                    SummaryCommandText::tr("RTT ms").rightJustified(7),
                    SummaryCommandText::tr("firm").rightJustified(8),
                    SummaryCommandText::tr("uncertain").rightJustified(9))
        << Qt::endl;
    for (const RegionStat &r : ov.regions) {
        if (r.rows == 0)
            continue;
        if (r.withheld) {
            out << QStringLiteral("%1 %2").arg(
                (r.provider.isEmpty() ? r.code : r.provider + QLatin1Char(':') + r.code)
                    .leftJustified(22),
                ov.privacy.withheldText().rightJustified(9))
                << Qt::endl;
            continue;
        }
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
                   .arg((r.provider.isEmpty() ? r.code : r.provider + QLatin1Char(':') + r.code)
                            .leftJustified(22),
                        locale.toString(r.rows).rightJustified(9),
                        (locale.toString(100.0 * r.share, 'f', 1) + QLatin1Char('%'))
                            .rightJustified(7),
                        fixed(r.meanKm, 1).rightJustified(9),
                        fixed(r.medianKm, 1).rightJustified(9), fixed(r.p95Km, 1).rightJustified(9),
                        fixed(r.rtt.meanMs, 1).rightJustified(7),
                        locale.toString(r.firm).rightJustified(8),
                        locale.toString(r.uncertain).rightJustified(9))
            << Qt::endl;
    }
    if (ov.privacy.withholds())
        out << SummaryCommandText::tr("Privacy: %1.").arg(ov.privacy.describe()) << Qt::endl;
    if (ov.totalsWithheld)
        out << SummaryCommandText::tr("Fewer located rows than the minimum count: the overall "
                                      "est. RTT and assignments are withheld too.")
            << Qt::endl;
    out << Qt::endl;
    for (const StatusStat &s : ov.statuses)
        out << QStringLiteral("%1 %2").arg(s.status.leftJustified(22),
                                           locale.toString(s.rows).rightJustified(9))
            << Qt::endl;
}

} // namespace

int runSummaryCommand(CliContext &ctx, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(SummaryCommandText::tr(
        "The region summary of a run or a table, as the results page shows it: rows, share, "
        "mean, median and 95th-percentile distance and est. RTT, firm and uncertain rows, and "
        "the statuses. Without --run and --table: the newest run that succeeded."));
    parser.addHelpOption();
    const QCommandLineOption table = CommandScope::tableOption();
    const QCommandLineOption run = CommandScope::runOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                SummaryCommandText::tr("A PostgreSQL URI; without it, RegionMap's "
                                                       "local database."),
                                SummaryCommandText::tr("uri"));
    const QCommandLineOption passwordFile(
        QStringLiteral("password-file"),
        SummaryCommandText::tr("Read the database password from this file."),
        SummaryCommandText::tr("file"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  SummaryCommandText::tr("Print JSON, in full precision."));
    const QCommandLineOption where(
        QStringLiteral("where"),
        SummaryCommandText::tr("Only the rows whose column holds this value, e.g. gender=Female "
                               "(gender= for the rows where it is empty). Read from the rows: "
                               "slower on a big table."),
        SummaryCommandText::tr("column=value"));
    const QCommandLineOption quiet({QStringLiteral("quiet"), QStringLiteral("q")},
                                   SummaryCommandText::tr("No notes on stderr."));
    parser.addOptions({table, run, db, passwordFile, where, json, quiet});
    if (const std::optional<int> done = ctx.parse(parser, arguments))
        return *done;
    bool numeric = true;
    const qint64 runId = parser.isSet(run) ? parser.value(run).toLongLong(&numeric) : 0;
    if (!parser.positionalArguments().isEmpty() || !numeric || (parser.isSet(run) && runId <= 0)) {
        ctx.error(SummaryCommandText::tr(
            "Use summary [--table NAME | --run ID] [--where COLUMN=VALUE] [--json]."));
        return ExitUsage;
    }

    CommandDatabase database;
    PGconn *pg = nullptr;
    if (const int code
        = database.connect(ctx, parser.value(db), parser.value(passwordFile), parser.isSet(quiet),
                           QStringLiteral("regionmap-cli-summary"), &pg);
        code != ExitOk)
        return code;

    CommandScope resolved;
    if (const int code = resolved.resolve(ctx, pg, parser.value(table), runId); code != ExitOk)
        return code;
    ResultScope scope = resolved.scope;
    const TableInfo *info = &resolved.table;
    if (parser.isSet(where)) {
        const QString spec = parser.value(where);
        const qsizetype eq = spec.indexOf(QLatin1Char('='));
        ColumnMatch match;
        match.column = spec.left(eq);
        match.value = spec.mid(eq + 1);
        match.isNull = match.value.isEmpty();
        if (eq <= 0) {
            ctx.error(SummaryCommandText::tr("--where takes COLUMN=VALUE, e.g. gender=Female."));
            return ExitUsage;
        }
        if (info->columnIndex(match.column) < 0) {
            QStringList columns;
            for (const TableColumn &c : info->columns)
                columns << c.name;
            ctx.error(SummaryCommandText::tr("The table \"%1\" has no column \"%2\". Its "
                                             "columns: %3.")
                          .arg(scope.table, match.column, columns.join(QStringLiteral(", "))));
            return ExitInput;
        }
        scope = scope.withMatch(match);
    }
    resolved.scope = scope;
    resolved.preparePoints(ctx, pg, parser.isSet(quiet));
    const Result<ScopeOverview> ov = ResultsQueries::overview(pg, *info, scope);
    if (!ov) {
        ctx.error(ov.error().message, ov.error().details);
        return ExitDatabase;
    }
    if (parser.isSet(json))
        ctx.out() << QJsonDocument(toJson(ov.value())).toJson(QJsonDocument::Indented);
    else
        printText(ctx.out(), ov.value());
    return ExitOk;
}

} // namespace regionmap::cli
