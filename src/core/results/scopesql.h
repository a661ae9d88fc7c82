#pragma once

#include "results/pgresult.h"
#include "results/resultscope.h"

namespace regionmap {

// " AND run_id = $n" for a run, nothing for the whole table: the scope as a condition that the
// queries of the results module append to their WHERE clauses.
inline QString scopeCondition(const ResultScope &scope, PgParams &params)
{
    if (!scope.isRun())
        return {};
    const QString sql = QStringLiteral(" AND run_id = ") + params.next();
    params.add(scope.runId);
    return sql;
}

} // namespace regionmap
