#include "messagebanner.h"

#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QToolButton>

namespace regionmap {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_detailsButton(new QToolButton(this))
    , m_details(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setHorizontalSpacing(10);
    layout->addWidget(m_icon, 0, 0, Qt::AlignTop);
    layout->addWidget(m_text, 0, 1);
    layout->addWidget(m_detailsButton, 0, 2, Qt::AlignTop);
    layout->addWidget(m_details, 1, 1, 1, 2);
    layout->setColumnStretch(1, 1);

    m_icon->setFixedSize(20, 20);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_text->setOpenExternalLinks(true);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setAutoRaise(true);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_detailsButton->setAccessibleName(tr("Show the technical details"));
    m_details->setReadOnly(true);
    m_details->setMaximumHeight(110);
    m_details->setAccessibleName(tr("Technical details"));
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->hide();
    connect(m_detailsButton, &QToolButton::toggled, m_details, &QWidget::setVisible);
    hide();
}

void MessageBanner::showMessage(Theme::Tone tone, const QString &text, const QString &details)
{
    m_tone = tone;
    m_text->setText(text);
    m_details->setPlainText(details);
    m_detailsButton->setVisible(!details.isEmpty());
    m_detailsButton->setChecked(false);
    m_details->hide();
    setAccessibleName(text);
    applyTone();
    show();
}

void MessageBanner::clear()
{
    m_text->clear();
    m_details->clear();
    hide();
}

QString MessageBanner::text() const
{
    return m_text->text();
}

QString MessageBanner::details() const
{
    return m_details->toPlainText();
}

void MessageBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTone();
}

void MessageBanner::applyTone()
{
    const QPalette pal = parentWidget() ? parentWidget()->palette() : palette();
    const QColor bg = Theme::toneBackground(m_tone, pal);
    const QColor fg = m_tone == Theme::Tone::Neutral ? pal.color(QPalette::WindowText)
                                                     : Theme::toneColor(m_tone, pal);
    QColor border = fg;
    border.setAlphaF(0.45f);
    // Setting a style sheet changes the palette again: set it only when it differs, or the
    // change events would never end.
    const QString sheet = QStringLiteral("QFrame#messageBanner { background: %1; border: 1px solid"
                                         " %2; border-radius: 5px; }")
                              .arg(bg.name(), border.name(QColor::HexArgb));
    if (styleSheet() != sheet)
        setStyleSheet(sheet);
    m_icon->setPixmap(Theme::toneIcon(m_tone, pal).pixmap(QSize(20, 20), devicePixelRatioF()));
}

} // namespace regionmap
