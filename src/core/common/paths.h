#pragma once

#include <QString>
#include <QStringList>

namespace regionmap::paths {

// Where RegionMap keeps its own data (the managed database among it): $XDG_DATA_HOME/regionmap
// on Linux, the platform's equivalent elsewhere.
QString dataRoot();

// Folders searched for the offline geo database, in order: $REGIONMAP_GEODB_DIR, the install
// prefix's share/regionmap next to the executable, /usr/share/regionmap, and the source
// checkout's data/geo (filled by scripts/setup) for a development build.
QStringList geoDatabaseDirs();

// The database `regionmap-cli geodb update` (or the app's Update now) installed:
// dataRoot()/geo/city.mmdb. It holds IPv4 and IPv6.
QString installedGeoDatabase();

// The database a run uses when none is chosen: the IPv4 (or IPv6) file in $REGIONMAP_GEODB_DIR
// when that is set; else the installed update (for both: the IPv6 answer is then empty); else
// the first IPv4 (or IPv6) file found in the other geoDatabaseDirs(). Empty when there is none.
QString defaultGeoDatabase(bool ipv6 = false);

// The sample people CSV and its folder: next to the executable when installed, else the source
// checkout's resources/samples.
QString sampleDataDir();
QString samplePeopleCsv();

} // namespace regionmap::paths
