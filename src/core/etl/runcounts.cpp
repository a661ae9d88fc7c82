#include "runcounts.h"

#include <algorithm>
#include <cmath>

namespace regionmap {

namespace {

// The largest est. RTT the histogram keeps apart; MeasuredLatencies and LatencyModel keep the
// values below it, so no row is ever clamped in practice.
constexpr qint64 kMaxTenths = qint64(MeasuredLatencies::kMaxRttMs * 10);

// The value at 0-based rank k of the rows the bins hold, in ms.
double valueAtRank(const std::vector<qint64> &bins, qint64 k)
{
    qint64 seen = 0;
    for (size_t t = 0; t < bins.size(); ++t) {
        seen += bins[t];
        if (seen > k)
            return double(t) / 10.0;
    }
    return double(bins.size() - 1) / 10.0;
}

} // namespace

RunCounts::RunCounts(int regionCount)
    : m_regions(size_t(std::max(regionCount, 0)))
{ }

void RunCounts::tally(const Assigned &a, qint64 rows)
{
    if (a.region < 0 || size_t(a.region) >= m_regions.size())
        return;
    RegionTally &t = m_regions[size_t(a.region)];
    t.rows += rows;
    t.sumKm += a.km * double(rows);
    if (a.measured)
        t.measured += rows;
    if (a.uncertain)
        t.uncertain += rows;
    switch (a.agreement) {
    case Agreement::SameRegion:
        t.same += rows;
        break;
    case Agreement::DifferentRegion:
        t.different += rows;
        break;
    case Agreement::NotLocated:
        t.notLocated += rows;
        break;
    case Agreement::None:
        break;
    }
    const size_t bin = size_t(std::clamp<qint64>(a.rttTenths, 0, kMaxTenths));
    if (bin >= t.rttBins.size())
        t.rttBins.resize(bin + 1, 0);
    t.rttBins[bin] += rows;
}

void RunCounts::remove(GeoStatus status, qint64 rows, const Assigned &a)
{
    m_statuses[size_t(status)] -= rows;
    tally(a, -rows);
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

RttStats RunCounts::statsOf(const std::vector<qint64> &bins, qint64 measured)
{
    RttStats s;
    s.measured = measured;
    qint64 sumTenths = 0;
    for (size_t t = 0; t < bins.size(); ++t) {
        const qint64 n = bins[t];
        s.rows += n;
        sumTenths += qint64(t) * n;
        if (t <= 200)
            s.within20 += n;
        if (t <= 500)
            s.within50 += n;
        if (t <= 1000)
            s.within100 += n;
    }
    if (s.rows <= 0)
        return RttStats {};
    s.meanMs = double(sumTenths) / 10.0 / double(s.rows);
    // percentile_cont(0.95): between the values at ranks floor(p) and floor(p) + 1.
    const double position = 0.95 * double(s.rows - 1);
    const qint64 low = qint64(std::floor(position));
    const double lowValue = valueAtRank(bins, low);
    const double highValue = low + 1 < s.rows ? valueAtRank(bins, low + 1) : lowValue;
    s.p95Ms = lowValue + (position - double(low)) * (highValue - lowValue);
    return s;
}

QList<RegionCount> RunCounts::regionCounts(const QList<QString> &codes, const QList<QString> &names,
                                           const QList<QString> &providers) const
{
    QList<RegionCount> out;
    for (size_t i = 0; i < m_regions.size(); ++i) {
        const RegionTally &t = m_regions[i];
        if (t.rows <= 0)
            continue;
        RegionCount r;
        r.code = codes.value(qsizetype(i));
        r.name = names.value(qsizetype(i));
        r.provider = providers.value(qsizetype(i));
        r.rows = t.rows;
        r.uncertain = t.uncertain;
        r.crossSame = t.same;
        r.crossDifferent = t.different;
        r.crossNotLocated = t.notLocated;
        r.meanKm = t.sumKm / double(t.rows);
        r.rtt = statsOf(t.rttBins, t.measured);
        out.append(r);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const RegionCount &a, const RegionCount &b) { return a.rows > b.rows; });
    return out;
}

RttStats RunCounts::rttStats() const
{
    std::vector<qint64> all;
    qint64 measured = 0;
    for (const RegionTally &t : m_regions) {
        if (t.rttBins.size() > all.size())
            all.resize(t.rttBins.size(), 0);
        for (size_t b = 0; b < t.rttBins.size(); ++b)
            all[b] += t.rttBins[b];
        measured += t.measured;
    }
    return statsOf(all, measured);
}

} // namespace regionmap
