#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace regionmap {

// A saved planner answer (plan_scenarios, migration 7; docs/planner.md): the regions of a
// what-if or of a best-k answer, the objective, the numbers as `regionmap-cli plan --json` gives
// them, the run or table it was planned on, who saved it and when.
struct PlanScenario
{
    Q_DECLARE_TR_FUNCTIONS(PlanScenario)

public:
    qint64 id = 0;
    QString name;
    QString table;
    std::optional<qint64> runId; // none: the whole table
    QStringList regions;
    QString objective; // mean_km, p95_km, within_ms
    std::optional<double> objectiveMs;
    QString method; // what-if, exact, greedy+swap
    QJsonObject numbers;
    QString createdBy;
    QDateTime createdAt;

    // Saves a new scenario (createdBy and createdAt are filled in); a name in use is refused.
    static Result<qint64> save(QSqlDatabase &db, const PlanScenario &scenario);
    static Result<QList<PlanScenario>> list(QSqlDatabase &db);
    // Whether migration 7 has run here; a database it has not reached has no scenarios (and a
    // user who may only read it can still list them: none).
    static bool tableExists(QSqlDatabase &db);
    static Status rename(QSqlDatabase &db, const QString &from, const QString &to);
    static Status remove(QSqlDatabase &db, const QString &name);
};

} // namespace regionmap
