#pragma once

#include <QSortFilterProxyModel>

namespace regionmap {

// Sorts the region summary by any column (numbers as numbers) and keeps the lines of the rows
// that were not located below the regions, whatever the order.
class SummarySortProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SummarySortProxy(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace regionmap
