#include "regionpalette.h"

#include "geo/regioncatalog.h"

#include <cmath>

namespace regionmap {

namespace {

// Tableau 10 without its grey, and six more mid-tones from Tableau 20: distinct hues, none too
// light for a white background nor too dark for a black one.
constexpr QRgb kPalette[RegionPalette::kSize] = {
    0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f, 0xedc948, 0xb07aa1, 0xff9da7,
    0x9c755f, 0x499894, 0xd37295, 0xb6992d, 0xa0cbe8, 0x8cd17d, 0xffbe7d, 0x86bcb6,
};

} // namespace

RegionPalette RegionPalette::fromIndexes(const QHash<QString, int> &indexes)
{
    RegionPalette p;
    p.m_indexes = indexes;
    return p;
}

QColor RegionPalette::color(const QString &regionCode) const
{
    const auto it = m_indexes.constFind(regionCode);
    return qualitative(it == m_indexes.cend() ? stableIndex(regionCode) : it.value());
}

int RegionPalette::stableIndex(const QString &regionCode)
{
    // Read once: the built-in catalogs are resources, the same in every run of this version.
    static const QHash<QString, int> catalogPlaces = [] {
        QHash<QString, int> places;
        for (const QString &name : RegionCatalog::builtinNames()) {
            const Result<RegionCatalog> catalog = RegionCatalog::builtin(name);
            if (!catalog)
                continue;
            const QVector<Region> &regions = catalog->regions();
            for (int i = 0; i < regions.size(); ++i) {
                if (!places.contains(regions.at(i).code))
                    places.insert(regions.at(i).code, i);
            }
        }
        return places;
    }();
    const auto it = catalogPlaces.constFind(regionCode);
    if (it != catalogPlaces.cend())
        return it.value();
    // FNV-1a over the code's UTF-8: the same number in every process (qHash is seeded).
    quint32 h = 2166136261u;
    for (const char c : regionCode.toUtf8()) {
        h ^= quint8(c);
        h *= 16777619u;
    }
    return int(h % quint32(2 * kSize));
}

QColor RegionPalette::qualitative(int i)
{
    const QColor base = QColor::fromRgb(kPalette[i % kSize]);
    const int round = i / kSize;
    if (round == 0)
        return base;
    // Later rounds: the same colours turned on the hue wheel, a little darker.
    float h = 0;
    float s = 0;
    float v = 0;
    base.getHsvF(&h, &s, &v);
    h = std::fmod(h + 0.08f * float(round), 1.0f);
    return QColor::fromHsvF(h, s, qMax(0.45f, v - 0.12f * float(round)));
}

QColor RegionPalette::otherColor()
{
    return QColor::fromRgb(0x9d9d9d);
}

QColor RegionPalette::statusColor(const QString &status)
{
    if (status == QLatin1String("located"))
        return QColor::fromRgb(0x59a14f);
    if (status == QLatin1String("country_only"))
        return QColor::fromRgb(0xedc948);
    if (status == QLatin1String("not_found"))
        return QColor::fromRgb(0xf28e2b);
    if (status == QLatin1String("lookup_failed"))
        return QColor::fromRgb(0xe15759);
    if (status == QLatin1String("private_or_reserved"))
        return QColor::fromRgb(0x4e79a7);
    if (status == QLatin1String("invalid_ip"))
        return QColor::fromRgb(0xb07aa1);
    return otherColor();
}

} // namespace regionmap
