#include "catalogparser.h"

#include "common/delimitedline.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace regionmap {

namespace {

int countOutsideQuotes(const QByteArray &line, char c)
{
    int count = 0;
    bool quoted = false;
    for (char ch : line) {
        if (ch == '"')
            quoted = !quoted;
        else if (ch == c && !quoted)
            ++count;
    }
    return count;
}

std::optional<double> parseNumber(const QByteArray &text, bool decimalComma)
{
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    double v = text.toDouble(&ok);
    if (!ok && decimalComma && text.count(',') == 1 && !text.contains('.')) {
        QByteArray copy = text;
        copy.replace(',', '.');
        v = copy.toDouble(&ok);
    }
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

QString normalizedHeader(const QByteArray &field)
{
    QString h = QString::fromUtf8(field).trimmed().toLower();
    h.replace(QLatin1Char('_'), QLatin1Char('-'));
    h.replace(QLatin1Char(' '), QLatin1Char('-'));
    return h;
}

int columnForHeader(const QString &h)
{
    static const QHash<QString, int> names = {
        {QStringLiteral("code"), CatalogParser::CodeColumn},
        {QStringLiteral("aws-code"), CatalogParser::CodeColumn},
        {QStringLiteral("region-code"), CatalogParser::CodeColumn},
        {QStringLiteral("region"), CatalogParser::CodeColumn},
        {QStringLiteral("region-id"), CatalogParser::CodeColumn},
        {QStringLiteral("id"), CatalogParser::CodeColumn},
        {QStringLiteral("name"), CatalogParser::NameColumn},
        {QStringLiteral("region-name"), CatalogParser::NameColumn},
        {QStringLiteral("display-name"), CatalogParser::NameColumn},
        {QStringLiteral("city"), CatalogParser::CityColumn},
        {QStringLiteral("lat"), CatalogParser::LatColumn},
        {QStringLiteral("latitude"), CatalogParser::LatColumn},
        {QStringLiteral("lon"), CatalogParser::LonColumn},
        {QStringLiteral("long"), CatalogParser::LonColumn},
        {QStringLiteral("lng"), CatalogParser::LonColumn},
        {QStringLiteral("provider"), CatalogParser::ProviderColumn},
        {QStringLiteral("cloud"), CatalogParser::ProviderColumn},
        {QStringLiteral("country"), CatalogParser::CountryColumn},
        {QStringLiteral("country-code"), CatalogParser::CountryColumn},
        {QStringLiteral("status"), CatalogParser::StatusColumn},
        {QStringLiteral("location-source"), CatalogParser::SourceColumn},
        {QStringLiteral("longitude"), CatalogParser::LonColumn},
    };
    return names.value(h, -1);
}

QString formatNumber(double v)
{
    return QString::number(v, 'g', 10);
}

// "us-east-1", "ap-southeast-7", "us-gov-west-1": area, one or more words, a number.
const QRegularExpression &awsCodeShape()
{
    static const QRegularExpression re(QStringLiteral("^[a-z]{2}(-[a-z]+)+-[0-9]{1,2}$"));
    return re;
}

} // namespace

CatalogParser::CatalogParser(QVector<Region> &regions, QList<CatalogIssue> &issues)
    : m_regions(regions)
    , m_issues(issues)
{
    m_index.fill(-1);
}

void CatalogParser::parse(const QByteArray &source)
{
    QByteArray data = source;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    const QList<QByteArray> lines = data.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        if (readLine(line, i + 1) == Step::Stop)
            break;
    }
    const bool anyError
        = std::any_of(m_issues.cbegin(), m_issues.cend(), [](const CatalogIssue &i) {
              return i.severity == CatalogIssue::Severity::Error;
          });
    if (m_regions.isEmpty() && !anyError)
        error(0, QString(), RegionCatalog::tr("The catalog has no regions."));
    checkCodeShapes();
    std::stable_sort(m_issues.begin(), m_issues.end(),
                     [](const CatalogIssue &a, const CatalogIssue &b) { return a.line < b.line; });
}

