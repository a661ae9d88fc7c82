#include "catalogcommand.h"

#include "clicontext.h"
#include "exitcodes.h"
#include "optiontable.h"

#include "csv/csvfield.h"
#include "geo/regioncatalog.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace regionmap::cli {

namespace {

// This file's texts, under one translation context that lupdate can see.
struct CatalogCommandText
{
    Q_DECLARE_TR_FUNCTIONS(regionmap::cli::CatalogCommand)
};

struct CatalogRequest
{
    bool csv = false;
};

const std::vector<CliOption<CatalogRequest>> kCatalogOptions = {
    {{QStringLiteral("csv")},
     QT_TRANSLATE_NOOP("regionmap::cli::CatalogCommand",
                       "show: print the regions as CSV (provider,code,name,city,country,latitude,"
                       "longitude,status)."),
     nullptr,
     [](CatalogRequest &r, const QString &) -> std::optional<QString> {
         r.csv = true;
         return std::nullopt;
     }},
};

QString number(double v)
{
    return QString::number(v, 'g', 10);
}

int listCatalogs(CliContext &ctx)
{
    QTextStream &out = ctx.out();
    out << CatalogCommandText::tr("%1 %2 %3 %4 %5 %6")
               .arg(CatalogCommandText::tr("name").leftJustified(8),
                    CatalogCommandText::tr("provider").leftJustified(10),
                    CatalogCommandText::tr("ga").rightJustified(4),
                    CatalogCommandText::tr("restricted").rightJustified(11),
                    CatalogCommandText::tr("announced").rightJustified(10),
                    CatalogCommandText::tr("checked"))
        << Qt::endl;
    for (const QString &name : RegionCatalog::builtinNames()) {
        const Result<RegionCatalog> c = RegionCatalog::builtin(name);
        if (!c) {
            ctx.error(c.error().message, c.error().details);
            return ExitInput;
        }
        out << QStringLiteral("%1 %2 %3 %4 %5 %6")
                   .arg(name.leftJustified(8),
                        c->providers().join(QLatin1Char('+')).leftJustified(10))
                   .arg(c->count(RegionStatus::Ga), 4)
                   .arg(c->count(RegionStatus::Restricted), 11)
                   .arg(c->count(RegionStatus::Announced), 10)
                   .arg(c->checkedOn().isValid() ? c->checkedOn().toString(Qt::ISODate)
                                                 : CatalogCommandText::tr("not said"))
            << Qt::endl;
    }
    return ExitOk;
}

int showCatalog(CliContext &ctx, const QString &name, bool csv)
{
    const Result<RegionCatalog> c = RegionCatalog::builtin(name);
    if (!c) {
        ctx.error(c.error().message, c.error().details);
        return ExitUsage;
    }
    QTextStream &out = ctx.out();
    if (csv)
        out << "provider,code,name,city,country,latitude,longitude,status" << Qt::endl;
    for (const Region &r : c->regions()) {
        if (csv) {
            const QList<QByteArray> fields {
                csv::field(r.provider),       csv::field(r.code),
                csv::field(r.name),           csv::field(r.city),
                csv::field(r.country),        number(r.latitude).toUtf8(),
                number(r.longitude).toUtf8(), regionStatusName(r.status).toUtf8()};
            out << QString::fromUtf8(QByteArrayList(fields).join(',')) << Qt::endl;
            continue;
        }
        out << QStringLiteral("%1 %2 %3 %4 %5 %6")
                   .arg(r.code.leftJustified(24), r.name.leftJustified(34),
                        (r.city + QStringLiteral(", ") + r.country).leftJustified(28),
                        number(r.latitude).rightJustified(10),
                        number(r.longitude).rightJustified(11),
                        r.status == RegionStatus::Ga ? QString() : regionStatusName(r.status))
                   .trimmed()
            << Qt::endl;
    }
    return ExitOk;
}

} // namespace

int runCatalogCommand(CliContext &ctx, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CatalogCommandText::tr(
        "The built-in region catalogs.\n"
        "\n"
        "  catalog list              each catalog: provider, regions per status, date checked\n"
        "  catalog show NAME [--csv] one catalog's regions"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), CatalogCommandText::tr("list or show."));
    parser.addPositionalArgument(QStringLiteral("name"),
                                 CatalogCommandText::tr("show: the catalog (aws, gcp, ...)."),
                                 QStringLiteral("[name]"));
    CatalogRequest request;
    if (const std::optional<int> done = readOptions(
            ctx, parser, arguments, "regionmap::cli::CatalogCommand", kCatalogOptions, request))
        return *done;
    const QStringList args = parser.positionalArguments();
    if (args.size() == 1 && args.first() == QLatin1String("list") && !request.csv)
        return listCatalogs(ctx);
    if (args.size() == 2 && args.first() == QLatin1String("show"))
        return showCatalog(ctx, args.at(1), request.csv);
    ctx.error(CatalogCommandText::tr("Use \"catalog list\" or \"catalog show NAME [--csv]\". The "
                                     "built-in catalogs are: %1.")
                  .arg(RegionCatalog::builtinNames().join(QStringLiteral(", "))));
    return ExitUsage;
}

} // namespace regionmap::cli
