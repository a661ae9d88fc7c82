#include "twolineitemdelegate.h"

#include "theme.h"

#include <QApplication>
#include <QPainter>

namespace regionmap {

namespace {
constexpr int kPadding = 8;
constexpr int kGap = 10;
} // namespace

TwoLineItemDelegate::TwoLineItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

void TwoLineItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    const QString subtitle = index.data(SubtitleRole).toString();
    const QIcon icon = opt.icon;

    // The background and selection as the style draws them, without text or icon.
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    const QRect r = option.rect.adjusted(kPadding, kPadding / 2, -kPadding, -kPadding / 2);
    int x = r.left();
    if (!icon.isNull()) {
        const QRect iconRect(x, r.top() + (r.height() - m_iconSize) / 2, m_iconSize, m_iconSize);
        const QIcon::Mode mode
            = !(opt.state & QStyle::State_Enabled) ? QIcon::Disabled : QIcon::Normal;
        icon.paint(painter, iconRect, Qt::AlignCenter, mode);
        x += m_iconSize + kGap;
    }
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group
        = (opt.state & QStyle::State_Enabled)
              ? (opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive)
              : QPalette::Disabled;
    const QColor textColor
        = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor subColor = index.data(SubtitleColorRole).value<QColor>();
    if (!subColor.isValid() || selected) {
        subColor = textColor;
        subColor.setAlphaF(0.72f);
    }

    QFont titleFont = opt.font;
    titleFont.setWeight(QFont::DemiBold);
    QFont subFont = opt.font;
    subFont.setPointSizeF(opt.font.pointSizeF() * 0.9);
    const QFontMetrics tfm(titleFont);
    const QFontMetrics sfm(subFont);
    const int textWidth = r.right() - x;
    const int blockHeight = tfm.height() + (subtitle.isEmpty() ? 0 : 2 + sfm.height());
    int y = r.top() + (r.height() - blockHeight) / 2;

    painter->setFont(titleFont);
    painter->setPen(textColor);
    painter->drawText(QRect(x, y, textWidth, tfm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      tfm.elidedText(title, Qt::ElideRight, textWidth));
    if (!subtitle.isEmpty()) {
        y += tfm.height() + 2;
        painter->setFont(subFont);
        painter->setPen(subColor);
        painter->drawText(QRect(x, y, textWidth, sfm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          sfm.elidedText(subtitle, Qt::ElideRight, textWidth));
    }
    painter->restore();
}

QSize TwoLineItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QFont titleFont = option.font;
    titleFont.setWeight(QFont::DemiBold);
    QFont subFont = option.font;
    subFont.setPointSizeF(option.font.pointSizeF() * 0.9);
    const int textHeight = QFontMetrics(titleFont).height() + 2 + QFontMetrics(subFont).height();
    const int height = qMax(m_iconSize, textHeight) + kPadding * 2;
    const QString title = index.data(Qt::DisplayRole).toString();
    const int width
        = kPadding * 2 + m_iconSize + kGap + QFontMetrics(titleFont).horizontalAdvance(title);
    return {width, height};
}

} // namespace regionmap
