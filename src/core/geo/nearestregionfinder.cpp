#include "nearestregionfinder.h"

#include <GeographicLib/Geodesic.hpp>

#include <algorithm>
#include <cmath>
#include <cstring>

// The prefilter never changes the answer: the proof is in docs/nearest-region.md.

namespace regionmap {

namespace {

constexpr double MeanEarthRadiusMeters = 6371008.8; // the slack's unit only; any R would do
constexpr double Pi = 3.14159265358979323846;
constexpr double DegToRad = Pi / 180.0;

bool validPoint(double lat, double lon)
{
    return std::isfinite(lat) && std::isfinite(lon) && lat >= -90 && lat <= 90;
}

double geodesicMeters(double lat, double lon, const Region &r)
{
    double s12 = 0;
    GeographicLib::Geodesic::WGS84().Inverse(lat, lon, r.latitude, r.longitude, s12);
    return s12;
}

// Keeps the smallest and second-smallest (distance, index), the lower index winning ties.
// Indexes must arrive in increasing order.
struct TopTwo
{
    int first = -1;
    double firstMeters = 0;
    int second = -1;
    double secondMeters = 0;

    void offer(int index, double meters)
    {
        if (first < 0 || meters < firstMeters) {
            second = first;
            secondMeters = firstMeters;
            first = index;
            firstMeters = meters;
        } else if (second < 0 || meters < secondMeters) {
            second = index;
            secondMeters = meters;
        }
    }

