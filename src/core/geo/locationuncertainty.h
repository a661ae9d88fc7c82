#pragma once

#include "geo/location.h"

#include <QLatin1String>
#include <QString>

#include <optional>

namespace regionmap {

// How far an address may be from where its source puts it, in km, and whether its nearest region
// holds within that distance. docs/geolocation-accuracy.md gives the defaults and their sources.
class LocationUncertainty
{
public:
    // A source without an accuracy radius (DB-IP Lite, ipinfo): a row located to a city.
    static constexpr double kCityDefaultKm = 200;
    // The same for coordinates without a city (a region's or a country's centre).
    static constexpr double kNoCityDefaultKm = 1000;

    // The row's uncertainty: the database's accuracy radius where it has one, else the default
    // for a row with or without a city. Only for located rows.
    static double km(const Location &location)
    {
        if (location.accuracyKm >= 0)
            return double(location.accuracyKm);
        return location.city.isEmpty() ? kNoCityDefaultKm : kCityDefaultKm;
    }

    // Firm when the margin to the second-nearest region exceeds the uncertainty; with no second
    // region (a catalog of one) nothing can take the row, so it is firm too.
    static bool isFirm(double nearestKm, std::optional<double> secondKm, double uncertaintyKm)
    {
        return !secondKm || *secondKm - nearestKm > uncertaintyKm;
    }

    // The stored values of the assignment column.
    static QLatin1String firmName() { return QLatin1String("firm"); }
    static QLatin1String uncertainName() { return QLatin1String("uncertain"); }
};

} // namespace regionmap
