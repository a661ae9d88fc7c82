#pragma once

#include <QString>

namespace regionmap {

// Which runs' rows are in a table now: those of the last run that began the table anew and of
// the runs after it (docs/point-table.md). A run begins its table anew when it is a replace, or
// an append or upsert into a table that was not there (dropped outside RegionMap, say): the load
// then records "created_table" in the run's settings (RunRecorder::recordCreatedTable).
namespace runboundary {

// The settings key an append or upsert that made its table sets to true.
inline QString createdTableKey()
{
    return QStringLiteral("created_table");
}

// An SQL condition on a row of etl_runs (its columns qualified by `alias` when given): the run
// began its table anew.
inline QString startsTableSql(const QString &alias = {})
{
    const QString p = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    return QStringLiteral("(%1load_mode = 'replace' OR %1settings->>'%2' = 'true')")
        .arg(p, createdTableKey());
}

} // namespace runboundary
} // namespace regionmap
