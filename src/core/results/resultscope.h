#pragma once

#include <QCoreApplication>
#include <QString>

namespace regionmap {

// What the results views show: every row of a target table, or only the rows one run loaded into
// it (run_id = N). A table from an append or an upsert can hold the rows of several runs; a
// replace leaves one.
struct ResultScope
{
    Q_DECLARE_TR_FUNCTIONS(ResultScope)

public:
    QString table; // as etl_runs.target_table names it (unquoted)
    qint64 runId = 0; // 0: the whole table

    static ResultScope wholeTable(const QString &table) { return {table, 0}; }
    static ResultScope run(const QString &table, qint64 runId) { return {table, runId}; }

    bool isValid() const { return !table.isEmpty(); }
    bool isRun() const { return runId > 0; }

    // "run 12 in people" or "the table people", for labels.
    QString describe() const;

    bool operator==(const ResultScope &other) const
    {
        return table == other.table && runId == other.runId;
    }
    bool operator!=(const ResultScope &other) const { return !(*this == other); }
};

} // namespace regionmap
