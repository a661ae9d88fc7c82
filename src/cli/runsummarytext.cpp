// The summary of a run as `regionmap-cli run` prints it for a person (the JSON form is
// EtlSummary::toJson()): counts, the top regions, assignments, the cross-check, est. RTT and
// the credit of the data.
#include "runsummarytext.h"

#include "clicontext.h"

#include "results/scopeprivacy.h"

#include <QCoreApplication>
#include <QLocale>

#include <climits>

namespace regionmap::cli {

namespace {

// The texts keep the run command's translation context.
struct RunCommandText
{
    Q_DECLARE_TR_FUNCTIONS(regionmap::cli::RunCommand)
};

QString decimals(const std::optional<double> &value, int places)
{
    return value ? QLocale().toString(*value, 'f', places) : QStringLiteral("-");
}

QString milliseconds(const std::optional<double> &value)
{
    return value ? RunCommandText::tr("%1 ms").arg(QLocale().toString(*value, 'f', 1))
                 : QStringLiteral("-");
}

// How many assignments are firm: their margin to the second region exceeds the location's
// uncertainty (docs/geolocation-accuracy.md).
void printAssignments(QTextStream &out, const EtlSummary &s)
{
    const qint64 assigned = s.assignedRows();
    if (assigned <= 0)
        return;
    if (s.withholdsTotals()) {
        out << Qt::endl
            << "  "
            << RunCommandText::tr("fewer located rows than the minimum count: the assignments, "
                                  "the est. RTT and the cross-check are withheld")
            << Qt::endl;
        return;
    }
    const QLocale locale;
    const qint64 uncertain = s.uncertainRows();
    out << Qt::endl
        << "  "
        << RunCommandText::tr("assignments: %1 firm, %2 uncertain (%3 %); uncertain: the margin to "
                              "the second region is within the location's uncertainty")
               .arg(locale.toString(assigned - uncertain), locale.toString(uncertain),
                    locale.toString(100.0 * double(uncertain) / double(assigned), 'f', 1))
        << Qt::endl;
}

// The second opinion: how many located rows the cross-check database puts in the same region.
void printCrossCheck(QTextStream &out, const EtlSummary &s)
{
    if (s.crossCheckSource.isEmpty() || s.withholdsTotals())
        return;
    const RegionCount t = s.crossCheckTotals();
    if (t.crossChecked() <= 0)
        return;
    const QLocale locale;
    out << "  "
        << RunCommandText::tr("cross-check with %1: %2 % in the same region (%3 same, %4 "
                              "different, %5 not located by it)")
               .arg(s.crossCheckSource,
                    locale.toString(100.0 * double(t.crossSame) / double(t.crossChecked()), 'f', 1),
                    locale.toString(t.crossSame), locale.toString(t.crossDifferent),
                    locale.toString(t.crossNotLocated))
        << Qt::endl;
}

// The est. RTT of every located row: mean, 95th percentile, the shares within 20/50/100 ms,
// and where the values came from.
void printRtt(QTextStream &out, const EtlSummary &s)
{
    const RttStats &rtt = s.rtt;
    if (rtt.rows <= 0 || s.withholdsTotals())
        return;
    const QLocale locale;
    const auto percent = [&](qint64 part) {
        return locale.toString(100.0 * rtt.share(part), 'f', 1) + QStringLiteral(" %");
    };
    out << Qt::endl
        << "  "
        << RunCommandText::tr("est. RTT: mean %1, 95th percentile %2")
               .arg(milliseconds(rtt.meanMs), milliseconds(rtt.p95Ms))
        << Qt::endl
        << "  "
        << RunCommandText::tr("rows within 20 ms: %1, 50 ms: %2, 100 ms: %3")
               .arg(percent(rtt.within20), percent(rtt.within50), percent(rtt.within100))
        << Qt::endl
        << "  "
        << RunCommandText::tr("model: 2 × distance × %1 / 200 km/ms + %2 ms; measured for %n "
                              "row(s)",
                              nullptr, int(std::min<qint64>(rtt.measured, INT_MAX)))
               .arg(locale.toString(s.latencyModel.routeFactor),
                    locale.toString(s.latencyModel.overheadMs))
        << Qt::endl;
}

// The ten regions with the most rows: rows, mean distance, mean and 95th-percentile est. RTT.
void printTopRegions(QTextStream &out, const EtlSummary &s)
{
    if (s.regions.isEmpty())
        return;
    const QLocale locale;
    const auto num = [&](qint64 v) {
        return locale.toString(v);
    };
    out << Qt::endl << "  " << RunCommandText::tr("top regions") << Qt::endl;
    out << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7")
               .arg(QString().leftJustified(22), QString().leftJustified(30),
                    RunCommandText::tr("rows").rightJustified(10),
                    RunCommandText::tr("uncertain").rightJustified(10),
                    RunCommandText::tr("mean km").rightJustified(9),
                    RunCommandText::tr("est. RTT").rightJustified(9),
                    RunCommandText::tr("p95 RTT").rightJustified(9))
        << Qt::endl;
    for (int i = 0; i < s.regions.size() && i < 10; ++i) {
        const RegionCount &r = s.regions.at(i);
        if (s.withholds(r)) { // docs/privacy.md: the region, nothing else
            out << QStringLiteral("  %1 %2 %3")
                       .arg((r.provider.isEmpty() ? r.code : r.provider + QLatin1Char(':') + r.code)
                                .leftJustified(22),
                            r.name.left(30).leftJustified(30),
                            ScopePrivacy::withheldText().rightJustified(10))
                << Qt::endl;
            continue;
        }
        out << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7")
                   .arg((r.provider.isEmpty() ? r.code : r.provider + QLatin1Char(':') + r.code)
                            .leftJustified(22),
                        r.name.left(30).leftJustified(30), num(r.rows).rightJustified(10),
                        num(r.uncertain).rightJustified(10),
                        decimals(r.meanKm, 0).rightJustified(9),
                        milliseconds(r.rtt.meanMs).rightJustified(9),
                        milliseconds(r.rtt.p95Ms).rightJustified(9))
            << Qt::endl;
    }
    if (s.regions.size() > 10)
        out << "  "
            << RunCommandText::tr("... and %n more region(s)", nullptr, int(s.regions.size() - 10))
            << Qt::endl;
}

} // namespace

void printRunSummary(CliContext &ctx, const EtlSummary &s)
{
    const QLocale locale;
    QTextStream &out = ctx.out();
    const auto num = [&](qint64 v) {
        return locale.toString(v);
    };
    const QString seconds = locale.toString(s.durationSeconds, 'f', 1);
    QString headline;
    switch (s.status) {
    case RunStatus::Succeeded:
        headline = RunCommandText::tr("Run %1 succeeded in %2 s: table \"%3\"");
        break;
    case RunStatus::Failed:
        headline = RunCommandText::tr("Run %1 failed after %2 s: table \"%3\"");
        break;
    case RunStatus::Cancelled:
        headline = RunCommandText::tr("Run %1 was cancelled after %2 s: table \"%3\"");
        break;
    default:
        headline = RunCommandText::tr("Run %1 ended after %2 s: table \"%3\"");
        break;
    }
    out << headline.arg(s.runId).arg(seconds, s.table) << Qt::endl;
    out << QStringLiteral("  %1 %2").arg(RunCommandText::tr("rows read").leftJustified(16),
                                         num(s.rowsRead).rightJustified(12))
        << Qt::endl;
    out << QStringLiteral("  %1 %2").arg(RunCommandText::tr("rows loaded").leftJustified(16),
                                         num(s.rowsLoaded).rightJustified(12))
        << Qt::endl;
    out << QStringLiteral("  %1 %2").arg(RunCommandText::tr("rows rejected").leftJustified(16),
                                         num(s.rowsRejected).rightJustified(12));
    if (s.rowsRejected > 0)
        out << "   "
            << RunCommandText::tr("(SELECT * FROM etl_rejects WHERE run_id = %1)").arg(s.runId);
    out << Qt::endl;
    if (s.blankLines > 0) {
        out << QStringLiteral("  %1 %2").arg(RunCommandText::tr("blank lines").leftJustified(16),
                                             num(s.blankLines).rightJustified(12))
            << "   " << RunCommandText::tr("(skipped: they hold no record)") << Qt::endl;
    }
    if (s.status == RunStatus::Succeeded) {
        out << Qt::endl << "  " << RunCommandText::tr("geo_status") << Qt::endl;
        for (auto it = s.statusCounts.cbegin(); it != s.statusCounts.cend(); ++it)
            out << QStringLiteral("  %1 %2").arg(it.key().leftJustified(22),
                                                 num(it.value()).rightJustified(10))
                << Qt::endl;
        printTopRegions(out, s);
        printAssignments(out, s);
        printCrossCheck(out, s);
        printRtt(out, s);
        out << Qt::endl
            << "  " << RunCommandText::tr("Geolocation: %1 (%2)").arg(s.provider, s.geoDatabase)
            << Qt::endl;
        if (s.privacyMode != QLatin1String("keep"))
            out << "  "
                << RunCommandText::tr("Privacy: %1, minimum count %2 (docs/privacy.md).")
                       .arg(s.privacyMode)
                       .arg(s.minCount)
                << Qt::endl;
        if (s.provider == QLatin1String("ipinfo"))
            out << "  "
                << RunCommandText::tr("ipinfo.io requests: %1 (%2 retries)")
                       .arg(s.requestsSent)
                       .arg(s.requestRetries)
                << Qt::endl;
        if (!s.credit.isEmpty())
            out << "  " << s.credit.sentence() << Qt::endl;
        if (!s.crossCheckCredit.isEmpty() && s.crossCheckCredit.text != s.credit.text)
            out << "  " << s.crossCheckCredit.sentence() << Qt::endl;
    }
}

} // namespace regionmap::cli
