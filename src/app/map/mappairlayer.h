#pragma once

#include "maplayer.h"

#include "results/mapcells.h"
#include "results/regionpalette.h"
#include "results/scopeoverview.h"

#include <QList>

namespace regionmap {

// The cross-check's disagreements: each pair of places joined by a line, the run's location as a
// dot in its region's colour, the second opinion's as a ring in its region's. The highlighted pair
// (-1: none) is drawn on top, with dashed lines to both regions' sites.
class MapPairLayer : public MapLayer
{
    Q_OBJECT

public:
    using MapLayer::MapLayer;

    void setPairs(const QList<DisagreementPair> &pairs);
    // Where the regions are (for the highlighted pair's lines), and their colours.
    void setSites(const QList<RegionStat> &regions, const RegionPalette &palette);
    void clear();
    void setHighlightedPair(int index);
    const QList<DisagreementPair> &pairs() const { return m_pairs; }
    int highlightedPair() const { return m_highlighted; }

    void paint(QPainter &painter, const MapFrame &frame) const override;

private:
    void paintPair(QPainter &p, const MapFrame &frame, const DisagreementPair &pair,
                   bool highlighted) const;

    QList<DisagreementPair> m_pairs;
    QList<RegionStat> m_sites;
    RegionPalette m_palette;
    int m_highlighted = -1;
};

} // namespace regionmap
