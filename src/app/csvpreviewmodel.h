#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace regionmap {

// The first rows of a CSV file as the run will read them (CsvSniffer's preview), with the
// column names as headers and the IP column marked.
class CsvPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int IpColumnRole = Qt::UserRole + 1; // bool, on every cell and header

    explicit CsvPreviewModel(QObject *parent = nullptr);

    // Replaces the whole preview. Rows may have fewer or more fields than there are columns;
    // missing fields show empty, extra ones get a column of their own.
    void setPreview(const QStringList &columnNames, const QList<QStringList> &rows, int ipColumn);
    void clear();

    int ipColumn() const { return m_ipColumn; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_columns;
    QList<QStringList> m_rows;
    int m_ipColumn = -1;
};

} // namespace regionmap
