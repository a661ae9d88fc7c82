#pragma once

#include "common/result.h"
#include "csvdialect.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace regionmap {

namespace sniff {
struct Sample;
}

// What the analyst chose instead of the sniffer's guesses. Unset parts are guessed.
struct SniffOverrides
{
    std::optional<char> delimiter;
    std::optional<bool> hasHeader;
    std::optional<TextEncoding> encoding;
    QString ipColumnName; // matched exactly, then case-insensitively
    int ipColumnIndex = -1; // 0-based; wins over ipColumnName when >= 0
};

struct SniffResult
{
    CsvDialect dialect;
    QStringList columnNames; // header names as in the file, or column_1..n without a header
    int ipColumn = -1; // 0-based, -1 when none was found
    enum class IpColumnSource { Name, Content, Override, None };
    IpColumnSource ipColumnSource = IpColumnSource::None;
    bool validUtf8 = true; // false: the sample is not valid UTF-8 (offer Latin-1)
    qint64 fileSize = 0;
    qint64 estimatedRows = 0; // exact when the whole file fit in the sample
    QList<QStringList> previewRows; // up to 100 rows, as CsvReader will read them
    QStringList problems; // sentences for the analyst about what needs a look
    QStringList notes; // what was detected or chosen, e.g. "Delimiter: comma (detected)"
};

// Reads the first 64 KB of a CSV file and guesses its dialect (delimiter among , ; TAB |,
// header or not, UTF-8 or Latin-1) and its IP column: by name first, else by the values.
// The preview comes from CsvReader with the final dialect, so it shows what a run will read.
class CsvSniffer
{
    Q_DECLARE_TR_FUNCTIONS(CsvSniffer)

public:
    static constexpr qsizetype SampleSize = 64 * 1024;
    static constexpr int PreviewRows = 100;

    // Fails only when the file cannot be read at all (missing, a folder, unreadable, UTF-16)
    // or when an override does not fit the file (an IP column that does not exist, a header
    // that cannot be decoded in the chosen encoding).
    static Result<SniffResult> sniff(const QString &path, const SniffOverrides &overrides = {});

private:
    // The decoded records of the sample, and their sizes for the row estimate.
    struct SampleRecords
    {
        QList<QStringList> rows; // at most sniff::kMaxSampleRecords
        qint64 records = 0;
        qint64 recordBytes = 0;
        qint64 firstRecordBytes = 0;
    };

    static Result<sniff::Sample> readSample(const QString &path, SniffResult &res);
    static SampleRecords sampleRecords(const sniff::Sample &sample, const CsvDialect &dialect);
    static Status readPreview(const QString &path, SniffResult &res);
    static void estimateRows(const sniff::Sample &sample, const SampleRecords &s, SniffResult &res);

    // The detectors, each in its own file, in the order sniff() runs them.
    static void detectEncoding(const sniff::Sample &sample, const SniffOverrides &overrides,
                               SniffResult &res); // encodingdetector.cpp
    static void detectDelimiter(const sniff::Sample &sample, const SniffOverrides &overrides,
                                SniffResult &res); // delimiterdetector.cpp
    static void detectHeader(const QList<QStringList> &rows, const SniffOverrides &overrides,
                             SniffResult &res); // headerdetector.cpp
    static Status detectIpColumn(const QString &path, const QList<QStringList> &rows,
                                 const SniffOverrides &overrides,
                                 SniffResult &res); // ipcolumndetector.cpp
};

} // namespace regionmap
