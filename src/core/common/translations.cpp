#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace regionmap::i18n {

namespace {

const QString kResourceDir = QStringLiteral(":/i18n");
QString g_installed = QStringLiteral("en");

bool isAvailable(const QString &code)
{
    return availableLanguages().contains(code);
}

} // namespace

QString languageOf(const QLocale &locale)
{
    for (const QString &name : locale.uiLanguages()) {
        const QString code = name.section(QLatin1Char('-'), 0, 0).toLower();
        if (isAvailable(code))
            return code;
    }
    return QStringLiteral("en");
}

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString nativeLanguageName(const QString &code)
{
    // QLocale("en") names its territory's variant ("American English"); the menu means English.
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

QLocale interfaceLocale(const QString &languageOverride)
{
    if (isAvailable(languageOverride))
        return QLocale(languageOverride);
    return QLocale::system();
}

QString install(const QString &languageOverride)
{
    auto *app = QCoreApplication::instance();
    if (!app)
        return QStringLiteral("en");
    const QLocale locale = interfaceLocale(languageOverride);
    if (isAvailable(languageOverride))
        QLocale::setDefault(locale);
    const QString code = languageOf(locale);

    // English needs its file too: it holds the plural forms ("1 file", "3 files").
    auto *own = new QTranslator(app);
    if (own->load(QStringLiteral("regionmap_") + code, kResourceDir))
        QCoreApplication::installTranslator(own);
    else
        delete own;

    if (code != QLatin1String("en")) {
        auto *qt = new QTranslator(app);
        if (qt->load(QStringLiteral("qtbase_") + code,
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    }
    g_installed = code;
    return code;
}

QString installedLanguage()
{
    return g_installed;
}

} // namespace regionmap::i18n
