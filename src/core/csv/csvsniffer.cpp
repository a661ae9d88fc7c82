#include "csvsniffer.h"

#include "csv/csvlogging.h"
#include "csvchunk.h"
#include "csvreader.h"
#include "csvscanner.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>

#include <limits>
#include <map>
#include <tuple>
#include <vector>

namespace regionmap {

namespace {

using csv::FieldSpan;
using csv::RecordScan;

constexpr int kMaxSampleRecords = 1000;
constexpr char kCandidates[] = {',', ';', '\t', '|'};

// Names that mark an IP column on their own, most specific first (compared after
// normalizedName()).
const char *const kIpNames[] = {"ip",
                                "ip_address",
                                "ipaddress",
                                "ipaddr",
                                "ip_addr",
                                "ipv4",
                                "ipv6",
                                "ip_v4",
                                "ip_v6",
                                "ipv4_address",
                                "ipv6_address",
                                "client_ip",
                                "clientip",
                                "client_ip_address",
                                "client_address",
                                "client_addr",
                                "remote_addr",
                                "remote_ip",
                                "remoteip",
                                "remote_address",
                                "source_ip",
                                "sourceip",
                                "source_ip_address",
                                "source_address",
                                "src_ip",
                                "srcip",
                                "src_ip_address",
                                "src_addr",
                                "user_ip",
                                "host_ip",
                                "public_ip",
                                "last_ip",
                                "login_ip",
                                "last_login_ip",
                                "visitor_ip",
                                "device_ip",
                                "ip_addresses"};
// Generic names that count only when the values look like IP addresses too.
const char *const kGenericIpNames[]
    = {"address", "addr", "host", "source", "src", "remote", "client"};
constexpr int kFirstGenericName = int(sizeof kIpNames / sizeof kIpNames[0]);
constexpr int kIpNameCount
    = kFirstGenericName + int(sizeof kGenericIpNames / sizeof kGenericIpNames[0]);

// "IP Address", "ip-address", " ip.address " -> "ip_address".
QString normalizedName(const QString &name)
{
    QString out;
    bool separator = false;
    for (const QChar c : name.trimmed().toLower()) {
        if (c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('_')
            || c == QLatin1Char('.') || c == QLatin1Char('\t')) {
            separator = true;
            continue;
        }
        if (separator && !out.isEmpty())
            out += QLatin1Char('_');
        separator = false;
        out += c;
    }
    return out;
}

int ipNameRank(const QString &name)
{
    const QString n = normalizedName(name);
    for (int i = 0; i < kIpNameCount; ++i) {
        const char *known
            = i < kFirstGenericName ? kIpNames[i] : kGenericIpNames[i - kFirstGenericName];
        if (n == QLatin1String(known))
            return i;
    }
    return -1;
}

// A quick local check, enough to recognise a column: a dotted quad, or an IPv6 address that
// QHostAddress accepts. The geo module holds the strict parser.
bool looksLikeIp(QStringView v)
{
    v = v.trimmed();
    if (v.isEmpty() || v.size() > 45)
        return false;
    if (v.contains(QLatin1Char(':'))) {
        QHostAddress address;
        return address.setAddress(v.toString())
               && address.protocol() == QAbstractSocket::IPv6Protocol;
    }
    int parts = 0;
    int digits = 0;
    int value = 0;
    for (const QChar c : v) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            value = value * 10 + (c.unicode() - '0');
            if (++digits > 3 || value > 255)
                return false;
        } else if (c == QLatin1Char('.') && digits > 0 && parts < 3) {
            ++parts;
            digits = value = 0;
        } else {
            return false;
        }
    }
    return parts == 3 && digits > 0;
}

bool isNumber(QStringView v)
{
    v = v.trimmed();
    qsizetype i = 0;
    if (!v.isEmpty() && (v[0] == QLatin1Char('+') || v[0] == QLatin1Char('-')))
        ++i;
    bool digits = false;
    bool separator = false;
    bool exponent = false;
    for (; i < v.size(); ++i) {
        const QChar c = v[i];
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            digits = true;
        } else if ((c == QLatin1Char('.') || c == QLatin1Char(',')) && !separator && !exponent) {
            separator = true;
        } else if ((c == QLatin1Char('e') || c == QLatin1Char('E')) && digits && !exponent) {
            exponent = true;
            digits = false;
            if (i + 1 < v.size() && (v[i + 1] == QLatin1Char('+') || v[i + 1] == QLatin1Char('-')))
                ++i;
        } else {
            return false;
        }
    }
    return digits;
}

