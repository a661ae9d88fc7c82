#include "locatestage.h"

#include "etl/rowbatch.h"
#include "geo/locator.h"

namespace regionmap {

Status LocateStage::processSecond(RowBatch &batch)
{
    batch.altLocations.clear();
    if (batch.lookups.empty())
        return {};
    if (Status st = m_locator.locate(batch.lookups, batch.altLocations); !st)
        return st.error().orKind(ErrorKind::Geolocation);
    if (batch.altLocations.size() != batch.lookups.size()) {
        return Error(ErrorKind::Geolocation,
                     tr("The cross-check's geolocation provider answered %1 of %2 addresses.")
                         .arg(batch.altLocations.size())
                         .arg(batch.lookups.size()));
    }
    return {};
}

Status LocateStage::process(RowBatch &batch)
{
    if (m_kind == Kind::SecondOpinion)
        return processSecond(batch);
    batch.lookups.clear();
    batch.locations.clear();
    for (RowState &row : batch.rows) {
        if (row.rejected || !row.global)
            continue;
        row.lookup = int(batch.lookups.size());
        batch.lookups.push_back(row.ip);
    }
    if (batch.lookups.empty())
        return {};
    if (Status st = m_locator.locate(batch.lookups, batch.locations); !st)
        return st.error().orKind(ErrorKind::Geolocation);
    if (batch.locations.size() != batch.lookups.size()) {
        return Error(ErrorKind::Geolocation,
                     tr("The geolocation provider answered %1 of %2 addresses.")
                         .arg(batch.locations.size())
                         .arg(batch.lookups.size()));
    }
    for (RowState &row : batch.rows) {
        if (row.lookup >= 0)
            row.status = batch.locations[size_t(row.lookup)].status;
    }
    return {};
}

} // namespace regionmap
