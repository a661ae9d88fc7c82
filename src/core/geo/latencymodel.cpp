#include "latencymodel.h"

#include "common/delimitedline.h"

#include <QFile>
#include <QSet>

#include <algorithm>
#include <cctype>
#include <cmath>

namespace regionmap {

namespace {

QByteArray countryKey(const QByteArray &region, const QByteArray &country)
{
    return region + '\t' + country;
}

QByteArray cityKey(const QByteArray &region, const QByteArray &country, const QByteArray &city)
{
    return region + '\t' + country + '\t' + QString::fromUtf8(city).toCaseFolded().toUtf8();
}

bool isCountryCode(const QByteArray &code)
{
    return code.size() == 2 && std::isalpha(static_cast<unsigned char>(code[0]))
           && std::isalpha(static_cast<unsigned char>(code[1]));
}

} // namespace

QJsonObject RttStats::toJson() const
{
    QJsonObject o {{QStringLiteral("rows"), double(rows)},
                   {QStringLiteral("measured_rows"), double(measured)},
                   {QStringLiteral("within_20ms"), share(within20)},
                   {QStringLiteral("within_50ms"), share(within50)},
                   {QStringLiteral("within_100ms"), share(within100)}};
    o.insert(QStringLiteral("mean_ms"), meanMs ? QJsonValue(*meanMs) : QJsonValue());
    o.insert(QStringLiteral("p95_ms"), p95Ms ? QJsonValue(*p95Ms) : QJsonValue());
    return o;
}

QString LatencyModel::routeFactorProblem() const
{
    if (!std::isfinite(routeFactor) || routeFactor < kMinRouteFactor
        || routeFactor > kMaxRouteFactor)
        return tr("The route factor %1 is out of range: use a value from %2 to %3 (paths are "
                  "longer than the geodesic, rarely more than a few times).")
            .arg(routeFactor)
            .arg(kMinRouteFactor)
            .arg(kMaxRouteFactor);
    return {};
}

QString LatencyModel::overheadProblem() const
{
    if (!std::isfinite(overheadMs) || overheadMs < 0 || overheadMs > kMaxOverheadMs)
        return tr("The fixed overhead %1 ms is out of range: use a value from 0 to %2 ms.")
            .arg(overheadMs)
            .arg(kMaxOverheadMs);
    return {};
}

// Where the columns of a latency table are, from its header.
struct LatencyColumns
{
    int region = -1;
    int country = -1;
    int city = -1;
    int rtt = -1;

