#pragma once

#include "results/pgresult.h"
#include "results/resultscope.h"
#include "results/tableinfo.h"

#include <QString>

namespace regionmap {

// The row table's filter: every condition that is set must hold.
struct RowFilter
{
    QString regionCode; // region_code = this (empty: any)
    bool withoutRegion = false; // region_code IS NULL (wins over regionCode)
    QString geoStatus; // geo_status = this (empty: any)
    QString assignment; // assignment = this, "firm" or "uncertain" (empty: any)
    QString agreement; // agreement = this, e.g. "different_region" (empty: any)
    QString text; // any column's text contains this, case-insensitive (empty: any)

    bool isEmpty() const
    {
        return regionCode.isEmpty() && !withoutRegion && geoStatus.isEmpty() && assignment.isEmpty()
               && agreement.isEmpty() && text.isEmpty();
    }
    bool operator==(const RowFilter &o) const
    {
        return regionCode == o.regionCode && withoutRegion == o.withoutRegion
               && geoStatus == o.geoStatus && assignment == o.assignment && agreement == o.agreement
               && text == o.text;
    }
    bool operator!=(const RowFilter &o) const { return !(*this == o); }
};

// The row table's order, done by the server. Ties (and no column) keep the table's physical order.
struct RowOrder
{
    QString column; // empty: physical order
    bool descending = false;
};

// Which rows of which table, in what order: the rows of a scope that pass a filter. Builds the
// SQL with quoted identifiers (libpq's PQescapeIdentifier) and bound parameters only.
class RowSelection
{
public:
    RowSelection(TableInfo table, ResultScope scope, RowFilter filter = {}, RowOrder order = {})
        : m_table(std::move(table))
        , m_scope(std::move(scope))
        , m_filter(std::move(filter))
        , m_order(std::move(order))
    { }

    const TableInfo &table() const { return m_table; }
    const ResultScope &scope() const { return m_scope; }
    const RowFilter &filter() const { return m_filter; }
    const RowOrder &order() const { return m_order; }

    // " WHERE ..." (or an empty string), appending the values to params.
    QString whereSql(PGconn *conn, PgParams &params) const;
    // " ORDER BY col ASC|DESC NULLS LAST, ctid" or " ORDER BY ctid"; an unknown column is
    // ignored.
    QString orderSql(PGconn *conn) const;
    // The order names a column of the table; otherwise the rows are in physical order.
    bool isSorted() const { return m_table.columnIndex(m_order.column) >= 0; }
    // Every column, quoted, comma-separated.
    QString columnsSql(PGconn *conn) const;

    // A pattern for ILIKE that matches `text` literally anywhere: %, _ and \ escaped.
    static QString containsPattern(const QString &text);

private:
    TableInfo m_table;
    ResultScope m_scope;
    RowFilter m_filter;
    RowOrder m_order;
};

} // namespace regionmap
