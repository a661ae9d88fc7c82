#include "locatestage.h"

#include "etl/rowbatch.h"
#include "geo/locator.h"

#include <algorithm>

namespace regionmap {

void LocateStage::setSample(double probability, qint64 limit)
{
    m_probability = std::clamp(probability, 0.0, 1.0);
    m_limit = limit;
}

bool LocateStage::sampled(const IpAddress &ip) const
{
    if (m_limit >= 0 && m_sampled >= m_limit)
        return false;
    if (m_probability >= 1.0)
        return true;
    // splitmix64 over the address's bytes: a fixed, well-spread choice per address.
    char text[IpAddress::MaxTextLength];
    const int n = ip.format(text);
    quint64 h = 0x9E3779B97F4A7C15ull;
    for (int i = 0; i < n; ++i) {
        h ^= quint64(uchar(text[i]));
        h += 0x9E3779B97F4A7C15ull;
        h = (h ^ (h >> 30)) * 0xBF58476D1CE4E5B9ull;
        h = (h ^ (h >> 27)) * 0x94D049BB133111EBull;
        h ^= h >> 31;
    }
    return double(h >> 11) * (1.0 / 9007199254740992.0) < m_probability;
}

Status LocateStage::processSecond(RowBatch &batch)
{
    batch.altLocations.assign(batch.lookups.size(), Location());
    batch.altAsked.assign(batch.lookups.size(), 0);
    std::vector<IpAddress> asked;
    std::vector<size_t> at; // the lookup each asked address answers
    for (size_t i = 0; i < batch.lookups.size(); ++i) {
        if (!sampled(batch.lookups[i]))
            continue;
        batch.altAsked[i] = 1;
        asked.push_back(batch.lookups[i]);
        at.push_back(i);
        ++m_sampled;
    }
    if (asked.empty())
        return {};
    std::vector<Location> answers;
    if (Status st = m_locator.locate(asked, answers); !st)
        return st.error().orKind(ErrorKind::Geolocation);
    if (answers.size() != asked.size()) {
        return Error(ErrorKind::Geolocation,
                     tr("The cross-check's geolocation provider answered %1 of %2 addresses.")
                         .arg(answers.size())
                         .arg(asked.size()));
    }
    for (size_t k = 0; k < at.size(); ++k)
        batch.altLocations[at[k]] = std::move(answers[k]);
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
        batch.lookups.push_back(row.ip.lookupAddress()); // a NAT64 or 6to4 address: its IPv4
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
