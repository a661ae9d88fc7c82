// RunPage, the half that puts a finished run in words: the summary box (heading, tone, counts,
// details) and the copy the Results page and tests read, the log's last line, the warning for a
// run that located few rows, and the numbers and durations the page writes.
#include "runpage.h"

#include "ui_runpage.h"

#include "common/plural.h"
#include "erroradvice.h"
#include "messagebanner.h"
#include "runlogmodel.h"

#include "results/scopeprivacy.h"

#include <QLocale>

#include <algorithm>

namespace regionmap {

namespace {

// The geo_status values in words.
QString statusLabel(const QString &name)
{
    if (name == QLatin1String("located"))
        return RunPage::tr("located");
    if (name == QLatin1String("invalid_ip"))
        return RunPage::tr("invalid IP");
    if (name == QLatin1String("private_or_reserved"))
        return RunPage::tr("private or reserved");
    if (name == QLatin1String("not_found"))
        return RunPage::tr("not found");
    if (name == QLatin1String("lookup_failed"))
        return RunPage::tr("lookup failed");
    if (name == QLatin1String("country_only"))
        return RunPage::tr("country only");
    return name;
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='padding:2px 18px 2px 0'><b>%1</b></td>"
                          "<td style='padding:2px 0'>%2</td></tr>")
        .arg(label, value);
}

} // namespace

QString RunPage::formatDuration(double seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 10)
        return tr("%1 s").arg(QLocale().toString(seconds, 'f', 1));
    const qint64 s = qRound64(seconds);
    if (s < 60)
        return tr("%1 s").arg(s);
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

QString RunPage::number(qint64 n)
{
    return QLocale().toString(n);
}

bool RunPage::fewLocated(const EtlSummary &summary)
{
    if (summary.status != RunStatus::Succeeded || summary.rowsLoaded <= 0)
        return false;
    const qint64 located = summary.statusCounts.value(QStringLiteral("located"));
    return double(located) < kWarnBelowLocatedShare * double(summary.rowsLoaded);
}

// What most likely kept the rows from being located, from the status most of them have.
QString RunPage::fewLocatedReason(const EtlSummary &summary)
{
    QString top;
    qint64 topRows = -1;
    for (auto it = summary.statusCounts.cbegin(); it != summary.statusCounts.cend(); ++it) {
        if (it.key() != QLatin1String("located") && it.value() > topRows) {
            top = it.key();
            topRows = it.value();
        }
    }
    if (top == QLatin1String("invalid_ip"))
        return tr("Most values in the IP column are not IP addresses: check that the right column "
                  "is chosen for each file on the Sources page.");
    if (top == QLatin1String("not_found"))
        return tr("The geolocation database does not know most of these addresses: if they are "
                  "IPv6 addresses, choose an IPv6 database on the Geolocation page (or the other "
                  "way round); else the database may be too old.");
    if (top == QLatin1String("private_or_reserved"))
        return tr("Most addresses are private or reserved (such as 10.x.x.x or 192.168.x.x): no "
                  "database can place them. The file may hold internal addresses, or the wrong "
                  "column may be chosen on the Sources page.");
    if (top == QLatin1String("lookup_failed"))
        return tr("Most lookups failed: check the network and the ipinfo.io token on the "
                  "Geolocation page, or use the offline database.");
    if (top == QLatin1String("country_only"))
        return tr("For most addresses the database knows only the country, too coarse to choose a "
                  "region reliably: a city-level database places them better.");
    return {};
}

// The run log's last line: how the run ended, with its counts and time.
void RunPage::logEnd(const EtlSummary &summary)
{
    const QString duration = formatDuration(summary.durationSeconds);
    const QString run = summary.runId > 0 ? tr("Run %1").arg(summary.runId) : tr("The run");
    switch (summary.status) {
    case RunStatus::Succeeded:
        m_log->append(fewLocated(summary) ? MessageLevel::Warning : MessageLevel::Info,
                      tr("%1 succeeded in %2: %3 rows read, %4 loaded, %5 rejected; %6 located.")
                          .arg(run, duration, number(summary.rowsRead), number(summary.rowsLoaded),
                               number(summary.rowsRejected),
                               number(summary.statusCounts.value(QStringLiteral("located")))));
        break;
    case RunStatus::Cancelled:
        m_log->append(MessageLevel::Warning,
                      tr("%1 was cancelled after %2, having read %3 rows; nothing was loaded.")
                          .arg(run, duration, number(summary.rowsRead)));
        break;
    default:
        m_log->append(
            MessageLevel::Error,
            tr("%1 failed after %2, having read %3 rows; nothing was loaded. %4")
                .arg(run, duration, number(summary.rowsRead), ErrorAdvice::text(summary.error)));
        break;
    }
}

