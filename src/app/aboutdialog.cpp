#include "aboutdialog.h"

#include "ui_aboutdialog.h"

#include "theme.h"

#include <regionmap/version.h>

#include <QApplication>
#include <QSysInfo>

namespace regionmap {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_ui->headerLayout->setStretch(1, 1);
    Theme::styleHeading(m_ui->titleLabel, 1.6);
    Theme::styleCaption(m_ui->versionLabel);
    const QIcon appIcon
        = QApplication::windowIcon().isNull()
              ? Theme::icon(QStringLiteral("steps/regions"), palette().color(QPalette::WindowText))
              : QApplication::windowIcon();
    m_ui->iconLabel->setPixmap(appIcon.pixmap(QSize(64, 64), devicePixelRatioF()));
    m_ui->versionLabel->setText(tr("Version %1 · Qt %2 · %3")
                                    .arg(QStringLiteral(REGIONMAP_VERSION_STRING),
                                         QString::fromLatin1(qVersion()),
                                         QSysInfo::prettyProductName()));

    const QString text = tr(
        "<h3>IP geolocation</h3>"
        "<p>IP geolocation by <a href=\"https://db-ip.com\">DB-IP</a>: the DB-IP Lite City "
        "database is licensed under the "
        "<a href=\"https://creativecommons.org/licenses/by/4.0/\">Creative Commons Attribution "
        "4.0 International License</a>.</p>"
        "<h3>RegionMap</h3>"
        "<p>Copyright © the RegionMap authors. Released under the MIT License.</p>"
        "<h3>Built with</h3>"
        "<ul>"
        "<li><a href=\"https://www.qt.io\">Qt</a>: GNU LGPL version 3</li>"
        "<li><a href=\"https://github.com/frankosterfeld/qtkeychain\">QtKeychain</a>: "
        "BSD 3-Clause License</li>"
        "<li><a href=\"https://geographiclib.sourceforge.io\">GeographicLib</a>: MIT License</li>"
        "<li><a href=\"https://github.com/maxmind/libmaxminddb\">libmaxminddb</a>: "
        "Apache License 2.0</li>"
        "<li><a href=\"https://www.postgresql.org\">PostgreSQL</a> and libpq: PostgreSQL "
        "License</li>"
        "</ul>"
        "<p>Region coordinates in the built-in catalogs are city centres, not data centre "
        "locations.</p>");
    m_ui->licenseBrowser->setHtml(text);
    setMinimumSize(480, 420);
}

AboutDialog::~AboutDialog() = default;

} // namespace regionmap
