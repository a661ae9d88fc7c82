#pragma once

#include "common/result.h"
#include "etl/etloptions.h"
#include "geo/ipinfosettings.h"

#include <QJsonObject>

namespace regionmap {

// The ipinfo.io settings of a run (base URL, token, parallel requests, retries, cache age), from
// options that EtlOptions::validate() accepted.
IpinfoSettings ipinfoSettingsFor(const EtlOptions &options);

// The ipinfo.io settings as etl_runs.settings records them: the URL (without user info or
// query), whether a token was used (never the token), parallel requests, retries, cache age.
QJsonObject ipinfoRunSettings(const EtlOptions &options);

} // namespace regionmap
