#include "pointencoder.h"

#include "db/copybuffer.h"
#include "geo/nearestregionfinder.h"

#include <cstring>

namespace regionmap {

namespace {
// Distances in km with six decimals: millimetres, far below any coordinate's precision.
constexpr int kDistanceDecimals = 6;

uint64_t bits(double v)
{
    uint64_t b;
    std::memcpy(&b, &v, sizeof b);
    return b;
}
} // namespace

PointEncoder::PointEncoder(NearestRegionFinder &finder, QList<QByteArray> codes,
                           QList<QByteArray> names, size_t cacheLimit)
    : m_finder(finder)
    , m_codes(std::move(codes))
    , m_names(std::move(names))
    , m_limit(cacheLimit)
{
    m_cache.reserve(m_limit);
}

void PointEncoder::appendNone(CopyBuffer &out)
{
    static const char kNone[] = "\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N";
    out.appendRaw(kNone, sizeof kNone - 1);
}

PointEncoder::Entry PointEncoder::encode(double latitude, double longitude) const
{
    CopyBuffer b;
    b.appendDouble(latitude);
    b.separator();
    b.appendDouble(longitude);
    b.separator();
    const NearestResult near = m_finder.findUncached(latitude, longitude);
    if (near.first >= 0) {
        b.appendText(m_codes.at(near.first));
        b.separator();
        b.appendText(m_names.at(near.first));
        b.separator();
        b.appendFixed(near.firstKm, kDistanceDecimals);
        b.separator();
        if (near.second >= 0) {
            b.appendText(m_codes.at(near.second));
            b.separator();
            b.appendFixed(near.secondKm, kDistanceDecimals);
        } else {
            b.appendNull();
            b.separator();
            b.appendNull();
        }
    } else {
        for (int i = 0; i < 4; ++i) {
            b.appendNull();
            b.separator();
        }
        b.appendNull();
    }
    return {QByteArray(b.data(), qsizetype(b.size())), near.first};
}

int PointEncoder::append(CopyBuffer &out, double latitude, double longitude)
{
    const Key key {bits(latitude), bits(longitude)};
    auto it = m_cache.find(key);
    if (it == m_cache.end()) {
        if (m_cache.size() >= m_limit)
            m_cache.clear();
        it = m_cache.emplace(key, encode(latitude, longitude)).first;
    }
    out.appendRaw(it->second.text);
    return it->second.first;
}

} // namespace regionmap
