// CsvSniffer's IP column detector: an override, else by name, else by the values.
#include "csvsniffer.h"
#include "sniffsample.h"

#include <QDir>

namespace regionmap {

using namespace sniff;

Status CsvSniffer::detectIpColumn(const QString &path, const QList<QStringList> &rows,
                                  const SniffOverrides &overrides, SniffResult &res)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    const QString chosen = tr("chosen");
    const qsizetype columns = res.columnNames.size();
    const int firstDataRow = res.dialect.hasHeader ? 1 : 0;
    const auto ipShare = [&](int column) {
        int values = 0;
        int ips = 0;
        for (int r = firstDataRow; r < rows.size(); ++r) {
            if (column >= rows.at(r).size())
                continue;
            const QStringView v = QStringView(rows.at(r).at(column)).trimmed();
            if (v.isEmpty())
                continue;
            ++values;
            ips += looksLikeIp(v);
        }
        return values > 0 ? double(ips) / values : -1.0;
    };
    const auto percent = [](double share) {
        return QString::number(qRound(share * 100));
    };

    if (overrides.ipColumnIndex >= 0) {
        if (overrides.ipColumnIndex >= columns) {
            return Error(tr("Column %1 was chosen as the IP column, but %2 has only %3 columns.")
                             .arg(QString::number(overrides.ipColumnIndex + 1), shownPath,
                                  QString::number(columns)));
        }
        res.ipColumn = overrides.ipColumnIndex;
        res.ipColumnSource = SniffResult::IpColumnSource::Override;
    } else if (!overrides.ipColumnName.isEmpty()) {
        int index = int(res.columnNames.indexOf(overrides.ipColumnName));
        for (int i = 0; index < 0 && i < columns; ++i) {
            if (res.columnNames.at(i).compare(overrides.ipColumnName, Qt::CaseInsensitive) == 0)
                index = i;
        }
        if (index < 0) {
            return Error(tr("%1 has no column named \"%2\". Its columns are: %3.")
                             .arg(shownPath, overrides.ipColumnName,
                                  res.columnNames.join(QStringLiteral(", "))));
        }
        res.ipColumn = index;
        res.ipColumnSource = SniffResult::IpColumnSource::Override;
    } else {
        if (res.dialect.hasHeader) {
            int bestRank = ipNameCount();
            for (int c = 0; c < columns; ++c) {
                const int rank = ipNameRank(res.columnNames.at(c));
                if (rank < 0 || rank >= bestRank)
                    continue;
                if (rank >= genericIpNameRank() && ipShare(c) < 0.5)
                    continue; // "address" holding street addresses
                bestRank = rank;
                res.ipColumn = c;
            }
            if (res.ipColumn >= 0)
                res.ipColumnSource = SniffResult::IpColumnSource::Name;
        }
        if (res.ipColumn < 0) {
            double bestShare = 0.5;
            for (int c = 0; c < columns; ++c) {
                const double share = ipShare(c);
                if (share >= bestShare && (res.ipColumn < 0 || share > bestShare)) {
                    bestShare = share;
                    res.ipColumn = c;
                }
            }
            if (res.ipColumn >= 0)
                res.ipColumnSource = SniffResult::IpColumnSource::Content;
        }
    }

    if (res.ipColumn >= 0) {
        const QString name = res.columnNames.at(res.ipColumn);
        const double share = ipShare(res.ipColumn);
        switch (res.ipColumnSource) {
        case SniffResult::IpColumnSource::Name:
            res.notes << tr("IP column: %1 (detected by its name)").arg(name);
            break;
        case SniffResult::IpColumnSource::Content:
            res.notes << tr("IP column: %1 (detected: %2% of its sampled values are IP addresses)")
                             .arg(name, percent(share));
            break;
        default:
            res.notes << tr("IP column: %1 (%2)").arg(name, chosen);
            break;
        }
        if (share >= 0 && share < 0.5) {
            res.problems << tr("Only %1% of the sampled values in the IP column %2 look like IP "
                               "addresses. Check the preview, or choose another column.")
                                .arg(percent(share), name);
        }
    } else if (columns > 0) {
        res.problems << tr("No column looks like IP addresses: no column name is like ip, "
                           "ip_address or client_ip, and no column's values are IPv4 or IPv6 "
                           "addresses. Choose the IP column yourself.");
    }

    return {};
}

} // namespace regionmap
