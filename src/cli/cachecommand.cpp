#include "cachecommand.h"

#include "clicontext.h"
#include "commanddatabase.h"
#include "exitcodes.h"

#include "db/locationcache.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>

namespace regionmap::cli {

namespace {

// This file's texts, under one translation context that lupdate can see.
struct CacheCommandText
{
    Q_DECLARE_TR_FUNCTIONS(regionmap::cli::CacheCommand)
};

} // namespace

int runCacheCommand(CliContext &ctx, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CacheCommandText::tr(
        "The location cache (the table ip_locations): the answers of ipinfo.io, kept so that a "
        "re-run spends no quota twice. Without --db, RegionMap's local database is used."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("action"),
        CacheCommandText::tr("clear (remove the cached answers) or status."));
    const QCommandLineOption db(
        QStringLiteral("db"),
        CacheCommandText::tr("A PostgreSQL URI (postgresql://user@host:port/db)."),
        CacheCommandText::tr("uri"));
    const QCommandLineOption passwordFile(
        QStringLiteral("password-file"),
        CacheCommandText::tr("Read the database password from this file."),
        CacheCommandText::tr("file"));
    const QCommandLineOption source(
        QStringLiteral("source"),
        CacheCommandText::tr("Only the answers of this provider (ipinfo)."),
        CacheCommandText::tr("name"));
    const QCommandLineOption quiet({QStringLiteral("quiet"), QStringLiteral("q")},
                                   CacheCommandText::tr("No notes on stderr."));
    for (const auto &o : {db, passwordFile, source, quiet})
        parser.addOption(o);
    if (const std::optional<int> done = ctx.parse(parser, arguments))
        return *done;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1
        || (args.first() != QLatin1String("clear") && args.first() != QLatin1String("status"))) {
        ctx.error(CacheCommandText::tr("Say what to do: cache clear or cache status."));
        return ExitUsage;
    }

    CommandDatabase database;
    if (const int code
        = database.connect(ctx, parser.value(db), parser.value(passwordFile), parser.isSet(quiet),
                           QStringLiteral("regionmap-cli-cache"));
        code != ExitOk)
        return code;
    if (args.first() == QLatin1String("clear")) {
        const Result<qint64> removed
            = LocationCache::clear(database.connection(), parser.value(source));
        if (!removed) {
            ctx.error(removed.error().message, removed.error().details);
            return ExitDatabase;
        }
        ctx.out() << CacheCommandText::tr("%n cached answer(s) removed.", nullptr,
                                          int(removed.value()))
                  << Qt::endl;
        return ExitOk;
    }
    const Result<QList<LocationCache::SourceStats>> stats
        = LocationCache::stats(database.connection());
    if (!stats) {
        ctx.error(stats.error().message, stats.error().details);
        return ExitDatabase;
    }
    if (stats->isEmpty()) {
        ctx.out() << CacheCommandText::tr("The location cache is empty.") << Qt::endl;
        return ExitOk;
    }
    const QLocale locale;
    for (const LocationCache::SourceStats &s : stats.value()) {
        if (parser.isSet(source) && s.source != parser.value(source))
            continue;
        ctx.out() << CacheCommandText::tr("%1: %2 answers, fetched from %3 to %4 (UTC)")
                         .arg(s.source, locale.toString(s.entries), s.oldest.toString(Qt::ISODate),
                              s.newest.toString(Qt::ISODate))
                  << Qt::endl;
    }
    return ExitOk;
}

} // namespace regionmap::cli
