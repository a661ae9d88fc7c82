#pragma once

#include <QIcon>
#include <QStyledItemDelegate>

namespace regionmap {

// Paints a list item as an icon, a title (Qt::DisplayRole) and a smaller, muted second line
// (SubtitleRole): the step list and the source file list use it.
class TwoLineItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int SubtitleRole = Qt::UserRole + 100;
    static constexpr int SubtitleColorRole = Qt::UserRole + 101; // a QColor, optional

    explicit TwoLineItemDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    void setIconSize(int size) { m_iconSize = size; }

private:
    static QIcon icon(const QModelIndex &index);

    int m_iconSize = 24;
};

} // namespace regionmap
