#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace regionmap {

// The credit that must be visible wherever located results are shown, from the geo_source values
// of the rows in view: DB-IP Lite (CC BY 4.0 requires it), MaxMind GeoLite2 (its licence requires
// it) and ipinfo.io.
class GeoAttribution
{
    Q_DECLARE_TR_FUNCTIONS(GeoAttribution)

public:
    // Rich text with links, for a QLabel (one sentence per source); empty when nothing needs
    // credit.
    static QString html(const QStringList &geoSources);
    // The same as plain text with the addresses spelled out, for images and CSV files.
    static QString plainText(const QStringList &geoSources);

private:
    struct Credit
    {
        QString text;
        QString url;
    };
    static QList<Credit> credits(const QStringList &geoSources);
};

} // namespace regionmap
