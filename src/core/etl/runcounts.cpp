#include "runcounts.h"

#include <algorithm>

namespace regionmap {

RunCounts::RunCounts(int regionCount)
    : m_regions(regionCount, 0)
{ }

void RunCounts::remove(GeoStatus status, int region, qint64 rows)
{
    m_statuses[size_t(status)] -= rows;
    if (region >= 0 && region < m_regions.size())
        m_regions[region] -= rows;
}

qint64 RunCounts::rows() const
{
    qint64 n = 0;
    for (const qint64 v : m_statuses)
        n += v;
    return n;
}

QMap<QString, qint64> RunCounts::statusCounts() const
{
    QMap<QString, qint64> out;
    for (size_t i = 0; i < kStatuses; ++i) {
        if (m_statuses[i] > 0)
            out.insert(geoStatusName(GeoStatus(i)), m_statuses[i]);
    }
    return out;
}

QList<RegionCount> RunCounts::regionCounts(const QList<QString> &codes,
                                           const QList<QString> &names) const
{
    QList<RegionCount> out;
    for (int i = 0; i < m_regions.size(); ++i) {
        if (m_regions.at(i) > 0)
            out.append({codes.value(i), names.value(i), m_regions.at(i)});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const RegionCount &a, const RegionCount &b) { return a.rows > b.rows; });
    return out;
}

} // namespace regionmap
