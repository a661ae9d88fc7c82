#include "targetschema.h"

#include <QSet>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>

namespace regionmap {

QString columnTypeSql(ColumnType type)
{
    switch (type) {
    case ColumnType::BigInt:
        return QStringLiteral("bigint");
    case ColumnType::Double:
        return QStringLiteral("double precision");
    case ColumnType::Text:
        return QStringLiteral("text");
    }
    return QStringLiteral("text");
}

bool fitsBigInt(const char *data, qsizetype size)
{
    if (size <= 0 || size > 20)
        return false;
    const char *p = data;
    const char *end = data + size;
    if (*p == '-')
        ++p;
    if (p == end)
        return false;
    // No leading zeros ("007" is an identifier, not a number: it stays text).
    if (*p == '0' && end - p > 1)
        return false;
    long long value = 0;
    const auto [ptr, ec] = std::from_chars(data, end, value);
    return ec == std::errc() && ptr == end;
}

namespace {

// A plain decimal number as its sign, its digits without leading or trailing zeros, and the
// power of ten of the last digit: "-12.50" -> (-, "125", -1), "0.030" -> (+, "3", -2),
// "1.5e3" -> (+, "15", 2); zero has no digits.
struct Decimal
{
    bool negative = false;
    std::string digits;
    long exponent = 0;

