#include "planscenario.h"

#include "common/osuser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace regionmap {

namespace {

// A text[] literal for PostgreSQL: {"a","b"}, each element quoted.
QString textArray(const QStringList &items)
{
    QStringList quoted;
    for (QString item : items) {
        item.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        item.replace(QLatin1Char('"'), QStringLiteral("\\\""));
        quoted << QLatin1Char('"') + item + QLatin1Char('"');
    }
    return QLatin1Char('{') + quoted.join(QLatin1Char(',')) + QLatin1Char('}');
}

bool nameInUse(QSqlDatabase &db, const QString &name, bool *inUse, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM plan_scenarios WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec() || !q.next()) {
        *error = q.lastError().text();
        return false;
    }
    *inUse = q.value(0).toLongLong() > 0;
    return true;
}

} // namespace

bool PlanScenario::tableExists(QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT to_regclass('plan_scenarios') IS NOT NULL")) && q.next()
           && q.value(0).toBool();
}

Result<qint64> PlanScenario::save(QSqlDatabase &db, const PlanScenario &s)
{
    if (s.name.trimmed().isEmpty())
        return Error(tr("A scenario needs a name."));
    bool inUse = false;
    QString error;
    if (!nameInUse(db, s.name, &inUse, &error))
        return Error(ErrorKind::Database, tr("Could not read the saved scenarios."), error);
    if (inUse) {
        return Error(tr("A scenario named \"%1\" is saved already. Choose another name, or "
                        "delete that one first.")
                         .arg(s.name));
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO plan_scenarios (name, target_table, run_id, regions, objective, objective_ms,"
        " method, numbers, created_by) VALUES (?, ?, ?, ?::text[], ?, ?, ?, ?::jsonb, ?)"
        " RETURNING scenario_id"));
    q.addBindValue(s.name);
    q.addBindValue(s.table);
    q.addBindValue(s.runId ? QVariant(*s.runId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(textArray(s.regions));
    q.addBindValue(s.objective);
    q.addBindValue(s.objectiveMs ? QVariant(*s.objectiveMs)
                                 : QVariant(QMetaType(QMetaType::Double)));
    q.addBindValue(s.method);
    q.addBindValue(QString::fromUtf8(QJsonDocument(s.numbers).toJson(QJsonDocument::Compact)));
    q.addBindValue(osUserName());
    if (!q.exec() || !q.next()) {
        if (q.lastError().nativeErrorCode() == QLatin1String("23505")) { // saved meanwhile
            return Error(tr("A scenario named \"%1\" is saved already. Choose another name, or "
                            "delete that one first.")
                             .arg(s.name));
        }
        return Error(ErrorKind::Database, tr("Could not save the scenario \"%1\".").arg(s.name),
                     q.lastError().text());
    }
    return q.value(0).toLongLong();
}

Result<QList<PlanScenario>> PlanScenario::list(QSqlDatabase &db)
{
    if (!tableExists(db))
        return QList<PlanScenario>();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT scenario_id, name, target_table, run_id, array_to_json("
                               "regions)::text, objective, objective_ms, method, numbers::text,"
                               " created_by, created_at FROM plan_scenarios ORDER BY created_at,"
                               " scenario_id")))
        return Error(ErrorKind::Database, tr("Could not read the saved scenarios."),
                     q.lastError().text());
    QList<PlanScenario> out;
    while (q.next()) {
        PlanScenario s;
        s.id = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.table = q.value(2).toString();
        if (!q.value(3).isNull())
            s.runId = q.value(3).toLongLong();
        for (const QVariant &r :
             QJsonDocument::fromJson(q.value(4).toString().toUtf8()).array().toVariantList())
            s.regions << r.toString();
        s.objective = q.value(5).toString();
        if (!q.value(6).isNull())
            s.objectiveMs = q.value(6).toDouble();
        s.method = q.value(7).toString();
        s.numbers = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
        s.createdBy = q.value(9).toString();
        s.createdAt = q.value(10).toDateTime();
        out << s;
    }
    return out;
}

Status PlanScenario::rename(QSqlDatabase &db, const QString &from, const QString &to)
{
    if (to.trimmed().isEmpty())
        return Error(tr("A scenario needs a name."));
    if (!tableExists(db))
        return Error(tr("There is no scenario named \"%1\".").arg(from));
    bool inUse = false;
    QString error;
    if (!nameInUse(db, to, &inUse, &error))
        return Error(ErrorKind::Database, tr("Could not read the saved scenarios."), error);
    if (inUse)
        return Error(tr("A scenario named \"%1\" is saved already. Choose another name.").arg(to));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE plan_scenarios SET name = ? WHERE name = ?"));
    q.addBindValue(to);
    q.addBindValue(from);
    if (!q.exec())
        return Error(ErrorKind::Database, tr("Could not rename the scenario \"%1\".").arg(from),
                     q.lastError().text());
    if (q.numRowsAffected() == 0)
        return Error(tr("There is no scenario named \"%1\".").arg(from));
    return {};
}

Status PlanScenario::remove(QSqlDatabase &db, const QString &name)
{
    if (!tableExists(db))
        return Error(tr("There is no scenario named \"%1\".").arg(name));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM plan_scenarios WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return Error(ErrorKind::Database, tr("Could not delete the scenario \"%1\".").arg(name),
                     q.lastError().text());
    if (q.numRowsAffected() == 0)
        return Error(tr("There is no scenario named \"%1\".").arg(name));
    return {};
}

} // namespace regionmap
