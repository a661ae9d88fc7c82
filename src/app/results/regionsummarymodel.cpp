#include "regionsummarymodel.h"

#include "resultsexport.h"
#include "resultstext.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace regionmap {

RegionSummaryModel::RegionSummaryModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RegionSummaryModel::setOverview(const ScopeOverview &overview, const RegionPalette &palette)
{
    beginResetModel();
    m_overview = overview;
    m_palette = palette;
    m_statuses.clear();
    for (const StatusStat &s : overview.statuses) {
        if (s.status != QLatin1String("located"))
            m_statuses << s;
    }
    endResetModel();
}

void RegionSummaryModel::clear()
{
    setOverview({}, {});
}

int RegionSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_overview.regions.size() + m_statuses.size());
}

int RegionSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegionSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    if (row < m_overview.regions.size())
        return regionData(m_overview.regions.at(row), index.column(), role);
    return statusData(m_statuses.at(row - m_overview.regions.size()), index.column(), role);
}

QVariant RegionSummaryModel::regionData(const RegionStat &r, int column, int role) const
{
    // A region of fewer rows than the minimum count: its count and numbers are withheld, on
    // screen and in exports (docs/privacy.md).
    if (r.withheld && column >= RowsColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return column == RowsColumn ? m_overview.privacy.withheldText() : QStringLiteral("—");
        case ResultsExport::ExportRole:
            return column == RowsColumn ? m_overview.privacy.withheldText() : QString();
        case SortRole:
            return column == RowsColumn ? QVariant(qint64(0)) : QVariant(-1.0);
        case Qt::ToolTipRole:
            return tr("Withheld: fewer than %1 rows, or withheld with such a region so that the "
                      "totals do not give it away (the minimum count of these runs).")
                .arg(m_overview.privacy.minCount);
        default:
            break;
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case CodeColumn:
            return r.code;
        case ProviderColumn:
            return r.provider;
        case NameColumn:
            return r.name;
        case CityColumn:
            return r.city;
        case RowsColumn:
            return ResultsText::count(r.rows);
        case ShareColumn:
            return ResultsText::share(r.share);
        case MeanColumn:
            return ResultsText::km(r.meanKm, false);
        case MedianColumn:
            return ResultsText::km(r.medianKm, false);
        case P95Column:
            return ResultsText::km(r.p95Km, false);
        case MeanRttColumn:
            return ResultsText::ms(r.rtt.meanMs, false);
        case P95RttColumn:
            return ResultsText::ms(r.rtt.p95Ms, false);
        case FirmColumn:
            return r.firm + r.uncertain > 0 || r.rows == 0 ? ResultsText::count(r.firm)
                                                           : QStringLiteral("—");
        case UncertainColumn:
            return r.firm + r.uncertain > 0 || r.rows == 0 ? ResultsText::count(r.uncertain)
                                                           : QStringLiteral("—");
        case AgreementColumn:
            return r.crossChecked() > 0
                       ? ResultsText::share(double(r.crossSame) / double(r.crossChecked()))
                       : QStringLiteral("—");
        default:
            return {};
        }
    case SortRole:
        switch (column) {
        case RowsColumn:
            return r.rows;
        case ShareColumn:
            return r.share;
        case MeanColumn:
            return r.meanKm ? *r.meanKm : -1.0;
        case MedianColumn:
            return r.medianKm ? *r.medianKm : -1.0;
        case P95Column:
            return r.p95Km ? *r.p95Km : -1.0;
        case MeanRttColumn:
            return r.rtt.meanMs ? *r.rtt.meanMs : -1.0;
        case P95RttColumn:
            return r.rtt.p95Ms ? *r.rtt.p95Ms : -1.0;
        case FirmColumn:
            return r.firm;
        case UncertainColumn:
            return r.uncertain;
        case AgreementColumn:
            return r.crossChecked() > 0 ? double(r.crossSame) / double(r.crossChecked()) : -1.0;
        default:
            return regionData(r, column, Qt::DisplayRole);
        }
    case Qt::DecorationRole:
        if (column == CodeColumn)
            return r.rows > 0 ? m_palette.color(r.code) : RegionPalette::otherColor();
        return {};
    case Qt::TextAlignmentRole:
        if (column >= RowsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (r.rows == 0)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::ToolTipRole:
        if ((column == MeanRttColumn || column == P95RttColumn) && r.rtt.measured > 0)
            return tr("%1 of %2 rows have a measured round trip, the others the model's.")
                .arg(ResultsText::count(r.rtt.measured), ResultsText::count(r.rtt.rows));
        if (column == AgreementColumn && r.crossChecked() > 0)
            return tr("Of %1 cross-checked rows: %2 in the same region, %3 in another, %4 not "
                      "located by the second database.")
                .arg(ResultsText::count(r.crossChecked()), ResultsText::count(r.crossSame),
                     ResultsText::count(r.crossDifferent), ResultsText::count(r.crossNotLocated));
        if (column == FirmColumn || column == UncertainColumn) {
            const qint64 unjudged = r.rows - r.firm - r.uncertain;
            if (unjudged > 0)
                return tr("%1 of these rows were loaded by an older version, which did not judge "
                          "their assignment. Load them again to see it.")
                    .arg(ResultsText::count(unjudged));
            return column == FirmColumn
                       ? tr("Rows whose second-nearest region is farther than the nearest by more "
                            "than the location's uncertainty.")
                       : tr("Rows whose location is too uncertain to tell the nearest region from "
                            "the second: the assignment may well be the other one.");
        }
        if (!r.inCatalog)
            return tr("This region is not in the catalogs of the runs shown.");
        return tr("%1 (%2), at %3, %4").arg(r.name, r.code).arg(r.latitude).arg(r.longitude);
    case ResultsExport::ExportRole:
        switch (column) {
        case RowsColumn:
            return r.rows;
        case ShareColumn:
            return r.share;
        case MeanColumn:
            return r.meanKm ? QVariant(*r.meanKm) : QVariant(QString());
        case MedianColumn:
            return r.medianKm ? QVariant(*r.medianKm) : QVariant(QString());
        case P95Column:
            return r.p95Km ? QVariant(*r.p95Km) : QVariant(QString());
        case MeanRttColumn:
            return r.rtt.meanMs ? QVariant(*r.rtt.meanMs) : QVariant(QString());
        case P95RttColumn:
            return r.rtt.p95Ms ? QVariant(*r.rtt.p95Ms) : QVariant(QString());
        case FirmColumn:
            return r.firm;
        case UncertainColumn:
            return r.uncertain;
        case AgreementColumn:
            return r.crossChecked() > 0 ? QVariant(double(r.crossSame) / double(r.crossChecked()))
                                        : QVariant(QString());
        default:
            return regionData(r, column, Qt::DisplayRole);
        }
    case KindRole:
        return int(Kind::Region);
    case KeyRole:
        return r.code;
    default:
        return {};
    }
}

