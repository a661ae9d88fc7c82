#include "planregionmodel.h"

#include "results/resultstext.h"
#include "results/scopeprivacy.h"

#include <QLocale>

#include <algorithm>

namespace regionmap {

PlanRegionModel::PlanRegionModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void PlanRegionModel::setPlanner(std::shared_ptr<const Planner> planner)
{
    beginResetModel();
    m_planner = std::move(planner);
    m_chosen.clear();
    m_stats.clear();
    endResetModel();
}

void PlanRegionModel::setOutcome(const PlanOutcome &outcome)
{
    m_stats.clear();
    for (const PlanRegionStats &s : outcome.perRegion)
        m_stats.insert(s.region, s);
    if (rowCount() > 0)
        emit dataChanged(index(0, RowsColumn), index(rowCount() - 1, RttColumn));
}

QList<int> PlanRegionModel::chosen() const
{
    QList<int> list(m_chosen.cbegin(), m_chosen.cend());
    std::sort(list.begin(), list.end());
    return list;
}

void PlanRegionModel::setChosen(const QList<int> &set)
{
    m_chosen = QSet<int>(set.cbegin(), set.cend());
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, 0), {Qt::CheckStateRole});
}

void PlanRegionModel::toggle(int candidate)
{
    if (candidate < 0 || candidate >= rowCount())
        return;
    setData(index(candidate, RegionColumn),
            m_chosen.contains(candidate) ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
}

int PlanRegionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_planner ? 0 : int(m_planner->candidates().size());
}

int PlanRegionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanRegionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_planner)
        return {};
    const Region &r = m_planner->candidates().at(index.row());
    const QString key = Planner::key(r);
    if (role == ProviderRole)
        return r.provider;
    if (role == CandidateRole)
        return index.row();
    if (role == Qt::CheckStateRole && index.column() == RegionColumn)
        return m_chosen.contains(index.row()) ? Qt::Checked : Qt::Unchecked;
    const auto stats = m_stats.constFind(key);
    const bool has = stats != m_stats.cend() && m_chosen.contains(index.row());
    if (role == Qt::TextAlignmentRole && index.column() >= RowsColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole) { // for sorting: numbers as numbers
        switch (index.column()) {
        case RowsColumn:
            return has && !stats->withheld ? double(stats->rows) : -1.0;
        case ShareColumn:
            return has ? stats->share : -1.0;
        case MeanKmColumn:
            return has && stats->meanKm ? *stats->meanKm : -1.0;
        case RttColumn:
            return has && stats->meanRttMs ? *stats->meanRttMs : -1.0;
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case RegionColumn:
        return key;
    case NameColumn:
        return r.name;
    case CityColumn:
        return r.city;
    case RowsColumn:
        if (has && stats->withheld) // docs/privacy.md
            return ScopePrivacy::withheldText();
        return has ? ResultsText::count(stats->rows) : QString();
    case ShareColumn:
        return has && !stats->withheld ? ResultsText::share(stats->share) : QString();
    case MeanKmColumn:
        return has && stats->meanKm ? locale.toString(*stats->meanKm, 'f', 0) : QString();
    case RttColumn:
        return has && stats->meanRttMs ? locale.toString(*stats->meanRttMs, 'f', 1) : QString();
    default:
        return {};
    }
}

bool PlanRegionModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole || index.column() != RegionColumn)
        return false;
    const bool on = value.toInt() == Qt::Checked;
    if (on == m_chosen.contains(index.row()))
        return true;
    if (on)
        m_chosen.insert(index.row());
    else
        m_chosen.remove(index.row());
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit chosenChanged();
    return true;
}

Qt::ItemFlags PlanRegionModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == RegionColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant PlanRegionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RegionColumn:
        return tr("Region");
    case NameColumn:
        return tr("Name");
    case CityColumn:
        return tr("City");
    case RowsColumn:
        return tr("Rows");
    case ShareColumn:
        return tr("Share");
    case MeanKmColumn:
        return tr("Mean km");
    case RttColumn:
        return tr("Est. RTT ms");
    default:
        return {};
    }
}

void PlanRegionFilter::setProvider(const QString &provider)
{
    m_provider = provider;
    invalidateRowsFilter();
}

void PlanRegionFilter::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

bool PlanRegionFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    if (!m_provider.isEmpty()
        && m->index(sourceRow, 0, sourceParent).data(PlanRegionModel::ProviderRole).toString()
               != m_provider)
        return false;
    if (m_text.isEmpty())
        return true;
    for (const int c : {int(PlanRegionModel::RegionColumn), int(PlanRegionModel::NameColumn),
                        int(PlanRegionModel::CityColumn)}) {
        if (m->index(sourceRow, c, sourceParent)
                .data()
                .toString()
                .contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace regionmap
