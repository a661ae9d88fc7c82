#pragma once

#include <QCoreApplication>
#include <QString>

namespace regionmap {

// Only the rows whose column `column` (a column of the CSV file, say "country" or "gender")
// holds `value`, compared as text; with `isNull`, the rows where it is empty (NULL, as the ETL
// loads an empty field, or an empty string).
struct ColumnMatch
{
    QString column;
    QString value;
    bool isNull = false;

    bool isSet() const { return !column.isEmpty(); }
    bool operator==(const ColumnMatch &o) const
    {
        return column == o.column && (isNull ? o.isNull : !o.isNull && value == o.value);
    }
    bool operator!=(const ColumnMatch &o) const { return !(*this == o); }
};

// What the results views show: every row of a target table, or only the rows one run loaded into
// it (run_id = N). A table from an append or an upsert can hold the rows of several runs; a
// replace leaves one.
struct ResultScope
{
    Q_DECLARE_TR_FUNCTIONS(ResultScope)

public:
    QString table; // as etl_runs.target_table names it (unquoted)
    qint64 runId = 0; // 0: the whole table
    // Narrows the rows to those matching a CSV column. The points know nothing of the CSV
    // columns, so such a scope is read from its rows (docs/point-table.md).
    ColumnMatch match;

    static ResultScope wholeTable(const QString &table) { return {table, 0, {}}; }
    static ResultScope run(const QString &table, qint64 runId) { return {table, runId, {}}; }
    ResultScope withMatch(const ColumnMatch &m) const
    {
        ResultScope s = *this;
        s.match = m;
        return s;
    }

    bool isValid() const { return !table.isEmpty(); }
    bool isRun() const { return runId > 0; }

    // "run 12 in people" or "the table people", for labels.
    QString describe() const;

    bool operator==(const ResultScope &other) const
    {
        return table == other.table && runId == other.runId && match == other.match;
    }
    bool operator!=(const ResultScope &other) const { return !(*this == other); }
};

} // namespace regionmap
