#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace regionmap {

// Versioned schema migrations, shipped as resources (:/sql/NNN_name.sql) and applied in order,
// each recorded in schema_migrations. The whole upgrade is one transaction under an advisory
// lock, so two RegionMap processes starting at once cannot both apply it.
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)

public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString resourcePath;
    };

    // The migrations shipped with this build, in version order.
    static QList<Migration> available();

    // The newest version applied to the database, 0 if none.
    static Result<int> currentVersion(const QSqlDatabase &db);

    // Applies every migration the database lacks. Returns how many were applied (0 when the
    // schema is current). Refuses a database whose schema is newer than this build knows.
    static Result<int> apply(QSqlDatabase &db);
};

} // namespace regionmap
