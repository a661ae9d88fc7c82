// The real main window in German (LANG=de_DE.UTF-8, as a German desktop starts it): no text on
// any page, menu, button or header is left in English where German has a translation, and the
// Language menu stores the choice for the next start.

#include "guitestmain.h"
#include "testpaths.h"
#include "tsfile.h"

#include "appsettings.h"
#include "common/translations.h"
#include "mainwindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QStatusBar>
#include <QTabWidget>

using namespace regionmap;

namespace {

// Every English text that German translates differently, with its contexts.
QHash<QString, QString> untranslatedTexts()
{
    const test::TsFile ts
        = test::readTsFile(test::sourceDir() + QStringLiteral("/translations/regionmap_de.ts"));
    QHash<QString, QString> texts;
    for (const test::TsMessage &m : ts.messages) {
        if (!m.numerus && m.translations.value(0) != m.source && m.source.size() > 2)
            texts.insert(m.source, m.context);
    }
    return texts;
}

// The texts a user sees on a widget (visible or on a page not shown yet).
QStringList textsOf(QWidget *w)
{
    QStringList texts;
    if (auto *label = qobject_cast<QLabel *>(w))
        texts << label->text();
    if (auto *button = qobject_cast<QAbstractButton *>(w))
        texts << button->text();
    if (auto *box = qobject_cast<QGroupBox *>(w))
        texts << box->title();
    if (auto *edit = qobject_cast<QLineEdit *>(w))
        texts << edit->placeholderText();
    if (auto *combo = qobject_cast<QComboBox *>(w)) {
        for (int i = 0; i < combo->count(); ++i)
            texts << combo->itemText(i);
    }
    if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
        for (int i = 0; i < tabs->count(); ++i)
            texts << tabs->tabText(i);
    }
    if (auto *list = qobject_cast<QListWidget *>(w)) {
        for (int i = 0; i < list->count(); ++i)
            texts << list->item(i)->text();
    }
    if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
        for (int c = 0; c < view->model()->columnCount(); ++c)
            texts << view->model()->headerData(c, Qt::Horizontal).toString();
    }
    texts << w->toolTip() << w->windowTitle();
    return texts;
}

} // namespace

class TestGuiLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // As main() does for the app: the system locale (LANG) picks the language.
        QCOMPARE(i18n::install(AppSettings::language.value()), QStringLiteral("de"));
    }

    void everyVisibleTextIsGerman()
    {
        const QHash<QString, QString> english = untranslatedTexts();
        QVERIFY(english.size() > 300);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QStringList problems;
        const auto check = [&](const QString &text, const QString &where) {
            if (english.contains(text))
                problems << QStringLiteral("%1 shows \"%2\" (context %3)")
                                .arg(where, text.left(60), english.value(text));
        };
        const QList<QWidget *> widgets = window.findChildren<QWidget *>();
        QVERIFY(widgets.size() > 100);
        for (QWidget *w : widgets) {
            for (const QString &text : textsOf(w))
                check(text, QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ')
                                + w->objectName());
        }
        for (QAction *action : window.findChildren<QAction *>())
            check(action->text(), QStringLiteral("action ") + action->objectName());
        for (QMenu *menu : window.findChildren<QMenu *>())
            check(menu->title(), QStringLiteral("menu ") + menu->objectName());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

        // And the step list really is German, not merely "not English".
        auto *steps = window.findChild<QListWidget *>(QStringLiteral("stepList"));
        QVERIFY(steps);
        QCOMPARE(steps->item(0)->text(),
                 QCoreApplication::translate("regionmap::SourcesPage", "Sources"));
        QVERIFY(steps->item(0)->text() != QLatin1String("Sources"));
    }

    void languageMenuStoresTheChoice()
    {
        MainWindow window;
        auto *menu = window.findChild<QMenu *>(QStringLiteral("menuLanguage"));
        QVERIFY(menu);
        QStringList names;
        QAction *french = nullptr;
        QAction *system = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->isSeparator())
                continue;
            names << action->text();
            if (action->data().toString() == QLatin1String("fr"))
                french = action;
            if (action->data().toString().isEmpty())
                system = action;
        }
        QVERIFY2(names.contains(QStringLiteral("Deutsch"))
                     && names.contains(QStringLiteral("English"))
                     && names.contains(QStringLiteral("Français")),
                 qPrintable(names.join(QLatin1String(", "))));
        QVERIFY(french && system);
        QVERIFY2(system->isChecked(), "with no setting, the system language is chosen");
        QVERIFY(system->text().contains(QStringLiteral("Deutsch")));

        french->trigger();
        QCOMPARE(AppSettings::language.value(), QStringLiteral("fr"));
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Français")));

        system->trigger();
        QVERIFY(!AppSettings::language.isSet());
    }
};

int main(int argc, char *argv[])
{
    regionmap::test::IsolatedUserDirs dirs;
    // A German desktop: only LANG says so.
    qunsetenv("LC_ALL");
    qunsetenv("LC_MESSAGES");
    qunsetenv("LANGUAGE");
    qputenv("LANG", "de_DE.UTF-8");
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestGuiLanguage tc;
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_guilanguage.moc"
