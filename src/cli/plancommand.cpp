#include "plancommand.h"

#include "clicontext.h"
#include "commanddatabase.h"
#include "commandscope.h"
#include "exitcodes.h"

#include "db/migrations.h"
#include "geo/regioncatalog.h"
#include "plan/planjson.h"
#include "plan/planner.h"
#include "plan/planscenario.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

namespace regionmap::cli {

namespace {

struct PlanCommandText
{
    Q_DECLARE_TR_FUNCTIONS(regionmap::cli::PlanCommand)
};

void printOutcome(QTextStream &out, const PlanOutcome &o)
{
    const QLocale locale;
    const auto fixed = [&](const std::optional<double> &v) {
        return v ? locale.toString(*v, 'f', 1) : QStringLiteral("-");
    };
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
               .arg(PlanCommandText::tr("region").leftJustified(26),
                    PlanCommandText::tr("rows").rightJustified(10),
                    PlanCommandText::tr("share").rightJustified(7),
                    PlanCommandText::tr("mean km").rightJustified(9),
                    PlanCommandText::tr("median").rightJustified(9),
                    PlanCommandText::tr("p95 km").rightJustified(9),
                    PlanCommandText::tr("RTT ms").rightJustified(7))
        << Qt::endl;
    for (const PlanRegionStats &r : o.perRegion) {
        if (r.withheld) { // docs/privacy.md: the region, nothing else
            out << QStringLiteral("%1 %2").arg(r.region.leftJustified(26),
                                               o.withheldText().rightJustified(10))
                << Qt::endl;
            continue;
        }
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                   .arg(r.region.leftJustified(26), locale.toString(r.rows).rightJustified(10),
                        (locale.toString(100.0 * r.share, 'f', 1) + QLatin1Char('%'))
                            .rightJustified(7),
                        fixed(r.meanKm).rightJustified(9), fixed(r.medianKm).rightJustified(9),
                        fixed(r.p95Km).rightJustified(9), fixed(r.meanRttMs).rightJustified(7))
            << Qt::endl;
    }
    out << PlanCommandText::tr("All %1 located rows: mean %2 km, median %3 km, p95 %4 km; est. "
                               "RTT mean %5 ms, p95 %6 ms; within 20 / 50 / 100 ms: %7 % / %8 % "
                               "/ %9 %")
               .arg(locale.toString(o.rows), fixed(o.meanKm), fixed(o.medianKm), fixed(o.p95Km),
                    fixed(o.meanRttMs), fixed(o.p95RttMs),
                    locale.toString(100 * o.within20, 'f', 1),
                    locale.toString(100 * o.within50, 'f', 1),
                    locale.toString(100 * o.within100, 'f', 1))
        << Qt::endl;
}

// plan --scenarios, --rename OLD=NEW, --delete NAME.
int manageScenarios(CliContext &ctx, QSqlDatabase &db, const QString &rename, const QString &remove,
                    bool json)
{
    Status done;
    if (!rename.isEmpty()) {
        const qsizetype eq = rename.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            ctx.error(PlanCommandText::tr("--rename takes OLD=NEW."));
            return ExitUsage;
        }
        done = PlanScenario::rename(db, rename.left(eq), rename.mid(eq + 1));
    } else if (!remove.isEmpty()) {
        done = PlanScenario::remove(db, remove);
    }
    if (!done) {
        ctx.error(done.error().message, done.error().details);
        return done.error().kind == ErrorKind::Database ? ExitDatabase : ExitInput;
    }
    if (!rename.isEmpty() || !remove.isEmpty())
        return ExitOk;
    const Result<QList<PlanScenario>> all = PlanScenario::list(db);
    if (!all) {
        ctx.error(all.error().message, all.error().details);
        return ExitDatabase;
    }
    QJsonArray list;
    for (const PlanScenario &sc : all.value()) {
        list.append(QJsonObject {
            {QStringLiteral("name"), sc.name},
            {QStringLiteral("table"), sc.table},
            {QStringLiteral("run_id"), sc.runId ? QJsonValue(double(*sc.runId)) : QJsonValue()},
            {QStringLiteral("regions"), QJsonArray::fromStringList(sc.regions)},
            {QStringLiteral("objective"), sc.objective},
            {QStringLiteral("objective_ms"),
             sc.objectiveMs ? QJsonValue(*sc.objectiveMs) : QJsonValue()},
            {QStringLiteral("method"), sc.method},
            {QStringLiteral("created_by"), sc.createdBy},
            {QStringLiteral("created_at"), sc.createdAt.toUTC().toString(Qt::ISODate)}});
        if (!json) {
            ctx.out() << QStringLiteral("%1  %2  %3  %4  %5")
                             .arg(sc.name,
                                  sc.runId ? PlanCommandText::tr("run %1").arg(*sc.runId)
                                           : sc.table,
                                  sc.objective, sc.regions.join(QLatin1Char(',')),
                                  QLocale().toString(sc.createdAt.toLocalTime(),
                                                     QLocale::ShortFormat))
                      << Qt::endl;
        }
    }
    if (json)
        ctx.out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
    return ExitOk;
}

} // namespace

