#include "geodbupdatepanel.h"

#include "appsettings.h"
#include "keychainservice.h"
#include "theme.h"

#include "secrets/secretkeys.h"

#include "geo/geodbupdate.h"

#include <QComboBox>
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

GeoDbUpdatePanel::GeoDbUpdatePanel(KeychainService *keychain, QWidget *parent)
    : QWidget(parent)
    , m_updater(new GeoDbUpdater(this))
    , m_keychain(keychain)
    , m_source(new QComboBox(this))
    , m_account(new QWidget(this))
    , m_accountId(new QLineEdit(m_account))
    , m_licenceKey(new QLineEdit(m_account))
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
    m_update->setToolTip(tr("Downloads the current database of the source chosen above, checks "
                            "it and uses it from the next run on. The installed file stays "
                            "until the new one has passed every check."));
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

    m_source->setObjectName(QStringLiteral("geoDbUpdateSource"));
    m_source->setAccessibleName(tr("What Update Now downloads"));
    m_source->addItem(tr("DB-IP Lite City (free, monthly)"), QStringLiteral("dbip"));
    m_source->addItem(tr("MaxMind GeoLite2 City (your free account)"), QStringLiteral("maxmind"));
    m_accountId->setObjectName(QStringLiteral("maxMindAccountId"));
    m_accountId->setAccessibleName(tr("MaxMind account ID"));
    m_accountId->setPlaceholderText(tr("Account ID"));
    m_licenceKey->setObjectName(QStringLiteral("maxMindLicenceKey"));
    m_licenceKey->setAccessibleName(tr("MaxMind licence key"));
    m_licenceKey->setPlaceholderText(tr("Licence key"));
    m_licenceKey->setEchoMode(QLineEdit::Password);
    auto *accountHint
        = new QLabel(tr("Kept in the keychain, sent only to MaxMind over https."), m_account);
    Theme::styleCaption(accountHint);
    auto *accountRow = new QHBoxLayout(m_account);
    accountRow->setContentsMargins(0, 0, 0, 0);
    accountRow->addWidget(m_accountId);
    accountRow->addWidget(m_licenceKey, 1);
    accountRow->addWidget(accountHint, 1);
    connect(m_source, &QComboBox::currentIndexChanged, this, &GeoDbUpdatePanel::updateSource);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_update);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_rollBack);
    buttons->addWidget(m_bar, 1);
    buttons->addStretch();
    m_bar->setMaximumWidth(420);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_source);
    layout->addWidget(m_account);
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
    updateSource();
}

bool GeoDbUpdatePanel::maxMind() const
{
    return m_source->currentData().toString() == QLatin1String("maxmind");
}

void GeoDbUpdatePanel::updateSource()
{
    m_account->setVisible(maxMind());
    m_url->setPlaceholderText(maxMind() ? GeoDbUpdater::maxMindUrl()
                                        : GeoDbUpdater::defaultUrlTemplate());
    const bool stored = m_keychain && m_keychain->isStored(secretkeys::maxMindLicence());
    m_licenceKey->setPlaceholderText(stored ? tr("Stored in the keychain") : tr("Licence key"));
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
    m_source->setCurrentIndex(
        std::max(0, m_source->findData(AppSettings::geoDbUpdateSource.value())));
    updateSource();
}

void GeoDbUpdatePanel::saveSettings() const
{
    AppSettings::geoDbUpdateUrl.setValue(m_url->text().trimmed());
    AppSettings::geoDbUpdateSource.setValue(m_source->currentData().toString());
}

void GeoDbUpdatePanel::updateNow()
{
    if (isUpdating())
        return;
    m_cancelled = false;
    if (!maxMind())
        return start({}, {});
    // MaxMind: the typed account (kept in the keychain for next time), else the stored one.
    const QString id = m_accountId->text().trimmed();
    const QString key = m_licenceKey->text();
    if (!id.isEmpty() && !key.isEmpty()) {
        m_keychain->save(secretkeys::maxMindLicence(), id + QLatin1Char(':') + key, true, this);
        m_licenceKey->clear();
        updateSource();
        return start(id, key);
    }
    setBusy(true);
    m_keychain->read(secretkeys::maxMindLicence(), this, [this](const CredentialResult &r) {
        if (m_cancelled)
            return;
        const qsizetype colon = r.isOk() ? r.value.indexOf(QLatin1Char(':')) : -1;
        if (colon <= 0) {
            setBusy(false);
            showStatus(tr("Enter your MaxMind account ID and licence key: GeoLite2 downloads "
                          "need a free MaxMind account."),
                       Theme::Tone::Error);
            return;
        }
        start(r.value.left(colon), r.value.mid(colon + 1));
    });
}

void GeoDbUpdatePanel::start(const QString &user, const QString &password)
{
    const QString typed = m_url->text().trimmed();
    const QString tmpl = !typed.isEmpty() ? typed
                         : maxMind()      ? GeoDbUpdater::maxMindUrl()
                                          : GeoDbUpdater::defaultUrlTemplate();
    const QList<QUrl> urls = GeoDbUpdater::candidateUrls(tmpl, QDate::currentDate());
    m_updater->setCredentials(user, password);
    setBusy(true);
    m_bar->setRange(0, 0);
    showStatus(tr("Connecting to %1…").arg(urls.first().host()), Theme::Tone::Info);
    m_updater->start(urls);
}

void GeoDbUpdatePanel::cancel()
{
    m_cancelled = true; // also while the keychain is still being asked
    m_updater->cancel();
    if (!m_updater->isRunning()) {
        setBusy(false);
        showStatus(tr("The update was cancelled; the installed database is unchanged."),
                   Theme::Tone::Info);
    }
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
    m_source->setEnabled(!busy);
    m_account->setEnabled(!busy);
    m_rollBack->setEnabled(!busy && QFileInfo::exists(GeoDbStore::previousPath()));
}

void GeoDbUpdatePanel::showStatus(const QString &text, Theme::Tone tone)
{
    m_status->setText(text);
    m_status->show();
    Theme::styleMessage(m_status, tone, false);
}

} // namespace regionmap
