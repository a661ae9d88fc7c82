#include "etloptions.h"

#include "db/targetschema.h"
#include "geo/ipinfoclient.h"
#include "geo/regioncatalog.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace regionmap {

namespace {

struct EtlOptionsText
{
    Q_DECLARE_TR_FUNCTIONS(regionmap::EtlOptions)
};

} // namespace

QString geoProviderName(GeoProviderKind kind)
{
    return kind == GeoProviderKind::Ipinfo ? QStringLiteral("ipinfo") : QStringLiteral("offline");
}

QString defaultTableName(const QString &path)
{
    return sanitizeIdentifier(QFileInfo(path).completeBaseName(), 0);
}

QString optionName(EtlOption option)
{
    switch (option) {
    case EtlOption::Data:
        return QStringLiteral("data");
    case EtlOption::Catalog:
        return QStringLiteral("catalog");
    case EtlOption::RttRouteFactor:
        return QStringLiteral("rtt-route-factor");
    case EtlOption::RttOverhead:
        return QStringLiteral("rtt-overhead");
    case EtlOption::Table:
        return QStringLiteral("table");
    case EtlOption::Mode:
        return QStringLiteral("mode");
    case EtlOption::Key:
        return QStringLiteral("key");
    case EtlOption::GeoDatabase:
        return QStringLiteral("geodb");
    case EtlOption::IpinfoUrl:
        return QStringLiteral("ipinfo-url");
    case EtlOption::IpinfoParallel:
        return QStringLiteral("ipinfo-parallel");
    case EtlOption::IpinfoRetries:
        return QStringLiteral("ipinfo-retries");
    case EtlOption::IpinfoTimeout:
        return QStringLiteral("ipinfo-timeout");
    case EtlOption::CacheMaxAge:
        return QStringLiteral("cache-max-age");
    case EtlOption::ChunkRecords:
        return QStringLiteral("chunk-records");
    case EtlOption::CrossCheck:
        return QStringLiteral("cross-check");
    case EtlOption::Privacy:
        return QStringLiteral("privacy");
    case EtlOption::MinCount:
        return QStringLiteral("min-count");
    }
    return {};
}

QList<OptionProblem> EtlOptions::validate() const
{
    QList<OptionProblem> problems;
    const auto add = [&](QList<EtlOption> which, QString message) {
        problems.append({std::move(which), std::move(message)});
    };
    if (inputs.isEmpty())
        add({EtlOption::Data},
            EtlOptionsText::tr("No data file was given. Add at least one CSV file."));
    for (const QString &name : builtinCatalogs) {
        if (!RegionCatalog::builtinNames().contains(name))
            add({EtlOption::Catalog},
                EtlOptionsText::tr(
                    "There is no built-in region catalog \"%1\". The built-in catalogs are: %2.")
                    .arg(name, RegionCatalog::builtinNames().join(QStringLiteral(", "))));
    }
    if (builtinCatalogs.isEmpty() && catalogFile.isEmpty())
        add({EtlOption::Catalog},
            EtlOptionsText::tr("No region catalog was given. Choose a built-in catalog or a "
                               "catalog file."));
    if (const QString problem = latency.routeFactorProblem(); !problem.isEmpty())
        add({EtlOption::RttRouteFactor}, problem);
    if (const QString problem = latency.overheadProblem(); !problem.isEmpty())
        add({EtlOption::RttOverhead}, problem);
    if (mode == LoadMode::Upsert && keyColumn.isEmpty())
        add({EtlOption::Mode, EtlOption::Key},
            EtlOptionsText::tr(
                "The upsert mode needs a key column: name the column that identifies a row."));
    if (chunkRecords < 1)
        add({EtlOption::ChunkRecords},
            EtlOptionsText::tr("A chunk must hold at least one record."));
    if (crossCheckIpinfoSample < 0 || crossCheckIpinfoSample > kMaxCrossCheckSample)
        add({EtlOption::CrossCheck},
            EtlOptionsText::tr("The cross-check's sample is a number of rows from 1 to %1.")
                .arg(kMaxCrossCheckSample));
    if (crossCheckIpinfoSample > 0 && !crossCheckDatabase.isEmpty())
        add({EtlOption::CrossCheck},
            EtlOptionsText::tr("Cross-check with a second database or with an ipinfo.io "
                               "sample, not both."));
    // A dry run stores nothing, and needs no key (nor makes one).
    if (privacy == PrivacyMode::Hash && !dryRun && privacyKey.size() != AddressPrivacy::kKeyBytes)
        add({EtlOption::Privacy},
            EtlOptionsText::tr("The hash mode needs its key from the keychain, and none was "
                               "given. Unlock the keychain, or choose truncate or drop."));
    if (minCount < 0 || minCount > kMaxMinCount)
        add({EtlOption::MinCount},
            EtlOptionsText::tr("The minimum count is a number of rows from 1 to %1, not %2.")
                .arg(kMaxMinCount)
                .arg(minCount));
    if (provider != GeoProviderKind::Ipinfo && crossCheckIpinfoSample <= 0)
        return problems;

    IpinfoSettings s;
    s.baseUrl = ipinfoUrl;
    s.token = ipinfoToken;
    if (Status st = IpinfoClient::checkSettings(s); !st)
        add({EtlOption::IpinfoUrl}, st.error().message);
    if (ipinfoParallelRequests < 1 || ipinfoParallelRequests > IpinfoSettings::kMaxParallelRequests)
        add({EtlOption::IpinfoParallel},
            EtlOptionsText::tr(
                "The number of ipinfo.io requests in flight must be a number from 1 to %1, not %2.")
                .arg(IpinfoSettings::kMaxParallelRequests)
                .arg(ipinfoParallelRequests));
    if (ipinfoMaxRetries < 0)
        add({EtlOption::IpinfoRetries},
            EtlOptionsText::tr("The number of retries cannot be negative."));
    if (ipinfoTimeoutMs < 1 || ipinfoMaxBackoffMs < 1)
        add({EtlOption::IpinfoTimeout}, EtlOptionsText::tr("Timeouts and waits must be positive."));
    if (cacheMaxAgeDays < 0)
        add({EtlOption::CacheMaxAge},
            EtlOptionsText::tr("The age of usable cached answers is a number of days, 0 or more."));
    return problems;
}

Status EtlOptions::check() const
{
    const QList<OptionProblem> problems = validate();
    if (problems.isEmpty())
        return {};
    QStringList messages;
    for (const OptionProblem &p : problems)
        messages << p.message;
    return Error(ErrorKind::Options, messages.join(QLatin1Char(' ')));
}

} // namespace regionmap