CatalogParser::Step CatalogParser::readLine(const QByteArray &line, int lineNo)
{
    const QByteArray trimmed = line.trimmed();
    static const QByteArray checkedTag("# checked:");
    if (trimmed.startsWith(checkedTag))
        m_checkedOn = QDate::fromString(
            QString::fromLatin1(trimmed.mid(checkedTag.size()).trimmed()), Qt::ISODate);
    if (trimmed.isEmpty() || trimmed.startsWith('#'))
        return Step::Next;
    if (!m_delimiter && !chooseDelimiter(line, lineNo))
        return Step::Stop; // nothing else can be read without a delimiter
    QList<QByteArray> fields;
    if (!splitDelimitedLine(line, m_delimiter, &fields)) {
        error(lineNo, QString(), RegionCatalog::tr("A quoted field is not closed."));
        return Step::Next;
    }
    if (!m_haveLayout) {
        m_haveLayout = true;
        const bool header
            = std::none_of(fields.cbegin(), fields.cend(),
                           [this](const QByteArray &f) { return number(f).has_value(); });
        m_fieldCount = fields.size();
        if (header)
            return readHeader(fields, trimmed, lineNo);
        if (readPositions(fields, lineNo) == Step::Stop)
            return Step::Stop;
    }
    if (fields.size() != m_fieldCount) {
        error(lineNo, QString(),
              RegionCatalog::tr("The line has %1 fields where %2 are expected.")
                  .arg(fields.size())
                  .arg(m_fieldCount));
        return Step::Next;
    }
    if (std::optional<Region> region = readRegion(fields, lineNo)) {
        m_regions.append(*region);
        m_regionLines.append(lineNo);
    }
    return Step::Next;
}

// The delimiter is the one of , ; tab | that the first line has most of, outside quotes.
bool CatalogParser::chooseDelimiter(const QByteArray &line, int lineNo)
{
    int best = 0;
    for (char c : {',', ';', '\t', '|'}) {
        const int count = countOutsideQuotes(line, c);
        if (count > best) {
            best = count;
            m_delimiter = c;
        }
    }
    if (m_delimiter)
        return true;
    error(lineNo, QString(),
          RegionCatalog::tr("The line has a single field; a catalog needs a code, a name, a "
                            "latitude and a longitude separated by commas or semicolons."));
    return false;
}

// A first line without numbers is a header: the columns are matched by name.
CatalogParser::Step CatalogParser::readHeader(const QList<QByteArray> &fields,
                                              const QByteArray &line, int lineNo)
{
    QStringList unknown;
    bool duplicate = false;
    for (int c = 0; c < fields.size(); ++c) {
        const int column = columnForHeader(normalizedHeader(fields.at(c)));
        if (column < 0) {
            unknown << QString::fromUtf8(fields.at(c));
            continue;
        }
        duplicate = duplicate || m_index[column] >= 0;
        m_index[column] = c;
    }
    if (duplicate || m_index[CodeColumn] < 0 || m_index[LatColumn] < 0 || m_index[LonColumn] < 0) {
        error(lineNo, QString(),
              RegionCatalog::tr("The header \"%1\" does not name one code, one latitude and one "
                                "longitude column (for example: aws-code,region-name,lat,long).")
                  .arg(QString::fromUtf8(line)));
        return Step::Stop;
    }
    for (const QString &u : std::as_const(unknown))
        warning(lineNo, QString(), RegionCatalog::tr("The column \"%1\" is not used.").arg(u));
    return Step::Next;
}

