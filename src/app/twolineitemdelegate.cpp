#include "twolineitemdelegate.h"

#include "theme.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>

namespace regionmap {

namespace {
constexpr int kPadding = 8;
constexpr int kGap = 10;

QFont subtitleFont(const QFont &font)
{
    QFont sub = font;
    sub.setPointSizeF(font.pointSizeF() * 0.9);
    return sub;
}

// The subtitle on one line, or on two when it does not fit (the second elided): "3 Dateien,
// etwa 3.109 Zeilen" in a narrow sidebar.
QStringList subtitleLines(const QString &text, const QFontMetrics &fm, int width)
{
    if (text.isEmpty())
        return {};
    if (fm.horizontalAdvance(text) <= width)
        return {text};
    const QStringList words = text.split(QLatin1Char(' '));
    QString first;
    int i = 0;
    for (; i < words.size(); ++i) {
        const QString longer
            = first.isEmpty() ? words.at(i) : first + QLatin1Char(' ') + words.at(i);
        if (!first.isEmpty() && fm.horizontalAdvance(longer) > width)
            break;
        first = longer;
    }
    const QString rest = words.mid(i).join(QLatin1Char(' '));
    QStringList lines {fm.elidedText(first, Qt::ElideRight, width)};
    if (!rest.isEmpty())
        lines << fm.elidedText(rest, Qt::ElideRight, width);
    return lines;
}
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
    const QFont subFont = subtitleFont(opt.font);
    const QFontMetrics tfm(titleFont);
    const QFontMetrics sfm(subFont);
    const int textWidth = r.right() - x;
    const QStringList lines = subtitleLines(subtitle, sfm, textWidth);
    const int blockHeight = tfm.height() + int(lines.size()) * (2 + sfm.height());
    int y = r.top() + (r.height() - blockHeight) / 2;

    painter->setFont(titleFont);
    painter->setPen(textColor);
    painter->drawText(QRect(x, y, textWidth, tfm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      tfm.elidedText(title, Qt::ElideRight, textWidth));
    y += tfm.height();
    painter->setFont(subFont);
    painter->setPen(subColor);
    for (const QString &line : lines) {
        y += 2;
        painter->drawText(QRect(x, y, textWidth, sfm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          line);
        y += sfm.height();
    }
    painter->restore();
}

QIcon TwoLineItemDelegate::icon(const QModelIndex &index)
{
    return index.data(Qt::DecorationRole).value<QIcon>();
}

QSize TwoLineItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QFont titleFont = option.font;
    titleFont.setWeight(QFont::DemiBold);
    const QFontMetrics sfm(subtitleFont(option.font));
    // Two subtitle lines when one does not fit the view's width.
    int lines = 1;
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget)) {
        const int textWidth = view->viewport()->width() - kPadding * 2 - m_iconSize - kGap
                              - (icon(index).isNull() ? -kGap - m_iconSize : 0);
        lines = std::max<int>(
            1, int(subtitleLines(index.data(SubtitleRole).toString(), sfm, textWidth).size()));
    }
    const int textHeight = QFontMetrics(titleFont).height() + lines * (2 + sfm.height());
    const int height = qMax(m_iconSize, textHeight) + kPadding * 2;
    const QString title = index.data(Qt::DisplayRole).toString();
    const int width
        = kPadding * 2 + m_iconSize + kGap + QFontMetrics(titleFont).horizontalAdvance(title);
    return {width, height};
}

} // namespace regionmap
