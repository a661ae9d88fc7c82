#pragma once

#include "geo/regioncatalog.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QVector>

namespace regionmap {

// The regions of the catalogs a run combines (built-in ones, then a file), with the validation
// issues next to the rows they concern. A line that could not be read as a region (an error)
// still gets a row, with what was wrong; a built-in region that the file replaces is shown as
// replaced; a restricted or announced region that is not included is shown as not used.
class RegionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CodeColumn,
        ProviderColumn,
        NameColumn,
        CityColumn,
        LatitudeColumn,
        LongitudeColumn,
        CheckColumn,
        ColumnCount
    };
    static constexpr int SeverityRole = Qt::UserRole + 1; // -1 none, 0 error, 1 warning

    explicit RegionTableModel(QObject *parent = nullptr);

    void setCatalog(const RegionCatalog &catalog) { setCatalogs({catalog}, true, true); }
    // The parts in the order RegionCatalog::combine() takes them; regions of the statuses not
    // included are listed, marked as not used.
    void setCatalogs(const QList<RegionCatalog> &parts, bool includeRestricted,
                     bool includeAnnounced);
    void clear();

    int regionCount() const { return m_regionCount; }
    // Whether the row's region takes part in a run (not replaced, of an included status).
    bool isUsed(int row) const;
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
        QString replacedBy; // the catalog whose region of the same code replaces this one
        bool excluded = false; // restricted or announced, and not included
    };

    void addIssues(const RegionCatalog &catalog, int firstRow);

    QVector<Row> m_rows;
    QStringList m_fileIssues;
    int m_regionCount = 0;
    int m_errors = 0;
    int m_warnings = 0;
    QIcon m_errorIcon;
    QIcon m_warningIcon;
};

} // namespace regionmap
