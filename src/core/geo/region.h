#pragma once

#include <QString>

#include <optional>

namespace regionmap {

// Whether a region takes part in a run by default. Restricted regions exist but are closed to
// most accounts (AWS GovCloud and China, Azure's restricted-access regions); announced ones are
// not open yet. Only generally available regions are used unless the analyst asks for more.
enum class RegionStatus { Ga, Restricted, Announced };

// "ga", "restricted", "announced": the names the catalogs and the CLI use.
QString regionStatusName(RegionStatus status);
std::optional<RegionStatus> parseRegionStatus(const QString &name);

// A cloud region: its code ("us-east-1"), display name ("N. Virginia"), optional city, and
// the WGS84 coordinates used for the nearest-region search. A catalog may also say which cloud
// it belongs to, its country (ISO 3166 alpha-2), its status and where its point comes from.
struct Region
{
    QString code;
    QString name;
    QString city;
    double latitude = 0;
    double longitude = 0;
    QString provider; // "aws", "gcp", "azure", "oci", or empty for a catalog that does not say
    QString country; // "US", or empty
    RegionStatus status = RegionStatus::Ga;
    QString locationSource; // how the point was chosen (docs/catalog-format.md), or empty
};

} // namespace regionmap
