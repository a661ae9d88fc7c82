#pragma once

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QString>

class QLabel;
class QWidget;

namespace regionmap {

// Colours and icons that follow the system palette (light or dark). Custom colours are derived
// from palette roles, so they keep their contrast in both; the monochrome SVG icons under
// :/icons are drawn in a colour taken from the palette.
class Theme
{
public:
    enum class Tone { Neutral, Success, Warning, Error, Info };

    static bool isDark(const QPalette &palette);

    // Secondary text (captions, status lines).
    static QColor muted(const QPalette &palette);
    // Text colour for a tone, readable on the palette's window colour.
    static QColor toneColor(Tone tone, const QPalette &palette);
    // A soft background for an inline message of that tone.
    static QColor toneBackground(Tone tone, const QPalette &palette);

    // A monochrome SVG from :/icons/<path>.svg (e.g. "steps/run"), drawn in the given colour at
    // the usual sizes, with high-DPI variants.
    static QIcon icon(const QString &path, const QColor &color);
    // The status icon for a tone, in the tone's colour.
    static QIcon toneIcon(Tone tone, const QPalette &palette);

    // Styles a label as an inline message: tone colour, soft background, rounded border. A
    // compact one is a small badge ("Coming soon").
    static void styleMessage(QLabel *label, Tone tone, bool compact = false);
    // Styles a label as a page heading or a section caption.
    static void styleHeading(QLabel *label, qreal scale = 1.5);
    static void styleCaption(QLabel *label);

    // Applies the styles above again under root, from the current palette (after a switch
    // between light and dark).
    static void refresh(QWidget *root);
};

} // namespace regionmap
