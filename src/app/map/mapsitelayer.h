#pragma once

#include "maplayer.h"

#include "results/regionpalette.h"
#include "results/scopeoverview.h"

#include <QList>

namespace regionmap {

// The regions' sites as diamonds: filled in the region's colour when it has rows, hollow when it
// has none (a catalog region nobody was assigned to, or a candidate not in a planner's set);
// labelled where the labels fit, the busiest first.
class MapSiteLayer : public MapLayer
{
    Q_OBJECT

public:
    using MapLayer::MapLayer;

    // The regions that are in the catalog (RegionStat::inCatalog), most rows first.
    void setSites(const QList<RegionStat> &regions, const RegionPalette &palette);
    void clear();
    const QList<RegionStat> &sites() const { return m_sites; }
    int siteCount() const { return int(m_sites.size()); }
    const RegionPalette &palette() const { return m_palette; }
    // The site whose marker is at this point; empty: none.
    QString siteAt(const MapFrame &frame, const QPointF &pos) const;

    void paint(QPainter &painter, const MapFrame &frame) const override;
    QString regionAt(const MapFrame &frame, const QPointF &pos) const override;
    QString toolTipAt(const MapFrame &frame, const QPointF &pos) const override;

private:
    QList<RegionStat> m_sites;
    RegionPalette m_palette;
};

} // namespace regionmap