// No header: code, name, latitude, longitude [, city] or code, name, city, latitude, longitude.
CatalogParser::Step CatalogParser::readPositions(const QList<QByteArray> &fields, int lineNo)
{
    m_index[CodeColumn] = 0;
    m_index[NameColumn] = 1;
    if (fields.size() == 4) {
        m_index[LatColumn] = 2;
        m_index[LonColumn] = 3;
        return Step::Next;
    }
    if (fields.size() == 5) {
        const bool cityLast = number(fields.at(2)) && number(fields.at(3));
        const bool cityThird = !cityLast && number(fields.at(3)) && number(fields.at(4));
        m_index[CityColumn] = cityThird ? 2 : 4;
        m_index[LatColumn] = cityThird ? 3 : 2;
        m_index[LonColumn] = cityThird ? 4 : 3;
        return Step::Next;
    }
    error(lineNo, QString(),
          RegionCatalog::tr("The line has %1 fields; a catalog without a header needs 4 (code, "
                            "name, latitude, longitude) or 5 (with a city).")
              .arg(fields.size()));
    return Step::Stop;
}

// One region, or nothing after reporting every error of its line.
std::optional<Region> CatalogParser::readRegion(const QList<QByteArray> &fields, int lineNo)
{
    Region r;
    r.code = QString::fromUtf8(field(fields, CodeColumn));
    r.name = QString::fromUtf8(field(fields, NameColumn));
    r.city = QString::fromUtf8(field(fields, CityColumn));

    bool ok = true;
    if (r.code.isEmpty()) {
        error(lineNo, QString(), RegionCatalog::tr("The region has no code."));
        ok = false;
    }
    const QByteArray latText = field(fields, LatColumn);
    const QByteArray lonText = field(fields, LonColumn);
    const std::optional<double> lat = number(latText);
    const std::optional<double> lon = number(lonText);
    if (!lat) {
        error(lineNo, r.code,
              RegionCatalog::tr("The latitude \"%1\" is not a number.")
                  .arg(QString::fromUtf8(latText)));
        ok = false;
    }
    if (!lon) {
        error(lineNo, r.code,
              RegionCatalog::tr("The longitude \"%1\" is not a number.")
                  .arg(QString::fromUtf8(lonText)));
        ok = false;
    }
    ok = checkCoordinates(r, lat, lon, lineNo) && ok;
    ok = readDescription(fields, r, lineNo) && ok;
    ok = checkUnique(r.code, lineNo) && ok;
    if (!ok)
        return std::nullopt;

    if (r.code.contains(QLatin1Char(' ')) || r.code.contains(QLatin1Char('\t')))
        warning(lineNo, r.code, RegionCatalog::tr("The code \"%1\" contains spaces.").arg(r.code));
    if (r.name.isEmpty()) {
        warning(
            lineNo, r.code,
            RegionCatalog::tr("The region %1 has no name; its code is shown instead.").arg(r.code));
        r.name = r.code;
    }
    r.latitude = *lat;
    r.longitude = *lon;
    return r;
}

// Latitude within ±90 and longitude within ±180; a pair that is valid the other way round is
// reported as swapped.
bool CatalogParser::checkCoordinates(const Region &r, std::optional<double> lat,
                                     std::optional<double> lon, int lineNo)
{
    if (!lat || !lon)
        return true; // reported as not numbers
    const bool latOk = std::fabs(*lat) <= 90;
    const bool lonOk = std::fabs(*lon) <= 180;
    if (!latOk && std::fabs(*lon) <= 90 && std::fabs(*lat) <= 180) {
        error(lineNo, r.code,
              RegionCatalog::tr("The latitude %1 is outside -90 to 90, and the coordinates look "
                                "swapped: latitude %2 and longitude %1 would be valid. Check the "
                                "order of the columns.")
                  .arg(formatNumber(*lat), formatNumber(*lon)));
        return false;
    }
    if (!latOk)
        error(lineNo, r.code,
              RegionCatalog::tr("The latitude %1 is outside the range -90 to 90.")
                  .arg(formatNumber(*lat)));
    if (!lonOk)
        error(lineNo, r.code,
              RegionCatalog::tr("The longitude %1 is outside the range -180 to 180.")
                  .arg(formatNumber(*lon)));
    return latOk && lonOk;
}

