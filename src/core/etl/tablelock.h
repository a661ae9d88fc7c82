#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace regionmap {

class Feedback;

// Runs into the same target table take turns (docs/reliability.md): each takes a
// transaction-scoped advisory lock keyed by the table's name before it touches the table, and
// PostgreSQL releases it when the load commits or rolls back. A run that finds the table taken
// says so and waits, cancellable, instead of failing on PostgreSQL's catalog error halfway
// through creating the same table.
class TableLock
{
    Q_DECLARE_TR_FUNCTIONS(TableLock)

public:
    // The two keys of pg_advisory_xact_lock(int, int) for a table: RegionMap's class, and a
    // hash of the table's name.
    static constexpr int kClassKey = 0x524d4150; // "RMAP"

    // In the open transaction on db: takes the table's lock, waiting as long as another run
    // holds it. Fails when cancelled (ErrorKind::Cancelled) or on a database error.
    static Status acquire(QSqlDatabase &db, const QString &table, Feedback &feedback);
};

} // namespace regionmap
