#pragma once

#include "geo/regioncatalog.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QVector>

namespace regionmap {

// The regions of a catalog with the validation issues next to the rows they concern. A line
// that could not be read as a region (an error) still gets a row, with what was wrong.
class RegionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CodeColumn,
        NameColumn,
        CityColumn,
        LatitudeColumn,
        LongitudeColumn,
        CheckColumn,
        ColumnCount
    };
    static constexpr int SeverityRole = Qt::UserRole + 1; // -1 none, 0 error, 1 warning

    explicit RegionTableModel(QObject *parent = nullptr);

    void setCatalog(const RegionCatalog &catalog);
    void clear();

    int regionCount() const { return m_regionCount; }
    int errorCount() const { return m_errors; }
    int warningCount() const { return m_warnings; }
    // Issues that concern the whole file (line 0 or no matching row).
    QStringList fileIssues() const { return m_fileIssues; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        bool isRegion = true;
        Region region;
        QString code; // for a line that is not a region
        int line = 0;
        int severity = -1;
        QStringList messages;
    };

    QVector<Row> m_rows;
    QStringList m_fileIssues;
    int m_regionCount = 0;
    int m_errors = 0;
    int m_warnings = 0;
    QIcon m_errorIcon;
    QIcon m_warningIcon;
};

} // namespace regionmap
