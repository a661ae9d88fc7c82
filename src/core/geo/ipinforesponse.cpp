#include "ipinforesponse.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace regionmap {

namespace {

constexpr int kMaxErrorText = 200;

bool inRange(double latitude, double longitude)
{
    return std::isfinite(latitude) && std::isfinite(longitude) && latitude >= -90 && latitude <= 90
           && longitude >= -180 && longitude <= 180;
}

// A number, or a string holding one (some proxies turn numbers into strings).
bool readNumber(const QJsonValue &v, double *out)
{
    if (v.isDouble()) {
        *out = v.toDouble();
        return true;
    }
    if (v.isString()) {
        bool ok = false;
        *out = QLocale::c().toDouble(QStringView(v.toString()).trimmed(), &ok);
        return ok;
    }
    return false;
}

// ISO 3166-1 alpha-2, upper case; empty for anything else (a country name, "", a number).
QByteArray countryCode(const QJsonValue &v)
{
    const QString s = v.toString().trimmed();
    if (s.size() != 2)
        return {};
    for (const QChar c : s) {
        if (c.unicode() > 0x7f || !c.isLetter())
            return {};
    }
    return s.toUpper().toLatin1();
}

QString oneLine(QString text)
{
    text = text.simplified();
    if (text.size() > kMaxErrorText)
        text = text.left(kMaxErrorText - 1) + QChar(0x2026);
    return text;
}

QString errorOf(const QJsonValue &error)
{
    if (error.isString())
        return oneLine(error.toString());
    if (error.isObject()) {
        const QJsonObject e = error.toObject();
        const QString title = e.value(QLatin1String("title")).toString();
        const QString message = e.value(QLatin1String("message")).toString();
        if (!title.isEmpty() && !message.isEmpty())
            return oneLine(title + QStringLiteral(": ") + message);
        if (!title.isEmpty() || !message.isEmpty())
            return oneLine(title + message);
    }
    return oneLine(QString::fromUtf8(QJsonDocument(QJsonObject {{QStringLiteral("error"), error}})
                                         .toJson(QJsonDocument::Compact)));
}

Location failed(QString reason)
{
    Location loc;
    loc.status = GeoStatus::LookupFailed;
    loc.reason = std::move(reason);
    return loc;
}

} // namespace

bool IpinfoResponse::parseLoc(QStringView text, double *latitude, double *longitude)
{
    const qsizetype comma = text.indexOf(QLatin1Char(','));
    if (comma < 0 || text.indexOf(QLatin1Char(','), comma + 1) >= 0)
        return false;
    bool okLat = false;
    bool okLon = false;
    const QLocale c = QLocale::c();
    const double lat = c.toDouble(text.left(comma).trimmed(), &okLat);
    const double lon = c.toDouble(text.mid(comma + 1).trimmed(), &okLon);
    if (!okLat || !okLon || !inRange(lat, lon))
        return false;
    *latitude = lat;
    *longitude = lon;
    return true;
}

Location IpinfoResponse::parseRecord(const QJsonValue &record)
{
    if (record.isString())
        return failed(
            tr("ipinfo.io answered \"%1\" for this address.").arg(oneLine(record.toString())));
    if (!record.isObject())
        return failed(tr("ipinfo.io's answer for this address is not a record."));
    const QJsonObject o = record.toObject();

    if (o.value(QLatin1String("bogon")).toBool()) {
        Location loc;
        loc.status = GeoStatus::PrivateOrReserved;
        loc.reason = tr("ipinfo.io reports a bogon address (reserved or not routed).");
        return loc;
    }
    if (o.contains(QLatin1String("error")))
        return failed(tr("ipinfo.io answered with an error for this address: %1")
                          .arg(errorOf(o.value(QLatin1String("error")))));

    Location loc;
    const QJsonValue geoValue = o.value(QLatin1String("geo"));
    const QJsonObject geo = geoValue.toObject();
    bool hasPoint = false;
    if (geo.contains(QLatin1String("latitude")) || geo.contains(QLatin1String("longitude"))) {
        double lat = 0;
        double lon = 0;
        if (!readNumber(geo.value(QLatin1String("latitude")), &lat)
            || !readNumber(geo.value(QLatin1String("longitude")), &lon) || !inRange(lat, lon)) {
            return failed(tr("ipinfo.io sent unreadable coordinates (geo.latitude %1, "
                             "geo.longitude %2).")
                              .arg(geo.value(QLatin1String("latitude")).toVariant().toString(),
                                   geo.value(QLatin1String("longitude")).toVariant().toString()));
        }
        loc.latitude = lat;
        loc.longitude = lon;
        hasPoint = true;
    } else if (o.contains(QLatin1String("loc"))) {
        const QString text = o.value(QLatin1String("loc")).toString();
        if (!parseLoc(text, &loc.latitude, &loc.longitude))
            return failed(tr("ipinfo.io sent an unreadable location \"%1\".").arg(oneLine(text)));
        hasPoint = true;
    }

    // The country: geo.country_code (Core), country_code (Lite), country (legacy: the code).
    loc.countryCode = countryCode(geo.value(QLatin1String("country_code")));
    if (loc.countryCode.isEmpty())
        loc.countryCode = countryCode(o.value(QLatin1String("country_code")));
    if (loc.countryCode.isEmpty())
        loc.countryCode = countryCode(geo.value(QLatin1String("country")));
    if (loc.countryCode.isEmpty())
        loc.countryCode = countryCode(o.value(QLatin1String("country")));
    QString city = geo.value(QLatin1String("city")).toString().trimmed();
    if (city.isEmpty())
        city = o.value(QLatin1String("city")).toString().trimmed();
    loc.city = city.toUtf8();

    if (hasPoint) {
        loc.status = GeoStatus::Located;
    } else if (!loc.countryCode.isEmpty()) {
        loc.status = GeoStatus::CountryOnly;
        loc.reason = tr("ipinfo.io knows the country of this address, not its coordinates.");
    } else {
        loc.status = GeoStatus::NotFound;
        loc.city.clear();
        loc.reason = tr("ipinfo.io has no location for this address.");
    }
    return loc;
}

