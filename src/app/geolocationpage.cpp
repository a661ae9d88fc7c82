#include "geolocationpage.h"

#include "geo/geodatabaseinfo.h"

#include "ui_geolocationpage.h"

#include "appsettings.h"
#include "common/paths.h"
#include "etl/etloptions.h"
#include "geo/mmdblocator.h"
#include "geodbupdatepanel.h"
#include "keychainservice.h"
#include "messagebanner.h"
#include "secrets/secretkeys.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace regionmap {

GeolocationPage::GeolocationPage(KeychainService *keychain, QWidget *parent)
    : StepPage(parent)
    , m_ui(std::make_unique<Ui::GeolocationPage>())
    , m_keychain(keychain)
{
    m_ui->setupUi(this);
    // Update Now and Roll Back, right under the database's age.
    m_update = new GeoDbUpdatePanel(m_keychain, m_ui->offlinePanel);
    auto *updateLabel = new QLabel(tr("Update &from:"), m_ui->offlinePanel);
    updateLabel->setBuddy(m_update->addressField());
    m_ui->offlineForm->addRow(updateLabel, m_update);
    connect(m_update, &GeoDbUpdatePanel::databaseChanged, this, [this] {
        inspectDatabase();
        if (!m_ui->ipv4Edit->text().trimmed().isEmpty() && m_openError.isEmpty())
            m_ui->offlineBanner->showMessage(
                Theme::Tone::Info,
                tr("The file chosen above stays in use. Clear the Database file field to use "
                   "the updated database."));
    });
    Theme::styleCaption(m_ui->offlineIntro);
    Theme::styleCaption(m_ui->ipinfoIntro);
    Theme::styleCaption(m_ui->keychainStatusLabel);
    Theme::styleCaption(m_ui->attributionLabel);
    Theme::styleMessage(m_ui->comingSoonLabel, Theme::Tone::Info, true);

    m_ui->ipv4Edit->setPlaceholderText(
        tr("The DB-IP Lite City database that comes with RegionMap"));

    auto *group = new QButtonGroup(this);
    group->addButton(m_ui->offlineRadio);
    group->addButton(m_ui->ipinfoRadio);
    connect(m_ui->offlineRadio, &QRadioButton::toggled, this, &GeolocationPage::updateMode);
    connect(m_ui->ipv4Edit, &QLineEdit::editingFinished, this, &GeolocationPage::inspectDatabase);
    connect(m_ui->ipv6Edit, &QLineEdit::editingFinished, this, &GeolocationPage::inspectDatabase);
    connect(m_ui->ipv4Button, &QPushButton::clicked, this, [this] { chooseFile(false); });
    connect(m_ui->ipv6Button, &QPushButton::clicked, this, [this] { chooseFile(true); });
    connect(m_keychain, &KeychainService::availabilityChanged, this, [this] {
        const bool available = m_keychain->mayRemember();
        m_ui->rememberTokenCheck->setEnabled(available && ipinfoAvailable());
        m_ui->rememberTokenCheck->setChecked(available && AppSettings::rememberToken.value());
        updateKeychainStatus();
    });

    m_ui->comingSoonLabel->hide();
    m_ui->costValue->setText(tr("Press Estimate Cost to count the addresses a run would send."));
    connect(m_ui->estimateButton, &QPushButton::clicked, this, &GeolocationPage::estimateRequested);
    connect(m_ui->clearCacheButton, &QPushButton::clicked, this,
            &GeolocationPage::clearCacheRequested);
    m_ui->baseUrlEdit->setText(AppSettings::ipinfoBaseUrl.defaultValue());

    buildCrossCheck();
    updateKeychainStatus();
    inspectDatabase();
    updateMode();
}

