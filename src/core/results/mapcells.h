#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace regionmap {

// Located rows in one grid cell of the world map (cellDegrees square, equirectangular).
struct MapCell
{
    int column = 0; // floor(longitude / cellDegrees)
    int row = 0; // floor(latitude / cellDegrees)
    double latitude = 0; // the mean position of the rows in the cell
    double longitude = 0;
    qint64 rows = 0;
    qint64 uncertainRows = 0; // whose assignment is uncertain (docs/geolocation-accuracy.md)
    QList<QPair<QString, qint64>> regions; // region code -> rows, most first

    QString dominantRegion() const { return regions.isEmpty() ? QString() : regions.first().first; }
};

// Every non-empty cell of one grid, aggregated by PostgreSQL.
struct MapCells
{
    double cellDegrees = 0;
    QList<MapCell> cells;
    qint64 totalRows = 0;
    qint64 maxRows = 0; // in one cell
};

} // namespace regionmap
