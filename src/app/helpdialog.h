#pragma once

#include <QDialog>
#include <QList>
#include <QPair>
#include <QString>

class QTextBrowser;

namespace regionmap {

// Help ▸ User Guide and Help ▸ Keyboard Shortcuts: text shown inside the app, from the binary's
// own resources (docs/user-guide.md), so that help needs no network and no installed files.
// Links to the web open in the browser.
class HelpDialog : public QDialog
{
    Q_OBJECT

public:
    // The user guide (F1).
    static HelpDialog *userGuide(QWidget *parent);
    // A table of shortcuts: what each does and its keys, in the platform's notation.
    static HelpDialog *shortcuts(const QList<QPair<QString, QString>> &rows, QWidget *parent);

    // The guide's Markdown (":/help/user-guide.md"); empty if the resource is missing.
    static QString guideMarkdown();
    // The README's online copy.
    static QString onlineUrl();

    QTextBrowser *browser() const { return m_browser; }

private:
    HelpDialog(const QString &title, QWidget *parent);

    QTextBrowser *m_browser;
};

} // namespace regionmap