// Codes are unique regardless of case.
bool CatalogParser::checkUnique(const QString &code, int lineNo)
{
    if (code.isEmpty())
        return true; // reported as missing
    const QString key = code.toLower();
    const auto first = m_firstLineOfCode.constFind(key);
    if (first == m_firstLineOfCode.constEnd()) {
        m_firstLineOfCode.insert(key, lineNo);
        return true;
    }
    error(lineNo, code,
          RegionCatalog::tr("The code %1 appears twice; it is already defined on line %2.")
              .arg(code)
              .arg(first.value()));
    return false;
}

// When most codes look like AWS codes, the others are probably typos.
void CatalogParser::checkCodeShapes()
{
    const auto awsLike = [](const Region &r) {
        return r.provider.isEmpty() || r.provider == QLatin1String("aws");
    };
    const auto candidates = std::count_if(m_regions.cbegin(), m_regions.cend(), awsLike);
    const auto awsShaped
        = std::count_if(m_regions.cbegin(), m_regions.cend(), [&](const Region &r) {
              return awsLike(r) && awsCodeShape().match(r.code).hasMatch();
          });
    if (awsShaped == 0 || 2 * awsShaped < candidates)
        return;
    static const QRegularExpression missingNumber(QStringLiteral("^[a-z]{2}(-[a-z]+)+$"));
    for (int i = 0; i < m_regions.size(); ++i) {
        const QString &code = m_regions.at(i).code;
        if (!awsLike(m_regions.at(i)) || awsCodeShape().match(code).hasMatch()
            || code.contains(QLatin1Char(' ')) || code.contains(QLatin1Char('\t')))
            continue; // fine, or already warned about its spaces
        const QString message
            = missingNumber.match(code).hasMatch()
                  ? RegionCatalog::tr("The code %1 does not look like an AWS region code, which "
                                      "ends in a number: did you mean %1-1?")
                        .arg(code)
                  : RegionCatalog::tr("The code %1 does not look like an AWS region code (such as "
                                      "eu-west-1).")
                        .arg(code);
        warning(m_regionLines.at(i), code, message);
    }
}

// The optional columns: provider (lower case), country (two letters), status and where the
// point comes from. Returns false after reporting what is wrong.
bool CatalogParser::readDescription(const QList<QByteArray> &fields, Region &r, int lineNo)
{
    bool ok = true;
    r.provider = QString::fromUtf8(field(fields, ProviderColumn)).toLower();
    r.country = QString::fromUtf8(field(fields, CountryColumn)).toUpper();
    static const QRegularExpression countryShape(QStringLiteral("^[A-Z]{2}$"));
    if (!r.country.isEmpty() && !countryShape.match(r.country).hasMatch()) {
        error(lineNo, r.code,
              RegionCatalog::tr("The country \"%1\" is not a two-letter ISO 3166 code (such as "
                                "US or DE).")
                  .arg(r.country));
        ok = false;
    }
    const QString status = QString::fromUtf8(field(fields, StatusColumn));
    if (!status.isEmpty()) {
        if (const std::optional<RegionStatus> s = parseRegionStatus(status)) {
            r.status = *s;
        } else {
            error(lineNo, r.code,
                  RegionCatalog::tr("The status \"%1\" is not one of ga, restricted or "
                                    "announced.")
                      .arg(status));
            ok = false;
        }
    }
    r.locationSource = QString::fromUtf8(field(fields, SourceColumn));
    return ok;
}

QByteArray CatalogParser::field(const QList<QByteArray> &fields, Column column) const
{
    return m_index[column] >= 0 ? fields.at(m_index[column]) : QByteArray();
}

// A number, with a decimal comma accepted when the delimiter is not a comma.
std::optional<double> CatalogParser::number(const QByteArray &text) const
{
    return parseNumber(text, m_delimiter != ',');
}

void CatalogParser::error(int line, const QString &code, const QString &message)
{
    m_issues.append(CatalogIssue {CatalogIssue::Severity::Error, line, code, message});
}

void CatalogParser::warning(int line, const QString &code, const QString &message)
{
    m_issues.append(CatalogIssue {CatalogIssue::Severity::Warning, line, code, message});
}

} // namespace regionmap
