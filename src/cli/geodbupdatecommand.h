#pragma once

#include <QString>

namespace regionmap::cli {

class CliContext;

// `regionmap-cli geodb update [--url URL] [--json] [--quiet]`: downloads, checks and installs
// the current geo database (geo/geodbupdate.h); Ctrl-C cancels and leaves the installed file
// as it was.
// maxMind: GeoLite2 City from MaxMind's endpoint (unless urlTemplate says otherwise), with the
// account ID and licence key from GEOIPUPDATE_ACCOUNT_ID/GEOIPUPDATE_LICENSE_KEY or the keychain.
int runGeoDbUpdate(CliContext &ctx, const QString &urlTemplate, bool json, bool quiet,
                   bool maxMind = false);

// `regionmap-cli geodb rollback [--json]`: goes back to the database the last update replaced.
int runGeoDbRollback(CliContext &ctx, bool json);

} // namespace regionmap::cli