// A second opinion: a second database that locates every row again; the results then say
// where the two put rows in different regions (docs/geolocation-accuracy.md).
void GeolocationPage::buildCrossCheck()
{
    m_crossCheck = new QCheckBox(tr("&Cross-check with a second database"), m_ui->scrollContents);
    m_crossCheck->setObjectName(QStringLiteral("crossCheckBox"));
    m_crossCheck->setToolTip(tr("Locates every row again with a second database and stores "
                                "whether it puts the row in the same region. The results show "
                                "the agreement and a Disagreements tab."));
    m_crossCheckFile = new QLineEdit(m_ui->scrollContents);
    m_crossCheckFile->setObjectName(QStringLiteral("crossCheckFile"));
    m_crossCheckFile->setPlaceholderText(tr("A GeoLite2 City or DB-IP City .mmdb file"));
    m_crossCheckFile->setAccessibleName(tr("Second database file"));
    auto *browse = new QPushButton(tr("Brow&se…"), m_ui->scrollContents);
    browse->setAccessibleName(tr("Choose the second database file"));
    m_crossCheckInfo = new QLabel(m_ui->scrollContents);
    m_crossCheckInfo->setWordWrap(true);
    Theme::styleCaption(m_crossCheckInfo);
    m_crossCheckKind = new QComboBox(m_ui->scrollContents);
    m_crossCheckKind->setObjectName(QStringLiteral("crossCheckKind"));
    m_crossCheckKind->setAccessibleName(tr("Second opinion"));
    m_crossCheckKind->addItem(tr("A second database file"), QStringLiteral("file"));
    m_crossCheckKind->addItem(tr("ipinfo.io, for a random sample of rows"),
                              QStringLiteral("ipinfo"));
    m_crossCheckSample = new QSpinBox(m_ui->scrollContents);
    m_crossCheckSample->setObjectName(QStringLiteral("crossCheckSample"));
    m_crossCheckSample->setAccessibleName(tr("Rows in the ipinfo.io sample"));
    m_crossCheckSample->setRange(1, EtlOptions::kMaxCrossCheckSample);
    m_crossCheckSample->setValue(1000);
    m_crossCheckSample->setSuffix(tr(" rows"));
    m_crossCheckSample->setGroupSeparatorShown(true);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(26, 0, 0, 0);
    row->addWidget(m_crossCheckKind);
    row->addWidget(m_crossCheckFile, 1);
    row->addWidget(browse);
    row->addWidget(m_crossCheckSample);
    row->addStretch(0);
    auto *box = new QVBoxLayout;
    box->setSpacing(6);
    box->addWidget(m_crossCheck);
    box->addLayout(row);
    auto *info = new QHBoxLayout;
    info->setContentsMargins(26, 0, 0, 0);
    info->addWidget(m_crossCheckInfo);
    box->addLayout(info);
    auto *page = qobject_cast<QBoxLayout *>(m_ui->scrollContents->layout());
    page->insertLayout(page->indexOf(m_ui->keychainStatusLabel), box);

    const auto arrange = [this, browse] {
        const bool on = m_crossCheck->isChecked();
        const bool ipinfo = m_crossCheckKind->currentData().toString() == QLatin1String("ipinfo");
        m_crossCheckKind->setEnabled(on);
        m_crossCheckFile->setEnabled(on);
        browse->setEnabled(on);
        m_crossCheckSample->setEnabled(on);
        m_crossCheckFile->setVisible(!ipinfo);
        browse->setVisible(!ipinfo);
        m_crossCheckSample->setVisible(ipinfo);
        inspectCrossCheck();
    };
    connect(m_crossCheck, &QCheckBox::toggled, this, arrange);
    connect(m_crossCheckKind, &QComboBox::currentIndexChanged, this, arrange);
    connect(m_crossCheckSample, &QSpinBox::valueChanged, this, &GeolocationPage::inspectCrossCheck);
    connect(m_crossCheckFile, &QLineEdit::editingFinished, this,
            &GeolocationPage::inspectCrossCheck);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Choose the Second Database"),
            m_crossCheckFile->text().isEmpty() ? QString() : m_crossCheckFile->text(),
            tr("MaxMind databases (*.mmdb);;All files (*)"));
        if (file.isEmpty())
            return;
        m_crossCheckFile->setText(QDir::toNativeSeparators(file));
        inspectCrossCheck();
    });
    arrange();
}

