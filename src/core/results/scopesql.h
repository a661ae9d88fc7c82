#pragma once

#include "db/targetschema.h"
#include "results/pgresult.h"
#include "results/resultscope.h"

namespace regionmap {

// " AND run_id = $n" for a run, and " AND "column"::text = $m" for a column match; nothing for
// the whole table: the scope as a condition that the queries of the results module append to
// their WHERE clauses on the table's rows.
inline QString scopeCondition(const ResultScope &scope, PgParams &params)
{
    QString sql;
    if (scope.isRun()) {
        sql += QStringLiteral(" AND run_id = ") + params.next();
        params.add(scope.runId);
    }
    if (scope.match.isSet()) {
        const QString column = quoteIdentifier(scope.match.column);
        if (scope.match.isNull) {
            sql += QStringLiteral(" AND (%1 IS NULL OR %1::text = '')").arg(column);
        } else {
            sql += QStringLiteral(" AND %1::text = %2").arg(column, params.next());
            params.add(scope.match.value);
        }
    }
    return sql;
}

} // namespace regionmap
