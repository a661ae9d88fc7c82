#include "summarysortproxy.h"

#include "regionsummarymodel.h"

namespace regionmap {

SummarySortProxy::SummarySortProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RegionSummaryModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

bool SummarySortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int leftKind = left.data(RegionSummaryModel::KindRole).toInt();
    const int rightKind = right.data(RegionSummaryModel::KindRole).toInt();
    if (leftKind != rightKind) {
        // Descending sorts compare (right, left): answer so that regions come first either way.
        const bool leftIsStatus = leftKind == int(RegionSummaryModel::Kind::StatusLine);
        return sortOrder() == Qt::AscendingOrder ? !leftIsStatus : leftIsStatus;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace regionmap