void GeolocationPage::inspectCrossCheck()
{
    m_crossCheckError.clear();
    const QString path = m_crossCheckFile->text().trimmed();
    if (!m_crossCheck->isChecked()) {
        m_crossCheckInfo->setText(
            tr("Off. A second opinion shows how sure the regions are: two good free databases "
               "disagree on the region of about a quarter of the rows."));
    } else if (m_crossCheckKind->currentData().toString() == QLatin1String("ipinfo")) {
        const int n = m_crossCheckSample->value();
        const bool token = !m_ui->tokenEdit->text().isEmpty();
        m_crossCheckInfo->setText(
            tr("Asks ipinfo.io about at most %1 rows, picked at random: at most %2 request(s) "
               "(%3); cached answers are not asked again. The token is the one above.")
                .arg(QLocale().toString(n))
                .arg(QLocale().toString(token ? (n + 999) / 1000 : n))
                .arg(token ? tr("with a token, in batches of 1,000")
                           : tr("no token: one request per address, at most 1,000 a day")));
    } else if (path.isEmpty()) {
        m_crossCheckError = tr("Choose the second database for the cross-check on the "
                               "Geolocation page, or turn the cross-check off.");
        m_crossCheckInfo->setText(m_crossCheckError);
    } else if (const Result<GeoDatabaseInfo> info = GeoDatabaseInfo::inspect(path); !info) {
        m_crossCheckError = info.error().message;
        m_crossCheckInfo->setText(m_crossCheckError);
    } else if (!info->usable()) {
        m_crossCheckError = tr("The second database is %1: it has no coordinates. Choose a City "
                               "database.")
                                .arg(info->kind);
        m_crossCheckInfo->setText(m_crossCheckError);
    } else {
        m_crossCheckInfo->setText(tr("%1, built %2 · %3. Every located row is located again "
                                     "with it.")
                                      .arg(info->kind,
                                           QLocale().toString(info->buildDate, QLocale::LongFormat),
                                           info->credit.plainText()));
    }
    if (m_crossCheckError.isEmpty())
        Theme::styleCaption(m_crossCheckInfo);
    else
        Theme::styleMessage(m_crossCheckInfo, Theme::Tone::Error, false);
    emit statusChanged();
}

GeolocationPage::~GeolocationPage() = default;

bool GeolocationPage::ipinfoAvailable()
{
    return true;
}

void GeolocationPage::setEstimateBusy(bool busy)
{
    m_ui->estimateButton->setEnabled(!busy);
    m_ui->clearCacheButton->setEnabled(!busy);
    if (busy)
        m_ui->costValue->setText(tr("Reading the files…"));
}

void GeolocationPage::showEstimate(const QString &text, bool error)
{
    m_ui->costValue->setText(text);
    Theme::styleMessage(m_ui->costValue, error ? Theme::Tone::Error : Theme::Tone::Info, false);
}

QString GeolocationPage::title() const
{
    return tr("Geolocation");
}

QString GeolocationPage::description() const
{
    return tr("How each address is located before it is assigned to a region.");
}

QString GeolocationPage::statusText() const
{
    if (!m_ui->offlineRadio->isChecked())
        return tr("ipinfo.io");
    if (!m_openError.isEmpty())
        return tr("Offline: database missing");
    if (m_buildDate.isValid())
        return tr("Offline, %1 of %2")
            .arg(m_source, QLocale().toString(m_buildDate, QStringLiteral("MMMM yyyy")));
    return tr("Offline database");
}

Theme::Tone GeolocationPage::statusTone() const
{
    if (m_ui->offlineRadio->isChecked() && !m_openError.isEmpty())
        return Theme::Tone::Error;
    if (m_ui->offlineRadio->isChecked() && isStale())
        return Theme::Tone::Warning;
    return Theme::Tone::Success;
}

QString GeolocationPage::blockingProblem() const
{
    if (!m_crossCheckError.isEmpty())
        return m_crossCheckError;
    if (m_ui->offlineRadio->isChecked())
        return m_openError;
    if (m_ui->tokenEdit->text().isEmpty())
        return tr("Enter your ipinfo.io token on the Geolocation page.");
    return {};
}

GeolocationPage::Choice GeolocationPage::choice() const
{
    Choice c;
    c.offline = m_ui->offlineRadio->isChecked();
    c.ipv4Database = m_ui->ipv4Edit->text().trimmed();
    c.ipv6Database = m_ui->ipv6Edit->text().trimmed();
    if (c.ipv4Database.isEmpty()) {
        c.ipv4Database = paths::defaultGeoDatabase(false);
        if (c.ipv6Database.isEmpty())
            c.ipv6Database = paths::defaultGeoDatabase(true);
    }
    c.token = m_ui->tokenEdit->text();
    c.baseUrl = m_ui->baseUrlEdit->text().trimmed();
    if (m_crossCheck && m_crossCheck->isChecked()) {
        if (m_crossCheckKind->currentData().toString() == QLatin1String("ipinfo"))
            c.crossCheckIpinfoSample = m_crossCheckSample->value();
        else
            c.crossCheckDatabase = m_crossCheckFile->text().trimmed();
    }
    return c;
}

void GeolocationPage::setDatabaseFiles(const QString &ipv4, const QString &ipv6)
{
    m_ui->ipv4Edit->setText(ipv4);
    m_ui->ipv6Edit->setText(ipv6);
    inspectDatabase();
}

