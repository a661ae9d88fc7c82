#pragma once

#include "plan/planner.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QSortFilterProxyModel>

#include <memory>

namespace regionmap {

// The Plan page's region list: every candidate of the four clouds, a check box for the serving
// set of the what-if, and the rows, share and distances the current outcome gives each region of
// the set.
class PlanRegionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        RegionColumn,
        NameColumn,
        CityColumn,
        RowsColumn,
        ShareColumn,
        MeanKmColumn,
        RttColumn,
        ColumnCount
    };
    static constexpr int ProviderRole = Qt::UserRole + 1;
    static constexpr int CandidateRole = Qt::UserRole + 2;

    explicit PlanRegionModel(QObject *parent = nullptr);

    void setPlanner(std::shared_ptr<const Planner> planner);
    void setOutcome(const PlanOutcome &outcome);
    // The serving set, as candidate indexes in candidate order.
    QList<int> chosen() const;
    void setChosen(const QList<int> &set);
    void toggle(int candidate);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    // The analyst changed the set (not setChosen()).
    void chosenChanged();

private:
    std::shared_ptr<const Planner> m_planner;
    QSet<int> m_chosen;
    QHash<QString, PlanRegionStats> m_stats; // by "provider:code"
};

// The region list's filter: one cloud (or all), and a text any column may contain (the key, the
// name or the city).
class PlanRegionFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setProvider(const QString &provider);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_provider;
    QString m_text;
};

} // namespace regionmap
