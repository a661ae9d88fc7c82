#pragma once

#include "common/result.h"
#include "csv/csvsniffer.h"
#include "db/targetschema.h"
#include "etl/etloptions.h"

#include <QCoreApplication>
#include <QList>

namespace regionmap {

class Feedback;

// A data file of a run with what the sniffer found in it.
struct PreparedInput
{
    InputFile input;
    SniffResult sniff;
};

// The data files of a run, checked before anything is loaded: each exists, is readable text
// with an IP column, and all have the same columns (they go into one table).
class InputSet
{
    Q_DECLARE_TR_FUNCTIONS(InputSet)

public:
    // Sniffs every file; notes for the analyst go to feedback. Errors are of the kind Input.
    static Result<InputSet> prepare(const QList<InputFile> &inputs, Feedback &feedback);

    const QList<PreparedInput> &files() const { return m_files; }
    const PreparedInput &first() const { return m_files.first(); }
    QStringList paths() const;
    qint64 totalBytes() const;

    // The table's columns, with types inferred from the first rows of the first file.
    Result<TargetSchema> inferSchema() const;
    // The upsert key's index among the schema's source columns; -1 without a key.
    Result<int> findKey(const TargetSchema &schema, const QString &keyColumn) const;

private:
    static Result<PreparedInput> prepareFile(const InputFile &input, Feedback &feedback);
    Status checkSameColumns() const;

    QList<PreparedInput> m_files;
};

} // namespace regionmap
