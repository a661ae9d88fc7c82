#include "helpdialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace regionmap {

HelpDialog::HelpDialog(const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    m_browser->setOpenExternalLinks(true);
    m_browser->setAccessibleName(title);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(640, 560);
}

QString HelpDialog::guideMarkdown()
{
    QFile f(QStringLiteral(":/help/user-guide.md"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QString HelpDialog::onlineUrl()
{
    return QStringLiteral("https://github.com/regionmap/regionmap#readme");
}

HelpDialog *HelpDialog::userGuide(QWidget *parent)
{
    auto *dialog = new HelpDialog(tr("RegionMap User Guide"), parent);
    const QString guide = guideMarkdown();
    if (guide.isEmpty()) {
        dialog->m_browser->setPlainText(
            tr("The user guide is missing from this build. It is online: %1").arg(onlineUrl()));
    } else {
        dialog->m_browser->setMarkdown(guide);
    }
    return dialog;
}

HelpDialog *HelpDialog::shortcuts(const QList<QPair<QString, QString>> &rows, QWidget *parent)
{
    auto *dialog = new HelpDialog(tr("Keyboard Shortcuts"), parent);
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='4'>");
    for (const auto &[what, keys] : rows) {
        html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>")
                    .arg(what.toHtmlEscaped(), keys.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    dialog->m_browser->setHtml(html);
    dialog->resize(520, 460);
    return dialog;
}

} // namespace regionmap
