#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace regionmap {

// One row of etl_runs, as the run picker shows it.
struct RunRecord
{
    qint64 runId = 0;
    QDateTime startedAt;
    QDateTime finishedAt; // invalid while running
    QString status; // running, succeeded, failed, cancelled, interrupted
    QString table; // target_table
    QString loadMode; // replace, append, upsert
    QStringList sourceFiles; // paths, in order
    QString catalogName;
    QString provider; // geo_provider
    QString geoDatabase;
    qint64 rowsRead = 0;
    qint64 rowsLoaded = 0;
    qint64 rowsRejected = 0;
    qint64 rowsLocated = 0; // status_counts->located
    QString errorMessage;
    bool tableExists = false; // the target table is there now
    qint64 replacedByRun = 0; // a later successful replace of the same table, or 0
};

// A target table named by etl_runs, as the table picker shows it.
struct TableRecord
{
    QString name;
    bool exists = false;
    int runCount = 0;
    qint64 lastRunId = 0;
    QDateTime lastRunAt;
};

} // namespace regionmap
