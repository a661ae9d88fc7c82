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
    // Rows of the regions that have fewer than the minimum count in this cell: merged, not named.
    qint64 otherRegionRows = 0;

    QString dominantRegion() const { return regions.isEmpty() ? QString() : regions.first().first; }
};

// Every non-empty cell of one grid, aggregated by PostgreSQL.
struct MapCells
{
    double cellDegrees = 0;
    QList<MapCell> cells;
    qint64 totalRows = 0; // in the cells shown
    qint64 maxRows = 0; // in one cell
    // Cells of fewer rows than the scope's minimum count are not among the cells
    // (docs/privacy.md): how many, and their rows.
    int minCount = 1;
    qint64 withheldCells = 0;
    qint64 withheldRows = 0;
};

// Rows that a run's source and its cross-check put in different regions, by the pair of places.
struct DisagreementPair
{
    double latitude = 0; // where the run's source locates them
    double longitude = 0;
    double altLatitude = 0; // where the second source does
    double altLongitude = 0;
    QString region; // the run's region
    QString altRegion; // the second opinion's
    qint64 rows = 0;
    double apartKm = 0; // between the two places
};

// The disagreements of a scope, the pairs with most rows first (at most a limit of them).
struct Disagreements
{
    QList<DisagreementPair> pairs;
    qint64 totalPairs = 0; // before the limit
    qint64 totalRows = 0;
};

} // namespace regionmap
