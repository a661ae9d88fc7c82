#include "csvsniffer.h"

#include "compressedfile.h"
#include "csv/csvlogging.h"
#include "csvchunk.h"
#include "csvreader.h"
#include "sniffsample.h"

#include <QDir>
#include <QFile>

#include <limits>

namespace regionmap {

using namespace sniff;

// The first SampleSize bytes, after any byte order mark (UTF-16 and UTF-32 are refused).
Result<Sample> CsvSniffer::readSample(const QString &path, SniffResult &res)
{
    const QString shownPath = QDir::toNativeSeparators(path);

    // A .csv.gz or a .zip of one CSV is sampled from its decompressed bytes.
    std::unique_ptr<QIODevice> device;
    QFile *plain = nullptr;
    CompressedFile *packed = nullptr;
    if (compressionOf(path) != Compression::None) {
        Result<std::unique_ptr<CompressedFile>> opened = CompressedFile::open(path);
        if (!opened)
            return opened.error().orKind(ErrorKind::Input);
        // The row estimate compares the sample with the data's size, not the archive's.
        res.fileSize = opened.value()->uncompressedSize() >= 0 ? opened.value()->uncompressedSize()
                                                               : opened.value()->compressedSize();
        if (!opened.value()->memberName().isEmpty())
            res.notes << tr("Read from %1 in the zip archive.").arg(opened.value()->memberName());
        packed = opened.value().get();
        device = std::move(opened).value();
    } else {
        device = std::make_unique<QFile>(path);
        plain = static_cast<QFile *>(device.get());
        if (!plain->open(QIODevice::ReadOnly)) {
            return Error(tr("The file %1 cannot be opened for reading. Check that your user may "
                            "read it (its permissions and owner), or copy it to one of your "
                            "folders.")
                             .arg(shownPath),
                         plain->errorString());
        }
        res.fileSize = plain->size();
    }
    Sample sample;
    sample.data = device->read(SampleSize);
    if (packed && packed->failed())
        return Error(ErrorKind::Input, packed->errorString());
    if (plain && plain->error() != QFileDevice::NoError) {
        return Error(tr("Reading %1 failed: the disk, network share or device reported an error. "
                        "Check it, then try again.")
                         .arg(shownPath),
                     plain->errorString());
    }
    sample.wholeFile = sample.data.size() < SampleSize || device->read(1).isEmpty();
    device->close();

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

    return sample;
}

// The sampled records, decoded (up to kMaxSampleRecords), and their sizes for the row estimate.
CsvSniffer::SampleRecords CsvSniffer::sampleRecords(const Sample &sample, const CsvDialect &dialect)
{
    const char quote = dialect.quote;
    SampleRecords s;
    forEachRecord(
        sample, dialect.delimiter, quote, std::numeric_limits<int>::max(),
        [&](const char *p, const csv::RecordScan &r, const std::vector<csv::FieldSpan> &spans) {
            if (s.records == 0)
                s.firstRecordBytes = r.consumed;
            ++s.records;
            s.recordBytes += r.consumed;
            if (s.rows.size() >= kMaxSampleRecords)
                return;
            QStringList fields;
            fields.reserve(qsizetype(spans.size()));
            for (const csv::FieldSpan &f : spans)
                fields << decodeField(p, f, quote, dialect.encoding);
            s.rows << fields;
        });

    return s;
}

// The preview, read the way a run will read the file, and the column names.
Status CsvSniffer::readPreview(const QString &path, SniffResult &res)
{
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

    return {};
}

// Exact for a file that fit in the sample, else from the average record size.
void CsvSniffer::estimateRows(const Sample &sample, const SampleRecords &s, SniffResult &res)
{
    const qint64 dataRecords = res.dialect.hasHeader ? qMax<qint64>(0, s.records - 1) : s.records;
    const qint64 dataBytes
        = res.dialect.hasHeader ? s.recordBytes - s.firstRecordBytes : s.recordBytes;
    if (sample.wholeFile) {
        res.estimatedRows = dataRecords;
    } else if (dataRecords > 0) {
        const qint64 headerBytes
            = sample.bomSize + (res.dialect.hasHeader ? s.firstRecordBytes : 0);
        const double average = double(dataBytes) / double(dataRecords);
        res.estimatedRows = qint64(double(res.fileSize - headerBytes) / average + 0.5);
    }
    if (res.dialect.hasHeader && res.estimatedRows == 0 && sample.wholeFile
        && !res.columnNames.isEmpty()) {
        res.problems << tr("The file has a header but no data rows: there is nothing to load.");
    }
}

Result<SniffResult> CsvSniffer::sniff(const QString &path, const SniffOverrides &overrides)
{
    if (Status checked = CsvReader::checkFile(path); !checked)
        return checked.error();
    SniffResult res;
    Result<Sample> read = readSample(path, res);
    if (!read)
        return read.error();
    const Sample &sample = read.value();
    detectEncoding(sample, overrides, res);
    if (sample.size == 0) {
        res.dialect.delimiter = overrides.delimiter.value_or(',');
        res.dialect.hasHeader = overrides.hasHeader.value_or(true);
        res.problems << tr("The file %1 is empty: there is nothing to load.")
                            .arg(QDir::toNativeSeparators(path));
        return res;
    }

    detectDelimiter(sample, overrides, res);
    const SampleRecords records = sampleRecords(sample, res.dialect);
    if (records.rows.isEmpty()) {
        // Only blank lines: no header, no columns, nothing to guess from.
        res.dialect.hasHeader = overrides.hasHeader.value_or(true);
        res.problems
            << (sample.wholeFile
                    ? tr("The file %1 has only blank lines: there is nothing to load.")
                          .arg(QDir::toNativeSeparators(path))
                    : tr("The first %1 KB of %2 are blank lines: RegionMap cannot tell its "
                         "columns. Remove the blank lines at its start.")
                          .arg(SampleSize / 1024)
                          .arg(QDir::toNativeSeparators(path)));
        return res;
    }
    detectHeader(records.rows, overrides, res);
    if (Status st = readPreview(path, res); !st)
        return st.error();
    estimateRows(sample, records, res);
    if (Status st = detectIpColumn(path, records.rows, overrides, res); !st)
        return st.error();
    qCDebug(lcCsv) << "sniffed" << path << "delimiter" << res.dialect.delimiter << "header"
                   << res.dialect.hasHeader << "ip column" << res.ipColumn;
    return res;
}

} // namespace regionmap