void RunPage::showFinalProgress(const EtlSummary &summary)
{
    const ProgressSnapshot &s = *m_progress;
    const double seconds = summary.durationSeconds > 0 ? summary.durationSeconds : s.elapsedSeconds;
    showStages(s.stages);
    for (int i = 0; i < m_stageRows.size() && i < s.stages.size(); ++i)
        m_stageRows.at(i).text->setText(
            tr("%Ln row(s)", nullptr, pluralCount(s.stages.at(i).rows)));
    switch (summary.status) {
    case RunStatus::Succeeded:
        m_ui->overallBar->setValue(m_ui->overallBar->maximum());
        for (const StageRow &row : std::as_const(m_stageRows))
            row.bar->setValue(row.bar->maximum());
        m_ui->overallText->setText(
            seconds > 0 && summary.rowsRead > 0
                ? tr("Done in %1 · %2 rows/s")
                      .arg(formatDuration(seconds), number(qRound64(summary.rowsRead / seconds)))
                : tr("Done in %1").arg(formatDuration(seconds)));
        break;
    case RunStatus::Cancelled:
        m_ui->overallText->setText(
            tr("Cancelled at %1 %; rolled back").arg(qRound(s.overallFraction() * 100)));
        break;
    default:
        m_ui->overallText->setText(
            tr("Failed at %1 %; rolled back").arg(qRound(s.overallFraction() * 100)));
        break;
    }
}

