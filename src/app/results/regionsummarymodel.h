#pragma once

#include "regionpalette.h"
#include "results/scopeoverview.h"

#include <QAbstractTableModel>

namespace regionmap {

// The region summary: one line per region of the scope (the catalog's regions, with the rows
// PostgreSQL assigned to them, their distances and how many assignments are firm), then one line
// per status of the rows that were not located.
class RegionSummaryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CodeColumn,
        ProviderColumn,
        NameColumn,
        CityColumn,
        RowsColumn,
        ShareColumn,
        MeanColumn,
        MeanRttColumn, // next to the distance it comes from
        MedianColumn,
        P95Column,
        P95RttColumn,
        FirmColumn, // docs/geolocation-accuracy.md
        UncertainColumn,
        AgreementColumn, // the cross-check's: the share in the same region
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // numbers as numbers
        KindRole, // Kind
        KeyRole, // the region code, or the geo_status of a status line
    };
    enum class Kind { Region, StatusLine };

    explicit RegionSummaryModel(QObject *parent = nullptr);

    void setOverview(const ScopeOverview &overview, const RegionPalette &palette);
    void clear();
    const ScopeOverview &overview() const { return m_overview; }

    int regionLines() const { return int(m_overview.regions.size()); }
    int statusLines() const { return int(m_statuses.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant regionData(const RegionStat &r, int column, int role) const;
    QVariant statusData(const StatusStat &s, int column, int role) const;

    ScopeOverview m_overview;
    QList<StatusStat> m_statuses; // the non-located ones
    RegionPalette m_palette;
};

} // namespace regionmap
