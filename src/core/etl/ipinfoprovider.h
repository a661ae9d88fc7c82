#pragma once

#include "common/result.h"
#include "etl/etloptions.h"
#include "geo/ipinfosettings.h"

#include <QJsonObject>

#include <memory>

class QNetworkAccessManager;

namespace regionmap {

class Locator;

// The ipinfo.io settings of a run (base URL, token, parallel requests, retries, cache age).
IpinfoSettings ipinfoSettingsFor(const EtlOptions &options);

// The ipinfo.io locator for a run: its location cache uses the run's database (a connection of
// its own), its network access manager is `manager` or, when null, one of its own made in the
// calling thread. EtlJob calls this for GeoProviderKind::Ipinfo when no locator was set, in the
// thread that runs the job. Fails when the settings are unusable (e.g. a token in the URL).
Result<std::unique_ptr<Locator>> createIpinfoLocator(const EtlOptions &options,
                                                     QNetworkAccessManager *manager = nullptr);

// The ipinfo.io settings as etl_runs.settings records them: the URL (without user info or
// query), whether a token was used (never the token), parallel requests, retries, cache age.
QJsonObject ipinfoRunSettings(const EtlOptions &options);

} // namespace regionmap
