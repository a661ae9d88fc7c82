#include "englishplurals.h"

#include <QCoreApplication>
#include <QLocale>

#include <cstring>

namespace regionmap {

EnglishPlurals::EnglishPlurals(QObject *parent)
    : QTranslator(parent)
{ }

QString EnglishPlurals::translate(const char *context, const char *sourceText,
                                  const char *disambiguation, int n) const
{
    Q_UNUSED(context)
    Q_UNUSED(disambiguation)
    if (n < 0 || !sourceText || !std::strstr(sourceText, "(s)"))
        return {};
    QString text = QString::fromUtf8(sourceText);
    text.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    return text;
}

void EnglishPlurals::installIfEnglish()
{
    auto *app = QCoreApplication::instance();
    if (!app || app->findChild<EnglishPlurals *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    const QLocale locale;
    const QString first = locale.uiLanguages().value(0);
    if (locale.language() != QLocale::C && !first.startsWith(QLatin1String("en")))
        return;
    QCoreApplication::installTranslator(new EnglishPlurals(app));
}

} // namespace regionmap
