#pragma once

#include "common/result.h"
#include "results/resultscope.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace regionmap {

// Where a plan's numbers come from, for its report (docs/planner.md, "Exports"): the runs of the
// scope with their files (path, sha256, rows), geo database and catalog, as etl_runs keeps them.
struct PlanProvenance
{
    Q_DECLARE_TR_FUNCTIONS(PlanProvenance)

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
        QList<File> files;
    };
    QList<Run> runs;

    // The succeeded runs of the scope (one run, or the runs whose rows the table holds: from its
    // last replace on), oldest first.
    static Result<PlanProvenance> load(QSqlDatabase &db, const ResultScope &scope);
};

} // namespace regionmap