    bool read(const QList<QByteArray> &header)
    {
        for (int c = 0; c < header.size(); ++c) {
            const QByteArray h = header.at(c).toLower();
            if (h == "region_code" || h == "region")
                region = c;
            else if (h == "country_code" || h == "country")
                country = c;
            else if (h == "city")
                city = c;
            else if (h == "rtt_ms")
                rtt = c;
        }
        return region >= 0 && country >= 0 && rtt >= 0;
    }
};

// One line of values: the problem with it, or empty once it is in the table.
QString MeasuredLatencies::readLine(const QList<QByteArray> &fields, const LatencyColumns &columns,
                                    int lineNo, QHash<QByteArray, int> &firstLine)
{
    const auto value = [&](int c) {
        return c >= 0 ? fields.value(c) : QByteArray();
    };
    const QByteArray region = value(columns.region).toLower();
    const QByteArray country = value(columns.country).toUpper();
    const QByteArray city = value(columns.city);
    const QByteArray rttText = value(columns.rtt);
    if (region.isEmpty())
        return tr("line %1: the region code is empty; name the region the value was measured "
                  "to.")
            .arg(lineNo);
    if (!isCountryCode(country))
        return tr("line %1: \"%2\" is not a two-letter country code (ISO 3166 alpha-2, for "
                  "example DE).")
            .arg(lineNo)
            .arg(QString::fromUtf8(value(columns.country)));
    bool ok = false;
    const double rtt = rttText.toDouble(&ok);
    if (!ok || !std::isfinite(rtt) || rtt <= 0 || rtt > kMaxRttMs)
        return tr("line %1: the round trip \"%2\" is not a number of milliseconds above 0 and "
                  "up to %3.")
            .arg(lineNo)
            .arg(QString::fromUtf8(rttText))
            .arg(kMaxRttMs);
    const QByteArray key
        = city.isEmpty() ? countryKey(region, country) : cityKey(region, country, city);
    if (const int first = firstLine.value(key); first > 0)
        return tr("line %1: repeats the value of line %2 for the same region and place; keep "
                  "one.")
            .arg(lineNo)
            .arg(first);
    firstLine.insert(key, lineNo);
    (city.isEmpty() ? m_byCountry : m_byCity).insert(key, rtt);
    return {};
}

Result<MeasuredLatencies> MeasuredLatencies::parse(const QByteArray &text)
{
    QByteArray data = text;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    data.replace("\r\n", "\n");

    MeasuredLatencies table;
    QStringList problems;
    QHash<QByteArray, int> firstLine;
    LatencyColumns columns;
    bool haveHeader = false;
    const QList<QByteArray> lines = data.split('\n');
    QList<QByteArray> fields;
    for (int i = 0; i < lines.size() && problems.size() < 20; ++i) {
        const int lineNo = i + 1;
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        if (!splitDelimitedLine(line, ',', &fields)) {
            problems << tr("line %1: a quoted field is not closed; close the quote.").arg(lineNo);
        } else if (haveHeader) {
            if (const QString problem = table.readLine(fields, columns, lineNo, firstLine);
                !problem.isEmpty())
                problems << problem;
        } else if (columns.read(fields)) {
            haveHeader = true;
        } else {
            return Error(ErrorKind::Input,
                         tr("line %1: the header must name region_code, country_code and rtt_ms "
                            "(and city, for values per city); it reads \"%2\".")
                             .arg(lineNo)
                             .arg(QString::fromUtf8(line.left(120))));
        }
    }
    if (!haveHeader)
        return Error(ErrorKind::Input,
                     tr("The latency table is empty: give a header (region_code,country_code,"
                        "rtt_ms) and one line per measured value."));
    if (!problems.isEmpty())
        return Error(ErrorKind::Input, problems.join(QLatin1Char('\n')));
    return table;
}

Result<MeasuredLatencies> MeasuredLatencies::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorKind::Input,
                     tr("The latency table %1 cannot be read: %2.").arg(path, file.errorString()));
    if (file.size() > 64 * 1024 * 1024)
        return Error(ErrorKind::Input,
                     tr("The latency table %1 is larger than 64 MB; give one value per region "
                        "and country or city.")
                         .arg(path));
    Result<MeasuredLatencies> table = parse(file.readAll());
    if (!table)
        return Error(ErrorKind::Input,
                     tr("The latency table %1 has problems:\n%2").arg(path, table.error().message));
    return table;
}

QList<QString> MeasuredLatencies::regionCodes() const
{
    QSet<QString> codes;
    for (const auto *hash : {&m_byCountry, &m_byCity}) {
        for (auto it = hash->cbegin(); it != hash->cend(); ++it)
            codes.insert(QString::fromUtf8(it.key().left(it.key().indexOf('\t'))));
    }
    QList<QString> list(codes.cbegin(), codes.cend());
    std::sort(list.begin(), list.end());
    return list;
}

std::optional<double> MeasuredLatencies::find(const QByteArray &regionCode,
                                              const QByteArray &countryCode,
                                              const QByteArray &city) const
{
    if (!m_byCity.isEmpty() && !city.isEmpty()) {
        const auto it = m_byCity.constFind(cityKey(regionCode, countryCode, city));
        if (it != m_byCity.cend())
            return *it;
    }
    const auto it = m_byCountry.constFind(countryKey(regionCode, countryCode));
    if (it != m_byCountry.cend())
        return *it;
    return std::nullopt;
}

} // namespace regionmap