void GeolocationPage::chooseFile(bool ipv6)
{
    QLineEdit *edit = ipv6 ? m_ui->ipv6Edit : m_ui->ipv4Edit;
    QString dir = edit->text();
    if (dir.isEmpty())
        dir = QFileInfo(paths::defaultGeoDatabase(false)).absolutePath();
    const QString file = QFileDialog::getOpenFileName(
        this,
        ipv6 ? tr("Choose the IPv6 Geolocation Database") : tr("Choose a Geolocation Database"),
        dir, tr("MaxMind databases (*.mmdb);;All files (*)"));
    if (file.isEmpty())
        return;
    edit->setText(QDir::toNativeSeparators(file));
    inspectDatabase();
}

// The credit the chosen database's licence asks for, wherever its results are shown.
void GeolocationPage::showCredit()
{
    if (m_credit.isEmpty()) {
        m_ui->attributionLabel->clear();
    } else if (m_credit.licence.isEmpty()) {
        m_ui->attributionLabel->setText(
            tr("%1. The attribution goes wherever its results are shown.").arg(m_credit.html()));
    } else {
        m_ui->attributionLabel->setText(
            tr("%1, licensed under %2. The attribution goes wherever its results are shown.")
                .arg(m_credit.html(), m_credit.licence.toHtmlEscaped()));
    }
    m_ui->attributionLabel->setVisible(!m_credit.isEmpty());
}

// What the opened files cover and how big they are, next to the type; and, for a file older
// than GeoDatabaseInfo::kStaleAfterDays, its age and the way to a current one.
QString GeolocationPage::describeFiles(const MmdbLocator &locator)
{
    QStringList versions;
    quint64 nodes = 0;
    qint64 bytes = 0;
    for (const QString &path : {locator.ipv4Path(), locator.ipv6Path()}) {
        if (path.isEmpty())
            continue;
        const Result<GeoDatabaseInfo> info = GeoDatabaseInfo::inspect(path);
        if (!info)
            continue;
        if (info->ipv4 && !versions.contains(QStringLiteral("IPv4")))
            versions << QStringLiteral("IPv4");
        if (info->ipv6 && !versions.contains(QStringLiteral("IPv6")))
            versions << QStringLiteral("IPv6");
        nodes += info->nodeCount;
        bytes += info->fileSize;
        if (m_staleAdvice.isEmpty() && info->isStale(QDate::currentDate()))
            m_staleAdvice = info->ageSentence(QDate::currentDate());
    }
    const QLocale locale;
    const double mb = double(bytes) / 1e6;
    return tr("%1 · %2 nodes, %3 MB")
        .arg(versions.join(QStringLiteral(" + ")), locale.toString(qulonglong(nodes)),
             locale.toString(mb, 'f', mb < 10 ? 1 : 0));
}

void GeolocationPage::inspectDatabase()
{
    const Choice c = choice();
    m_type.clear();
    m_buildDate = QDate();
    m_source.clear();
    m_credit = GeoCredit();
    m_openError.clear();
    m_openDetails.clear();
    m_staleAdvice.clear();
    QString coverage;
    if (c.ipv4Database.isEmpty()) {
        m_openError = tr("No geolocation database was found. Run scripts/setup (it fetches DB-IP "
                         "Lite City), or choose a .mmdb file on the Geolocation page.");
    } else {
        // Opening only maps the files and reads their metadata: quick enough for the GUI thread.
        Result<std::unique_ptr<MmdbLocator>> locator
            = MmdbLocator::open(c.ipv4Database, c.ipv6Database);
        if (locator) {
            const GeoSource source = locator.value()->source();
            m_type = tr("%1 (%2)").arg(source.label, locator.value()->databaseType());
            m_buildDate = source.build;
            m_source
                = source.id == GeoSource::DbIpCityLite ? QStringLiteral("DB-IP") : source.label;
            m_credit = source.credit();
            coverage = describeFiles(*locator.value());
        } else {
            m_openError = locator.error().message;
            m_openDetails = locator.error().details;
        }
    }
    m_ui->typeValue->setText(m_type.isEmpty()     ? tr("—")
                             : coverage.isEmpty() ? m_type
                                                  : m_type + QStringLiteral(" · ") + coverage);
    showCredit();
    const int age = m_buildDate.isValid() ? int(m_buildDate.daysTo(QDate::currentDate())) : 0;
    m_ui->buildValue->setText(m_buildDate.isValid()
                                  ? tr("%1, %n day(s) ago", nullptr, age)
                                        .arg(QLocale().toString(m_buildDate, QLocale::LongFormat))
                                  : tr("—"));
    if (!m_openError.isEmpty())
        m_ui->offlineBanner->showMessage(Theme::Tone::Error, m_openError, m_openDetails);
    else if (!m_staleAdvice.isEmpty())
        m_ui->offlineBanner->showMessage(Theme::Tone::Warning, m_staleAdvice);
    else
        m_ui->offlineBanner->clear();
    if (m_ui->ipv4Edit->text().isEmpty() && !c.ipv4Database.isEmpty()) {
        m_ui->ipv4Edit->setPlaceholderText(
            tr("Default: %1").arg(QDir::toNativeSeparators(c.ipv4Database)));
    }
    if (m_ui->ipv6Edit->text().isEmpty() && m_ui->ipv4Edit->text().isEmpty()
        && !c.ipv6Database.isEmpty()) {
        m_ui->ipv6Edit->setPlaceholderText(
            tr("Default: %1").arg(QDir::toNativeSeparators(c.ipv6Database)));
    }
    emit statusChanged();
}

