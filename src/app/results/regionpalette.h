#pragma once

#include <QColor>
#include <QHash>
#include <QString>
#include <QStringList>

namespace regionmap {

// Region colours shared by the summary, the charts and the map: a fixed qualitative palette of
// mid-tone colours that read on light and dark backgrounds alike. Each region keeps its colour
// wherever it is shown, run after run and table after table: a region of a built-in catalog takes
// the colour of its place in that catalog (neighbours in a catalog, often neighbours on the map,
// differ), any other region one derived from its code. Rows without a region are grey, a colour
// no region gets.
class RegionPalette
{
public:
    // Every region in its own stable colour.
    RegionPalette() = default;
    // Regions with a colour index each (qualitative(index)), for colours by group (a provider);
    // regions not named take their own stable colour.
    static RegionPalette fromIndexes(const QHash<QString, int> &indexes);

    QColor color(const QString &regionCode) const;
    // The index into qualitative() a region's own colour has: its place in its built-in catalog,
    // else a hash of its code.
    static int stableIndex(const QString &regionCode);

    // The fixed palette's colour i (wraps after kSize: beyond it, colours are derived by rotating
    // the hue, a little darker).
    static QColor qualitative(int i);
    static constexpr int kSize = 16;
    // For "other regions" and anything without a region.
    static QColor otherColor();
    // A colour per geo_status, also readable on both backgrounds.
    static QColor statusColor(const QString &status);

private:
    QHash<QString, int> m_indexes;
};

} // namespace regionmap
