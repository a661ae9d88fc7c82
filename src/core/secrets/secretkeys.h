#pragma once

#include <QString>

namespace regionmap {

struct ConnectionSettings;

// The names under which RegionMap keeps its secrets in the keychain. QtKeychain ignores the
// service name on Windows (credentials are global there), so every key also carries the
// "regionmap/" prefix.
namespace secretkeys {

// The keychain service name: "regionmap".
QString service();

// "regionmap/db/<user>@<host>:<port>/<database>", after ConnectionSettings::displayName().
QString databasePassword(const ConnectionSettings &settings);

// "regionmap/ipinfo/token".
QString ipinfoToken();

// "regionmap/privacy/hmac-key": the hash privacy mode's key, base64 (docs/privacy.md).
QString privacyKey();

// "regionmap/maxmind/licence": "ACCOUNT_ID:LICENCE_KEY", for MaxMind's GeoLite2 downloads.
QString maxMindLicence();

// "regionmap/probe": written, read back and removed by the availability probe.
QString probe();

// True for the keys databasePassword() makes.
bool isDatabasePassword(const QString &key);

// "<user>@<host>:<port>/<database>" for a database password key; empty for other keys.
QString databaseOf(const QString &key);

// For messages: "the database password for ana@db:5432/sales", "the ipinfo.io token".
QString describe(const QString &key);

} // namespace secretkeys
} // namespace regionmap
