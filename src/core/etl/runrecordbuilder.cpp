#include "runrecordbuilder.h"

#include "common/filehash.h"
#include "etl/inputset.h"
#include "etl/ipinfoprovider.h"
#include "geo/geosource.h"
#include "geo/regioncatalog.h"

#include <QFileInfo>
#include <QJsonObject>

namespace regionmap {

namespace {

QJsonObject dialectJson(const PreparedInput &p)
{
    return QJsonObject {
        {QStringLiteral("delimiter"), QString(QLatin1Char(p.sniff.dialect.delimiter))},
        {QStringLiteral("header"), p.sniff.dialect.hasHeader},
        {QStringLiteral("encoding"), p.sniff.dialect.encoding == TextEncoding::Latin1
                                         ? QStringLiteral("latin1")
                                         : QStringLiteral("utf8")},
        {QStringLiteral("ip_column"), p.sniff.columnNames.value(p.sniff.ipColumn)}};
}

// The est. RTT model's constants and the measured table, when there is one.
QJsonObject latencySettings(const EtlOptions &options)
{
    QJsonObject o {{QStringLiteral("route_factor"), options.latency.routeFactor},
                   {QStringLiteral("overhead_ms"), options.latency.overheadMs}};
    if (!options.latencyFile.isEmpty())
        o.insert(QStringLiteral("measured_file"),
                 QFileInfo(options.latencyFile).absoluteFilePath());
    return o;
}

} // namespace

RunStart RunRecordBuilder::start(const EtlOptions &options, const InputSet &inputs,
                                 const RegionCatalog &catalog, const GeoSource &source,
                                 const QString &table, const QString &keyColumn,
                                 const GeoSource *crossCheck)
{
    RunStart start;
    start.table = table;
    start.mode = options.mode;
    start.keyColumn = keyColumn;
    QJsonArray dialects;
    for (const PreparedInput &p : inputs.files()) {
        start.sourceFiles.append(
            QJsonObject {{QStringLiteral("path"), QFileInfo(p.input.path).absoluteFilePath()}});
        dialects.append(dialectJson(p));
    }
    start.catalogName = catalog.name();
    start.catalogSha256 = QString::fromLatin1(catalog.sha256());
    start.provider = source.provider;
    start.geoDatabase = source.description;
    start.settings = QJsonObject {{QStringLiteral("mode"), loadModeName(options.mode)},
                                  {QStringLiteral("inputs"), dialects},
                                  {QStringLiteral("chunk_records"), options.chunkRecords},
                                  {QStringLiteral("include_restricted"), options.includeRestricted},
                                  {QStringLiteral("include_announced"), options.includeAnnounced},
                                  {QStringLiteral("geo_source"), source.id},
                                  {QStringLiteral("est_rtt"), latencySettings(options)}};
    start.privacyMode = privacyModeName(options.privacy);
    start.minCount = options.effectiveMinCount();
    QJsonObject privacy {{QStringLiteral("mode"), start.privacyMode},
                         {QStringLiteral("min_count"), start.minCount}};
    if (options.privacy == PrivacyMode::Hash)
        privacy.insert(QStringLiteral("key_id"), AddressPrivacy::keyId(options.privacyKey));
    start.settings.insert(QStringLiteral("privacy"), privacy);
    if (source.build.isValid())
        start.settings.insert(QStringLiteral("geo_build"), source.build.toString(Qt::ISODate));
    if (options.provider == GeoProviderKind::Ipinfo)
        start.settings.insert(QStringLiteral("ipinfo"), ipinfoRunSettings(options));
    if (crossCheck) {
        QJsonObject cross {{QStringLiteral("geo_source"), crossCheck->id},
                           {QStringLiteral("description"), crossCheck->description}};
        if (crossCheck->build.isValid())
            cross.insert(QStringLiteral("geo_build"), crossCheck->build.toString(Qt::ISODate));
        start.settings.insert(QStringLiteral("cross_check"), cross);
    }
    return start;
}

QJsonArray RunRecordBuilder::hashFiles(const QStringList &paths)
{
    QJsonArray files;
    for (const QString &path : paths) {
        const Result<QByteArray> sha = FileHash::sha256Hex(path);
        files.append(QJsonObject {
            {QStringLiteral("path"), QFileInfo(path).absoluteFilePath()},
            {QStringLiteral("size"), double(QFileInfo(path).size())},
            {QStringLiteral("sha256"), sha ? QString::fromLatin1(sha.value()) : QString()}});
    }
    return files;
}

} // namespace regionmap
