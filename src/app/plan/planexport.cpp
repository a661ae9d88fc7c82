#include "planexport.h"

#include "csv/csvfield.h"
#include "geo/latencymodel.h"
#include "geo/regioncatalog.h"
#include "plan/planjson.h"
#include "results/resultstext.h"
#include "results/runreport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QSet>

#include <map>

namespace regionmap {

namespace {

QByteArray number(const std::optional<double> &v)
{
    return v ? QByteArray::number(*v, 'g', 17) : QByteArray();
}

Status writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return Error(
            ErrorKind::Input,
            PlanExport::tr("Could not write %1. Choose another folder or file name.").arg(path),
            file.errorString());
    return {};
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString imageTag(const QImage &image, const QString &alt)
{
    if (image.isNull())
        return {};
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("<img alt=\"%1\" src=\"data:image/png;base64,%2\">")
        .arg(esc(alt), QString::fromLatin1(png.toBase64()));
}

QString objectiveText(PlanObjective objective, double withinMs)
{
    switch (objective) {
    case PlanObjective::MeanKm:
        return PlanExport::tr("mean distance");
    case PlanObjective::P95Km:
        return PlanExport::tr("95th-percentile distance");
    case PlanObjective::Within:
        break;
    }
    return PlanExport::tr("share of rows within %1 ms").arg(withinMs);
}

QString objectiveValue(PlanObjective objective, double value)
{
    return objective == PlanObjective::Within ? ResultsText::share(value) : ResultsText::km(value);
}

} // namespace

Status PlanExport::regionsCsv(const PlanOutcome &o, const QString &path)
{
    QByteArray out = "region,name,rows,share,mean_km,median_km,p95_km,mean_rtt_ms,p95_rtt_ms\r\n";
    for (const PlanRegionStats &r : o.perRegion) {
        if (r.withheld) { // docs/privacy.md: the region, nothing else
            out += csv::field(r.region) + ',' + csv::field(r.name) + ','
                   + csv::field(o.withheldText()) + ",,,,,,\r\n";
            continue;
        }
        out += csv::field(r.region) + ',' + csv::field(r.name) + ',' + QByteArray::number(r.rows)
               + ',' + QByteArray::number(r.share, 'g', 17) + ',' + number(r.meanKm) + ','
               + number(r.medianKm) + ',' + number(r.p95Km) + ',' + number(r.meanRttMs) + ','
               + number(r.p95RttMs) + "\r\n";
    }
    return writeFile(path, out);
}

Status PlanExport::pointsCsv(const PlanInput &input, const PlanOutcome &o, const QString &path)
{
    if (o.assignment.size() != input.points.size())
        return Error(ErrorKind::Internal,
                     tr("The assignment does not belong to these places; evaluate the set "
                        "again."));
    const LatencyModel model;
    QByteArray out = "latitude,longitude,country_code,city,rows,loaded_region,region,distance_km,"
                     "est_rtt_ms\r\n";
    // Places of fewer rows than the minimum count are merged, per move, into one line without a
    // place (docs/privacy.md).
    struct Merged
    {
        qint64 rows = 0;
        double km = 0;
        int places = 0;
    };
    std::map<std::pair<int, int>, Merged> merged;
    // A move the planner withholds (docs/privacy.md) is not given back by its places either:
    // every place of it goes into its merged line, and that line has no count.
    QSet<QPair<QString, QString>> withheldMoves;
    for (const PlanMove &m : o.moves) {
        if (m.withheld)
            withheldMoves.insert({m.from, m.to});
    }
    const auto moveWithheld = [&](int loadedIndex, int r) {
        const QString from = loadedIndex >= 0 ? input.loadedRegions.value(loadedIndex) : QString();
        return r >= 0 && withheldMoves.contains({from, o.regions.at(r)});
    };
    for (qsizetype i = 0; i < input.points.size(); ++i) {
        const PlanPoint &p = input.points.at(i);
        const int r = o.assignment.at(i);
        const QString loaded
            = p.loadedRegion >= 0 ? input.loadedRegions.value(p.loadedRegion) : QString();
        if (p.rows < input.minCount || moveWithheld(p.loadedRegion, r)) {
            Merged &m = merged[{p.loadedRegion, r}];
            m.rows += p.rows;
            m.km += r >= 0 ? o.assignedKm.at(i) * double(p.rows) : 0.0;
            ++m.places;
            continue;
        }
        out += QByteArray::number(p.latitude, 'g', 17) + ','
               + QByteArray::number(p.longitude, 'g', 17) + ',' + csv::field(p.countryCode) + ','
               + csv::field(p.city) + ',' + QByteArray::number(p.rows) + ',' + csv::field(loaded)
               + ',' + (r >= 0 ? csv::field(o.regions.at(r)) : QByteArray()) + ','
               + (r >= 0 ? QByteArray::number(o.assignedKm.at(i), 'g', 17) : QByteArray()) + ','
               + (r >= 0 ? QByteArray::number(model.rttMs(o.assignedKm.at(i)), 'g', 17)
                         : QByteArray())
               + "\r\n";
    }
    for (const auto &[key, m] : merged) {
        const auto [loadedIndex, r] = key;
        const QString loaded
            = loadedIndex >= 0 ? input.loadedRegions.value(loadedIndex) : QString();
        const double km = m.km / double(m.rows);
        if (moveWithheld(loadedIndex, r)) {
            out += ",,," + csv::field(tr("(the places of a withheld move)")) + ",,"
                   + csv::field(loaded) + ',' + csv::field(o.regions.at(r)) + ",,\r\n";
            continue;
        }
        out += ",,,"
               + csv::field(tr("(%n place(s) of fewer than %1 rows each)", nullptr, m.places)
                                .arg(input.minCount))
               + ',' + QByteArray::number(m.rows) + ',' + csv::field(loaded) + ','
               + (r >= 0 ? csv::field(o.regions.at(r)) : QByteArray()) + ','
               + (r >= 0 ? QByteArray::number(km, 'g', 17) : QByteArray()) + ','
               + (r >= 0 ? QByteArray::number(model.rttMs(km), 'g', 17) : QByteArray()) + "\r\n";
    }
    return writeFile(path, out);
}

QString PlanExport::html(const Report &r)
{
    const QLocale locale;
    const PlanOutcome &o = r.outcome;
    QString h;
    h += QStringLiteral(
             "<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
             "<title>%2</title><style>"
             "body{font-family:sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;"
             "color:#222}h1{font-size:1.6em}h2{font-size:1.2em;margin-top:1.6em;"
             "border-bottom:1px solid #ccc}table{border-collapse:collapse;margin:.5em 0}"
             "th,td{border:1px solid #ccc;padding:.2em .6em;text-align:left}"
             "td.n{text-align:right;font-variant-numeric:tabular-nums}img{max-width:100%;"
             "border:1px solid #ccc}.note{color:#555;font-size:.9em}</style></head><body>\n")
             .arg(locale.bcp47Name(), esc(tr("RegionMap plan: %1").arg(r.title)));
    h += QStringLiteral("<h1>%1</h1>\n<p>%2</p>\n")
             .arg(esc(tr("RegionMap plan: %1").arg(r.title)), esc(r.scopeText));
    h += QStringLiteral("<p>%1</p>\n")
             .arg(esc(tr("Serving set: %1. All %2 located rows: mean %3, median %4, 95th "
                         "percentile %5; est. RTT mean %6, 95th percentile %7; within 20 / 50 / "
                         "100 ms: %8 / %9 / %10.")
                          .arg(o.regions.join(QStringLiteral(", ")), ResultsText::count(o.rows),
                               ResultsText::km(o.meanKm), ResultsText::km(o.medianKm),
                               ResultsText::km(o.p95Km), ResultsText::ms(o.meanRttMs),
                               ResultsText::ms(o.p95RttMs), ResultsText::share(o.within20))
                          .arg(ResultsText::share(o.within50), ResultsText::share(o.within100))));
    h += QStringLiteral("<h2>%1</h2>\n<table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th>"
                        "<th>%6</th><th>%7</th><th>%8</th><th>%9</th></tr>\n")
             .arg(esc(tr("Regions")), esc(tr("Region")), esc(tr("Name")), esc(tr("Rows")),
                  esc(tr("Share")), esc(tr("Mean")), esc(tr("Median")), esc(tr("95th pct.")))
             .arg(esc(tr("Est. RTT mean")));
    for (const PlanRegionStats &s : o.perRegion) {
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td class=n>%3</td><td class=n>%4</td>"
                            "<td class=n>%5</td><td class=n>%6</td><td class=n>%7</td>"
                            "<td class=n>%8</td></tr>\n")
                 .arg(esc(s.region), esc(s.name),
                      s.withheld ? esc(o.withheldText()) : ResultsText::count(s.rows),
                      s.withheld ? QStringLiteral("—") : ResultsText::share(s.share),
                      ResultsText::km(s.meanKm), ResultsText::km(s.medianKm),
                      ResultsText::km(s.p95Km), ResultsText::ms(s.meanRttMs));
    }
    h += QStringLiteral("</table>\n");
    if (!r.map.isNull())
        h += QStringLiteral("<h2>%1</h2>\n%2\n<p class=note>%3</p>\n")
                 .arg(esc(tr("Map")), imageTag(r.map, tr("Map of the serving set")),
                      esc(r.geoCredit));
    if (!r.steps.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n<table><tr><th>k</th><th>%3</th><th>%4</th>"
                            "<th>%5</th><th>%6</th></tr>\n")
                 .arg(esc(tr("Best k regions")),
                      esc(tr("Objective: %1.").arg(objectiveText(r.objective, r.withinMs))),
                      esc(tr("Objective")), esc(tr("Gain")), esc(tr("Method")), esc(tr("Regions")));
        for (const Planner::Step &s : r.steps) {
            h += QStringLiteral("<tr><td class=n>%1</td><td class=n>%2</td><td class=n>%3</td>"
                                "<td>%4</td><td>%5</td></tr>\n")
                     .arg(s.k)
                     .arg(objectiveValue(r.objective, s.outcome.objective),
                          s.gain
                              ? (r.objective == PlanObjective::Within ? ResultsText::share(*s.gain)
                                                                      : ResultsText::km(*s.gain))
                              : QStringLiteral("—"),
                          esc(PlanJson::methodName(s.method)),
                          esc(s.outcome.regions.join(QStringLiteral(", "))));
        }
        h += QStringLiteral("</table>\n%1\n").arg(imageTag(r.chart, tr("The objective by k")));
    }
    if (!r.clouds.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2>\n<table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th>"
                            "<th>%6</th><th>%7</th></tr>\n")
                 .arg(esc(tr("Clouds side by side")), esc(tr("Cloud")), esc(tr("Mean")),
                      esc(tr("95th pct.")), esc(tr("Est. RTT mean")), esc(tr("Within 50 ms")),
                      esc(tr("Regions")));
        for (const PlanSession::CloudAnswer &c : r.clouds) {
            const PlanOutcome &co = c.step.outcome;
            h += QStringLiteral("<tr><td>%1</td><td class=n>%2</td><td class=n>%3</td>"
                                "<td class=n>%4</td><td class=n>%5</td><td>%6</td></tr>\n")
                     .arg(esc(PlanSession::providerName(c.provider)), ResultsText::km(co.meanKm),
                          ResultsText::km(co.p95Km), ResultsText::ms(co.meanRttMs),
                          ResultsText::share(co.within50),
                          esc(co.regions.join(QStringLiteral(", "))));
        }
        h += QStringLiteral("</table>\n");
    }
    if (!o.worstCountries.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2>\n<table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th>"
                            "</tr>\n")
                 .arg(esc(tr("Worst served")), esc(tr("Place")), esc(tr("Rows")), esc(tr("Mean")),
                      esc(tr("Est. RTT mean")));
        for (const QList<PlanPlaceStats> *list : {&o.worstCountries, &o.worstCities}) {
            for (const PlanPlaceStats &p : *list) {
                h += QStringLiteral("<tr><td>%1</td><td class=n>%2</td><td class=n>%3</td>"
                                    "<td class=n>%4</td></tr>\n")
                         .arg(esc(p.city.isEmpty() ? p.countryCode
                                                   : p.city + QStringLiteral(", ") + p.countryCode),
                              ResultsText::count(p.rows), ResultsText::km(p.meanKm),
                              ResultsText::ms(p.meanRttMs));
            }
        }
        h += QStringLiteral("</table>\n");
    }
    if (!o.moves.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2>\n<table><tr><th>%2</th><th>%3</th><th>%4</th></tr>\n")
                 .arg(esc(tr("Moves from the loaded assignment")), esc(tr("From")), esc(tr("To")),
                      esc(tr("Rows")));
        for (const PlanMove &m : o.moves) {
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td class=n>%3</td></tr>\n")
                     .arg(esc(m.from.isEmpty() ? tr("(none)") : m.from), esc(m.to),
                          m.withheld ? esc(o.withheldText()) : ResultsText::count(m.rows));
        }
        h += QStringLiteral("</table>\n");
    }

    h += QStringLiteral("<h2>%1</h2>\n<ul>\n").arg(esc(tr("Provenance")));
    h += RunReport::runItems(r.provenance);
    const QString catalogs = RunReport::builtinCatalogs();
    const LatencyModel model;
    h += QStringLiteral("<li>%1</li>\n<li>%2</li>\n<li>%3</li>\n</ul>\n")
             .arg(
                 esc(tr("Candidate regions: the generally available regions of the built-in "
                        "catalogs %1.")
                         .arg(catalogs)),
                 esc(tr("Est. RTT model: 2 × distance × %1 / %2 km per ms + %3 ms "
                        "(docs/latency-model.md).")
                         .arg(locale.toString(model.routeFactor))
                         .arg(locale.toString(LatencyModel::kFibreKmPerMs))
                         .arg(locale.toString(model.overheadMs))),
                 esc(tr("Made by RegionMap %1 on %2.")
                         .arg(QCoreApplication::applicationVersion(),
                              locale.toString(QDateTime::currentDateTime(), QLocale::LongFormat))));
    h += QStringLiteral("</body></html>\n");
    return h;
}

Status PlanExport::htmlReport(const Report &report, const QString &path)
{
    return writeFile(path, html(report).toUtf8());
}

} // namespace regionmap
