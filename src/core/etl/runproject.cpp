#include "runproject.h"

#include "common/filehash.h"

#include <regionmap/version.h>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace regionmap {

namespace {

// Relative to the project's folder when the file is inside it (the folder can move with its
// data), else absolute (a system file stays where it is, wherever the project goes).
QJsonValue relative(const QDir &folder, const QString &path)
{
    if (path.isEmpty())
        return QJsonValue();
    const QString abs = QFileInfo(path).absoluteFilePath();
    const QString rel = QDir::fromNativeSeparators(folder.relativeFilePath(abs));
    if (rel.startsWith(QLatin1String("../")) || rel == QLatin1String("..")
        || QDir::isAbsolutePath(rel))
        return QDir::fromNativeSeparators(abs);
    return rel;
}

QString absolute(const QDir &folder, const QJsonValue &value)
{
    const QString path = value.toString();
    if (path.isEmpty())
        return {};
    return QDir::cleanPath(folder.absoluteFilePath(path));
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

// Reading, with the field named in every complaint.
class Reader
{
public:
    explicit Reader(QString file)
        : m_file(std::move(file))
    { }

    Error error(const QString &field, const QString &what) const
    {
        return Error(ErrorKind::Input,
                     RunProject::tr("%1: the field \"%2\" %3. Save the project again from "
                                    "RegionMap, or correct the field.")
                         .arg(QDir::toNativeSeparators(m_file), field, what));
    }
    // The value at key of o, checked to be of the type, or null when absent or null.
    bool take(const QJsonObject &o, const QString &field, const QString &key, QJsonValue::Type type,
              QJsonValue *out, std::optional<Error> *problem) const
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            *out = QJsonValue();
            return true;
        }
        if (v.type() != type) {
            const QString kind = type == QJsonValue::String   ? RunProject::tr("text")
                                 : type == QJsonValue::Double ? RunProject::tr("a number")
                                 : type == QJsonValue::Bool   ? RunProject::tr("true or false")
                                 : type == QJsonValue::Array  ? RunProject::tr("a list")
                                                              : RunProject::tr("an object");
            *problem = error(field, RunProject::tr("must be %1").arg(kind));
            return false;
        }
        *out = v;
        return true;
    }

private:
    QString m_file;
};

} // namespace

QString RunProject::Change::describe() const
{
    if (kind == Kind::Missing)
        return tr("%1 is missing (it was saved with sha256 %2).")
            .arg(QDir::toNativeSeparators(path), savedSha256);
    return tr("%1 changed: sha256 %2 when the project was saved, %3 now.")
        .arg(QDir::toNativeSeparators(path), savedSha256, currentSha256);
}

QList<RunProject::Change> RunProject::changes() const
{
    QList<Change> out;
    for (const Source &s : recorded) {
        if (!QFileInfo(s.path).isFile()) {
            out << Change {Change::Kind::Missing, s.path, s.sha256, {}};
            continue;
        }
        if (s.sha256.isEmpty())
            continue;
        const Result<QByteArray> now = FileHash::sha256Hex(s.path);
        const QString current = now ? QString::fromLatin1(now.value()) : QString();
        if (current != s.sha256)
            out << Change {Change::Kind::Changed, s.path, s.sha256, current};
    }
    return out;
}