bool isTyped(QStringView v)
{
    return isNumber(v) || looksLikeIp(v);
}

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
    std::vector<FieldSpan> spans;
    const char *p = s.data.constData();
    const char *end = p + s.size;
    int records = 0;
    while (p < end && records < maxRecords) {
        const RecordScan r = scanner.scan(p, end, s.wholeFile, spans);
        if (r.status != RecordScan::Status::Complete)
            break;
        if (!r.isBlank(spans)) {
            f(p, r, spans);
            ++records;
        }
        p += r.consumed;
    }
}

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
                  [&](const char *, const RecordScan &r, const std::vector<FieldSpan> &) {
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

struct Utf8Stats
{
    qsizetype invalid = 0;
    qsizetype multibyte = 0; // valid sequences of two bytes or more
    qsizetype firstInvalid = -1;
};

// A lead byte whose sequence the end of the sample cut short.
bool isCutSequence(const char *s, qsizetype avail)
{
    const auto c = uchar(s[0]);
    const int need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
    if (need == 0 || need <= avail)
        return false;
    for (qsizetype k = 1; k < avail; ++k) {
        if ((uchar(s[k]) & 0xC0) != 0x80)
            return false;
    }
    return true;
}

Utf8Stats utf8Stats(const Sample &sample)
{
    Utf8Stats stats;
    const char *s = sample.data.constData();
    const qsizetype n = sample.size;
    qsizetype i = 0;
    while (i < n) {
        const qsizetype bad = csv::firstInvalidUtf8(s + i, n - i);
        const qsizetype validEnd = bad < 0 ? n : i + bad;
        for (qsizetype k = i; k < validEnd; ++k)
            stats.multibyte += (uchar(s[k]) & 0xC0) == 0xC0;
        if (bad < 0)
            break;
        const qsizetype at = i + bad;
        if (!sample.wholeFile && isCutSequence(s + at, n - at))
            break;
        ++stats.invalid;
        if (stats.firstInvalid < 0)
            stats.firstInvalid = at;
        i = at + 1;
    }
    return stats;
}

QString decodeField(const char *p, const FieldSpan &f, char quote, TextEncoding encoding)
{
    QByteArray bytes(p + f.begin, qsizetype(f.end) - qsizetype(f.begin));
    if (f.flags & FieldSpan::Escaped)
        bytes.replace(QByteArray(2, quote), QByteArray(1, quote));
    return encoding == TextEncoding::Latin1 ? QString::fromLatin1(bytes) : QString::fromUtf8(bytes);
}

// Votes column by column: a first-row cell that does not fit the type of the values below it
// (numbers, IP addresses, fixed-length codes) is a header name.
bool guessHeader(const QList<QStringList> &rows)
{
    if (rows.isEmpty())
        return true;
    const QStringList &first = rows.first();
    bool typedFirstRow = false;
    for (const QString &cell : first) {
        if (ipNameRank(cell) >= 0 && ipNameRank(cell) < kFirstGenericName)
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
        for (int r = 1; r < rows.size(); ++r) {
            if (c >= rows.at(r).size())
                continue;
            const QStringView v = QStringView(rows.at(r).at(c)).trimmed();
            if (v.isEmpty())
                continue;
            ++values;
            numbers += isNumber(v);
            ips += looksLikeIp(v);
            if (length < 0)
                length = v.size();
            else if (v.size() != length)
                sameLength = false;
        }
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

Result<SniffResult> CsvSniffer::sniff(const QString &path, const SniffOverrides &overrides)
{
    if (Status checked = CsvReader::checkFile(path); !checked)
        return checked.error();
    const QString shownPath = QDir::toNativeSeparators(path);
    const QString detected = tr("detected");
    const QString chosen = tr("chosen");
    const char quote = CsvDialect().quote;

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(tr("The file %1 cannot be opened for reading. Check that your user may read "
                        "it (its permissions and owner), or copy it to one of your folders.")
                         .arg(shownPath),
                     file.errorString());
    }
    SniffResult res;
    res.fileSize = file.size();
    Sample sample;
    sample.data = file.read(SampleSize);
    if (file.error() != QFileDevice::NoError) {
        return Error(tr("Reading %1 failed: the disk, network share or device reported an error. "
                        "Check it, then try again.")
                         .arg(shownPath),
                     file.errorString());
    }
    sample.wholeFile = sample.data.size() < SampleSize || file.read(1).isEmpty();
    file.close();

    if (sample.data.startsWith("\xEF\xBB\xBF")) {
        sample.bomSize = 3;
        sample.data.remove(0, 3);
        res.notes << tr("A UTF-8 byte order mark starts the file; it is skipped.");
    } else if (sample.data.startsWith("\xFF\xFE") || sample.data.startsWith("\xFE\xFF")
               || sample.data.startsWith(QByteArray("\0\0\xFE\xFF", 4))) {
        return Error(tr("The file %1 is encoded in UTF-16 or UTF-32, which RegionMap does not "
                        "read. Save it as \"CSV UTF-8\" and choose it again.")
                         .arg(shownPath));
    }
    sample.size = sample.data.size();
    sample.data.append('\n'); // the scanner's sentinel

    // Encoding.
    const Utf8Stats utf8 = utf8Stats(sample);
    res.validUtf8 = utf8.invalid == 0;
    const TextEncoding guessedEncoding
        = !res.validUtf8 && sample.bomSize == 0 && utf8.invalid > utf8.multibyte
              ? TextEncoding::Latin1
              : TextEncoding::Utf8;
    res.dialect.encoding = overrides.encoding.value_or(guessedEncoding);
    res.notes << tr("Encoding: %1 (%2)")
                     .arg(encodingName(res.dialect.encoding),
                          overrides.encoding ? chosen : detected);
    if (!res.validUtf8) {
        const QString byte
            = QStringLiteral("%1")
                  .arg(uint(uchar(sample.data.at(utf8.firstInvalid))), 2, 16, QLatin1Char('0'))
                  .toUpper();
        const QString line = QString::number(1 + sample.data.left(utf8.firstInvalid).count('\n'));
        if (res.dialect.encoding == TextEncoding::Utf8) {
            res.problems << tr("The file is not valid UTF-8: byte 0x%1 on line %2 is not, and "
                               "rows like that one will be rejected. If the file is in Latin-1 "
                               "(ISO 8859-1), choose that encoding.")
                                .arg(byte, line);
        } else if (!overrides.encoding) {
            res.problems << tr("The file is not valid UTF-8 (byte 0x%1 on line %2 is not), so "
                               "it is read as Latin-1 (ISO 8859-1). If characters look wrong in "
                               "the preview, choose another encoding.")
                                .arg(byte, line);
        }
    }
    if (const qsizetype nuls = sample.data.left(sample.size).count('\0'); nuls > 0) {
        res.problems << tr("The start of the file holds %n NUL byte(s), which PostgreSQL text "
                           "cannot hold: rows with them will be rejected. The file may be UTF-16 "
                           "without a byte order mark, or not a text file.",
                           nullptr, int(nuls));
    }

    if (sample.size == 0) {
        res.dialect.delimiter = overrides.delimiter.value_or(',');
        res.dialect.hasHeader = overrides.hasHeader.value_or(true);
        res.problems << tr("The file %1 is empty: there is nothing to load.").arg(shownPath);
        return res;
    }

    // Delimiter: the candidate that splits the sampled records most consistently into the
    // most fields.
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

    // The sampled records, decoded, and their sizes for the row estimate.
    QList<QStringList> rows;
    qint64 recordBytes = 0;
    qint64 records = 0;
    qint64 firstRecordBytes = 0;
    forEachRecord(sample, res.dialect.delimiter, quote, std::numeric_limits<int>::max(),
                  [&](const char *p, const RecordScan &r, const std::vector<FieldSpan> &spans) {
                      if (records == 0)
                          firstRecordBytes = r.consumed;
                      ++records;
                      recordBytes += r.consumed;
                      if (rows.size() >= kMaxSampleRecords)
                          return;
                      QStringList fields;
                      fields.reserve(qsizetype(spans.size()));
                      for (const FieldSpan &f : spans)
                          fields << decodeField(p, f, quote, res.dialect.encoding);
                      rows << fields;
                  });

    if (overrides.hasHeader) {
        res.dialect.hasHeader = *overrides.hasHeader;
        res.notes << (res.dialect.hasHeader ? tr("Header row: yes (%1)").arg(chosen)
                                            : tr("Header row: no (%1)").arg(chosen));
    } else {
        res.dialect.hasHeader = guessHeader(rows);
        res.notes << (res.dialect.hasHeader ? tr("Header row: yes (%1)").arg(detected)
                                            : tr("Header row: no (%1)").arg(detected));
    }

    // The preview, read the way a run will read the file.
    CsvReader reader(res.dialect);
    reader.setBufferSize(SampleSize);
    if (Status opened = reader.open(path); !opened)
        return opened.error();
    CsvChunk chunk;
    qint64 seen = 0;
    qint64 rejected = 0;
    CsvChunk::Reject firstReject;
    while (res.previewRows.size() < PreviewRows && seen < kMaxSampleRecords
           && reader.readChunk(chunk, PreviewRows - int(res.previewRows.size()))) {
        seen += chunk.recordCount();
        for (int r = 0; r < chunk.rowCount(); ++r) {
            QStringList fields;
            fields.reserve(chunk.fieldCount(r));
            for (int c = 0; c < chunk.fieldCount(r); ++c) {
                const QByteArrayView v = chunk.field(r, c);
                fields << QString::fromUtf8(v.data(), v.size());
            }
            res.previewRows << fields;
        }
        if (rejected == 0 && !chunk.rejects().empty())
            firstReject = chunk.rejects().front();
        rejected += qint64(chunk.rejects().size());
    }
    if (reader.hasError())
        return reader.error();
    if (rejected > 0) {
        res.problems << tr("%n of the first %1 records cannot be loaded as they are. The first "
                           "is on line %2: %3",
                           nullptr, int(rejected))
                            .arg(QString::number(seen), QString::number(firstReject.line),
                                 firstReject.reason);
    }

    if (res.dialect.hasHeader) {
        res.columnNames = reader.header();
    } else {
        const int n = qMax(0, reader.expectedFieldCount());
        for (int i = 1; i <= n; ++i)
            res.columnNames << QStringLiteral("column_%1").arg(i);
    }

    // Estimated rows: exact for a file that fit in the sample, else from the average size.
    const qint64 dataRecords = res.dialect.hasHeader ? qMax<qint64>(0, records - 1) : records;
    const qint64 dataBytes = res.dialect.hasHeader ? recordBytes - firstRecordBytes : recordBytes;
    if (sample.wholeFile) {
        res.estimatedRows = dataRecords;
    } else if (dataRecords > 0) {
        const qint64 headerBytes = sample.bomSize + (res.dialect.hasHeader ? firstRecordBytes : 0);
        const double average = double(dataBytes) / double(dataRecords);
        res.estimatedRows = qint64(double(res.fileSize - headerBytes) / average + 0.5);
    }
    if (res.dialect.hasHeader && res.estimatedRows == 0 && sample.wholeFile
        && !res.columnNames.isEmpty()) {
        res.problems << tr("The file has a header but no data rows: there is nothing to load.");
    }

    // The IP column: an override, else by name, else by the values.
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
            int bestRank = kIpNameCount;
            for (int c = 0; c < columns; ++c) {
                const int rank = ipNameRank(res.columnNames.at(c));
                if (rank < 0 || rank >= bestRank)
                    continue;
                if (rank >= kFirstGenericName && ipShare(c) < 0.5)
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

    qCDebug(lcCsv) << "sniffed" << path << "delimiter" << res.dialect.delimiter << "header"
                   << res.dialect.hasHeader << "ip column" << res.ipColumn;
    return res;
}

} // namespace regionmap
