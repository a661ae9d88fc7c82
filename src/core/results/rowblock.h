#pragma once

#include <QBitArray>
#include <QList>
#include <QString>

namespace regionmap {

// Some rows of a target table, fetched by their physical position (tid), in the order asked for.
// A row that is gone (deleted or moved since the snapshot) has found() false and empty cells.
struct RowBlock
{
    int columnCount = 0;
    QList<QString> cells; // row-major, rows * columnCount
    QBitArray nulls; // SQL NULL, same layout as cells
    QBitArray found; // per row

    int rowCount() const { return columnCount ? int(cells.size() / columnCount) : 0; }
    const QString &cell(int row, int column) const { return cells.at(row * columnCount + column); }
    bool isNull(int row, int column) const { return nulls.testBit(row * columnCount + column); }
};

} // namespace regionmap
