// CsvSniffer's IP column detector: an override, else by name, else by the values.
#include "csvsniffer.h"
#include "sniffsample.h"

#include <QDir>

namespace regionmap {

using namespace sniff;

namespace {

// The share of a column's non-empty sampled values that are IP addresses; -1 when it has none.
double ipShareOf(const QList<QStringList> &rows, int firstDataRow, int column)
{
    int values = 0;
    int ips = 0;
    forEachValue(rows, firstDataRow, column, [&](QStringView v) {
        ++values;
        ips += looksLikeIp(v);
    });
    return values > 0 ? double(ips) / values : -1.0;
}

QString percent(double share)
{
    return QString::number(qRound(share * 100));
}

// The column the analyst chose, by number or by name (case-insensitive when not exact).
Status applyOverride(const QString &path, const SniffOverrides &overrides, SniffResult &res)
{
    const qsizetype columns = res.columnNames.size();
    if (overrides.ipColumnIndex >= 0) {
        if (overrides.ipColumnIndex >= columns) {
            return Error(
                CsvSniffer::tr("Column %1 was chosen as the IP column, but %2 has only %3 columns.")
                    .arg(QString::number(overrides.ipColumnIndex + 1),
                         QDir::toNativeSeparators(path), QString::number(columns)));
        }
        res.ipColumn = overrides.ipColumnIndex;
    } else {
        int index = int(res.columnNames.indexOf(overrides.ipColumnName));
        for (int i = 0; index < 0 && i < columns; ++i) {
            if (res.columnNames.at(i).compare(overrides.ipColumnName, Qt::CaseInsensitive) == 0)
                index = i;
        }
        if (index < 0) {
            return Error(CsvSniffer::tr("%1 has no column named \"%2\". Its columns are: %3.")
                             .arg(QDir::toNativeSeparators(path), overrides.ipColumnName,
                                  res.columnNames.join(QStringLiteral(", "))));
        }
        res.ipColumn = index;
    }
    res.ipColumnSource = SniffResult::IpColumnSource::Override;
    return {};
}

// The header name most like an IP column ("ip" before "address"); a generic name counts only
// when half its values are addresses ("address" holding street addresses does not).
template<typename Share>
void detectByName(SniffResult &res, const Share &ipShare)
{
    int bestRank = ipNameCount();
    for (int c = 0; c < res.columnNames.size(); ++c) {
        const int rank = ipNameRank(res.columnNames.at(c));
        if (rank < 0 || rank >= bestRank)
            continue;
        if (rank >= genericIpNameRank() && ipShare(c) < 0.5)
            continue;
        bestRank = rank;
        res.ipColumn = c;
    }
    if (res.ipColumn >= 0)
        res.ipColumnSource = SniffResult::IpColumnSource::Name;
}

// The column with the largest share of IP addresses, at least half; the first on a tie.
template<typename Share>
void detectByValues(SniffResult &res, const Share &ipShare)
{
    double bestShare = 0.5;
    for (int c = 0; c < res.columnNames.size(); ++c) {
        const double share = ipShare(c);
        if (share >= bestShare && (res.ipColumn < 0 || share > bestShare)) {
            bestShare = share;
            res.ipColumn = c;
        }
    }
    if (res.ipColumn >= 0)
        res.ipColumnSource = SniffResult::IpColumnSource::Content;
}

// A note on how the column was found, and a problem when few of its values are addresses.
void describe(SniffResult &res, double share)
{
    const QString name = res.columnNames.at(res.ipColumn);
    switch (res.ipColumnSource) {
    case SniffResult::IpColumnSource::Name:
        res.notes << CsvSniffer::tr("IP column: %1 (detected by its name)").arg(name);
        break;
    case SniffResult::IpColumnSource::Content:
        res.notes << CsvSniffer::tr(
                         "IP column: %1 (detected: %2% of its sampled values are IP addresses)")
                         .arg(name, percent(share));
        break;
    default:
        res.notes << CsvSniffer::tr("IP column: %1 (%2)").arg(name, CsvSniffer::tr("chosen"));
        break;
    }
    if (share >= 0 && share < 0.5) {
        res.problems << (qRound(share * 100) == 0
                             ? CsvSniffer::tr("None of the sampled values in the IP column %1 "
                                              "looks like an IP address. Check the preview, or "
                                              "choose another column.")
                                   .arg(name)
                             : CsvSniffer::tr("Only %1% of the sampled values in the IP column %2 "
                                              "look like IP addresses. Check the preview, or "
                                              "choose another column.")
                                   .arg(percent(share), name));
    }
}

} // namespace

Status CsvSniffer::detectIpColumn(const QString &path, const QList<QStringList> &rows,
                                  const SniffOverrides &overrides, SniffResult &res)
{
    const int firstDataRow = res.dialect.hasHeader ? 1 : 0;
    const auto ipShare = [&](int column) {
        return ipShareOf(rows, firstDataRow, column);
    };
    if (overrides.ipColumnIndex >= 0 || !overrides.ipColumnName.isEmpty()) {
        if (Status st = applyOverride(path, overrides, res); !st)
            return st;
    } else {
        if (res.dialect.hasHeader)
            detectByName(res, ipShare);
        if (res.ipColumn < 0)
            detectByValues(res, ipShare);
    }

    if (res.ipColumn >= 0)
        describe(res, ipShare(res.ipColumn));
    else if (!res.columnNames.isEmpty())
        res.problems << tr("No column looks like IP addresses: no column name is like ip, "
                           "ip_address or client_ip, and no column's values are IPv4 or IPv6 "
                           "addresses. Choose the IP column yourself.");
    return {};
}

} // namespace regionmap
