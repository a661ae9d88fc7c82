// CsvSniffer's delimiter detector: the candidate that splits the sampled records most
// consistently into the most fields.
#include "csvsniffer.h"
#include "sniffsample.h"

#include <map>
#include <tuple>

namespace regionmap {

namespace {

using namespace sniff;

constexpr char kCandidates[] = {',', ';', '\t', '|'};

struct DelimiterStats
{
    char delimiter = ',';
    int records = 0;
    int mode = 0; // the most common field count
    int modeCount = 0; // records with that count

    auto key() const
    {
        const double consistency = records > 0 ? double(modeCount) / records : 0.0;
        const bool consistent = consistency >= 0.9;
        return std::make_tuple(mode >= 2, consistent, consistent ? mode : 0, consistency, mode);
    }
};

DelimiterStats measureDelimiter(const Sample &s, char delimiter, char quote)
{
    std::map<int, int> counts;
    DelimiterStats stats;
    stats.delimiter = delimiter;
    forEachRecord(s, delimiter, quote, kMaxSampleRecords,
                  [&](const char *, const csv::RecordScan &r, const std::vector<csv::FieldSpan> &) {
                      ++counts[r.fieldCount];
                      ++stats.records;
                  });
    for (const auto &[fields, n] : counts) {
        if (n > stats.modeCount || (n == stats.modeCount && fields > stats.mode)) {
            stats.mode = fields;
            stats.modeCount = n;
        }
    }
    return stats;
}

} // namespace

void CsvSniffer::detectDelimiter(const sniff::Sample &sample, const SniffOverrides &overrides,
                                 SniffResult &res)
{
    const QString detected = tr("detected");
    const QString chosen = tr("chosen");
    const char quote = CsvDialect().quote;
    if (overrides.delimiter) {
        res.dialect.delimiter = *overrides.delimiter;
        res.notes << tr("Delimiter: %1 (%2)").arg(delimiterName(res.dialect.delimiter), chosen);
    } else {
        DelimiterStats best = measureDelimiter(sample, kCandidates[0], quote);
        for (size_t i = 1; i < sizeof kCandidates; ++i) {
            const DelimiterStats stats = measureDelimiter(sample, kCandidates[i], quote);
            if (stats.key() > best.key())
                best = stats;
        }
        if (best.mode >= 2) {
            res.dialect.delimiter = best.delimiter;
            res.notes << tr("Delimiter: %1 (%2)").arg(delimiterName(best.delimiter), detected);
        } else {
            res.dialect.delimiter = ',';
            res.notes << tr("Only one column was found (no comma, semicolon, tab or pipe splits "
                            "the lines). If the file has several columns, choose its delimiter.");
        }
    }
}

} // namespace regionmap
