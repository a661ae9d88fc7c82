#pragma once

#include "common/feedback.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QString>
#include <QTime>
#include <QVector>

namespace regionmap {

// The live log of a run: info, warnings and errors (rejected rows among them) as the job reports
// them. Capped: after `capacity` lines one last line counts what was left out and says where
// the full list is.
class RunLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, LevelColumn, MessageColumn, ColumnCount };
    static constexpr int LevelRole = Qt::UserRole + 1; // int(MessageLevel)
    static constexpr int DefaultCapacity = 10000;

    explicit RunLogModel(QObject *parent = nullptr);

    void setCapacity(int lines);
    int capacity() const { return m_capacity; }

    void append(MessageLevel level, const QString &text);
    void clear();

    // Messages that did not fit (counted in the last line).
    qint64 droppedCount() const { return m_dropped; }
    int count(MessageLevel level) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString levelName(MessageLevel level);

private:
    struct Line
    {
        QTime time;
        MessageLevel level;
        QString text;
    };
    QString droppedText() const;

    QVector<Line> m_lines;
    int m_capacity = DefaultCapacity;
    qint64 m_dropped = 0;
    int m_counts[3] = {0, 0, 0};
    QIcon m_icons[3];
};

} // namespace regionmap
