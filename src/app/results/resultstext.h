#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace regionmap {

// How the results views spell statuses and numbers, in one place (the locale's separators).
class ResultsText
{
    Q_DECLARE_TR_FUNCTIONS(ResultsText)

public:
    // "Located", "Invalid IP address", ... for a geo_status value; the value itself if unknown.
    static QString statusLabel(const QString &status);
    // A sentence on what the status means, for tooltips.
    static QString statusDescription(const QString &status);
    // "1,234" in the current locale.
    static QString count(qint64 n);
    // "12.3 %" for 0.123.
    static QString share(double fraction);
    // "1,234.5 km"; an em dash for nothing.
    static QString km(std::optional<double> value, bool withUnit = true);
};

} // namespace regionmap
