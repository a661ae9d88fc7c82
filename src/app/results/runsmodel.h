#pragma once

#include "results/runrecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace regionmap {

// The etl_runs history for the run picker, newest first.
class RunsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        RunColumn,
        StartedColumn,
        StatusColumn,
        TableColumn,
        ModeColumn,
        FilesColumn,
        CatalogColumn,
        ProviderColumn,
        ReadColumn,
        LoadedColumn,
        RejectedColumn,
        LocatedColumn,
        ColumnCount
    };
    enum Role { RunIdRole = Qt::UserRole + 1, SortRole };

    explicit RunsModel(QObject *parent = nullptr);

    void setRuns(const QList<RunRecord> &runs);
    const QList<RunRecord> &runs() const { return m_runs; }
    const RunRecord *run(int row) const;
    int rowOfRun(qint64 runId) const;
    // Whether a run's rows can be shown: it succeeded and its table is still there.
    static bool isBrowsable(const RunRecord &run);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString statusText(const RunRecord &run) const;
    QString toolTip(const RunRecord &run) const;

    QList<RunRecord> m_runs;
};

} // namespace regionmap
