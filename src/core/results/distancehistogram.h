#pragma once

#include <QList>

#include <optional>

namespace regionmap {

// Located rows by distance to their region: bin i holds [i * binWidthKm, (i + 1) * binWidthKm).
struct DistanceHistogram
{
    double binWidthKm = 0;
    QList<qint64> counts;
    QList<std::optional<double>> meanRttMs; // per bin: the rows' mean est. RTT, when they have one
    qint64 total = 0; // located rows with a distance
    double maxKm = 0;

    double binStart(int bin) const { return bin * binWidthKm; }
    double binEnd(int bin) const { return (bin + 1) * binWidthKm; }
};

// A "nice" bin width (1, 2, 2.5 or 5 times a power of ten) that splits [0, maxKm] into about
// targetBins bins.
double niceBinWidth(double maxKm, int targetBins);

} // namespace regionmap
