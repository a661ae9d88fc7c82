#include "rowselection.h"

#include "db/copystream.h"
#include "results/scopesql.h"

namespace regionmap {

QString RowSelection::whereSql(PGconn *conn, PgParams &params) const
{
    QStringList conditions;
    if (const QString scope = scopeCondition(m_scope, params); !scope.isEmpty())
        conditions << scope.mid(int(qstrlen(" AND ")));
    if (m_filter.withoutRegion) {
        conditions << QStringLiteral("region_code IS NULL");
    } else if (!m_filter.regionCode.isEmpty()) {
        conditions << QStringLiteral("region_code = ") + params.next();
        params.add(m_filter.regionCode);
    }
    if (!m_filter.geoStatus.isEmpty()) {
        conditions << QStringLiteral("geo_status = ") + params.next();
        params.add(m_filter.geoStatus);
    }
    // A table from before these columns existed has none: then no row matches.
    const std::pair<QString, QString> judged[]
        = {{QStringLiteral("assignment"), m_filter.assignment},
           {QStringLiteral("agreement"), m_filter.agreement}};
    for (const auto &[column, value] : judged) {
        if (value.isEmpty())
            continue;
        if (m_table.columnIndex(column) >= 0) {
            conditions << column + QStringLiteral(" = ") + params.next();
            params.add(value);
        } else {
            conditions << QStringLiteral("false");
        }
    }
    if (!m_filter.text.isEmpty()) {
        // One string per row, the columns joined by a unit separator, so that a match never
        // spans two columns.
        QStringList columns;
        for (const TableColumn &c : m_table.columns)
            columns << pgQuoteIdentifier(conn, c.name);
        conditions << QStringLiteral("concat_ws(chr(31), %1) ILIKE %2")
                          .arg(columns.join(QStringLiteral(", ")), params.next());
        params.add(containsPattern(m_filter.text));
    }
    if (conditions.isEmpty())
        return {};
    return QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QString RowSelection::orderSql(PGconn *conn) const
{
    if (!isSorted())
        return QStringLiteral(" ORDER BY ctid");
    // Rows without a value come last either way: "largest distance first" shows distances.
    return QStringLiteral(" ORDER BY %1 %2 NULLS LAST, ctid")
        .arg(pgQuoteIdentifier(conn, m_order.column),
             m_order.descending ? QStringLiteral("DESC") : QStringLiteral("ASC"));
}

QString RowSelection::columnsSql(PGconn *conn) const
{
    QStringList columns;
    for (const TableColumn &c : m_table.columns)
        columns << pgQuoteIdentifier(conn, c.name);
    return columns.join(QStringLiteral(", "));
}

QString RowSelection::containsPattern(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace regionmap
