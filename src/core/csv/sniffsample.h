#pragma once

#include "csvdialect.h"
#include "csvreader.h"
#include "csvscanner.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

// What CsvSniffer's detectors share: the sample of the file and how to walk and classify it.
namespace regionmap::sniff {

constexpr int kMaxSampleRecords = 1000;

// The first bytes of the file, after any byte order mark, followed by a '\n' sentinel.
struct Sample
{
    QByteArray data;
    qsizetype size = 0;
    bool wholeFile = false;
    qsizetype bomSize = 0;
};

// Calls f(start, scan, spans) for each complete, non-blank record of the sample.
template<typename F>
void forEachRecord(const Sample &s, char delimiter, char quote, int maxRecords, F &&f)
{
    const csv::RecordScanner scanner(delimiter, quote, CsvReader::MaxFieldsPerRecord);
    std::vector<csv::FieldSpan> spans;
    const char *p = s.data.constData();
    const char *end = p + s.size;
    int records = 0;
    while (p < end && records < maxRecords) {
        const csv::RecordScan r = scanner.scan(p, end, s.wholeFile, spans);
        if (r.status != csv::RecordScan::Status::Complete)
            break;
        if (!r.isBlank(spans)) {
            f(p, r, spans);
            ++records;
        }
        p += r.consumed;
    }
}

QString decodeField(const char *p, const csv::FieldSpan &f, char quote, TextEncoding encoding);

// A dotted quad, or an IPv6 address: enough to recognise a column (geo holds the strict parser).
// Calls f with each non-empty value (trimmed) of a column, in the sampled rows from firstRow on.
template<typename F>
void forEachValue(const QList<QStringList> &rows, int firstRow, int column, F &&f)
{
    for (int r = firstRow; r < rows.size(); ++r) {
        if (column >= rows.at(r).size())
            continue;
        const QStringView v = QStringView(rows.at(r).at(column)).trimmed();
        if (!v.isEmpty())
            f(v);
    }
}

bool looksLikeIp(QStringView v);
bool isNumber(QStringView v);
bool isTyped(QStringView v); // a number or an address
// The rank of a column name among the names that mark an IP column (lower: more specific),
// -1 when it is none. Generic names ("address") rank from genericIpNameRank() on.
int ipNameRank(const QString &name);
int genericIpNameRank();
int ipNameCount();

} // namespace regionmap::sniff