int runPlanCommand(CliContext &ctx, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(PlanCommandText::tr(
        "The region planner (docs/planner.md) on a loaded run: with --regions, how far and how "
        "slow the rows would be from those regions (what-if); with --k, the best 1 to N regions "
        "for an objective. Without --run and --table: the newest run that succeeded."));
    parser.addHelpOption();
    const QCommandLineOption table = CommandScope::tableOption();
    const QCommandLineOption run = CommandScope::runOption();
    const QCommandLineOption catalog(
        QStringLiteral("catalog"),
        PlanCommandText::tr("The candidate regions: built-in catalogs (aws, gcp, azure, oci; "
                            "several: aws,gcp), their generally available regions. Default: the "
                            "providers of the run's regions."),
        PlanCommandText::tr("list"));
    const QCommandLineOption regions(
        QStringLiteral("regions"),
        PlanCommandText::tr("What-if: serve the rows from these regions, e.g. "
                            "aws:us-east-1,gcp:europe-west4."),
        PlanCommandText::tr("list"));
    const QCommandLineOption k(QStringLiteral("k"),
                               PlanCommandText::tr("The best set of 1, 2, ... N regions."),
                               PlanCommandText::tr("N"));
    const QCommandLineOption objective(
        QStringLiteral("objective"),
        PlanCommandText::tr("What --k minimises: mean (distance, the default), p95 (the 95th "
                            "percentile distance), or within:MS (maximises the share of rows "
                            "with an est. RTT of at most MS ms)."),
        PlanCommandText::tr("name"));
    const QCommandLineOption must(QStringLiteral("must"),
                                  PlanCommandText::tr("Regions every answer of --k keeps."),
                                  PlanCommandText::tr("list"));
    const QCommandLineOption exclude(QStringLiteral("exclude"),
                                     PlanCommandText::tr("Regions --k never picks."),
                                     PlanCommandText::tr("list"));
    const QCommandLineOption db(QStringLiteral("db"),
                                PlanCommandText::tr("A PostgreSQL URI; without it, RegionMap's "
                                                    "local database."),
                                PlanCommandText::tr("uri"));
    const QCommandLineOption passwordFile(
        QStringLiteral("password-file"),
        PlanCommandText::tr("Read the database password from this file."),
        PlanCommandText::tr("file"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  PlanCommandText::tr("Print JSON, in full precision."));
    const QCommandLineOption quiet({QStringLiteral("quiet"), QStringLiteral("q")},
                                   PlanCommandText::tr("No notes on stderr."));
    const QCommandLineOption eachProvider(
        QStringLiteral("each-provider"),
        PlanCommandText::tr("With --k N: the best N regions of each provider of the catalogs "
                            "on its own, side by side (which cloud serves these rows best)."));
    const QCommandLineOption save(
        QStringLiteral("save"),
        PlanCommandText::tr("Save the answer (the what-if, or the set for the largest k, with "
                            "every k's numbers) as a named scenario in the database."),
        PlanCommandText::tr("name"));
    const QCommandLineOption scenarios(QStringLiteral("scenarios"),
                                       PlanCommandText::tr("List the saved scenarios."));
    const QCommandLineOption rename(QStringLiteral("rename"),
                                    PlanCommandText::tr("Rename a saved scenario."),
                                    PlanCommandText::tr("old=new"));
    const QCommandLineOption remove(QStringLiteral("delete"),
                                    PlanCommandText::tr("Delete a saved scenario."),
                                    PlanCommandText::tr("name"));
    parser.addOptions({table, run, catalog, regions, k, objective, must, exclude, eachProvider,
                       save, scenarios, rename, remove, db, passwordFile, json, quiet});
    if (const std::optional<int> done = ctx.parse(parser, arguments))
        return *done;
    const QString usage = PlanCommandText::tr(
        "Use plan [--table NAME | --run ID] [--catalog LIST] (--regions LIST | --k N) "
        "[--objective mean|p95|within:MS] [--must LIST] [--exclude LIST] [--each-provider] "
        "[--save NAME] [--json], "
        "or plan (--scenarios | --rename OLD=NEW | --delete NAME).");
    bool numeric = true;
    const qint64 runId = parser.isSet(run) ? parser.value(run).toLongLong(&numeric) : 0;
    bool kNumeric = true;
    const int kMax = parser.isSet(k) ? parser.value(k).toInt(&kNumeric) : 0;
    if (!parser.positionalArguments().isEmpty() || !numeric || (parser.isSet(run) && runId <= 0)
        || int(parser.isSet(regions)) + int(parser.isSet(k)) + int(parser.isSet(scenarios))
                   + int(parser.isSet(rename)) + int(parser.isSet(remove))
               != 1
        || !kNumeric || (parser.isSet(eachProvider) && !parser.isSet(k))
        || (parser.isSet(k) && (kMax < 1 || kMax > 32))) {
        ctx.error(usage, parser.isSet(k) && (kMax < 1 || kMax > 32)
                             ? PlanCommandText::tr("--k takes a number from 1 to 32.")
                             : QString());
        return ExitUsage;
    }
    PlanObjective goal = PlanObjective::MeanKm;
    double withinMs = 50;
    const QString goalText = parser.value(objective);
    if (goalText == QLatin1String("p95")) {
        goal = PlanObjective::P95Km;
    } else if (goalText.startsWith(QLatin1String("within:"))) {
        bool ok = false;
        withinMs = goalText.mid(7).toDouble(&ok);
        if (!ok || withinMs <= 0) {
            ctx.error(PlanCommandText::tr("--objective within:MS takes a round trip in ms, e.g. "
                                          "within:50."));
            return ExitUsage;
        }
        goal = PlanObjective::Within;
    } else if (!goalText.isEmpty() && goalText != QLatin1String("mean")) {
        ctx.error(PlanCommandText::tr("--objective is mean, p95 or within:MS, not \"%1\".")
                      .arg(goalText));
        return ExitUsage;
    }

    CommandDatabase database;
    PGconn *pg = nullptr;
    if (const int code
        = database.connect(ctx, parser.value(db), parser.value(passwordFile), parser.isSet(quiet),
                           QStringLiteral("regionmap-cli-plan"), &pg);
        code != ExitOk)
        return code;
    // The scenarios live in plan_scenarios (migration 7, applied by --save).
    if (parser.isSet(scenarios) || parser.isSet(rename) || parser.isSet(remove))
        return manageScenarios(ctx, database.connection(), parser.value(rename),
                               parser.value(remove), parser.isSet(json));
    CommandScope resolved;
    if (const int code = resolved.resolve(ctx, pg, parser.value(table), runId); code != ExitOk)
        return code;
    resolved.preparePoints(ctx, pg, parser.isSet(quiet));
    QElapsedTimer clock;
    clock.start();
    Result<PlanInput> input = PlanInput::load(pg, resolved.table, resolved.scope);
    if (!input) {
        ctx.error(input.error().message, input.error().details);
        return ExitDatabase;
    }
    const qint64 loadMs = clock.elapsed();

    // The candidates: the catalogs named, else the providers of the run's regions, else aws.
    const auto split = [](const QString &list) {
        QStringList items;
        for (const QString &item : list.split(QLatin1Char(','), Qt::SkipEmptyParts))
            items << item.trimmed();
        return items;
    };
    QStringList catalogs = split(parser.value(catalog));
    const QStringList named
        = split(parser.value(regions)) + split(parser.value(must)) + split(parser.value(exclude));
    if (catalogs.isEmpty()) {
        QSet<QString> providers;
        for (const QString &r : input->loadedRegions + named) {
            if (r.contains(QLatin1Char(':')))
                providers.insert(r.section(QLatin1Char(':'), 0, 0).toLower());
        }
        catalogs = providers.isEmpty() ? QStringList {QStringLiteral("aws")} : providers.values();
        std::sort(catalogs.begin(), catalogs.end());
    }
    const Result<QVector<Region>> candidates = Planner::builtinCandidates(catalogs, named);
    if (!candidates) {
        ctx.error(candidates.error().message, candidates.error().details);
        return ExitInput;
    }
    const Planner planner(std::move(input).value(), candidates.value());
    const auto indexes = [&](const QString &list, QList<int> *out) {
        for (const QString &item : split(list)) {
            const int i = planner.indexOf(item);
            if (i < 0) {
                ctx.error(PlanCommandText::tr("The region \"%1\" is not in the catalogs %2. Name "
                                              "it as provider:code (aws:us-east-1), and add its "
                                              "catalog with --catalog.")
                              .arg(item, catalogs.join(QLatin1Char(','))));
                return false;
            }
            out->append(i);
        }
        return true;
    };
    QList<int> whatIf, required, excluded;
    if (!indexes(parser.value(regions), &whatIf) || !indexes(parser.value(must), &required)
        || !indexes(parser.value(exclude), &excluded))
        return ExitInput;
    if (parser.isSet(regions) && whatIf.isEmpty()) {
        ctx.error(PlanCommandText::tr("--regions names no region: give one or more, e.g. "
                                      "aws:us-east-1,gcp:europe-west4."));
        return ExitUsage;
    }
    if (planner.input().locatedRows == 0) {
        ctx.error(PlanCommandText::tr("The rows of \"%1\" have no located row to plan for "
                                      "(%2 rows, none located). Load a file whose addresses can "
                                      "be located, or pick another run.")
                      .arg(planner.input().scope.table)
                      .arg(planner.input().otherRows));
        return ExitInput;
    }
    // A scenario's name is checked before the search, which can take a while.
    if (parser.isSet(save)) {
        if (parser.isSet(eachProvider)) {
            ctx.error(PlanCommandText::tr("--save keeps one set of regions: it does not go with "
                                          "--each-provider. Save each provider's answer with "
                                          "--catalog PROVIDER --k N --save NAME."));
            return ExitUsage;
        }
        const Result<int> applied = Migrations::apply(database.connection());
        const Result<QList<PlanScenario>> saved
            = applied ? PlanScenario::list(database.connection())
                      : Result<QList<PlanScenario>>(applied.error());
        if (!saved) {
            ctx.error(saved.error().message, saved.error().details);
            return ExitDatabase;
        }
        for (const PlanScenario &sc : saved.value()) {
            if (sc.name == parser.value(save)) {
                ctx.error(PlanCommandText::tr("A scenario named \"%1\" is saved already. Choose "
                                              "another name, or delete that one first "
                                              "(--delete NAME).")
                              .arg(sc.name));
                return ExitInput;
            }
        }
    }

    const PlanInput &in = planner.input();
    if (!parser.isSet(quiet) && !parser.isSet(json)) {
        ctx.err() << PlanCommandText::tr("%1 located rows at %2 places; %3 rows not located take "
                                         "no part.")
                         .arg(QLocale().toString(in.locatedRows))
                         .arg(QLocale().toString(qint64(in.points.size())))
                         .arg(QLocale().toString(in.otherRows))
                  << Qt::endl;
    }
    QJsonArray sets;
    clock.restart();
    if (!whatIf.isEmpty()) {
        const PlanOutcome o = planner.evaluate(whatIf, goal, withinMs);
        sets.append(PlanJson::whatIf(o));
        if (!parser.isSet(json)) {
            printOutcome(ctx.out(), o);
            ctx.out() << Qt::endl << PlanCommandText::tr("Worst served countries:") << Qt::endl;
            for (const PlanPlaceStats &p : o.worstCountries)
                ctx.out() << QStringLiteral("  %1 %2 %3")
                                 .arg(p.countryCode.leftJustified(4),
                                      QLocale().toString(p.rows).rightJustified(10),
                                      PlanCommandText::tr("%1 ms").arg(p.meanRttMs, 0, 'f', 1))
                          << Qt::endl;
        }
    } else if (parser.isSet(eachProvider)) {
        // The same k for each provider alone: the others' regions are excluded.
        QStringList providers;
        for (const Region &r : candidates.value()) {
            if (!providers.contains(r.provider))
                providers << r.provider;
        }
        if (!parser.isSet(json)) {
            ctx.out() << QStringLiteral("%1 %2 %3 %4 %5 %6  %7")
                             .arg(PlanCommandText::tr("provider").leftJustified(9),
                                  PlanCommandText::tr("mean km").rightJustified(9),
                                  PlanCommandText::tr("p95 km").rightJustified(9),
                                  PlanCommandText::tr("RTT ms").rightJustified(7),
                                  PlanCommandText::tr("≤ 50 ms").rightJustified(8),
                                  PlanCommandText::tr("≤ 100 ms").rightJustified(8),
                                  PlanCommandText::tr("regions"))
                      << Qt::endl;
        }
        for (const QString &provider : std::as_const(providers)) {
            QList<int> others = excluded;
            QList<int> own;
            for (int i = 0; i < candidates->size(); ++i) {
                if (candidates->at(i).provider != provider)
                    others << i;
            }
            for (const int m : std::as_const(required)) {
                if (candidates->at(m).provider == provider)
                    own << m;
            }
            const QList<Planner::Step> steps = planner.best(kMax, goal, withinMs, own, others);
            if (steps.isEmpty()) {
                ctx.err() << PlanCommandText::tr("%1: no answer (more required regions than --k, "
                                                 "or too few regions left).")
                                 .arg(provider)
                          << Qt::endl;
                continue;
            }
            const Planner::Step &last = steps.last();
            QJsonObject j = PlanJson::step(last);
            j.remove(QStringLiteral("gain"));
            j.insert(QStringLiteral("provider"), provider);
            sets.append(j);
            if (!parser.isSet(json)) {
                const QLocale locale;
                const PlanOutcome &o = last.outcome;
                ctx.out()
                    << QStringLiteral("%1 %2 %3 %4 %5 %6  %7")
                           .arg(provider.leftJustified(9),
                                locale.toString(o.meanKm.value_or(0), 'f', 1).rightJustified(9),
                                locale.toString(o.p95Km.value_or(0), 'f', 1).rightJustified(9),
                                locale.toString(o.meanRttMs.value_or(0), 'f', 1).rightJustified(7),
                                (locale.toString(100 * o.within50, 'f', 1) + QLatin1Char('%'))
                                    .rightJustified(8),
                                (locale.toString(100 * o.within100, 'f', 1) + QLatin1Char('%'))
                                    .rightJustified(8),
                                o.regions.join(QStringLiteral(", ")))
                    << Qt::endl;
            }
        }
        if (sets.isEmpty()) {
            ctx.error(PlanCommandText::tr("There are not enough candidate regions for that: "
                                          "check --k, --must and --exclude."));
            return ExitInput;
        }
    } else {
        const QList<Planner::Step> steps = planner.best(kMax, goal, withinMs, required, excluded);
        for (const Planner::Step &s : steps) {
            sets.append(PlanJson::step(s));
            if (!parser.isSet(json)) {
                const QLocale locale;
                ctx.out() << QStringLiteral("k = %1  %2  %3  (%4)")
                                 .arg(s.k)
                                 .arg(goal == PlanObjective::Within
                                          ? PlanCommandText::tr("%1 % within %2 ms")
                                                .arg(locale.toString(100 * s.outcome.objective, 'f',
                                                                     1))
                                                .arg(withinMs)
                                          : PlanCommandText::tr("%1 km").arg(
                                              locale.toString(s.outcome.objective, 'f', 1)),
                                      s.outcome.regions.join(QStringLiteral(", ")),
                                      PlanJson::methodName(s.method))
                          << Qt::endl;
            }
        }
        if (steps.isEmpty()) {
            ctx.error(PlanCommandText::tr("There are not enough candidate regions for that: "
                                          "check --k, --must and --exclude."));
            return ExitInput;
        }
    }
    const QString objectiveName = PlanJson::objectiveName(goal);
    const QJsonObject out
        = PlanJson::answer(planner, catalogs, goal, withinMs, sets, loadMs, clock.elapsed(),
                           planner.searchPlaces(), planner.searchGridDegrees());
    if (parser.isSet(json))
        ctx.out() << QJsonDocument(out).toJson(QJsonDocument::Indented);
    if (parser.isSet(save)) {
        const QJsonObject last = sets.last().toObject();
        PlanScenario scenario;
        scenario.name = parser.value(save);
        scenario.table = in.scope.table;
        if (in.scope.isRun())
            scenario.runId = in.scope.runId;
        scenario.regions = last[QStringLiteral("regions")].toVariant().toStringList();
        scenario.objective = objectiveName;
        if (goal == PlanObjective::Within)
            scenario.objectiveMs = withinMs;
        scenario.method = last[QStringLiteral("method")].toString();
        scenario.numbers = out;
        const Result<qint64> saved = PlanScenario::save(database.connection(), scenario);
        if (!saved) {
            ctx.error(saved.error().message, saved.error().details);
            return saved.error().kind == ErrorKind::Database ? ExitDatabase : ExitInput;
        }
        if (!parser.isSet(quiet))
            ctx.err() << PlanCommandText::tr("Saved as the scenario \"%1\".").arg(scenario.name)
                      << Qt::endl;
    }
    return ExitOk;
}

} // namespace regionmap::cli
