#include "runlogfiltermodel.h"

#include "runlogmodel.h"

namespace regionmap {

RunLogFilterModel::RunLogFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setFilterKeyColumn(RunLogModel::MessageColumn);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void RunLogFilterModel::setMinimumLevel(MessageLevel level)
{
    if (level == m_minimum)
        return;
    m_minimum = level;
    invalidateFilter();
}

bool RunLogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (idx.data(RunLogModel::LevelRole).toInt() < int(m_minimum))
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace regionmap
