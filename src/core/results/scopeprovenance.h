#pragma once

#include "common/result.h"
#include "results/resultscope.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace regionmap {

// Where the numbers of a scope come from, for the reports (the run report, the plan report): the
// runs of the scope with their files (path, sha256, rows), geo database and catalog, as etl_runs
// keeps them.
struct ScopeProvenance
{
    Q_DECLARE_TR_FUNCTIONS(ScopeProvenance)

public:
    struct File
    {
        QString path;
        QString sha256;
        qint64 bytes = 0;
    };
    struct Run
    {
        qint64 runId = 0;
        QDateTime finishedAt;
        QString appVersion;
        QString geoProvider;
        QString geoDatabase;
        QString catalogName;
        QString catalogSha256;
        qint64 rowsRead = 0;
        qint64 rowsLoaded = 0;
        qint64 rowsRejected = 0;
        QList<File> files;
    };
    QList<Run> runs;
    // The first rejected rows of those runs (at most kFirstRejects), by run and line.
    struct Reject
    {
        qint64 runId = 0;
        QString file;
        qint64 line = 0;
        QString column;
        QString reason;
    };
    QList<Reject> firstRejects;
    static constexpr int kFirstRejects = 10;

    // The succeeded runs of the scope (one run, or the runs whose rows the table holds: from its
    // last replace on), oldest first.
    static Result<ScopeProvenance> load(QSqlDatabase &db, const ResultScope &scope);
};

} // namespace regionmap
