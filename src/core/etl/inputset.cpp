#include "inputset.h"

#include "common/feedback.h"
#include "csv/csvchunk.h"
#include "csv/csvreader.h"

#include <QFileInfo>

namespace regionmap {

namespace {

constexpr int kTypeSampleRecords = 5000; // records read up front to infer column types

Error inputError(const QString &message)
{
    return Error(ErrorKind::Input, message);
}

} // namespace

Result<InputSet> InputSet::prepare(const QList<InputFile> &inputs, Feedback &feedback)
{
    if (inputs.isEmpty())
        return inputError(tr("No data file was given. Add at least one CSV file."));
    InputSet set;
    for (const InputFile &input : inputs) {
        Result<PreparedInput> file = prepareFile(input, feedback);
        if (!file)
            return file.error();
        set.m_files.append(file.value());
    }
    if (Status st = set.checkSameColumns(); !st)
        return st.error();
    return set;
}

Result<PreparedInput> InputSet::prepareFile(const InputFile &input, Feedback &feedback)
{
    const QFileInfo fi(input.path);
    if (!fi.exists())
        return inputError(tr("The file %1 does not exist.").arg(input.path));
    if (fi.isDir())
        return inputError(
            tr("%1 is a folder, not a CSV file. Choose the files inside it.").arg(input.path));
    if (fi.size() == 0)
        return inputError(
            tr("The file %1 is empty: it has no header and no rows.").arg(input.path));
    Result<SniffResult> sniff = CsvSniffer::sniff(input.path, input.overrides);
    if (!sniff)
        return sniff.error().orKind(ErrorKind::Input);
    // Mostly Latin-1: refuse unless the analyst chose the encoding. Mostly UTF-8 with a few bad
    // bytes: go on; those rows become rejects.
    if (sniff->dialect.encoding == TextEncoding::Latin1 && !input.overrides.encoding.has_value()) {
        return inputError(tr("%1 is not valid UTF-8 text. If it comes from an older Windows or "
                             "Excel export, choose Latin-1 as its encoding.")
                              .arg(input.path));
    }
    if (sniff->columnNames.isEmpty()) {
        // Blank lines only: say that, not that no column holds addresses.
        return inputError(sniff->problems.value(0, tr("%1 holds no data.").arg(input.path)));
    }
    if (sniff->ipColumn < 0) {
        return inputError(tr("No column of %1 holds IP addresses (columns: %2). Choose the IP "
                             "column by its name.")
                              .arg(input.path, sniff->columnNames.join(QStringLiteral(", "))));
    }
    for (const QString &problem : sniff->problems)
        feedback.warning(QStringLiteral("%1: %2").arg(fi.fileName(), problem));
    return PreparedInput {input, sniff.value()};
}

Status InputSet::checkSameColumns() const
{
    const PreparedInput &f = first();
    // The columns are loaded by their place: with headers on both sides, the names must be
    // the same in the same order (a file with two columns swapped would put each one's values
    // into the other, without a word).
    const auto normalized = [](const QStringList &names) {
        QStringList out;
        for (const QString &n : names)
            out << n.trimmed().toCaseFolded();
        return out;
    };
    for (const PreparedInput &p : m_files) {
        if (p.sniff.columnNames.size() == f.sniff.columnNames.size()
            && p.sniff.ipColumn == f.sniff.ipColumn) {
            if (!p.sniff.dialect.hasHeader || !f.sniff.dialect.hasHeader
                || normalized(p.sniff.columnNames) == normalized(f.sniff.columnNames))
                continue;
            qsizetype at = 0;
            while (normalized({p.sniff.columnNames.at(at)})
                   == normalized({f.sniff.columnNames.at(at)}))
                ++at;
            return inputError(
                tr("The columns of %1 differ from those of %2: column %3 is \"%4\" in %2 and "
                   "\"%5\" in %1 (all: %6 against %7). Columns are loaded by their place, so "
                   "the values would go into the wrong columns. Put the columns in the same "
                   "order with the same names, or load the files in separate runs or tables.")
                    .arg(p.input.path, f.input.path, QString::number(at + 1),
                         f.sniff.columnNames.at(at), p.sniff.columnNames.at(at),
                         p.sniff.columnNames.join(QStringLiteral(", ")),
                         f.sniff.columnNames.join(QStringLiteral(", "))));
        }
        return inputError(tr("%1 has other columns than %2 (%3 against %4). Load files with "
                             "different columns in separate runs or tables.")
                              .arg(p.input.path, f.input.path,
                                   p.sniff.columnNames.join(QStringLiteral(", ")),
                                   f.sniff.columnNames.join(QStringLiteral(", "))));
    }
    return {};
}

QStringList InputSet::paths() const
{
    QStringList out;
    for (const PreparedInput &p : m_files)
        out << p.input.path;
    return out;
}

qint64 InputSet::totalBytes() const
{
    qint64 n = 0;
    for (const PreparedInput &p : m_files)
        n += p.sniff.fileSize;
    return n;
}

Result<TargetSchema> InputSet::inferSchema() const
{
    CsvReader reader(first().sniff.dialect);
    if (Status st = reader.open(first().input.path); !st)
        return st.error().orKind(ErrorKind::Input);
    CsvChunk chunk;
    reader.readChunk(chunk, kTypeSampleRecords);
    QList<QStringList> sample;
    sample.reserve(chunk.rowCount());
    for (int r = 0; r < chunk.rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < chunk.fieldCount(r); ++c)
            row << QString::fromUtf8(chunk.field(r, c));
        sample << row;
    }
    return TargetSchema::infer(first().sniff.columnNames, first().sniff.ipColumn, sample);
}

Result<int> InputSet::findKey(const TargetSchema &schema, const QString &keyColumn) const
{
    if (keyColumn.isEmpty())
        return -1;
    const int key = schema.findSourceColumn(keyColumn);
    if (key >= 0)
        return key;
    return inputError(tr("The key column \"%1\" is not in %2 (columns: %3).")
                          .arg(keyColumn, first().input.path,
                               first().sniff.columnNames.join(QStringLiteral(", "))));
}

} // namespace regionmap
