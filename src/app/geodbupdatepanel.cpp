#include "geodbupdatepanel.h"

#include "appsettings.h"
#include "theme.h"

#include "geo/geodbupdate.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace regionmap {

namespace {

QString megabytes(qint64 bytes)
{
    return QLocale().toString(double(bytes) / 1e6, 'f', 1);
}

} // namespace

GeoDbUpdatePanel::GeoDbUpdatePanel(QWidget *parent)
    : QWidget(parent)
    , m_updater(new GeoDbUpdater(this))
    , m_url(new QLineEdit(this))
    , m_update(new QPushButton(tr("&Update Now"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_rollBack(new QPushButton(tr("Roll &Back"), this))
    , m_bar(new QProgressBar(this))
    , m_status(new QLabel(this))
{
    m_update->setObjectName(QStringLiteral("geoDbUpdateButton"));
    m_cancel->setObjectName(QStringLiteral("geoDbCancelButton"));
    m_rollBack->setObjectName(QStringLiteral("geoDbRollBackButton"));
    m_url->setObjectName(QStringLiteral("geoDbUpdateUrl"));
    m_update->setToolTip(tr("Downloads the current DB-IP Lite City database, checks it and uses "
                            "it from the next run on. The installed file stays until the new "
                            "one has passed every check."));
    m_rollBack->setToolTip(tr("Goes back to the database the last update replaced."));
    m_url->setPlaceholderText(GeoDbUpdater::defaultUrlTemplate());
    m_url->setAccessibleName(tr("Update download address"));
    m_url->setClearButtonEnabled(true);
    m_url->setToolTip(tr("Where Update Now downloads from: a gzip-compressed or plain .mmdb file. "
                         "{year} and {month} are filled in; empty: DB-IP's monthly file."));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bar->setTextVisible(false);
    m_bar->hide();
    m_cancel->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_update);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_rollBack);
    buttons->addWidget(m_bar, 1);
    buttons->addStretch();
    m_bar->setMaximumWidth(420);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_url);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_update, &QPushButton::clicked, this, &GeoDbUpdatePanel::updateNow);
    connect(m_cancel, &QPushButton::clicked, this, &GeoDbUpdatePanel::cancel);
    connect(m_rollBack, &QPushButton::clicked, this, &GeoDbUpdatePanel::rollBack);
    connect(m_updater, &GeoDbUpdater::progress, this, &GeoDbUpdatePanel::onProgress);
    connect(m_updater, &GeoDbUpdater::succeeded, this, &GeoDbUpdatePanel::onSucceeded);
    connect(m_updater, &GeoDbUpdater::failed, this, &GeoDbUpdatePanel::onFailed);
    setBusy(false);
    m_status->hide();
}

GeoDbUpdatePanel::~GeoDbUpdatePanel() = default;

QWidget *GeoDbUpdatePanel::addressField() const
{
    return m_url;
}

bool GeoDbUpdatePanel::isUpdating() const
{
    return m_updater->isRunning();
}

QString GeoDbUpdatePanel::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void GeoDbUpdatePanel::restoreSettings()
{
    m_url->setText(AppSettings::geoDbUpdateUrl.value());
}

void GeoDbUpdatePanel::saveSettings() const
{
    AppSettings::geoDbUpdateUrl.setValue(m_url->text().trimmed());
}

void GeoDbUpdatePanel::updateNow()
{
    if (isUpdating())
        return;
    const QString tmpl = m_url->text().trimmed().isEmpty() ? GeoDbUpdater::defaultUrlTemplate()
                                                           : m_url->text().trimmed();
    const QList<QUrl> urls = GeoDbUpdater::candidateUrls(tmpl, QDate::currentDate());
    setBusy(true);
    m_bar->setRange(0, 0);
    showStatus(tr("Connecting to %1…").arg(urls.first().host()), Theme::Tone::Info);
    m_updater->start(urls);
}

void GeoDbUpdatePanel::cancel()
{
    m_updater->cancel();
}

void GeoDbUpdatePanel::rollBack()
{
    if (Status st = GeoDbStore::rollback(); !st) {
        showStatus(st.error().message, Theme::Tone::Error);
        return;
    }
    showStatus(tr("Back to the previous database. The one it replaced is kept: Roll Back again "
                  "to return to it."),
               Theme::Tone::Success);
    emit databaseChanged();
}

void GeoDbUpdatePanel::onProgress(const GeoDbProgress &p)
{
    if (p.total > 0) {
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(1000.0 * double(p.received) / double(p.total)));
    }
    QString text
        = p.total > 0
              ? tr("Downloading: %1 of %2 MB").arg(megabytes(p.received), megabytes(p.total))
              : tr("Downloading: %1 MB").arg(megabytes(p.received));
    text += QStringLiteral(" · ") + tr("%1 MB/s").arg(megabytes(qint64(p.bytesPerSecond)));
    if (p.etaSeconds)
        text += QStringLiteral(" · ") + tr("%n s left", nullptr, qRound(*p.etaSeconds));
    showStatus(text, Theme::Tone::Info);
}

void GeoDbUpdatePanel::onSucceeded(const GeoDbUpdateResult &r)
{
    setBusy(false);
    QString text
        = tr("Installed %1, built %2, from %3 (%4 MB in %5 s). It passed every check "
             "and is used from the next run on.")
              .arg(r.installed.kind, QLocale().toString(r.installed.buildDate, QLocale::LongFormat),
                   r.url.host(), megabytes(r.downloadedBytes),
                   QLocale().toString(r.seconds, 'f', 1));
    if (!r.previous.isEmpty())
        text += QLatin1Char(' ') + tr("The previous file is kept: Roll Back returns to it.");
    showStatus(text, Theme::Tone::Success);
    emit databaseChanged();
}

void GeoDbUpdatePanel::onFailed(const Error &e)
{
    setBusy(false);
    showStatus(e.message, e.kind == ErrorKind::Cancelled ? Theme::Tone::Info : Theme::Tone::Error);
}

void GeoDbUpdatePanel::setBusy(bool busy)
{
    m_update->setVisible(!busy);
    m_cancel->setVisible(busy);
    m_bar->setVisible(busy);
    m_url->setEnabled(!busy);
    m_rollBack->setEnabled(!busy && QFileInfo::exists(GeoDbStore::previousPath()));
}

void GeoDbUpdatePanel::showStatus(const QString &text, Theme::Tone tone)
{
    m_status->setText(text);
    m_status->show();
    Theme::styleMessage(m_status, tone, false);
}

} // namespace regionmap