QVariant RegionSummaryModel::statusData(const StatusStat &s, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case CodeColumn:
            return s.status;
        case NameColumn:
            return tr("Not located: %1").arg(ResultsText::statusLabel(s.status));
        case RowsColumn:
            return ResultsText::count(s.rows);
        case ShareColumn:
            return ResultsText::share(s.share);
        case MeanColumn:
        case MedianColumn:
        case P95Column:
        case MeanRttColumn:
        case P95RttColumn:
        case FirmColumn:
        case UncertainColumn:
        case AgreementColumn:
            return QStringLiteral("—");
        default:
            return QString();
        }
    case SortRole:
        switch (column) {
        case RowsColumn:
            return s.rows;
        case ShareColumn:
            return s.share;
        case MeanColumn:
        case MedianColumn:
        case P95Column:
        case MeanRttColumn:
        case P95RttColumn:
        case FirmColumn:
        case UncertainColumn:
        case AgreementColumn:
            return -1.0;
        default:
            return statusData(s, column, Qt::DisplayRole);
        }
    case Qt::DecorationRole:
        if (column == CodeColumn)
            return RegionPalette::statusColor(s.status);
        return {};
    case Qt::FontRole: {
        QFont f;
        f.setItalic(true);
        return f;
    }
    case Qt::TextAlignmentRole:
        if (column >= RowsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        return ResultsText::statusDescription(s.status);
    case ResultsExport::ExportRole:
        switch (column) {
        case RowsColumn:
            return s.rows;
        case ShareColumn:
            return s.share;
        case MeanColumn:
        case MedianColumn:
        case P95Column:
        case MeanRttColumn:
        case P95RttColumn:
        case FirmColumn:
        case UncertainColumn:
        case AgreementColumn:
            return QString();
        default:
            return statusData(s, column, Qt::DisplayRole);
        }
    case KindRole:
        return int(Kind::StatusLine);
    case KeyRole:
        return s.status;
    default:
        return {};
    }
}

QVariant RegionSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ShareColumn:
            return tr("Share of every row shown, located or not.");
        case MeanColumn:
            return tr("Mean distance from the address to its region, in km.");
        case MedianColumn:
            return tr("Median distance from the address to its region, in km.");
        case P95Column:
            return tr("95th percentile of the distance, in km (interpolated, as "
                      "percentile_cont).");
        case MeanRttColumn:
            return tr("Mean est. RTT: the network round trip estimated from the distance, or "
                      "measured where a latency table gave one, in ms (docs/latency-model.md).");
        case P95RttColumn:
            return tr("95th percentile of the est. RTT, in ms.");
        case ProviderColumn:
            return tr("The cloud the region belongs to, as its catalog says.");
        case FirmColumn:
            return tr("Firm: the margin to the second-nearest region is larger than the "
                      "location's uncertainty (its accuracy radius, or the database's typical "
                      "error; docs/geolocation-accuracy.md).");
        case UncertainColumn:
            return tr("Uncertain: the second-nearest region is within the location's "
                      "uncertainty, so the row may belong to it.");
        case AgreementColumn:
            return tr("Agreement: the share of the cross-checked rows that a second database "
                      "puts in the same region (a run with a cross-check).");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Region");
    case ProviderColumn:
        return tr("Cloud");
    case NameColumn:
        return tr("Name");
    case CityColumn:
        return tr("City");
    case RowsColumn:
        return tr("Rows");
    case ShareColumn:
        return tr("Share");
    case MeanColumn:
        return tr("Mean km");
    case MedianColumn:
        return tr("Median km");
    case P95Column:
        return tr("95th pct. km");
    case MeanRttColumn:
        return tr("est. RTT ms");
    case P95RttColumn:
        return tr("95th pct. RTT");
    case FirmColumn:
        return tr("Firm");
    case UncertainColumn:
        return tr("Uncertain");
    case AgreementColumn:
        return tr("Agreement");
    default:
        return {};
    }
}

} // namespace regionmap
