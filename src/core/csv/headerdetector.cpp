// CsvSniffer's header detector: is the first record names or data?
#include "csvsniffer.h"
#include "sniffsample.h"

namespace regionmap {

namespace {

using namespace sniff;

// Votes column by column: a first-row cell that does not fit the type of the values below it
// (numbers, IP addresses, fixed-length codes) is a header name.
bool guessHeader(const QList<QStringList> &rows)
{
    if (rows.isEmpty())
        return true;
    const QStringList &first = rows.first();
    bool typedFirstRow = false;
    for (const QString &cell : first) {
        if (ipNameRank(cell) >= 0 && ipNameRank(cell) < genericIpNameRank())
            return true;
        typedFirstRow |= isTyped(cell);
    }
    int votes = 0;
    for (int c = 0; c < first.size(); ++c) {
        const QString cell = first.at(c).trimmed();
        if (cell.isEmpty())
            continue;
        int values = 0;
        int numbers = 0;
        int ips = 0;
        qsizetype length = -1;
        bool sameLength = true;
        forEachValue(rows, 1, c, [&](QStringView v) {
            ++values;
            numbers += isNumber(v);
            ips += looksLikeIp(v);
            if (length < 0)
                length = v.size();
            else if (v.size() != length)
                sameLength = false;
        });
        if (values == 0)
            continue;
        if (ips == values)
            votes += looksLikeIp(cell) ? -1 : 1;
        else if (numbers == values)
            votes += isNumber(cell) ? -1 : 1;
        else if (sameLength && values > 1)
            votes += cell.size() == length ? -1 : 1;
        else if (isTyped(cell))
            votes -= 1;
    }
    if (votes != 0)
        return votes > 0;
    return !typedFirstRow;
}

} // namespace

void CsvSniffer::detectHeader(const QList<QStringList> &rows, const SniffOverrides &overrides,
                              SniffResult &res)
{
    const QString detected = tr("detected");
    const QString chosen = tr("chosen");
    if (overrides.hasHeader) {
        res.dialect.hasHeader = *overrides.hasHeader;
        res.notes << (res.dialect.hasHeader ? tr("Header row: yes (%1)").arg(chosen)
                                            : tr("Header row: no (%1)").arg(chosen));
    } else {
        res.dialect.hasHeader = guessHeader(rows);
        res.notes << (res.dialect.hasHeader ? tr("Header row: yes (%1)").arg(detected)
                                            : tr("Header row: no (%1)").arg(detected));
    }
}

} // namespace regionmap