void RunPage::showSummary(const EtlSummary &summary, const Error &failure)
{
    const QString duration = formatDuration(summary.durationSeconds);
    const QString table = summary.table.isEmpty() ? m_request.table : summary.table;
    Theme::Tone tone = Theme::Tone::Success;
    QString heading;
    switch (summary.status) {
    case RunStatus::Succeeded:
        heading = tr("Run %1 finished in %2: %3 rows loaded into the table \"%4\".")
                      .arg(summary.runId)
                      .arg(duration, number(summary.rowsLoaded), table);
        if (fewLocated(summary)) {
            // Loaded, but not the answer the analyst wanted: a warning, with the likely cause.
            tone = Theme::Tone::Warning;
            const qint64 located = summary.statusCounts.value(QStringLiteral("located"));
            heading
                += QLatin1Char(' ')
                   + (located == 0 ? tr("None of them was located.")
                                   : tr("Only %1 of them were located (%2 %), fewer than "
                                        "half.")
                                         .arg(number(located),
                                              QLocale().toString(100.0 * double(located)
                                                                     / double(summary.rowsLoaded),
                                                                 'f', 1)));
            const QString reason = fewLocatedReason(summary);
            m_ui->banner->showMessage(Theme::Tone::Warning,
                                      reason.isEmpty() ? heading
                                                       : heading + QLatin1Char(' ') + reason);
        }
        break;
    case RunStatus::Cancelled:
        tone = Theme::Tone::Warning;
        heading = summary.runId > 0
                      ? tr("Run %1 was cancelled after %2. Nothing was loaded; the run is "
                           "recorded as cancelled.")
                            .arg(summary.runId)
                            .arg(duration)
                      : tr("The run was cancelled. Nothing was loaded.");
        break;
    default:
        tone = Theme::Tone::Error;
        heading = summary.runId > 0 ? tr("Run %1 failed after %2. Nothing was loaded.")
                                          .arg(summary.runId)
                                          .arg(duration)
                                    : tr("The run failed before it started. Nothing was loaded.");
        break;
    }
    if (tone == Theme::Tone::Error && !failure.message.isEmpty())
        m_ui->banner->showMessage(Theme::Tone::Error, ErrorAdvice::text(failure), failure.details);

    QString rows;
    if (summary.status == RunStatus::Succeeded) {
        QString counts = tr("%1 read = <b>%2 loaded</b> + %3 rejected")
                             .arg(number(summary.rowsRead), number(summary.rowsLoaded),
                                  number(summary.rowsRejected));
        if (summary.blankLines > 0)
            counts += QStringLiteral(" · ")
                      + tr("%Ln blank line(s) skipped", nullptr, pluralCount(summary.blankLines));
        rows += row(tr("Rows"), counts);
    } else {
        // Rolled back: nothing adds up to what was read.
        rows += row(tr("Rows"), summary.status == RunStatus::Cancelled
                                    ? tr("cancelled after reading %Ln row(s); <b>none loaded</b>",
                                         nullptr, pluralCount(summary.rowsRead))
                                    : tr("failed after reading %Ln row(s); <b>none loaded</b>",
                                         nullptr, pluralCount(summary.rowsRead)));
    }
    if (!summary.statusCounts.isEmpty()) {
        // Most frequent first: "2,657 located · 264 private or reserved · 79 invalid IP".
        QList<QPair<qint64, QString>> counts;
        for (auto it = summary.statusCounts.cbegin(); it != summary.statusCounts.cend(); ++it)
            counts.append({it.value(), it.key()});
        std::sort(counts.begin(), counts.end(),
                  [](const auto &a, const auto &b) { return a.first > b.first; });
        QStringList parts;
        for (const auto &c : qAsConst(counts))
            parts << tr("%1 %2").arg(number(c.first), statusLabel(c.second));
        rows += row(tr("Locations"), parts.join(QStringLiteral(" · ")));
    }
    if (!summary.regions.isEmpty()) {
        QStringList parts;
        const int shown = qMin(4, int(summary.regions.size()));
        for (int i = 0; i < shown; ++i) {
            const RegionCount &r = summary.regions.at(i);
            parts << tr("%1 %2").arg(r.code.toHtmlEscaped(),
                                     summary.withholds(r) // docs/privacy.md
                                         ? ScopePrivacy::withheldText()
                                         : number(r.rows));
        }
        if (summary.regions.size() > shown)
            parts << tr("%n more", nullptr, int(summary.regions.size()) - shown);
        rows += row(tr("Regions"), parts.join(QStringLiteral(" · ")));
        const qint64 uncertain = summary.uncertainRows();
        const qint64 assigned = summary.assignedRows();
        rows += row(tr("Assignments"),
                    summary.withholdsTotals() // docs/privacy.md: the few rows' own
                        ? ScopePrivacy::withheldText()
                        : tr("%1 firm · %2 uncertain (%3 %)")
                              .arg(number(assigned - uncertain), number(uncertain),
                                   QLocale().toString(100.0 * double(uncertain)
                                                          / double(qMax<qint64>(1, assigned)),
                                                      'f', 1)));
    }
    QString speed = duration;
    if (summary.durationSeconds > 0 && summary.rowsRead > 0)
        speed
            += tr(" · %1 rows/s").arg(number(qRound64(summary.rowsRead / summary.durationSeconds)));
    rows += row(tr("Time"), speed);
    rows += row(tr("Table"), tr("%1 in %2")
                                 .arg(table.toHtmlEscaped(),
                                      m_request.useLocalDatabase
                                          ? tr("the local database")
                                          : m_request.connection.displayName().toHtmlEscaped()));
    const QString counts
        = QStringLiteral("<table cellspacing='0' cellpadding='0'>%1</table>").arg(rows);

    QStringList details;
    if (summary.runId > 0 && summary.rowsRejected > 0) {
        details << tr("The rejected rows, with file, line and reason, are in the table "
                      "etl_rejects: SELECT * FROM etl_rejects WHERE run_id = %1;")
                       .arg(summary.runId);
    } else if (summary.runId > 0 && summary.status == RunStatus::Succeeded) {
        details << tr("No row was rejected.");
    }
    if (!summary.geoDatabase.isEmpty())
        details << tr("Located with %1.").arg(summary.geoDatabase);
    if (!summary.credit.isEmpty())
        details << summary.credit.sentence().toHtmlEscaped();

    m_ui->summaryHeading->setText(heading);
    m_ui->summaryIcon->setPixmap(
        Theme::toneIcon(tone, palette()).pixmap(QSize(22, 22), devicePixelRatioF()));
    m_ui->summaryCounts->setText(counts);
    m_ui->summaryDetails->setText(details.join(QLatin1Char(' ')));
    m_ui->summaryDetails->setVisible(!details.isEmpty());
    m_ui->resultsButton->setVisible(summary.status == RunStatus::Succeeded);
    m_ui->summaryPanel->show();
    m_summaryText = QStringLiteral("<p><b>%1</b></p>%2").arg(heading.toHtmlEscaped(), counts);
    if (!summary.credit.isEmpty()) {
        // The source's licence wants its credit wherever its results are shown.
        m_summaryText += QStringLiteral("<p>%1</p>").arg(summary.credit.html());
    }
    if (summary.status == RunStatus::Succeeded)
        m_ui->resultsButton->setFocus();
}

} // namespace regionmap
