#include "regioncatalog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <optional>

namespace regionmap {

namespace {

enum Column { CodeColumn, NameColumn, CityColumn, LatColumn, LonColumn, ColumnCount };

struct Layout
{
    int index[ColumnCount] = {-1, -1, -1, -1, -1};
    int fieldCount = 0;
};

// Splits one line into fields (RFC 4180 quoting, no embedded line breaks). Returns false for
// an unterminated quote.
bool splitLine(const QByteArray &line, char delimiter, QList<QByteArray> *fields)
{
    fields->clear();
    QByteArray field;
    int i = 0;
    const int n = line.size();
    while (true) {
        field.clear();
        // Leading blanks before an opening quote are tolerated.
        int j = i;
        while (j < n && (line[j] == ' ' || line[j] == '\t') && line[j] != delimiter)
            ++j;
        if (j < n && line[j] == '"') {
            i = j + 1;
            bool closed = false;
            while (i < n) {
                if (line[i] == '"') {
                    if (i + 1 < n && line[i + 1] == '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    closed = true;
                    ++i;
                    break;
                }
                field += line[i++];
            }
            if (!closed)
                return false;
            while (i < n && line[i] != delimiter) // blanks after the closing quote
                ++i;
        } else {
            const int start = i;
            while (i < n && line[i] != delimiter)
                ++i;
            field = line.mid(start, i - start);
        }
        fields->append(field.trimmed());
        if (i >= n)
            return true;
        ++i; // the delimiter
    }
}

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
        {QStringLiteral("code"), CodeColumn},         {QStringLiteral("aws-code"), CodeColumn},
        {QStringLiteral("region-code"), CodeColumn},  {QStringLiteral("region"), CodeColumn},
        {QStringLiteral("region-id"), CodeColumn},    {QStringLiteral("id"), CodeColumn},
        {QStringLiteral("name"), NameColumn},         {QStringLiteral("region-name"), NameColumn},
        {QStringLiteral("display-name"), NameColumn}, {QStringLiteral("city"), CityColumn},
        {QStringLiteral("lat"), LatColumn},           {QStringLiteral("latitude"), LatColumn},
        {QStringLiteral("lon"), LonColumn},           {QStringLiteral("long"), LonColumn},
        {QStringLiteral("lng"), LonColumn},           {QStringLiteral("longitude"), LonColumn},
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

RegionCatalog RegionCatalog::parse(const QByteArray &source, const QString &sourceName)
{
    RegionCatalog cat;
    cat.m_name = sourceName;
    cat.m_path = sourceName;
    cat.m_sha256 = QCryptographicHash::hash(source, QCryptographicHash::Sha256).toHex();

    auto issue = [&cat](CatalogIssue::Severity severity, int line, const QString &code,
                        const QString &message) {
        cat.m_issues.append(CatalogIssue {severity, line, code, message});
    };
    auto error = [&issue](int line, const QString &code, const QString &message) {
        issue(CatalogIssue::Severity::Error, line, code, message);
    };

    QByteArray data = source;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);

    const QList<QByteArray> lines = data.split('\n');
    char delimiter = 0;
    Layout layout;
    bool haveLayout = false;
    QHash<QString, int> firstLineOfCode; // lower-case code -> line
    QList<int> regionLines;
    QList<QByteArray> fields;

    for (int i = 0; i < lines.size(); ++i) {
        const int lineNo = i + 1;
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        const QByteArray trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith('#'))
            continue;

        if (!delimiter) {
            int best = 0;
            for (char c : {',', ';', '\t', '|'}) {
                const int count = countOutsideQuotes(line, c);
                if (count > best) {
                    best = count;
                    delimiter = c;
                }
            }
            if (!delimiter) {
                error(lineNo, QString(),
                      tr("The line has a single field; a catalog needs a code, a name, a latitude "
                         "and a longitude separated by commas or semicolons."));
                break; // nothing else can be read without a delimiter
            }
        }

        if (!splitLine(line, delimiter, &fields)) {
            error(lineNo, QString(), tr("A quoted field is not closed."));
            continue;
        }

        if (!haveLayout) {
            haveLayout = true;
            bool anyNumber = false;
            for (const QByteArray &f : std::as_const(fields))
                anyNumber = anyNumber || parseNumber(f, delimiter != ',').has_value();
            layout.fieldCount = int(fields.size());
            if (!anyNumber) {
                // A header: match the columns by name.
                QStringList unknown;
                bool duplicate = false;
                for (int c = 0; c < fields.size(); ++c) {
                    const QString h = normalizedHeader(fields.at(c));
                    const int column = columnForHeader(h);
                    if (column < 0) {
                        unknown << QString::fromUtf8(fields.at(c));
                        continue;
                    }
                    if (layout.index[column] >= 0)
                        duplicate = true;
                    layout.index[column] = c;
                }
                if (duplicate || layout.index[CodeColumn] < 0 || layout.index[LatColumn] < 0
                    || layout.index[LonColumn] < 0) {
                    error(lineNo, QString(),
                          tr("The header \"%1\" does not name one code, one latitude and one "
                             "longitude column (for example: aws-code,region-name,lat,long).")
                              .arg(QString::fromUtf8(trimmed)));
                    break;
                }
                for (const QString &u : std::as_const(unknown)) {
                    issue(CatalogIssue::Severity::Warning, lineNo, QString(),
                          tr("The column \"%1\" is not used.").arg(u));
                }
                continue;
            }
            // No header: code, name, latitude, longitude [, city] or code, name, city, lat, lon.
            if (fields.size() == 4) {
                layout.index[CodeColumn] = 0;
                layout.index[NameColumn] = 1;
                layout.index[LatColumn] = 2;
                layout.index[LonColumn] = 3;
            } else if (fields.size() == 5) {
                const bool cityLast = parseNumber(fields.at(2), delimiter != ',').has_value()
                                      && parseNumber(fields.at(3), delimiter != ',').has_value();
                const bool cityThird = !cityLast
                                       && parseNumber(fields.at(3), delimiter != ',').has_value()
                                       && parseNumber(fields.at(4), delimiter != ',').has_value();
                layout.index[CodeColumn] = 0;
                layout.index[NameColumn] = 1;
                layout.index[CityColumn] = cityThird ? 2 : 4;
                layout.index[LatColumn] = cityThird ? 3 : 2;
                layout.index[LonColumn] = cityThird ? 4 : 3;
            } else {
                error(lineNo, QString(),
                      tr("The line has %1 fields; a catalog without a header needs 4 (code, name, "
                         "latitude, longitude) or 5 (with a city).")
                          .arg(fields.size()));
                break;
            }
        }

        if (fields.size() != layout.fieldCount) {
            error(lineNo, QString(),
                  tr("The line has %1 fields where %2 are expected.")
                      .arg(fields.size())
                      .arg(layout.fieldCount));
            continue;
        }

        auto field = [&fields, &layout](Column c) {
            return layout.index[c] >= 0 ? fields.at(layout.index[c]) : QByteArray();
        };
        Region r;
        r.code = QString::fromUtf8(field(CodeColumn));
        r.name = QString::fromUtf8(field(NameColumn));
        r.city = QString::fromUtf8(field(CityColumn));

        bool ok = true;
        if (r.code.isEmpty()) {
            error(lineNo, QString(), tr("The region has no code."));
            ok = false;
        }
        const QByteArray latText = field(LatColumn);
        const QByteArray lonText = field(LonColumn);
        const std::optional<double> lat = parseNumber(latText, delimiter != ',');
        const std::optional<double> lon = parseNumber(lonText, delimiter != ',');
        if (!lat) {
            error(lineNo, r.code,
                  tr("The latitude \"%1\" is not a number.").arg(QString::fromUtf8(latText)));
            ok = false;
        }
        if (!lon) {
            error(lineNo, r.code,
                  tr("The longitude \"%1\" is not a number.").arg(QString::fromUtf8(lonText)));
            ok = false;
        }
        if (lat && lon) {
            const bool latOk = std::fabs(*lat) <= 90;
            const bool lonOk = std::fabs(*lon) <= 180;
            if (!latOk && std::fabs(*lon) <= 90 && std::fabs(*lat) <= 180) {
                error(lineNo, r.code,
                      tr("The latitude %1 is outside -90 to 90, and the coordinates look swapped: "
                         "latitude %2 and longitude %1 would be valid. Check the order of the "
                         "columns.")
                          .arg(formatNumber(*lat), formatNumber(*lon)));
                ok = false;
            } else {
                if (!latOk) {
                    error(lineNo, r.code,
                          tr("The latitude %1 is outside the range -90 to 90.")
                              .arg(formatNumber(*lat)));
                    ok = false;
                }
                if (!lonOk) {
                    error(lineNo, r.code,
                          tr("The longitude %1 is outside the range -180 to 180.")
                              .arg(formatNumber(*lon)));
                    ok = false;
                }
            }
        }
        if (!r.code.isEmpty()) {
            const QString key = r.code.toLower();
            const auto first = firstLineOfCode.constFind(key);
            if (first != firstLineOfCode.constEnd()) {
                error(lineNo, r.code,
                      tr("The code %1 appears twice; it is already defined on line %2.")
                          .arg(r.code)
                          .arg(first.value()));
                ok = false;
            } else {
                firstLineOfCode.insert(key, lineNo);
            }
        }
        if (!ok)
            continue;

        if (r.code.contains(QLatin1Char(' ')) || r.code.contains(QLatin1Char('\t'))) {
            issue(CatalogIssue::Severity::Warning, lineNo, r.code,
                  tr("The code \"%1\" contains spaces.").arg(r.code));
        }
        if (r.name.isEmpty()) {
            issue(CatalogIssue::Severity::Warning, lineNo, r.code,
                  tr("The region %1 has no name; its code is shown instead.").arg(r.code));
            r.name = r.code;
        }
        r.latitude = *lat;
        r.longitude = *lon;
        cat.m_regions.append(r);
        regionLines.append(lineNo);
    }