    bool operator==(const Decimal &o) const
    {
        return negative == o.negative && digits == o.digits
               && (digits.empty() || exponent == o.exponent);
    }
};

bool readDecimal(const char *p, const char *end, Decimal &out)
{
    out = {};
    if (p < end && *p == '-') {
        out.negative = true;
        ++p;
    }
    bool afterDot = false;
    for (; p < end && *p != 'e' && *p != 'E'; ++p) {
        if (*p == '.') {
            afterDot = true;
            continue;
        }
        if (*p < '0' || *p > '9')
            return false;
        if (!(out.digits.empty() && *p == '0'))
            out.digits += *p;
        if (afterDot)
            --out.exponent;
    }
    if (p < end) { // the exponent
        ++p;
        if (p < end && *p == '+')
            ++p;
        long e = 0;
        const auto [ptr, ec] = std::from_chars(p, end, e);
        if (ec != std::errc() || ptr != end)
            return false;
        out.exponent += e;
    }
    while (!out.digits.empty() && out.digits.back() == '0') {
        out.digits.pop_back();
        ++out.exponent;
    }
    return true;
}

} // namespace

bool fitsDouble(const char *data, qsizetype size)
{
    if (size <= 0 || size > 64)
        return false;
    // Plain decimal notation only: digits, one dot, an optional sign and exponent. No inf/nan,
    // no hex, no leading zeros before other digits (they mark codes, not numbers).
    const char *p = data;
    const char *end = data + size;
    if (*p == '-')
        ++p;
    if (p == end)
        return false;
    if (*p == '0' && end - p > 1 && p[1] >= '0' && p[1] <= '9')
        return false;
    bool digits = false;
    for (const char *q = p; q < end; ++q) {
        const char c = *q;
        if (c >= '0' && c <= '9')
            digits = true;
        else if (c != '.' && c != 'e' && c != 'E' && c != '-' && c != '+')
            return false;
    }
    if (!digits)
        return false;
    double value = 0;
    const auto [ptr, ec] = std::from_chars(data, end, value);
    if (ec != std::errc() || ptr != end || !std::isfinite(value))
        return false;
    // Only a number the double holds exactly as written (trailing zeros aside): more digits
    // than a double keeps (a 20-digit id) would be rounded without a word, so they are not one.
    char shortest[64];
    const auto [last, error]
        = std::to_chars(shortest, shortest + sizeof shortest, value, std::chars_format::scientific);
    Decimal written;
    Decimal held;
    return error == std::errc() && readDecimal(data, end, written)
           && readDecimal(shortest, last, held) && written == held;
}

QString sanitizeIdentifier(const QString &raw, int index)
{
    QString out;
    out.reserve(raw.size());
    bool lastUnderscore = false;
    for (const QChar ch : raw.trimmed().toLower()) {
        const char16_t c = ch.unicode();
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
        if (ok) {
            out.append(ch);
            lastUnderscore = false;
        } else if (!lastUnderscore && !out.isEmpty()) {
            out.append(QLatin1Char('_'));
            lastUnderscore = true;
        }
    }
    while (out.endsWith(QLatin1Char('_')))
        out.chop(1);
    if (out.isEmpty())
        return QStringLiteral("column_%1").arg(index + 1);
    if (out.at(0).isDigit())
        out.prepend(QStringLiteral("c_"));
    if (out.size() > 63)
        out.truncate(63);
    return out;
}

QString quoteIdentifier(const QString &name)
{
    QString q = name;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

const QList<TargetSchema::EnrichmentColumn> &TargetSchema::enrichmentColumns()
{
    static const QList<EnrichmentColumn> columns {
        {"ip", "inet", Field::Ip},
        {"latitude", "double precision", Field::Latitude},
        {"longitude", "double precision", Field::Longitude},
        {"region_code", "text", Field::RegionCode},
        {"region_name", "text", Field::RegionName},
        {"region_provider", "text", Field::RegionProvider, true},
        {"distance_km", "double precision", Field::DistanceKm},
        {"second_region_code", "text", Field::SecondRegionCode},
        {"second_region_provider", "text", Field::SecondRegionProvider, true},
        {"second_distance_km", "double precision", Field::SecondDistanceKm},
        {"est_rtt_ms", "double precision", Field::EstRttMs, true},
        {"est_rtt_source", "text", Field::EstRttSource, true},
        {"accuracy_km", "double precision", Field::AccuracyKm, true},
        {"uncertainty_km", "double precision", Field::UncertaintyKm, true},
        {"assignment", "text", Field::Assignment, true},
        {"alt_latitude", "double precision", Field::AltLatitude, true},
        {"alt_longitude", "double precision", Field::AltLongitude, true},
        {"alt_region_code", "text", Field::AltRegionCode, true},
        {"alt_distance_km", "double precision", Field::AltDistanceKm, true},
        {"alt_location_km", "double precision", Field::AltLocationKm, true},
        {"agreement", "text", Field::Agreement, true},
        {"country_code", "text", Field::CountryCode},
        {"city", "text", Field::City},
        {"geo_source", "text", Field::GeoSource},
        {"geo_status", "text", Field::GeoStatus},
        {"geo_note", "text", Field::GeoNote, true},
        {"run_id", "bigint", Field::RunId},
    };
    return columns;
}

QString TargetSchema::enrichmentSqlType(const EnrichmentColumn &column) const
{
    if (column.field == Field::Ip && m_pseudonyms)
        return QStringLiteral("text");
    return QString::fromLatin1(column.sqlType);
}

TargetSchema TargetSchema::infer(const QStringList &header, int ipColumn,
                                 const QList<QStringList> &sampleRows)
{
    TargetSchema schema;
    schema.m_ipColumn = ipColumn;

    QSet<QString> taken;
    for (const EnrichmentColumn &e : enrichmentColumns())
        taken.insert(QString::fromLatin1(e.name));

    for (int i = 0; i < header.size(); ++i) {
        SourceColumn col;
        col.header = header.at(i);
        col.isIpColumn = i == ipColumn;
        QString base = sanitizeIdentifier(col.header, i);
        // A CSV column named like an enrichment column keeps its data under another name.
        if (std::any_of(enrichmentColumns().cbegin(), enrichmentColumns().cend(),
                        [&](const EnrichmentColumn &e) { return base == QLatin1String(e.name); }))
            base = base + QStringLiteral("_src");
        QString name = base;
        for (int n = 2; taken.contains(name); ++n) {
            const QString suffix = QStringLiteral("_%1").arg(n);
            name = base.left(63 - suffix.size()) + suffix;
        }
        taken.insert(name);
        col.name = name;

        if (col.isIpColumn) {
            col.type = ColumnType::Text;
        } else {
            bool allInt = true;
            bool allDouble = true;
            bool any = false;
            for (const QStringList &row : sampleRows) {
                if (i >= row.size())
                    continue;
                const QByteArray v = row.at(i).toUtf8();
                if (v.isEmpty())
                    continue;
                any = true;
                allInt = allInt && fitsBigInt(v.constData(), v.size());
                allDouble = allDouble && fitsDouble(v.constData(), v.size());
                if (!allInt && !allDouble)
                    break;
            }
            col.type = !any        ? ColumnType::Text
                       : allInt    ? ColumnType::BigInt
                       : allDouble ? ColumnType::Double
                                   : ColumnType::Text;
        }
        schema.m_columns.append(col);
    }
    return schema;
}

QStringList TargetSchema::columnNames() const
{
    QStringList names;
    for (const SourceColumn &c : m_columns)
        names << c.name;
    for (const EnrichmentColumn &e : enrichmentColumns())
        names << QString::fromLatin1(e.name);
    return names;
}

QStringList TargetSchema::columnSqlTypes() const
{
    QStringList types;
    for (const SourceColumn &c : m_columns)
        types << columnTypeSql(c.type);
    for (const EnrichmentColumn &e : enrichmentColumns())
        types << enrichmentSqlType(e);
    return types;
}

int TargetSchema::findSourceColumn(const QString &name) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).header.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QString TargetSchema::createTableSql(const QString &quotedTable, int uniqueKeyColumn) const
{
    QStringList defs;
    for (int i = 0; i < m_columns.size(); ++i) {
        const SourceColumn &c = m_columns.at(i);
        QString def = quoteIdentifier(c.name) + QLatin1Char(' ') + columnTypeSql(c.type);
        if (i == uniqueKeyColumn)
            def += QStringLiteral(" UNIQUE");
        defs << def;
    }
    for (const EnrichmentColumn &e : enrichmentColumns()) {
        QString def = quoteIdentifier(QString::fromLatin1(e.name)) + QLatin1Char(' ')
                      + enrichmentSqlType(e);
        if (qstrcmp(e.name, "geo_status") == 0 || qstrcmp(e.name, "run_id") == 0)
            def += QStringLiteral(" NOT NULL");
        defs << def;
    }
    return QStringLiteral("CREATE TABLE %1 (\n    %2\n)")
        .arg(quotedTable, defs.join(QStringLiteral(",\n    ")));
}

QString TargetSchema::quotedColumnList() const
{
    QStringList quoted;
    for (const QString &n : columnNames())
        quoted << quoteIdentifier(n);
    return quoted.join(QStringLiteral(", "));
}

} // namespace regionmap