Location IpinfoResponse::parseSingle(const QByteArray &body)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return failed(tr("ipinfo.io's answer is not valid JSON (%1 at byte %2).")
                          .arg(error.errorString())
                          .arg(error.offset));
    if (!doc.isObject())
        return failed(tr("ipinfo.io's answer is not a JSON object."));
    return parseRecord(doc.object());
}

Status IpinfoResponse::parseBatch(const QByteArray &body, const std::vector<IpAddress> &sent,
                                  std::vector<Location> *out, int *missing)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return Error(tr("ipinfo.io's batch answer is not valid JSON (%1 at byte %2).")
                         .arg(error.errorString())
                         .arg(error.offset));
    if (!doc.isObject())
        return Error(tr("ipinfo.io's batch answer is not a JSON object."));
    const QJsonObject answer = doc.object();

    // Keys that spell an address in another form than the one sent, by address.
    QHash<IpAddress, QString> otherSpellings;
    bool spellingsRead = false;
    const auto readSpellings = [&] {
        for (auto it = answer.begin(); it != answer.end(); ++it) {
            IpAddress ip;
            if (IpAddress::parse(it.key().toUtf8(), &ip))
                otherSpellings.insert(ip, it.key());
        }
        spellingsRead = true;
    };

    int absent = 0;
    out->clear();
    out->reserve(sent.size());
    char text[IpAddress::MaxTextLength];
    for (const IpAddress &ip : sent) {
        const QString key = QString::fromLatin1(text, ip.format(text));
        auto it = answer.constFind(key);
        if (it == answer.constEnd()) {
            if (!spellingsRead)
                readSpellings();
            const QString other = otherSpellings.value(ip);
            if (!other.isEmpty())
                it = answer.constFind(other);
        }
        if (it == answer.constEnd()) {
            ++absent;
            out->push_back(failed(tr("ipinfo.io's batch answer left this address out.")));
            continue;
        }
        out->push_back(parseRecord(it.value()));
    }
    if (missing)
        *missing = absent;
    return {};
}

qint64 IpinfoResponse::retryAfterSeconds(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = v.toLongLong(&ok);
    if (ok)
        return seconds >= 0 ? seconds : -1;
    // An HTTP-date ("Wed, 21 Oct 2015 07:28:00 GMT"); Qt's RFC 2822 parser wants the zone as
    // an offset.
    QString date = QString::fromLatin1(v);
    if (date.endsWith(QLatin1String(" GMT")) || date.endsWith(QLatin1String(" UTC")))
        date = date.left(date.size() - 4) + QStringLiteral(" +0000");
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return qMax<qint64>(0, now.secsTo(when));
}

QString IpinfoResponse::errorText(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return {};
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && doc.isObject()) {
        const QJsonObject o = doc.object();
        if (o.contains(QLatin1String("error")))
            return errorOf(o.value(QLatin1String("error")));
        if (o.contains(QLatin1String("message")))
            return oneLine(o.value(QLatin1String("message")).toString());
    }
    return oneLine(QString::fromUtf8(body.left(4 * kMaxErrorText)));
}

} // namespace regionmap
