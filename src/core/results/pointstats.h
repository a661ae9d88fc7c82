#pragma once

#include "common/result.h"
#include "results/scopeoverview.h"

#include <QList>

struct pg_conn;
typedef struct pg_conn PGconn;

namespace regionmap {

// The per-region part of a scope's overview (rows, distances, est. RTT, firm and uncertain
// rows, the cross-check's agreement, the catalog's regions), from the points of the runs in
// scope: the same numbers the rows give, the percentiles included (WeightedValues).
Status readRegionStatsFromPoints(PGconn *conn, const QList<qint64> &runIds, const QString &what,
                                 ScopeOverview &ov);

} // namespace regionmap