    NearestResult result() const
    {
        NearestResult r;
        r.first = first;
        r.firstKm = first >= 0 ? firstMeters / 1000.0 : 0;
        r.second = second;
        r.secondKm = second >= 0 ? secondMeters / 1000.0 : 0;
        return r;
    }
};

void unitVector(double lat, double lon, double *v)
{
    const double phi = lat * DegToRad;
    const double lambda = lon * DegToRad;
    const double c = std::cos(phi);
    v[0] = c * std::cos(lambda);
    v[1] = c * std::sin(lambda);
    v[2] = std::sin(phi);
}

// The angle between two unit vectors, accurate also for tiny and near-antipodal angles.
double angleBetween(const double *p, const double *q)
{
    const double cx = p[1] * q[2] - p[2] * q[1];
    const double cy = p[2] * q[0] - p[0] * q[2];
    const double cz = p[0] * q[1] - p[1] * q[0];
    const double dot = p[0] * q[0] + p[1] * q[1] + p[2] * q[2];
    return std::atan2(std::sqrt(cx * cx + cy * cy + cz * cz), dot);
}

} // namespace

NearestRegionFinder::NearestRegionFinder(QVector<Region> regions)
    : m_regions(std::move(regions))
{
    m_unit.resize(size_t(m_regions.size()) * 3);
    for (qsizetype i = 0; i < m_regions.size(); ++i)
        unitVector(m_regions.at(i).latitude, m_regions.at(i).longitude, &m_unit[size_t(i) * 3]);
}

double NearestRegionFinder::geodesicKm(double lat1, double lon1, double lat2, double lon2)
{
    double s12 = 0;
    GeographicLib::Geodesic::WGS84().Inverse(lat1, lon1, lat2, lon2, s12);
    return s12 / 1000.0;
}

double NearestRegionFinder::lowerBoundKm(double lat, double lon, const Region &region)
{
    double p[3];
    double q[3];
    unitVector(lat, lon, p);
    unitVector(region.latitude, region.longitude, q);
    const GeographicLib::Geodesic &g = GeographicLib::Geodesic::WGS84();
    const double b = g.EquatorialRadius() * (1 - g.Flattening());
    const double shortestRadius = b * b / g.EquatorialRadius(); // M(0) = b²/a
    return std::max(0.0, (angleBetween(p, q) * shortestRadius - PrefilterSlackMeters) / 1000.0);
}

NearestResult NearestRegionFinder::bruteForce(const QVector<Region> &regions, double lat,
                                              double lon)
{
    if (!validPoint(lat, lon))
        return {};
    TopTwo top;
    for (int i = 0; i < regions.size(); ++i)
        top.offer(i, geodesicMeters(lat, lon, regions.at(i)));
    return top.result();
}

NearestResult NearestRegionFinder::findUncached(double lat, double lon) const
{
    const int n = int(m_regions.size());
    if (n <= 2 || !validPoint(lat, lon))
        return bruteForce(m_regions, lat, lon);

    double p[3];
    unitVector(lat, lon, p);

    // The two regions with the largest dot product (smallest spherical angle).
    int i1 = -1;
    int i2 = -1;
    double d1 = -2;
    double d2 = -2;
    const double *u = m_unit.data();
    for (int i = 0; i < n; ++i) {
        const double d = p[0] * u[3 * i] + p[1] * u[3 * i + 1] + p[2] * u[3 * i + 2];
        if (d > d1) {
            i2 = i1;
            d2 = d1;
            i1 = i;
            d1 = d;
        } else if (d > d2) {
            i2 = i;
            d2 = d;
        }
    }

    const double theta2 = angleBetween(p, u + 3 * i2);
    const double limit = theta2 * PrefilterFactor + PrefilterSlackMeters / MeanEarthRadiusMeters;
    TopTwo top;
    if (limit >= Pi) {
        for (int i = 0; i < n; ++i)
            top.offer(i, geodesicMeters(lat, lon, m_regions.at(i)));
        return top.result();
    }
    const double minDot = std::cos(limit);
    for (int i = 0; i < n; ++i) {
        const double d = p[0] * u[3 * i] + p[1] * u[3 * i + 1] + p[2] * u[3 * i + 2];
        if (d >= minDot || i == i1 || i == i2)
            top.offer(i, geodesicMeters(lat, lon, m_regions.at(i)));
    }
    return top.result();
}

NearestResult NearestRegionFinder::findNearest(double lat, double lon) const
{
    const int n = int(m_regions.size());
    if (n <= 1 || !validPoint(lat, lon)) {
        NearestResult r = bruteForce(m_regions, lat, lon);
        r.second = -1;
        r.secondKm = 0;
        return r;
    }
    double p[3];
    unitVector(lat, lon, p);
    // The region with the largest dot product (smallest spherical angle); the bound of
    // docs/nearest-region.md from it keeps every region that can be the nearest on the
    // ellipsoid.
    int i1 = -1;
    double d1 = -2;
    const double *u = m_unit.data();
    for (int i = 0; i < n; ++i) {
        const double d = p[0] * u[3 * i] + p[1] * u[3 * i + 1] + p[2] * u[3 * i + 2];
        if (d > d1) {
            i1 = i;
            d1 = d;
        }
    }
    const double theta1 = angleBetween(p, u + 3 * i1);
    const double limit = theta1 * PrefilterFactor + PrefilterSlackMeters / MeanEarthRadiusMeters;
    TopTwo top;
    const double minDot = limit >= Pi ? -2.0 : std::cos(limit);
    for (int i = 0; i < n; ++i) {
        const double d = p[0] * u[3 * i] + p[1] * u[3 * i + 1] + p[2] * u[3 * i + 2];
        if (d >= minDot || i == i1)
            top.offer(i, geodesicMeters(lat, lon, m_regions.at(i)));
    }
    NearestResult r = top.result();
    r.second = -1;
    r.secondKm = 0;
    return r;
}

NearestResult NearestRegionFinder::find(double lat, double lon)
{
    Key key;
    std::memcpy(&key.lat, &lat, sizeof lat);
    std::memcpy(&key.lon, &lon, sizeof lon);
    const auto it = m_cache.constFind(key);
    if (it != m_cache.constEnd()) {
        ++m_hits;
        return it.value();
    }
    ++m_misses;
    const NearestResult r = findUncached(lat, lon);
    if (m_cache.size() >= m_cacheLimit)
        m_cache.clear();
    m_cache.insert(key, r);
    return r;
}

} // namespace regionmap
