#include "migrations.h"

#include "db/dblogging.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace regionmap {

namespace {

// pg_advisory_xact_lock key: "RMAP" as an int.
constexpr qint64 kMigrationLock = 0x524d4150;

Error sqlError(const QString &message, const QSqlError &err)
{
    return Error(message, err.text());
}

} // namespace

QList<Migrations::Migration> Migrations::available()
{
    QList<Migration> list;
    const QRegularExpression pattern(QStringLiteral("^(\\d+)_(.+)\\.sql$"));
    const QDir dir(QStringLiteral(":/sql"));
    for (const QString &file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files)) {
        const QRegularExpressionMatch m = pattern.match(file);
        if (!m.hasMatch())
            continue;
        list.append({m.captured(1).toInt(), m.captured(2), dir.filePath(file)});
    }
    std::sort(list.begin(), list.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return list;
}

Result<int> Migrations::currentVersion(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('schema_migrations') IS NOT NULL")) || !q.next())
        return sqlError(tr("Could not read the database schema version."), q.lastError());
    if (!q.value(0).toBool())
        return 0;
    if (!q.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations"))
        || !q.next())
        return sqlError(tr("Could not read the database schema version."), q.lastError());
    return q.value(0).toInt();
}

Result<int> Migrations::apply(QSqlDatabase &db)
{
    const QList<Migration> migrations = available();
    if (migrations.isEmpty())
        return Error(tr("This build of RegionMap carries no schema migrations."));

    // A current schema needs nothing, not even the CREATE privilege.
    if (const Result<int> current = currentVersion(db);
        current && current.value() == migrations.last().version)
        return 0;

    if (!db.transaction())
        return sqlError(tr("Could not start the schema upgrade."), db.lastError());
    auto fail = [&db](Error err) -> Result<int> {
        db.rollback();
        return err;
    };

    QSqlQuery q(db);
    q.exec(QStringLiteral("SET LOCAL client_min_messages = warning"));
    if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kMigrationLock)))
        return fail(sqlError(tr("Could not lock the schema for the upgrade."), q.lastError()));
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                               " version integer PRIMARY KEY,"
                               " name text NOT NULL,"
                               " applied_at timestamptz NOT NULL DEFAULT now())"))) {
        const QString text = q.lastError().text();
        if (text.contains(QLatin1String("permission denied"))) {
            return fail(Error(tr("The database user may not create tables in this database. Ask "
                                 "its administrator for the CREATE privilege on the schema, or "
                                 "use another database."),
                              text));
        }
        return fail(sqlError(tr("Could not prepare the schema upgrade."), q.lastError()));
    }
    if (!q.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations"))
        || !q.next())
        return fail(sqlError(tr("Could not read the database schema version."), q.lastError()));
    const int current = q.value(0).toInt();
    if (current > migrations.last().version) {
        return fail(Error(tr("The database schema (version %1) is newer than this RegionMap "
                             "understands (version %2). Update RegionMap.")
                              .arg(current)
                              .arg(migrations.last().version)));
    }

    int applied = 0;
    for (const Migration &m : migrations) {
        if (m.version <= current)
            continue;
        QFile file(m.resourcePath);
        if (!file.open(QIODevice::ReadOnly))
            return fail(
                Error(tr("The schema migration %1 is missing from this build.").arg(m.name)));
        const QString sql = QString::fromUtf8(file.readAll());
        if (!q.exec(sql)) {
            return fail(sqlError(
                tr("The schema upgrade to version %1 (%2) failed.").arg(m.version).arg(m.name),
                q.lastError()));
        }
        q.prepare(QStringLiteral("INSERT INTO schema_migrations (version, name) VALUES (?, ?)"));
        q.addBindValue(m.version);
        q.addBindValue(m.name);
        if (!q.exec())
            return fail(sqlError(tr("Could not record the schema upgrade."), q.lastError()));
        qCInfo(lcDb) << "Applied schema migration" << m.version << m.name;
        ++applied;
    }
    if (!db.commit())
        return fail(sqlError(tr("Could not commit the schema upgrade."), db.lastError()));
    return applied;
}

} // namespace regionmap
