#include "ipinfocostestimate.h"

#include "common/feedback.h"
#include "csv/csvchunk.h"
#include "csv/csvreader.h"
#include "csv/csvsniffer.h"
#include "db/locationcache.h"
#include "etl/ipinfoprovider.h"
#include "etl/rowpipeline.h"
#include "geo/ipaddress.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <vector>

namespace regionmap {

namespace {

// This file's texts, under one translation context that lupdate can see.
struct IpinfoCostEstimateText
{
    Q_DECLARE_TR_FUNCTIONS(regionmap::IpinfoCostEstimate)
};

} // namespace

QJsonObject IpinfoCostEstimate::toJson() const
{
    return QJsonObject {
        {QStringLiteral("rows"), double(rows)},
        {QStringLiteral("invalid_rows"), double(invalidRows)},
        {QStringLiteral("distinct_addresses"), double(distinctAddresses)},
        {QStringLiteral("private_or_reserved"), double(privateOrReserved)},
        {QStringLiteral("cached"), double(cached)},
        {QStringLiteral("to_send"), double(toSend)},
        {QStringLiteral("requests"), double(requests)},
        {QStringLiteral("authenticated"), authenticated},
        {QStringLiteral("batch_size"), authenticated ? batchSize : 1},
        {QStringLiteral("cache_max_age_days"), cacheMaxAgeDays},
    };
}

QStringList IpinfoCostEstimate::describe() const
{
    const QLocale locale;
    const auto num = [&](qint64 v) {
        return locale.toString(v);
    };
    QStringList lines;
    lines << IpinfoCostEstimateText::tr(
                 "%1 rows, %2 distinct addresses: %3 private or reserved (never sent), %4 in the "
                 "cache (younger than %5 days), %6 to send.")
                 .arg(num(rows), num(distinctAddresses), num(privateOrReserved), num(cached))
                 .arg(cacheMaxAgeDays)
                 .arg(num(toSend));
    if (invalidRows > 0)
        lines << IpinfoCostEstimateText::tr(
                     "%1 rows hold no valid IP address and are not looked up.")
                     .arg(num(invalidRows));
    if (authenticated) {
        lines << IpinfoCostEstimateText::tr(
                     "ipinfo.io: %Ln batch request(s) of up to %1 addresses.", nullptr,
                     int(requests))
                     .arg(num(batchSize));
    } else {
        lines << IpinfoCostEstimateText::tr(
            "ipinfo.io without a token: %Ln request(s), one per address. The "
            "unauthenticated endpoint allows only about 1,000 "
            "requests a day per IP address.",
            nullptr, int(requests));
        if (requests > 1000)
            lines << IpinfoCostEstimateText::tr(
                "That is more than a day's allowance: store a token "
                "(regionmap-cli secrets set ipinfo-token) or expect the run to stop when "
                "the limit is reached; the answers received until then are kept.");
    }
    return lines;
}

Result<IpinfoCostEstimate> estimateIpinfoCost(const EtlOptions &options, QSqlDatabase &db,
                                              Feedback *feedback)
{
    const IpinfoSettings settings = ipinfoSettingsFor(options);
    IpinfoCostEstimate e;
    e.authenticated = !settings.token.isEmpty();
    e.batchSize = settings.batchSize;
    e.cacheMaxAgeDays = settings.cacheMaxAgeDays;

    if (options.inputs.isEmpty())
        return Error(
            IpinfoCostEstimateText::tr("No data file was given. Add at least one CSV file."));
    QList<SniffResult> sniffs;
    qint64 bytesTotal = 0;
    for (const InputFile &input : options.inputs) {
        Result<SniffResult> sniff = CsvSniffer::sniff(input.path, input.overrides);
        if (!sniff)
            return sniff.error();
        if (sniff->ipColumn < 0)
            return Error(
                IpinfoCostEstimateText::tr(
                    "No column of %1 holds IP addresses (columns: %2). Choose the IP column "
                    "by its name.")
                    .arg(input.path, sniff->columnNames.join(QStringLiteral(", "))));
        bytesTotal += sniff->fileSize;
        sniffs << sniff.value();
    }

    const Result<bool> cacheExists = LocationCache::exists(db);
    if (!cacheExists)
        return cacheExists.error();
    // A run that does not keep its addresses neither reads nor writes the cache
    // (docs/privacy.md): nothing it would send is cached, and no address goes to the database.
    const bool readCache = cacheExists.value() && settings.cacheMaxAgeDays > 0
                           && options.privacy == PrivacyMode::Keep;

    if (feedback)
        feedback->start(bytesTotal, {{QStringLiteral("read"),
                                      RowPipeline::progressStages().constFirst().label}});
    QSet<IpAddress> seen; // the file's distinct addresses
    QSet<IpAddress> sent; // the distinct addresses a run would ask for
    std::vector<IpAddress> fresh;
    CsvChunk chunk;
    qint64 bytesBefore = 0;
    const qint64 perRequest = e.authenticated ? qMax(1, settings.batchSize) : 1;
    for (int f = 0; f < options.inputs.size(); ++f) {
        const SniffResult &sniff = sniffs.at(f);
        CsvReader reader(sniff.dialect);
        if (Status st = reader.open(options.inputs.at(f).path); !st)
            return st.error();
        reader.setExpectedFieldCount(int(sniff.columnNames.size()));
        while (reader.readChunk(chunk, options.chunkRecords)) {
            if (feedback && feedback->isCanceled())
                return Error(IpinfoCostEstimateText::tr("The estimate was cancelled."));
            // As the run does: the new global addresses of each chunk go to the cache, then the
            // rest to ipinfo.io.
            fresh.clear();
            for (int r = 0; r < chunk.rowCount(); ++r) {
                ++e.rows;
                IpAddress ip;
                if (!IpAddress::parse(chunk.field(r, sniff.ipColumn), &ip)
                    || ip.classify() == IpClass::Invalid) {
                    ++e.invalidRows;
                    continue;
                }
                if (seen.contains(ip))
                    continue;
                seen.insert(ip);
                ++e.distinctAddresses;
                if (ip.classify() == IpClass::PrivateOrReserved) {
                    ++e.privateOrReserved;
                } else if (const IpAddress asked = ip.lookupAddress(); !sent.contains(asked)) {
                    // What the run sends: a NAT64 or 6to4 address as its IPv4 address, once.
                    sent.insert(asked);
                    fresh.push_back(asked);
                }
            }
            qint64 cachedHere = 0;
            if (readCache && !fresh.empty()) {
                const Status st = LocationCache::lookup(
                    db, QStringLiteral("ipinfo"), fresh, settings.cacheMaxAgeDays,
                    [&cachedHere](const IpAddress &, const Location &) { ++cachedHere; });
                if (!st)
                    return st.error();
            }
            const qint64 send = qint64(fresh.size()) - cachedHere;
            e.cached += cachedHere;
            e.toSend += send;
            e.requests += (send + perRequest - 1) / perRequest;
            if (feedback) {
                feedback->setBytesRead(bytesBefore + reader.bytesRead());
                feedback->addStageRows(0, chunk.recordCount());
            }
        }
        if (reader.hasError())
            return reader.error();
        bytesBefore += sniff.fileSize;
    }
    if (feedback)
        feedback->flush();
    return e;
}

} // namespace regionmap