QJsonObject RunProject::toJson(const QString &folderPath) const
{
    const QDir folder(folderPath);
    const EtlOptions &o = options;
    QJsonArray sources;
    for (const InputFile &in : o.inputs) {
        QJsonObject s {{QStringLiteral("path"), relative(folder, in.path)}};
        for (const Source &r : recorded) {
            if (QFileInfo(r.path) == QFileInfo(in.path)) {
                s.insert(QStringLiteral("size"), double(r.size));
                s.insert(QStringLiteral("sha256"), r.sha256);
            }
        }
        const SniffOverrides &ov = in.overrides;
        if (ov.delimiter)
            s.insert(QStringLiteral("delimiter"), QString(QLatin1Char(*ov.delimiter)));
        if (ov.hasHeader)
            s.insert(QStringLiteral("header"), *ov.hasHeader);
        if (ov.encoding)
            s.insert(QStringLiteral("encoding"), *ov.encoding == TextEncoding::Latin1
                                                     ? QStringLiteral("latin1")
                                                     : QStringLiteral("utf8"));
        if (!ov.ipColumnName.isEmpty())
            s.insert(QStringLiteral("ip_column"), ov.ipColumnName);
        if (ov.ipColumnIndex >= 0)
            s.insert(QStringLiteral("ip_column_index"), ov.ipColumnIndex);
        sources.append(s);
    }
    QJsonObject database {{QStringLiteral("managed"), managedDatabase}};
    if (!managedDatabase) {
        const ConnectionSettings &c = o.connection;
        database.insert(QStringLiteral("host"), orNull(c.host));
        database.insert(QStringLiteral("port"), c.port > 0 ? QJsonValue(c.port) : QJsonValue());
        database.insert(QStringLiteral("database"), orNull(c.database));
        database.insert(QStringLiteral("user"), orNull(c.user));
        database.insert(QStringLiteral("ssl_mode"), orNull(c.sslMode));
        database.insert(QStringLiteral("ssl_root_cert"), relative(folder, c.sslRootCert));
    }
    QJsonValue crossCheck;
    if (!o.crossCheckDatabase.isEmpty())
        crossCheck
            = QJsonObject {{QStringLiteral("database"), relative(folder, o.crossCheckDatabase)}};
    else if (o.crossCheckIpinfoSample > 0)
        crossCheck = QJsonObject {{QStringLiteral("ipinfo_sample"), o.crossCheckIpinfoSample}};
    return QJsonObject {
        {QStringLiteral("regionmap_project"), kVersion},
        {QStringLiteral("saved_by"), QStringLiteral("RegionMap " REGIONMAP_VERSION_STRING)},
        {QStringLiteral("saved_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("sources"), sources},
        {QStringLiteral("catalogs"),
         QJsonObject {{QStringLiteral("builtin"), QJsonArray::fromStringList(o.builtinCatalogs)},
                      {QStringLiteral("file"), relative(folder, o.catalogFile)},
                      {QStringLiteral("include_restricted"), o.includeRestricted},
                      {QStringLiteral("include_announced"), o.includeAnnounced}}},
        {QStringLiteral("est_rtt"),
         QJsonObject {{QStringLiteral("route_factor"), o.latency.routeFactor},
                      {QStringLiteral("overhead_ms"), o.latency.overheadMs},
                      {QStringLiteral("measured_file"), relative(folder, o.latencyFile)}}},
        {QStringLiteral("database"), database},
        {QStringLiteral("target"),
         QJsonObject {{QStringLiteral("table"), orNull(o.table)},
                      {QStringLiteral("mode"), loadModeName(o.mode)},
                      {QStringLiteral("key_column"), orNull(o.keyColumn)}}},
        {QStringLiteral("geolocation"),
         QJsonObject {{QStringLiteral("provider"), geoProviderName(o.provider)},
                      {QStringLiteral("database"), relative(folder, o.geoDatabase)},
                      {QStringLiteral("database_v6"), relative(folder, o.geoDatabaseV6)},
                      {QStringLiteral("ipinfo_url"),
                       o.ipinfoUrl.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery
                                            | QUrl::RemoveFragment)},
                      {QStringLiteral("cross_check"), crossCheck}}},
        {QStringLiteral("privacy"),
         QJsonObject {{QStringLiteral("mode"), QString(privacyModeName(o.privacy))},
                      {QStringLiteral("min_count"),
                       o.minCount > 0 ? QJsonValue(o.minCount) : QJsonValue()}}},
        {QStringLiteral("scenarios"), QJsonArray::fromStringList(scenarios)},
    };
}

Result<RunProject> RunProject::fromJson(const QJsonObject &json, const QString &file)
{
    const Reader r(file);
    const QDir folder(QFileInfo(file).absolutePath());
    std::optional<Error> problem;
    QJsonValue v;
    // A leaf of an object, checked to be of the type when present (absent or null: null).
    const auto leaf = [&](const QJsonObject &o, const QString &objectName, const QString &key,
                          QJsonValue::Type type) {
        QJsonValue value;
        if (!problem)
            r.take(o, objectName + QLatin1Char('.') + key, key, type, &value, &problem);
        return value;
    };
    const auto object = [&](const QJsonObject &o, const QString &key) {
        QJsonValue value;
        if (!r.take(o, key, key, QJsonValue::Object, &value, &problem))
            return QJsonObject();
        return value.toObject();
    };
    const QJsonValue version = json.value(QStringLiteral("regionmap_project"));
    if (!version.isDouble())
        return Error(ErrorKind::Input,
                     tr("%1 is no RegionMap project: it has no \"regionmap_project\" version.")
                         .arg(QDir::toNativeSeparators(file)));
    if (version.toInt() > kVersion || version.toInt() < 1)
        return Error(ErrorKind::Input,
                     tr("The project has version %1, and this RegionMap reads version %2 and "
                        "older. Open it with a newer RegionMap.")
                         .arg(version.toInt())
                         .arg(kVersion));
    RunProject p;
    EtlOptions &o = p.options;

    if (!r.take(json, QStringLiteral("sources"), QStringLiteral("sources"), QJsonValue::Array, &v,
                &problem))
        return *problem;
    const QJsonArray sources = v.toArray();
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const QString field = QStringLiteral("sources[%1]").arg(i);
        if (!sources.at(i).isObject())
            return r.error(field, tr("must be an object"));
        const QJsonObject s = sources.at(i).toObject();
        InputFile in;
        in.path = absolute(folder, s.value(QStringLiteral("path")));
        if (in.path.isEmpty())
            return r.error(field + QStringLiteral(".path"), tr("is missing"));
        const QString delimiter = s.value(QStringLiteral("delimiter")).toString();
        if (delimiter.size() == 1 && delimiter.at(0).unicode() < 128)
            in.overrides.delimiter = char(delimiter.at(0).unicode());
        else if (!delimiter.isEmpty())
            return r.error(field + QStringLiteral(".delimiter"), tr("must be one character"));
        if (s.value(QStringLiteral("header")).isBool())
            in.overrides.hasHeader = s.value(QStringLiteral("header")).toBool();
        const QString encoding = s.value(QStringLiteral("encoding")).toString();
        if (encoding == QLatin1String("latin1"))
            in.overrides.encoding = TextEncoding::Latin1;
        else if (encoding == QLatin1String("utf8"))
            in.overrides.encoding = TextEncoding::Utf8;
        else if (!encoding.isEmpty())
            return r.error(field + QStringLiteral(".encoding"), tr("must be utf8 or latin1"));
        in.overrides.ipColumnName = s.value(QStringLiteral("ip_column")).toString();
        in.overrides.ipColumnIndex = s.value(QStringLiteral("ip_column_index")).toInt(-1);
        o.inputs << in;
        p.recorded << Source {in.path, s.value(QStringLiteral("sha256")).toString(),
                              qint64(s.value(QStringLiteral("size")).toDouble(-1))};
    }

    const QJsonObject catalogs = object(json, QStringLiteral("catalogs"));
    if (problem)
        return *problem;
    if (catalogs.contains(QStringLiteral("builtin"))) {
        o.builtinCatalogs.clear();
        for (const QJsonValue &c : catalogs.value(QStringLiteral("builtin")).toArray())
            o.builtinCatalogs << c.toString();
    }
    o.catalogFile = absolute(folder, catalogs.value(QStringLiteral("file")));
    o.includeRestricted = leaf(catalogs, QStringLiteral("catalogs"),
                               QStringLiteral("include_restricted"), QJsonValue::Bool)
                              .toBool();
    o.includeAnnounced = leaf(catalogs, QStringLiteral("catalogs"),
                              QStringLiteral("include_announced"), QJsonValue::Bool)
                             .toBool();
    if (problem)
        return *problem;

    const QJsonObject rtt = object(json, QStringLiteral("est_rtt"));
    if (problem)
        return *problem;
    o.latency.routeFactor
        = leaf(rtt, QStringLiteral("est_rtt"), QStringLiteral("route_factor"), QJsonValue::Double)
              .toDouble(o.latency.routeFactor);
    o.latency.overheadMs
        = leaf(rtt, QStringLiteral("est_rtt"), QStringLiteral("overhead_ms"), QJsonValue::Double)
              .toDouble(o.latency.overheadMs);
    if (problem)
        return *problem;
    o.latencyFile = absolute(folder, rtt.value(QStringLiteral("measured_file")));

    const QJsonObject database = object(json, QStringLiteral("database"));
    if (problem)
        return *problem;
    p.managedDatabase
        = leaf(database, QStringLiteral("database"), QStringLiteral("managed"), QJsonValue::Bool)
              .toBool(true);
    const QJsonValue port
        = leaf(database, QStringLiteral("database"), QStringLiteral("port"), QJsonValue::Double);
    if (problem)
        return *problem;
    if (!p.managedDatabase) {
        ConnectionSettings &c = o.connection;
        c.host = database.value(QStringLiteral("host")).toString();
        c.port = port.toInt(0);
        c.database = database.value(QStringLiteral("database")).toString();
        c.user = database.value(QStringLiteral("user")).toString();
        c.sslMode = database.value(QStringLiteral("ssl_mode")).toString();
        c.sslRootCert = absolute(folder, database.value(QStringLiteral("ssl_root_cert")));
        if (c.host.isEmpty())
            return r.error(QStringLiteral("database.host"),
                           tr("is missing (a server needs one; \"managed\": true is the local "
                              "database)"));
    }

    const QJsonObject target = object(json, QStringLiteral("target"));
    if (problem)
        return *problem;
    o.table = target.value(QStringLiteral("table")).toString();
    const QString mode = target.value(QStringLiteral("mode")).toString(QStringLiteral("replace"));
    const std::optional<LoadMode> loadMode = parseLoadMode(mode);
    if (!loadMode)
        return r.error(QStringLiteral("target.mode"), tr("must be replace, append or upsert"));
    o.mode = *loadMode;
    o.keyColumn = target.value(QStringLiteral("key_column")).toString();

    const QJsonObject geo = object(json, QStringLiteral("geolocation"));
    if (problem)
        return *problem;
    const QString provider
        = geo.value(QStringLiteral("provider")).toString(QStringLiteral("offline"));
    if (provider == geoProviderName(GeoProviderKind::Ipinfo))
        o.provider = GeoProviderKind::Ipinfo;
    else if (provider != geoProviderName(GeoProviderKind::Offline))
        return r.error(QStringLiteral("geolocation.provider"), tr("must be offline or ipinfo"));
    o.geoDatabase = absolute(folder, geo.value(QStringLiteral("database")));
    o.geoDatabaseV6 = absolute(folder, geo.value(QStringLiteral("database_v6")));
    if (const QString url = geo.value(QStringLiteral("ipinfo_url")).toString(); !url.isEmpty())
        o.ipinfoUrl = QUrl(url);
    const QJsonObject cross = geo.value(QStringLiteral("cross_check")).toObject();
    o.crossCheckDatabase = absolute(folder, cross.value(QStringLiteral("database")));
    o.crossCheckIpinfoSample = cross.value(QStringLiteral("ipinfo_sample")).toInt(0);

    const QJsonObject privacy = object(json, QStringLiteral("privacy"));
    if (problem)
        return *problem;
    const std::optional<PrivacyMode> privacyMode
        = parsePrivacyMode(privacy.value(QStringLiteral("mode")).toString(QStringLiteral("keep")));
    if (!privacyMode)
        return r.error(QStringLiteral("privacy.mode"), tr("must be keep, truncate, hash or drop"));
    o.privacy = *privacyMode;
    o.minCount
        = leaf(privacy, QStringLiteral("privacy"), QStringLiteral("min_count"), QJsonValue::Double)
              .toInt(0);
    if (problem)
        return *problem;

    for (const QJsonValue &s : json.value(QStringLiteral("scenarios")).toArray())
        p.scenarios << s.toString();
    return p;
}

