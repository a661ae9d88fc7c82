#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace regionmap {

// A column of a target table as the row views show it.
struct TableColumn
{
    QString name;
    QString sqlType; // format_type(): "bigint", "text", "double precision", "inet", ...
    bool numeric = false; // right-aligned in the views
};

// What the results views need to know about a target table.
struct TableInfo
{
    QString name; // unquoted, as in etl_runs.target_table
    QString quotedName; // quoted by libpq (PQescapeIdentifier): safe to put into SQL
    QList<TableColumn> columns; // in table order
    qint64 estimatedRows = 0; // pg_class.reltuples (-1 or 0 when never analysed)

    int columnIndex(const QString &column) const
    {
        for (int i = 0; i < columns.size(); ++i) {
            if (columns.at(i).name == column)
                return i;
        }
        return -1;
    }
    QStringList columnNames() const
    {
        QStringList names;
        for (const TableColumn &c : columns)
            names << c.name;
        return names;
    }
};

} // namespace regionmap
