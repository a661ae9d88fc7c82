#include "csvpreviewmodel.h"

#include "theme.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace regionmap {

CsvPreviewModel::CsvPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CsvPreviewModel::setPreview(const QStringList &columnNames, const QList<QStringList> &rows,
                                 int ipColumn)
{
    beginResetModel();
    m_columns = columnNames;
    m_rows = rows;
    qsizetype widest = m_columns.size();
    for (const QStringList &row : rows)
        widest = qMax(widest, row.size());
    for (qsizetype i = m_columns.size(); i < widest; ++i)
        m_columns << tr("(extra field %1)").arg(i + 1);
    m_ipColumn = ipColumn >= 0 && ipColumn < m_columns.size() ? ipColumn : -1;
    endResetModel();
}

void CsvPreviewModel::clear()
{
    beginResetModel();
    m_columns.clear();
    m_rows.clear();
    m_ipColumn = -1;
    endResetModel();
}

int CsvPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CsvPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant CsvPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QStringList &row = m_rows.at(index.row());
    const bool isIp = index.column() == m_ipColumn;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return index.column() < row.size() ? row.at(index.column()) : QString();
    case IpColumnRole:
        return isIp;
    case Qt::BackgroundRole:
        if (isIp)
            return Theme::toneBackground(Theme::Tone::Info, QGuiApplication::palette());
        return {};
    default:
        return {};
    }
}

QVariant CsvPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_rows.size())
            return section + 1;
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section < 0 || section >= m_columns.size())
        return {};
    const bool isIp = section == m_ipColumn;
    switch (role) {
    case Qt::DisplayRole:
        return isIp ? tr("%1 (IP)").arg(m_columns.at(section)) : m_columns.at(section);
    case Qt::ToolTipRole:
        return isIp ? tr("%1: the IP column, located and assigned to a region")
                          .arg(m_columns.at(section))
                    : m_columns.at(section);
    case Qt::FontRole:
        if (isIp) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case IpColumnRole:
        return isIp;
    default:
        return {};
    }
}

} // namespace regionmap