    if (cat.m_regions.isEmpty() && !cat.hasErrors())
        error(0, QString(), tr("The catalog has no regions."));

    // Code shape: when most codes look like AWS codes, the others are probably typos.
    int awsShaped = 0;
    for (const Region &r : std::as_const(cat.m_regions))
        awsShaped += awsCodeShape().match(r.code).hasMatch() ? 1 : 0;
    if (awsShaped > 0 && 2 * awsShaped >= cat.m_regions.size()) {
        static const QRegularExpression missingNumber(QStringLiteral("^[a-z]{2}(-[a-z]+)+$"));
        for (int i = 0; i < cat.m_regions.size(); ++i) {
            const QString &code = cat.m_regions.at(i).code;
            if (awsCodeShape().match(code).hasMatch() || code.contains(QLatin1Char(' '))
                || code.contains(QLatin1Char('\t')))
                continue; // fine, or already warned about its spaces
            const QString message
                = missingNumber.match(code).hasMatch()
                      ? tr("The code %1 does not look like an AWS region code, which ends in a "
                           "number: "
                           "did you mean %1-1?")
                            .arg(code)
                      : tr("The code %1 does not look like an AWS region code (such as eu-west-1).")
                            .arg(code);
            issue(CatalogIssue::Severity::Warning, regionLines.at(i), code, message);
        }
    }

