#include "runlogmodel.h"

#include "theme.h"

#include <QGuiApplication>
#include <QLocale>

#include <algorithm>
#include <limits>

namespace regionmap {

RunLogModel::RunLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    const QPalette pal = QGuiApplication::palette();
    m_icons[int(MessageLevel::Info)] = Theme::toneIcon(Theme::Tone::Info, pal);
    m_icons[int(MessageLevel::Warning)] = Theme::toneIcon(Theme::Tone::Warning, pal);
    m_icons[int(MessageLevel::Error)] = Theme::toneIcon(Theme::Tone::Error, pal);
}

void RunLogModel::setCapacity(int lines)
{
    m_capacity = qMax(1, lines);
}

QString RunLogModel::levelName(MessageLevel level)
{
    switch (level) {
    case MessageLevel::Info:
        return tr("Info");
    case MessageLevel::Warning:
        return tr("Warning");
    case MessageLevel::Error:
        return tr("Error");
    }
    return {};
}

void RunLogModel::append(MessageLevel level, const QString &text)
{
    ++m_counts[int(level)];
    if (m_lines.size() < m_capacity) {
        const int row = int(m_lines.size());
        beginInsertRows({}, row, row);
        m_lines.append({QTime::currentTime(), level, text});
        endInsertRows();
        return;
    }
    ++m_dropped;
    if (m_dropped == 1) {
        const int row = int(m_lines.size());
        beginInsertRows({}, row, row);
        m_lines.append({QTime::currentTime(), MessageLevel::Warning, droppedText()});
        endInsertRows();
    } else {
        Line &last = m_lines.last();
        last.time = QTime::currentTime();
        last.text = droppedText();
        const int row = int(m_lines.size()) - 1;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

QString RunLogModel::droppedText() const
{
    return tr("… and %Ln more message(s) not shown here. Every rejected row is in the table "
              "etl_rejects of this run.",
              nullptr, int(std::min<qint64>(m_dropped, std::numeric_limits<int>::max())));
}

void RunLogModel::clear()
{
    beginResetModel();
    m_lines.clear();
    m_dropped = 0;
    m_counts[0] = m_counts[1] = m_counts[2] = 0;
    endResetModel();
}

int RunLogModel::count(MessageLevel level) const
{
    return m_counts[int(level)];
}

int RunLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int RunLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &line = m_lines.at(index.row());
    if (role == LevelRole)
        return int(line.level);
    switch (index.column()) {
    case TimeColumn:
        if (role == Qt::DisplayRole)
            return QLocale().toString(line.time, QStringLiteral("HH:mm:ss"));
        break;
    case LevelColumn:
        if (role == Qt::DisplayRole)
            return levelName(line.level);
        if (role == Qt::DecorationRole)
            return m_icons[int(line.level)];
        break;
    case MessageColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return line.text;
        break;
    default:
        break;
    }
    return {};
}

QVariant RunLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case LevelColumn:
        return tr("Level");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace regionmap