void GeolocationPage::updateMode()
{
    const bool offline = m_ui->offlineRadio->isChecked();
    m_ui->offlinePanel->setEnabled(offline);
    m_ui->ipinfoPanel->setEnabled(!offline && ipinfoAvailable());
    emit statusChanged();
}

void GeolocationPage::updateKeychainStatus()
{
    QString text = m_keychain->statusText();
    if (m_keychain->isStored(secretkeys::ipinfoToken()))
        text += QLatin1Char('\n') + tr("An ipinfo.io token is stored.");
    m_ui->keychainStatusLabel->setText(text);
}

void GeolocationPage::storeToken()
{
    if (m_ui->offlineRadio->isChecked() || m_ui->tokenEdit->text().isEmpty())
        return;
    m_keychain->save(secretkeys::ipinfoToken(), m_ui->tokenEdit->text(),
                     m_ui->rememberTokenCheck->isChecked() && m_keychain->mayRemember(), this);
}

void GeolocationPage::restoreSettings()
{
    m_ui->ipv4Edit->setText(AppSettings::geoDatabaseFile.value());
    m_ui->ipv6Edit->setText(AppSettings::geoIpv6DatabaseFile.value());
    m_ui->baseUrlEdit->setText(AppSettings::ipinfoBaseUrl.value());
    m_ui->rememberTokenCheck->setChecked(AppSettings::rememberToken.value()
                                         && m_keychain->mayRemember());
    const bool ipinfo
        = ipinfoAvailable() && AppSettings::geoProvider.value() == QLatin1String("ipinfo");
    (ipinfo ? m_ui->ipinfoRadio : m_ui->offlineRadio)->setChecked(true);
    m_update->restoreSettings();
    m_crossCheckFile->setText(AppSettings::crossCheckFile.value());
    m_crossCheck->setChecked(AppSettings::crossCheck.value());
    m_crossCheckKind->setCurrentIndex(
        std::max(0, m_crossCheckKind->findData(AppSettings::crossCheckKind.value())));
    m_crossCheckSample->setValue(AppSettings::crossCheckSample.value());
    inspectCrossCheck();
    inspectDatabase();
}

void GeolocationPage::saveSettings() const
{
    m_update->saveSettings();
    AppSettings::crossCheck.setValue(m_crossCheck->isChecked());
    AppSettings::crossCheckFile.setValue(m_crossCheckFile->text().trimmed());
    AppSettings::crossCheckKind.setValue(m_crossCheckKind->currentData().toString());
    AppSettings::crossCheckSample.setValue(m_crossCheckSample->value());
    AppSettings::geoProvider.setValue(m_ui->offlineRadio->isChecked() ? QStringLiteral("offline")
                                                                      : QStringLiteral("ipinfo"));
    AppSettings::geoDatabaseFile.setValue(m_ui->ipv4Edit->text().trimmed());
    AppSettings::geoIpv6DatabaseFile.setValue(m_ui->ipv6Edit->text().trimmed());
    AppSettings::ipinfoBaseUrl.setValue(m_ui->baseUrlEdit->text().trimmed());
    AppSettings::rememberToken.setValue(m_ui->rememberTokenCheck->isChecked());
}

} // namespace regionmap
