#pragma once

#include "sessionpanel.h"

#include <QWidget>

class QLabel;

namespace regionmap {

class MapCellLayer;
class MapSiteLayer;
class WorldMapWidget;

// The results page's Map tab: the scope's located rows as grid cells that PostgreSQL aggregates
// (a finer grid as the map zooms in), the catalog's region sites, zoom buttons and the
// "hatch uncertain" switch. A click on a cell or a site emits regionClicked.
class MapPanel : public QWidget, public SessionPanel
{
    Q_OBJECT

public:
    explicit MapPanel(QWidget *parent = nullptr);
    void bind(ResultsSession *session) override;

    WorldMapWidget *map() const { return m_map; }
    MapCellLayer *cellLayer() const { return m_cells; }
    MapSiteLayer *siteLayer() const { return m_sites; }

signals:
    void regionClicked(const QString &regionCode);

private:
    void clear(const QString &message);
    void requestCells();

    ResultsSession *m_session = nullptr;
    WorldMapWidget *m_map;
    MapCellLayer *m_cells;
    MapSiteLayer *m_sites;
    QLabel *m_withheld; // the cells the minimum count keeps off the map
    double m_requestedDegrees = 0; // the grid asked for last (0: none)
};

} // namespace regionmap
