#include "resultstext.h"

#include <QLocale>

namespace regionmap {

QString ResultsText::statusLabel(const QString &status)
{
    if (status == QLatin1String("located"))
        return tr("Located");
    if (status == QLatin1String("invalid_ip"))
        return tr("Invalid IP address");
    if (status == QLatin1String("private_or_reserved"))
        return tr("Private or reserved");
    if (status == QLatin1String("not_found"))
        return tr("Not found");
    if (status == QLatin1String("lookup_failed"))
        return tr("Lookup failed");
    if (status == QLatin1String("country_only"))
        return tr("Country only");
    return status;
}

QString ResultsText::statusDescription(const QString &status)
{
    if (status == QLatin1String("located"))
        return tr("The address was located and assigned to its nearest region.");
    if (status == QLatin1String("invalid_ip"))
        return tr("The IP column does not hold a valid IPv4 or IPv6 address.");
    if (status == QLatin1String("private_or_reserved"))
        return tr("A private, loopback, documentation or other reserved address: it has no "
                  "place on the map and was not looked up.");
    if (status == QLatin1String("not_found"))
        return tr("The geolocation provider has no record for the address.");
    if (status == QLatin1String("lookup_failed"))
        return tr("The geolocation provider failed (network, quota or a damaged database).");
    if (status == QLatin1String("country_only"))
        return tr("The provider knows the country but no coordinates, so no region was "
                  "assigned.");
    return {};
}

QString ResultsText::count(qint64 n)
{
    return QLocale().toString(n);
}

QString ResultsText::share(double fraction)
{
    return tr("%1 %").arg(QLocale().toString(fraction * 100.0, 'f', 1));
}

QString ResultsText::km(std::optional<double> value, bool withUnit)
{
    if (!value)
        return QStringLiteral("—");
    const QString number = QLocale().toString(*value, 'f', 1);
    return withUnit ? tr("%1 km").arg(number) : number;
}

QString ResultsText::ms(std::optional<double> value, bool withUnit)
{
    if (!value)
        return QStringLiteral("—");
    const QString number = QLocale().toString(*value, 'f', 1);
    return withUnit ? tr("%1 ms").arg(number) : number;
}

QString ResultsText::rttSentence(const RttStats &rtt)
{
    if (rtt.rows <= 0)
        return {};
    QString text = tr("est. RTT: mean %1, 95th percentile %2; within 20 ms %3, 50 ms %4, "
                      "100 ms %5.")
                       .arg(ms(rtt.meanMs), ms(rtt.p95Ms), share(rtt.share(rtt.within20)),
                            share(rtt.share(rtt.within50)), share(rtt.share(rtt.within100)));
    if (rtt.measured > 0)
        text += QLatin1Char(' ')
                + tr("%1 of the rows have a measured round trip, the others the model's.")
                      .arg(count(rtt.measured));
    return text;
}

QString ResultsText::crossCheckSentence(const QString &source, qint64 same, qint64 different,
                                        qint64 notLocated)
{
    const qint64 checked = same + different + notLocated;
    if (checked <= 0)
        return {};
    return tr("Cross-check with %1: %2 in the same region, %3 in another (the Disagreements tab "
              "shows them), %4 not located by it.")
        .arg(source, share(double(same) / double(checked)), count(different), count(notLocated));
}

QString ResultsText::assignmentSentence(qint64 firm, qint64 uncertain)
{
    const qint64 judged = firm + uncertain;
    if (judged <= 0)
        return {};
    return tr("Assignments: %1 firm (%2), %3 uncertain: for those, the second-nearest region is "
              "within the location's uncertainty.")
        .arg(count(firm), share(double(firm) / double(judged)), count(uncertain));
}

} // namespace regionmap
