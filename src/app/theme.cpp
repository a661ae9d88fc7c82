#include "theme.h"

#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace regionmap {

namespace {

QColor blend(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

QString toneIconName(Theme::Tone tone)
{
    switch (tone) {
    case Theme::Tone::Success:
        return QStringLiteral("status/ok");
    case Theme::Tone::Warning:
        return QStringLiteral("status/warning");
    case Theme::Tone::Error:
        return QStringLiteral("status/error");
    case Theme::Tone::Info:
    case Theme::Tone::Neutral:
        break;
    }
    return QStringLiteral("status/info");
}

} // namespace

bool Theme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor Theme::muted(const QPalette &palette)
{
    return blend(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 0.38);
}

QColor Theme::toneColor(Tone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Success:
        return dark ? QColor(0x6f, 0xcf, 0x7f) : QColor(0x1e, 0x7b, 0x34);
    case Tone::Warning:
        return dark ? QColor(0xf0, 0xb4, 0x4c) : QColor(0x9a, 0x5b, 0x00);
    case Tone::Error:
        return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xb4, 0x23, 0x18);
    case Tone::Info:
        return palette.color(QPalette::Highlight);
    case Tone::Neutral:
        break;
    }
    return palette.color(QPalette::WindowText);
}

QColor Theme::toneBackground(Tone tone, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    if (tone == Tone::Neutral)
        return blend(palette.color(QPalette::Window), palette.color(QPalette::WindowText), 0.05);
    return blend(base, toneColor(tone, palette), isDark(palette) ? 0.16 : 0.09);
}

QIcon Theme::icon(const QString &path, const QColor &color)
{
    QFile file(QStringLiteral(":/icons/") + path + QStringLiteral(".svg"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray svg = file.readAll();
    svg.replace("currentColor", color.name(QColor::HexRgb).toLatin1());
    QSvgRenderer renderer(svg);
    QIcon icon;
    for (const int size : {16, 20, 24, 32, 48}) {
        for (const qreal dpr : {1.0, 2.0}) {
            QPixmap pixmap(QSize(size, size) * dpr);
            pixmap.fill(Qt::transparent);
            {
                QPainter painter(&pixmap);
                painter.setRenderHint(QPainter::Antialiasing);
                renderer.render(&painter);
            }
            pixmap.setDevicePixelRatio(dpr);
            icon.addPixmap(pixmap);
        }
    }
    return icon;
}

QIcon Theme::toneIcon(Tone tone, const QPalette &palette)
{
    return icon(toneIconName(tone), toneColor(tone, palette));
}

namespace {
const char *const kCaptionProperty = "regionmapCaption";
const char *const kToneProperty = "regionmapTone";
const char *const kCompactProperty = "regionmapCompact";

// The palette a label should follow: its parent's (a label's own palette is set explicitly
// by the styles here, so it no longer follows the application's).
QPalette followedPalette(const QLabel *label)
{
    return label->parentWidget() ? label->parentWidget()->palette() : QGuiApplication::palette();
}
} // namespace

void Theme::styleMessage(QLabel *label, Tone tone, bool compact)
{
    label->setProperty(kToneProperty, int(tone));
    label->setProperty(kCompactProperty, compact);
    const QPalette pal = followedPalette(label);
    const QColor fg
        = tone == Tone::Neutral ? pal.color(QPalette::WindowText) : toneColor(tone, pal);
    const QColor border = blend(toneBackground(tone, pal), fg, 0.35);
    label->setStyleSheet(QStringLiteral("QLabel { color: %1; background: %2; border: 1px solid %3;"
                                        " border-radius: 4px; padding: %4; }")
                             .arg(fg.name(), toneBackground(tone, pal).name(), border.name(),
                                  compact ? QStringLiteral("1px 8px") : QStringLiteral("6px 8px")));
    label->setWordWrap(!compact);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
}

void Theme::styleHeading(QLabel *label, qreal scale)
{
    QFont f = label->font();
    f.setPointSizeF(QGuiApplication::font().pointSizeF() * scale);
    f.setWeight(QFont::DemiBold);
    label->setFont(f);
}

void Theme::styleCaption(QLabel *label)
{
    label->setProperty(kCaptionProperty, true);
    QPalette pal = followedPalette(label);
    pal.setColor(QPalette::WindowText, muted(pal));
    label->setPalette(pal);
    label->setWordWrap(true);
}

void Theme::refresh(QWidget *root)
{
    const QList<QLabel *> labels = root->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->property(kCaptionProperty).toBool()) {
            styleCaption(label);
        } else if (const QVariant tone = label->property(kToneProperty); tone.isValid()) {
            styleMessage(label, Tone(tone.toInt()), label->property(kCompactProperty).toBool());
        }
    }
}

} // namespace regionmap
