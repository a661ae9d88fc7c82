#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace regionmap {

enum class ColumnType { BigInt, Double, Text };

// The PostgreSQL type name of a column type ("bigint", "double precision", "text").
QString columnTypeSql(ColumnType type);

// One column of the CSV as it lands in the target table.
struct SourceColumn
{
    QString header; // the name in the file, unchanged (may be empty, hostile, duplicated)
    QString name; // the sanitised SQL name: [a-z0-9_], unique, at most 63 bytes
    ColumnType type = ColumnType::Text;
    bool isIpColumn = false; // kept as text exactly as in the file
};

// The target table's layout: the CSV's columns (sanitised names, inferred types) followed by the
// enrichment columns. Identifiers are always sanitised here and quoted when SQL is built, so no
// header text ever reaches SQL raw.
class TargetSchema
{
    Q_DECLARE_TR_FUNCTIONS(TargetSchema)

public:
    // Infers a type per column from sample rows: bigint when every non-empty value is an integer
    // without leading zeros that fits in 64 bits, double precision when every non-empty value is a
    // decimal number, else text. The IP column is always text.
    static TargetSchema infer(const QStringList &header, int ipColumn,
                              const QList<QStringList> &sampleRows);

    const QList<SourceColumn> &sourceColumns() const { return m_columns; }
    int ipColumn() const { return m_ipColumn; }

    // The ip column holds addresses (inet, the default: also networks such as "203.0.113.0/24")
    // or pseudonyms (text, the hash privacy mode).
    void setPseudonymousAddresses(bool pseudonyms) { m_pseudonyms = pseudonyms; }
    bool pseudonymousAddresses() const { return m_pseudonyms; }

    // What an enrichment column holds. The encoder (etl/rowencoder.cpp) writes each row by
    // walking enrichmentColumns() and switching on this, so the DDL and the COPY data follow one
    // list. The nine point fields, Latitude .. SecondDistanceKm, depend on the location alone
    // and must stay together in this order (the encoder checks).
    enum class Field {
        Ip,
        Latitude,
        Longitude,
        RegionCode,
        RegionName,
        RegionProvider,
        DistanceKm,
        SecondRegionCode,
        SecondRegionProvider,
        SecondDistanceKm,
        EstRttMs,
        EstRttSource,
        AccuracyKm,
        UncertaintyKm,
        Assignment,
        AltLatitude,
        AltLongitude,
        AltRegionCode,
        AltDistanceKm,
        AltLocationKm,
        Agreement,
        CountryCode,
        City,
        GeoSource,
        GeoStatus,
        GeoNote,
        RunId,
    };

    // The enrichment columns, in table order, with their SQL types. A column added by a later
    // version (addedLater) is added to an older table that a run appends to; it is NULL for the
    // rows loaded before.
    struct EnrichmentColumn
    {
        const char *name;
        const char *sqlType;
        Field field;
        bool addedLater = false;
    };
    static const QList<EnrichmentColumn> &enrichmentColumns();

    // Every column name in table order.
    QStringList columnNames() const;
    // Every column type in table order (as SQL type names), matching columnNames().
    QStringList columnSqlTypes() const;
    // The SQL type of an enrichment column in this table (the ip column's follows
    // pseudonymousAddresses()).
    QString enrichmentSqlType(const EnrichmentColumn &column) const;

    // The column whose header or sanitised name is `name` (case-insensitive), or -1.
    int findSourceColumn(const QString &name) const;

    // CREATE TABLE for `quotedTable` (already quoted). With a key column, that column is UNIQUE.
    QString createTableSql(const QString &quotedTable, int uniqueKeyColumn = -1) const;

    // A comma-separated, quoted column list for COPY and INSERT.
    QString quotedColumnList() const;

private:
    QList<SourceColumn> m_columns;
    bool m_pseudonyms = false;
    int m_ipColumn = -1;
};

// Lower-case, [a-z0-9_] only, not starting with a digit, at most 63 bytes; "column_<n>" (1-based)
// when nothing usable is left.
QString sanitizeIdentifier(const QString &raw, int index);

// Double-quotes an identifier for SQL the way libpq's PQescapeIdentifier does.
QString quoteIdentifier(const QString &name);

// Whether a value fits a column type as PostgreSQL reads it in COPY text format. A double only
// when it holds the value exactly as written, trailing zeros aside ("1.10" is 1.1; a 20-digit id
// is not a double: it would be rounded).
bool fitsBigInt(const char *data, qsizetype size);
bool fitsDouble(const char *data, qsizetype size);

} // namespace regionmap