    std::stable_sort(cat.m_issues.begin(), cat.m_issues.end(),
                     [](const CatalogIssue &a, const CatalogIssue &b) { return a.line < b.line; });
    return cat;
}

bool RegionCatalog::hasErrors() const
{
    return std::any_of(m_issues.cbegin(), m_issues.cend(), [](const CatalogIssue &i) {
        return i.severity == CatalogIssue::Severity::Error;
    });
}

QList<CatalogIssue> RegionCatalog::errors() const
{
    QList<CatalogIssue> out;
    for (const CatalogIssue &i : m_issues) {
        if (i.severity == CatalogIssue::Severity::Error)
            out.append(i);
    }
    return out;
}

QList<CatalogIssue> RegionCatalog::warnings() const
{
    QList<CatalogIssue> out;
    for (const CatalogIssue &i : m_issues) {
        if (i.severity == CatalogIssue::Severity::Warning)
            out.append(i);
    }
    return out;
}

int RegionCatalog::indexOf(const QString &code) const
{
    for (int i = 0; i < m_regions.size(); ++i) {
        if (m_regions.at(i).code.compare(code, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

Result<RegionCatalog> RegionCatalog::checked(RegionCatalog catalog)
{
    const QList<CatalogIssue> errs = catalog.errors();
    if (errs.isEmpty())
        return catalog;
    const QString where = QDir::toNativeSeparators(catalog.m_path);
    const CatalogIssue &first = errs.first();
    QString message
        = first.line > 0 ? tr("The region catalog %1 has an error on line %2: %3")
                               .arg(where)
                               .arg(first.line)
                               .arg(first.message)
                         : tr("The region catalog %1 cannot be used: %2").arg(where, first.message);
    if (errs.size() > 1)
        message += QLatin1Char(' ')
                   + tr("%n more error(s) are listed in the details.", "", int(errs.size() - 1));
    message += QLatin1Char(' ') + tr("Correct the file, or choose another catalog.");
    QStringList details;
    for (const CatalogIssue &i : catalog.m_issues) {
        const QString kind
            = i.severity == CatalogIssue::Severity::Error ? tr("error") : tr("warning");
        details << (i.line > 0 ? tr("line %1: %2: %3").arg(i.line).arg(kind, i.message)
                               : tr("%1: %2").arg(kind, i.message));
    }
    return Error(message, details.join(QLatin1Char('\n')));
}

Result<RegionCatalog> RegionCatalog::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(
            tr("The region catalog %1 could not be read. Check that the file exists and is "
               "readable, or choose a built-in catalog.")
                .arg(QDir::toNativeSeparators(path)),
            file.errorString());
    }
    RegionCatalog cat = parse(file.readAll(), QFileInfo(path).fileName());
    cat.m_path = QFileInfo(path).absoluteFilePath();
    return checked(std::move(cat));
}

Result<RegionCatalog> RegionCatalog::builtin(const QString &name)
{
    const QString resource = QStringLiteral(":/catalogs/") + name + QStringLiteral(".csv");
    QFile file(resource);
    if (name.isEmpty() || name.contains(QLatin1Char('/')) || !file.open(QIODevice::ReadOnly)) {
        return Error(tr("There is no built-in region catalog named \"%1\". The built-in catalogs "
                        "are: %2.")
                         .arg(name, builtinNames().join(QStringLiteral(", "))));
    }
    RegionCatalog cat = parse(file.readAll(), name);
    cat.m_path = resource;
    return checked(std::move(cat));
}

QStringList RegionCatalog::builtinNames()
{
    QStringList names;
    const QStringList files = QDir(QStringLiteral(":/catalogs"))
                                  .entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
    for (const QString &f : files)
        names << QFileInfo(f).completeBaseName();
    return names;
}

} // namespace regionmap
