#pragma once

#include <QColor>
#include <QHash>
#include <QString>
#include <QStringList>

namespace regionmap {

// Region colours shared by the summary, the charts and the map: a fixed qualitative palette of
// mid-tone colours that read on light and dark backgrounds alike, handed out by rank (the region
// with the most rows gets the first colour), so the biggest regions are always told apart.
class RegionPalette
{
public:
    RegionPalette() = default;
    // Regions in rank order (most rows first).
    explicit RegionPalette(const QStringList &regionsByRank);
    // Regions with a colour index each (qualitative(index)), for colours by group (a provider).
    static RegionPalette fromIndexes(const QHash<QString, int> &indexes);

    QColor color(const QString &regionCode) const;
    bool contains(const QString &regionCode) const { return m_rank.contains(regionCode); }

    // The fixed palette's colour i (wraps after kSize: beyond it, colours are derived by rotating
    // the hue, a little darker).
    static QColor qualitative(int i);
    static constexpr int kSize = 16;
    // For "other regions" and anything without a region.
    static QColor otherColor();
    // A colour per geo_status, also readable on both backgrounds.
    static QColor statusColor(const QString &status);

private:
    QHash<QString, int> m_rank;
};

} // namespace regionmap
