#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace regionmap::i18n {

// The languages RegionMap's interface is translated into, as language codes ("en" first).
QStringList availableLanguages();

// The language's own name ("Deutsch", "Français"), for a language menu.
QString nativeLanguageName(const QString &code);

// The first of the locale's preferred interface languages that RegionMap has, else "en".
QString languageOf(const QLocale &locale);

// The locale the interface uses: the override when it names an available language ("de",
// "fr", "en"), else the system's (LC_ALL, LC_MESSAGES, LANG; then the desktop's preference).
QLocale interfaceLocale(const QString &languageOverride = {});

// Loads RegionMap's translation for the interface locale (and Qt's own, for its standard
// dialogs and buttons) and installs it on the running application. With an override, the
// override also becomes QLocale's default, so numbers and dates follow the chosen language.
// Returns the language code in use ("en" when no translation applies). Call it once, after the
// QCoreApplication exists and before any window or message text is made.
QString install(const QString &languageOverride = {});

// The language code install() chose ("en" before any install).
QString installedLanguage();

} // namespace regionmap::i18n
