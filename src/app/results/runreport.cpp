#include "runreport.h"

#include "resultstext.h"

#include "geo/latencymodel.h"
#include "geo/regioncatalog.h"

#include <QBuffer>
#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace regionmap {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString td(const QString &text, bool number = false)
{
    return number ? QStringLiteral("<td class=n align=right>%1</td>").arg(text)
                  : QStringLiteral("<td>%1</td>").arg(esc(text));
}

QString th(const QString &text)
{
    return QStringLiteral("<th>%1</th>").arg(esc(text));
}

} // namespace

QString RunReport::html(Images images) const
{
    const QLocale locale;
    const ScopeOverview &ov = overview;
    int imageIndex = 0;
    const auto picture = [&](const QImage &image, const QString &alt) {
        if (image.isNull())
            return QString();
        const int n = imageIndex++;
        if (images == Images::Named)
            return QStringLiteral("<p><img src=\"image:%1\" width=\"600\" alt=\"%2\"></p>")
                .arg(n)
                .arg(esc(alt));
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        // Drawn at twice the size for sharpness: shown at its own size.
        return QStringLiteral("<p><img alt=\"%1\" width=\"%2\" style=\"height:auto\" "
                              "src=\"data:image/png;base64,%3\"></p>")
            .arg(esc(alt))
            .arg(qRound(image.width() / image.devicePixelRatio()))
            .arg(QString::fromLatin1(png.toBase64()));
    };
    QString h = QStringLiteral(
                    "<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2"
                    "</title><style>body{font-family:sans-serif;max-width:1100px;margin:2em auto;"
                    "padding:0 1em;color:#222}h1{font-size:1.6em}h2{font-size:1.2em;"
                    "margin-top:1.6em;border-bottom:1px solid #ccc}table{border-collapse:collapse;"
                    "margin:.5em 0}th,td{border:1px solid #ccc;padding:.2em .6em;text-align:left}"
                    "td.n{text-align:right}img{max-width:100%;border:1px solid #ccc}"
                    ".note{color:#555;font-size:.9em}</style></head><body>\n")
                    .arg(locale.bcp47Name(), esc(tr("RegionMap report: %1").arg(title)));
    h += QStringLiteral("<h1>%1</h1>\n").arg(esc(tr("RegionMap report: %1").arg(title)));
    for (const QString &line : scopeText.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        h += QStringLiteral("<p>%1</p>\n").arg(esc(line));

    h += QStringLiteral("<h2>%1</h2>\n<table><tr>").arg(esc(tr("Regions")));
    for (const QString &c : {tr("Region"), tr("Name"), tr("Rows"), tr("Share"), tr("Mean km"),
                             tr("Median km"), tr("95th pct. km"), tr("Est. RTT mean ms"),
                             tr("Est. RTT 95th pct. ms"), tr("Firm"), tr("Uncertain")})
        h += th(c);
    h += QStringLiteral("</tr>\n");
    for (const RegionStat &r : ov.regions) {
        if (r.rows <= 0)
            continue;
        if (r.withheld) {
            // Fewer rows than the minimum count: neither the count nor the numbers.
            h += QStringLiteral("<tr>") + td(r.code) + td(r.name)
                 + td(esc(ov.privacy.withheldText()), true)
                 + QStringLiteral("<td colspan=8 class=note>%1</td></tr>\n")
                       .arg(esc(tr("withheld: fewer rows than the minimum count, or withheld "
                                   "with such a region so that the totals do not give it away")));
            continue;
        }
        h += QStringLiteral("<tr>") + td(r.code) + td(r.name) + td(ResultsText::count(r.rows), true)
             + td(ResultsText::share(r.share), true) + td(ResultsText::km(r.meanKm, false), true)
             + td(ResultsText::km(r.medianKm, false), true)
             + td(ResultsText::km(r.p95Km, false), true)
             + td(ResultsText::ms(r.rtt.meanMs, false), true)
             + td(ResultsText::ms(r.rtt.p95Ms, false), true) + td(ResultsText::count(r.firm), true)
             + td(ResultsText::count(r.uncertain), true) + QStringLiteral("</tr>\n");
    }
    h += QStringLiteral("</table>\n");

    h += QStringLiteral("<h2>%1</h2>\n<table><tr>%2%3%4</tr>\n")
             .arg(esc(tr("Statuses")), th(tr("Status")), th(tr("Rows")), th(tr("Share")));
    for (const StatusStat &s : ov.statuses) {
        h += QStringLiteral("<tr>") + td(ResultsText::statusLabel(s.status))
             + td(ResultsText::count(s.rows), true) + td(ResultsText::share(s.share), true)
             + QStringLiteral("</tr>\n");
    }
    h += QStringLiteral("</table>\n");

    if (!charts.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Charts")));
        for (const auto &[name, image] : charts)
            h += picture(image, name);
    }
    if (!map.isNull()) {
        h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Map")));
        h += picture(map, tr("Map of the located rows"));
    }
    if (!geoCredit.isEmpty())
        h += QStringLiteral("<p class=note>%1</p>\n").arg(esc(geoCredit));

    qint64 rejected = 0;
    for (const ScopeProvenance::Run &run : provenance.runs)
        rejected += run.rowsRejected;
    h += QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n")
             .arg(esc(tr("Rejected rows")),
                  esc(rejected == 0 ? tr("No row was rejected.")
                                    : tr("%1 rows were rejected (kept in etl_rejects with their "
                                         "file, line and reason). The first:")
                                          .arg(ResultsText::count(rejected))));
    if (!provenance.firstRejects.isEmpty()) {
        h += QStringLiteral("<table><tr>%1%2%3%4</tr>\n")
                 .arg(th(tr("File")), th(tr("Line")), th(tr("Column")), th(tr("Reason")));
        for (const ScopeProvenance::Reject &r : provenance.firstRejects) {
            h += QStringLiteral("<tr>") + td(QFileInfo(r.file).fileName())
                 + td(QString::number(r.line), true) + td(r.column) + td(r.reason)
                 + QStringLiteral("</tr>\n");
        }
        h += QStringLiteral("</table>\n");
    }

    h += QStringLiteral("<h2>%1</h2>\n<ul>\n").arg(esc(tr("Provenance")));
    h += runItems(provenance);
    const QString catalogs = builtinCatalogs();
    const LatencyModel model;
    h += QStringLiteral("<li>%1</li>\n<li>%2</li>\n<li>%3</li>\n<li>%4</li>\n</ul>\n")
             .arg(
                 esc(tr("Built-in catalogs: %1.").arg(catalogs)),
                 esc(tr("Est. RTT: 2 × distance × route factor / %1 km per ms + overhead "
                        "(docs/latency-model.md; by default %2 and %3 ms).")
                         .arg(locale.toString(LatencyModel::kFibreKmPerMs))
                         .arg(locale.toString(model.routeFactor))
                         .arg(locale.toString(model.overheadMs))),
                 esc(tr("Privacy: %1 (docs/privacy.md); this report shows no address.")
                         .arg(ov.privacy.describe())),
                 esc(tr("Made by RegionMap %1 on %2.")
                         .arg(QCoreApplication::applicationVersion(),
                              locale.toString(QDateTime::currentDateTime(), QLocale::LongFormat))));
    h += QStringLiteral("</body></html>\n");
    return h;
}

QString RunReport::runItems(const ScopeProvenance &provenance)
{
    const QLocale locale;
    QString h;
    for (const ScopeProvenance::Run &run : provenance.runs) {
        h += QStringLiteral("<li>%1<ul>\n")
                 .arg(esc(tr("Run %1, finished %2, RegionMap %3: %4 rows read, %5 loaded, %6 "
                             "rejected; geolocation: %7 %8; catalog: %9")
                              .arg(run.runId)
                              .arg(locale.toString(run.finishedAt, QLocale::ShortFormat),
                                   run.appVersion, ResultsText::count(run.rowsRead),
                                   ResultsText::count(run.rowsLoaded),
                                   ResultsText::count(run.rowsRejected), run.geoProvider,
                                   run.geoDatabase, run.catalogName)
                          + (run.catalogSha256.isEmpty()
                                 ? QString()
                                 : QStringLiteral(" (sha256 %1)").arg(run.catalogSha256))));
        for (const ScopeProvenance::File &f : run.files) {
            h += QStringLiteral("<li>%1</li>\n")
                     .arg(esc(tr("%1: %2 bytes, sha256 %3")
                                  .arg(f.path, ResultsText::count(f.bytes), f.sha256)));
        }
        h += QStringLiteral("</ul></li>\n");
    }
    return h;
}

QString RunReport::builtinCatalogs()
{
    QStringList catalogs;
    for (const QString &name : RegionCatalog::builtinNames()) {
        const Result<RegionCatalog> c = RegionCatalog::builtin(name);
        if (c)
            catalogs << tr("%1 (checked %2)").arg(name, c->checkedOn().toString(Qt::ISODate));
    }
    return catalogs.join(QStringLiteral(", "));
}

Status RunReport::save(const QString &path) const
{
    if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0) {
        QTextDocument doc;
        int n = 0;
        for (const auto &[name, image] : charts) {
            Q_UNUSED(name)
            doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("image:%1").arg(n++)),
                            image);
        }
        if (!map.isNull())
            doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("image:%1").arg(n++)),
                            map);
        doc.setHtml(html(Images::Named));
        QPdfWriter pdf(path);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setTitle(tr("RegionMap report: %1").arg(title));
        pdf.setCreator(QStringLiteral("RegionMap"));
        doc.print(&pdf);
        if (!QFileInfo::exists(path) || QFileInfo(path).size() == 0)
            return Error(ErrorKind::Input,
                         tr("Could not write %1. Choose another folder or file name.").arg(path));
        return {};
    }
    QSaveFile file(path);
    const QByteArray data = html(Images::Inline).toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return Error(ErrorKind::Input,
                     tr("Could not write %1. Choose another folder or file name.").arg(path),
                     file.errorString());
    return {};
}

} // namespace regionmap
