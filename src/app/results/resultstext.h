#pragma once

#include "geo/latencymodel.h"

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
    // "12.3 ms", or "—" when there is no value (docs/latency-model.md).
    static QString ms(std::optional<double> value, bool withUnit = true);
    // "est. RTT: mean 12.3 ms, 95th percentile 30.1 ms; 80 % within 20 ms, ..." for a scope,
    // or empty when no row has an est. RTT.
    static QString rttSentence(const RttStats &rtt);
    // "Assignments: 1,234 firm (82.1 %), 270 uncertain (the location's uncertainty exceeds the
    // margin to the second-nearest region)."
    static QString assignmentSentence(qint64 firm, qint64 uncertain);
    // "Cross-check with GeoLite2 City 2026-09-18: 74.9 % in the same region, 662 in another, 5
    // not located by it."
    static QString crossCheckSentence(const QString &source, qint64 same, qint64 different,
                                      qint64 notLocated);
};

} // namespace regionmap
