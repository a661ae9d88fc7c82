// The main window's look and language: the theme and its colours, the Language menu and the
// About box. The flow of steps and runs is in mainwindow.cpp.

#include "mainwindow.h"

#include "ui_mainwindow.h"

#include "aboutdialog.h"
#include "appsettings.h"
#include "common/translations.h"
#include "helpdialog.h"
#include "theme.h"

#include <QActionGroup>
#include <QDesktopServices>
#include <QStatusBar>
#include <QUrl>

namespace regionmap {

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::ThemeChange)
        && !m_themePending) {
        // The children receive the new palette after this window: style them afterwards.
        m_themePending = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_themePending = false;
                applyTheme();
            },
            Qt::QueuedConnection);
    }
}

void MainWindow::applyTheme()
{
    const QPalette pal = palette();
    QPalette side = pal;
    const QColor window = pal.color(QPalette::Window);
    const QColor text = pal.color(QPalette::WindowText);
    const qreal t = Theme::isDark(pal) ? 0.06 : 0.035;
    const QColor sideColor = QColor::fromRgbF(float(window.redF() * (1 - t) + text.redF() * t),
                                              float(window.greenF() * (1 - t) + text.greenF() * t),
                                              float(window.blueF() * (1 - t) + text.blueF() * t));
    side.setColor(QPalette::Window, sideColor);
    side.setColor(QPalette::Base, sideColor);
    m_ui->sidebar->setPalette(side);
    Theme::refresh(this);
    const QColor iconColor = Theme::isDark(pal) ? text : text.lighter(130);
    for (int i = 0; i < m_ui->stepList->count(); ++i) {
        QListWidgetItem *item = m_ui->stepList->item(i);
        item->setIcon(Theme::icon(item->data(kIconRole).toString(), iconColor));
    }
    // The Run button in the accent colour of the palette: the one action that matters.
    const QColor accent = pal.color(QPalette::Highlight);
    const QColor onAccent = pal.color(QPalette::HighlightedText);
    const QColor disabled = Theme::toneBackground(Theme::Tone::Neutral, pal);
    m_ui->runButton->setStyleSheet(
        QStringLiteral("QPushButton { background: %1; color: %2; border: 1px solid %3;"
                       " border-radius: 5px; padding: 6px 14px; font-weight: 600; }"
                       " QPushButton:hover { background: %4; }"
                       " QPushButton:pressed { background: %3; }"
                       " QPushButton:focus { border: 2px solid %3; }"
                       " QPushButton:disabled { background: %5; color: %6; border-color: %6; }")
            .arg(accent.name(), onAccent.name(), accent.darker(125).name(),
                 accent.lighter(110).name(), disabled.name(), Theme::muted(pal).name()));
    m_ui->runButton->setIcon(Theme::icon(QStringLiteral("steps/run"), onAccent));
    if (m_run)
        updateSteps();
}

void MainWindow::buildLanguageMenu()
{
    auto *group = new QActionGroup(this);
    const QString chosen = AppSettings::language.value();
    const QString systemLanguage = i18n::nativeLanguageName(i18n::languageOf(QLocale::system()));
    const auto add = [&](const QString &code, const QString &text) {
        QAction *action = m_ui->menuLanguage->addAction(text);
        action->setCheckable(true);
        action->setData(code);
        action->setChecked(code == chosen);
        group->addAction(action);
    };
    add(QString(), tr("System Language (%1)").arg(systemLanguage));
    m_ui->menuLanguage->addSeparator();
    for (const QString &code : i18n::availableLanguages())
        add(code, i18n::nativeLanguageName(code));
    if (!group->checkedAction())
        group->actions().constFirst()->setChecked(true);

    connect(group, &QActionGroup::triggered, this, [this](QAction *action) {
        const QString code = action->data().toString();
        if (code.isEmpty())
            AppSettings::language.reset();
        else
            AppSettings::language.setValue(code);
        const QString language
            = i18n::nativeLanguageName(i18n::languageOf(i18n::interfaceLocale(code)));
        statusBar()->showMessage(
            tr("RegionMap will be in %1 the next time it starts.").arg(language), 15000);
    });
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::showUserGuide()
{
    HelpDialog::userGuide(this)->show();
}

// Every menu command with keys, read from the actions (so the list is always true), then the
// keys that work inside the pages.
QList<QPair<QString, QString>> MainWindow::shortcutList() const
{
    QList<QPair<QString, QString>> rows;
    for (const QAction *a : findChildren<QAction *>()) {
        if (a->shortcut().isEmpty() || a->text().isEmpty())
            continue;
        QString text = a->text();
        text.remove(QLatin1Char('&'));
        text.remove(QStringLiteral("…"));
        rows.append({text, a->shortcut().toString(QKeySequence::NativeText)});
    }
    const auto keys = [](QKeySequence::StandardKey k) {
        return QKeySequence(k).toString(QKeySequence::NativeText);
    };
    rows.append({tr("Next or previous step (in the step list)"), tr("Down, Up")});
    rows.append({tr("Move between the controls of a page"), tr("Tab, Shift+Tab")});
    rows.append({tr("A labelled field or button"), tr("Alt + its underlined letter")});
    rows.append({tr("Remove the chosen data file (in the file list)"), keys(QKeySequence::Delete)});
    rows.append({tr("Next or previous tab of the results"),
                 QStringLiteral("%1, %2").arg(keys(QKeySequence::NextChild),
                                              keys(QKeySequence::PreviousChild))});
    rows.append({tr("See the rows of a summary line"), tr("Return")});
    rows.append(
        {tr("Zoom the map in or out, or back to the whole world (map focused)"), tr("+, -, 0")});
    rows.append({tr("Pan the map (map focused)"), tr("Arrow keys")});
    return rows;
}

void MainWindow::showShortcuts()
{
    HelpDialog::shortcuts(shortcutList(), this)->show();
}

void MainWindow::openOnlineHelp()
{
    QDesktopServices::openUrl(QUrl(HelpDialog::onlineUrl()));
}

} // namespace regionmap