Result<RunProject> RunProject::read(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorKind::Input, tr("Could not open the project %1: %2")
                                           .arg(QDir::toNativeSeparators(file), f.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.read(16 << 20), &parseError);
    if (doc.isNull() || !doc.isObject())
        return Error(ErrorKind::Input,
                     tr("%1 is no RegionMap project: %2 at byte %3.")
                         .arg(QDir::toNativeSeparators(file),
                              doc.isNull() ? parseError.errorString() : tr("no JSON object"))
                         .arg(parseError.offset));
    return fromJson(doc.object(), QFileInfo(file).absoluteFilePath());
}

Status RunProject::write(const QString &file)
{
    recorded.clear();
    for (const InputFile &in : options.inputs) {
        const Result<QByteArray> sha = FileHash::sha256Hex(in.path);
        recorded << Source {QFileInfo(in.path).absoluteFilePath(),
                            sha ? QString::fromLatin1(sha.value()) : QString(),
                            QFileInfo(in.path).size()};
    }
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly))
        return Error(ErrorKind::Input, tr("Could not write the project %1: %2")
                                           .arg(QDir::toNativeSeparators(file), f.errorString()));
    f.write(QJsonDocument(toJson(QFileInfo(file).absolutePath())).toJson(QJsonDocument::Indented));
    if (!f.commit())
        return Error(ErrorKind::Input, tr("Could not write the project %1: %2")
                                           .arg(QDir::toNativeSeparators(file), f.errorString()));
    return {};
}

} // namespace regionmap
