#include "databasepage.h"

#include "background.h"

#include "ui_databasepage.h"

#include "appsettings.h"
#include "keychainservice.h"
#include "messagebanner.h"
#include "privacypanel.h"
#include "secrets/secretkeys.h"

#include "etl/etloptions.h"

#include <QButtonGroup>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QSqlQuery>

namespace regionmap {

namespace {

struct TestOutcome
{
    bool ok = false;
    QString version;
    Error error;
};

TestOutcome runConnectionTest(const ConnectionSettings &settings)
{
    TestOutcome out;
    ScopedConnection db(settings, QStringLiteral("regionmap-gui-test"));
    if (!db) {
        out.error = db.error();
    } else {
        QSqlQuery q(db.database());
        if (q.exec(QStringLiteral("SHOW server_version")) && q.next())
            out.version = q.value(0).toString();
        out.ok = true;
    }
    return out;
}

const char *const kSslModes[]
    = {"disable", "allow", "prefer", "require", "verify-ca", "verify-full"};

} // namespace

DatabasePage::DatabasePage(DatabaseService *service, KeychainService *keychain, QWidget *parent)
    : StepPage(parent)
    , m_ui(std::make_unique<Ui::DatabasePage>())
    , m_service(service)
    , m_keychain(keychain)
    , m_privacy(new PrivacyPanel(keychain, this))
{
    m_ui->setupUi(this);
    // Under the target table: what the rows keep of their addresses.
    m_ui->targetColumn->insertSpacing(m_ui->targetColumn->indexOf(m_ui->loadModeHelp) + 1, 8);
    m_ui->targetColumn->insertWidget(m_ui->targetColumn->indexOf(m_ui->loadModeHelp) + 2,
                                     m_privacy);
    connect(m_privacy, &PrivacyPanel::changed, this, &DatabasePage::statusChanged);
    Theme::styleHeading(m_ui->connectionHeading, 1.15);
    Theme::styleHeading(m_ui->targetHeading, 1.15);
    Theme::styleCaption(m_ui->localIntro);
    Theme::styleCaption(m_ui->loadModeHelp);
    Theme::styleCaption(m_ui->keychainStatusLabel);
    m_ui->localPsqlValue->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->connectionColumn->setStretch(0, 0);
    m_ui->columnsLayout->setStretch(0, 3);
    m_ui->columnsLayout->setStretch(1, 2);

    auto *group = new QButtonGroup(this);
    group->addButton(m_ui->localRadio);
    group->addButton(m_ui->serverRadio);
    connect(m_ui->localRadio, &QRadioButton::toggled, this, [this] {
        updateMode();
        emit statusChanged();
    });

    m_ui->sslModeCombo->addItem(tr("disable: never encrypt"), QStringLiteral("disable"));
    m_ui->sslModeCombo->addItem(tr("allow: encrypt if the server insists"),
                                QStringLiteral("allow"));
    m_ui->sslModeCombo->addItem(tr("prefer: encrypt if the server can (default)"),
                                QStringLiteral("prefer"));
    m_ui->sslModeCombo->addItem(tr("require: always encrypt"), QStringLiteral("require"));
    m_ui->sslModeCombo->addItem(tr("verify-ca: encrypt, check the certificate"),
                                QStringLiteral("verify-ca"));
    m_ui->sslModeCombo->addItem(tr("verify-full: encrypt, check certificate and host name"),
                                QStringLiteral("verify-full"));
    Q_ASSERT(m_ui->sslModeCombo->count() == int(std::size(kSslModes)));
    connect(m_ui->sslModeCombo, &QComboBox::currentIndexChanged, this,
            &DatabasePage::updateSslFields);
    connect(m_ui->caFileButton, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Choose the Server's CA Certificate"), m_ui->caFileEdit->text(),
            tr("Certificates (*.crt *.pem *.cer);;All files (*)"));
        if (!file.isEmpty())
            m_ui->caFileEdit->setText(file);
    });

    m_ui->loadModeCombo->addItem(tr("Replace the table"), int(LoadMode::Replace));
    m_ui->loadModeCombo->addItem(tr("Append to the table"), int(LoadMode::Append));
    m_ui->loadModeCombo->addItem(tr("Update or insert by key (upsert)"), int(LoadMode::Upsert));
    connect(m_ui->loadModeCombo, &QComboBox::currentIndexChanged, this,
            &DatabasePage::updateLoadModeHelp);
    connect(m_ui->tableEdit, &QLineEdit::textChanged, this, &DatabasePage::statusChanged);
    connect(m_ui->keyColumnCombo, &QComboBox::currentTextChanged, this,
            &DatabasePage::statusChanged);

    connect(m_ui->testButton, &QPushButton::clicked, this, &DatabasePage::testConnection);
    connect(m_ui->localStartButton, &QPushButton::clicked, m_service, &DatabaseService::start);
    connect(m_service, &DatabaseService::stateChanged, this, [this] {
        updateLocalState();
        emit statusChanged();
    });

    for (QLineEdit *edit : {m_ui->hostEdit, m_ui->databaseEdit, m_ui->userEdit}) {
        connect(edit, &QLineEdit::editingFinished, this, &DatabasePage::loadStoredPassword);
        connect(edit, &QLineEdit::textEdited, this, [this] {
            m_ui->testBanner->clear();
            emit statusChanged();
        });
    }
    connect(m_ui->portSpin, &QSpinBox::editingFinished, this, &DatabasePage::loadStoredPassword);
    connect(m_ui->passwordEdit, &QLineEdit::textEdited, this, [this] { m_passwordEdited = true; });

    connect(m_keychain, &KeychainService::availabilityChanged, this, [this] {
        // "Remember in keychain" is on by default when the keychain can be used.
        const bool available = m_keychain->mayRemember();
        m_ui->rememberPasswordCheck->setEnabled(available);
        m_ui->rememberPasswordCheck->setChecked(available && AppSettings::rememberPassword.value());
        m_ui->rememberPasswordCheck->setToolTip(
            available ? QString()
                      : tr("No keychain can be used: the password is kept for this session only."));
        updateKeychainStatus();
        loadStoredPassword();
    });

    updateSslFields();
    updateLoadModeHelp();
    updateKeychainStatus();
    updateLocalState();
    updateMode();
}

DatabasePage::~DatabasePage() = default;

QString DatabasePage::title() const
{
    return tr("Database");
}

QString DatabasePage::description() const
{
    return tr("The PostgreSQL database that receives the enriched rows, and the table they go to.");
}

QString DatabasePage::statusText() const
{
    if (usesLocalDatabase())
        return tr("Local database: %1").arg(m_service->stateText().toLower());
    const ConnectionSettings s = serverSettings();
    if (s.host.isEmpty())
        return tr("Server: not set up");
    return tr("Server: %1").arg(s.host);
}

Theme::Tone DatabasePage::statusTone() const
{
    if (!usesLocalDatabase()) {
        if (m_ui->hostEdit->text().trimmed().isEmpty())
            return Theme::Tone::Warning;
        if (!m_ui->testBanner->isHidden())
            return m_ui->testBanner->tone();
        return Theme::Tone::Neutral;
    }
    switch (m_service->state()) {
    case DatabaseService::State::Running:
        return Theme::Tone::Success;
    case DatabaseService::State::Failed:
        return Theme::Tone::Error;
    default:
        return Theme::Tone::Neutral;
    }
}

QString DatabasePage::blockingProblem() const
{
    if (targetTable().isEmpty())
        return tr("Enter the name of the target table on the Database page.");
    if (const QString problem = m_privacy->blockingProblem(); !problem.isEmpty())
        return problem;
    if (usesLocalDatabase()) {
        if (m_service->state() == DatabaseService::State::Failed)
            return m_service->lastError().message;
        return {};
    }
    if (m_ui->hostEdit->text().trimmed().isEmpty())
        return tr("Enter the database server's host on the Database page, or choose the local "
                  "database.");
    return {};
}

bool DatabasePage::usesLocalDatabase() const
{
    return m_ui->localRadio->isChecked();
}

void DatabasePage::setUseLocalDatabase(bool local)
{
    m_restored = true;
    (local ? m_ui->localRadio : m_ui->serverRadio)->setChecked(true);
    updateMode();
}

ConnectionSettings DatabasePage::serverSettings() const
{
    ConnectionSettings s;
    s.host = m_ui->hostEdit->text().trimmed();
    s.port = m_ui->portSpin->value();
    s.database = m_ui->databaseEdit->text().trimmed();
    s.user = m_ui->userEdit->text().trimmed();
    s.password = m_ui->passwordEdit->text();
    s.sslMode = m_ui->sslModeCombo->currentData().toString();
    if (s.sslMode == QLatin1String("verify-ca") || s.sslMode == QLatin1String("verify-full"))
        s.sslRootCert = m_ui->caFileEdit->text().trimmed();
    return s;
}

void DatabasePage::setServerSettings(const ConnectionSettings &s)
{
    fillServerForm(s);
    setUseLocalDatabase(false);
    loadStoredPassword();
    emit statusChanged();
}

void DatabasePage::fillServerForm(const ConnectionSettings &s)
{
    m_ui->hostEdit->setText(s.host);
    m_ui->portSpin->setValue(s.port > 0 ? s.port : 5432);
    m_ui->databaseEdit->setText(s.database);
    m_ui->userEdit->setText(s.user);
    const int ssl
        = m_ui->sslModeCombo->findData(s.sslMode.isEmpty() ? QStringLiteral("prefer") : s.sslMode);
    m_ui->sslModeCombo->setCurrentIndex(qMax(0, ssl));
    m_ui->caFileEdit->setText(s.sslRootCert);
    if (!s.password.isEmpty()) {
        m_ui->passwordEdit->setText(s.password);
        m_passwordEdited = true;
    }
}

bool DatabasePage::rememberPassword() const
{
    return m_ui->rememberPasswordCheck->isChecked();
}

void DatabasePage::setRememberPassword(bool remember)
{
    m_ui->rememberPasswordCheck->setChecked(remember);
}

QString DatabasePage::passwordKey() const
{
    ConnectionSettings s = serverSettings();
    s.password.clear();
    return secretkeys::databasePassword(s);
}

void DatabasePage::storePassword()
{
    if (usesLocalDatabase())
        return;
    const QString password = m_ui->passwordEdit->text();
    if (password.isEmpty() && !m_passwordEdited)
        return;
    m_keychain->save(passwordKey(), password, rememberPassword() && m_keychain->mayRemember(),
                     this);
    m_loadedKey = passwordKey();
}

void DatabasePage::loadStoredPassword()
{
    if (usesLocalDatabase() && m_ui->hostEdit->text().isEmpty())
        return;
    const QString key = passwordKey();
    if (key == m_loadedKey || (m_passwordEdited && !m_ui->passwordEdit->text().isEmpty()))
        return;
    m_keychain->read(key, this, [this, key](const CredentialResult &result) {
        if (key != passwordKey() || (m_passwordEdited && !m_ui->passwordEdit->text().isEmpty()))
            return; // the form changed meanwhile, or the analyst typed a password
        m_loadedKey = key;
        if (result.isOk()) {
            m_ui->passwordEdit->setText(result.value);
            m_ui->passwordEdit->setPlaceholderText(QString());
            m_passwordEdited = false;
        }
        updateKeychainStatus();
    });
}

ConnectionSettings DatabasePage::runSettings() const
{
    return usesLocalDatabase() ? m_service->connectionSettings() : serverSettings();
}

QString DatabasePage::targetTable() const
{
    const QString typed = m_ui->tableEdit->text().trimmed();
    return typed.isEmpty() ? m_defaultTable : typed;
}

void DatabasePage::setTargetTable(const QString &name)
{
    m_ui->tableEdit->setText(name);
}

LoadMode DatabasePage::loadMode() const
{
    return LoadMode(m_ui->loadModeCombo->currentData().toInt());
}

void DatabasePage::setLoadMode(LoadMode mode)
{
    m_ui->loadModeCombo->setCurrentIndex(qMax(0, m_ui->loadModeCombo->findData(int(mode))));
}

QString DatabasePage::keyColumn() const
{
    return loadMode() == LoadMode::Upsert ? m_ui->keyColumnCombo->currentText().trimmed()
                                          : QString();
}

void DatabasePage::setSourceHints(const QString &firstFile, const QStringList &columns)
{
    m_defaultTable = firstFile.isEmpty() ? QString() : defaultTableName(firstFile);
    m_ui->tableEdit->setPlaceholderText(
        m_defaultTable.isEmpty() ? tr("A table name")
                                 : tr("%1 (from the first file's name)").arg(m_defaultTable));
    const QString key = m_ui->keyColumnCombo->currentText();
    m_ui->keyColumnCombo->clear();
    m_ui->keyColumnCombo->addItems(columns);
    m_ui->keyColumnCombo->setCurrentText(key.isEmpty() && !columns.isEmpty() ? columns.first()
                                                                             : key);
    emit statusChanged();
}

void DatabasePage::testConnection()
{
    if (m_testing)
        return;
    const ConnectionSettings settings = runSettings();
    if (!usesLocalDatabase() && settings.host.isEmpty()) {
        m_ui->testBanner->showMessage(Theme::Tone::Warning,
                                      tr("Enter the server's host name first."));
        return;
    }
    m_testing = true;
    m_ui->testButton->setEnabled(false);
    m_ui->testBanner->showMessage(Theme::Tone::Info,
                                  tr("Connecting to %1…").arg(settings.displayName()));
    const quint64 generation = ++m_testGeneration;
    const bool local = usesLocalDatabase();
    runInBackground(
        this, [settings] { return runConnectionTest(settings); },
        [this, generation, settings, local](const TestOutcome &out) {
            if (generation != m_testGeneration)
                return;
            m_testing = false;
            m_ui->testButton->setEnabled(true);
            QString message;
            if (out.ok) {
                message = tr("Connected to %1. The server runs PostgreSQL %2.")
                              .arg(settings.displayName(), out.version);
                m_ui->testBanner->showMessage(Theme::Tone::Success, message);
                if (!local)
                    storePassword();
            } else {
                message = out.error.message;
                m_ui->testBanner->showMessage(Theme::Tone::Error, message, out.error.details);
            }
            emit statusChanged();
            emit connectionTested(out.ok, message);
        });
}

void DatabasePage::restoreSettings()
{
    ConnectionSettings s;
    s.host = AppSettings::serverHost.value();
    s.port = AppSettings::serverPort.value();
    s.database = AppSettings::serverDatabase.value();
    s.user = AppSettings::serverUser.value();
    s.sslMode = AppSettings::sslMode.value();
    s.sslRootCert = AppSettings::sslCaFile.value();
    fillServerForm(s);
    // Another server than the one whose password is in the field (a project was opened): that
    // password is not this server's, and must not go to it.
    if (passwordKey() != m_loadedKey && !m_ui->passwordEdit->text().isEmpty()) {
        m_ui->passwordEdit->clear();
        m_passwordEdited = false;
        m_loadedKey.clear();
        loadStoredPassword();
    }
    setRememberPassword(m_keychain->mayRemember() && AppSettings::rememberPassword.value());
    setUseLocalDatabase(AppSettings::databaseMode.value() != QLatin1String("server"));
    setTargetTable(AppSettings::targetTable.value());
    setLoadMode(parseLoadMode(AppSettings::loadMode.value()).value_or(LoadMode::Replace));
    if (const QString key = AppSettings::keyColumn.value(); !key.isEmpty())
        m_ui->keyColumnCombo->setCurrentText(key);
    m_privacy->restoreSettings();
}

void DatabasePage::saveSettings() const
{
    AppSettings::databaseMode.setValue(usesLocalDatabase() ? QStringLiteral("local")
                                                           : QStringLiteral("server"));
    const ConnectionSettings s = serverSettings();
    AppSettings::serverHost.setValue(s.host);
    AppSettings::serverPort.setValue(s.port);
    AppSettings::serverDatabase.setValue(s.database);
    AppSettings::serverUser.setValue(s.user);
    AppSettings::sslMode.setValue(m_ui->sslModeCombo->currentData().toString());
    AppSettings::sslCaFile.setValue(m_ui->caFileEdit->text().trimmed());
    AppSettings::rememberPassword.setValue(rememberPassword());
    AppSettings::targetTable.setValue(m_ui->tableEdit->text().trimmed());
    AppSettings::loadMode.setValue(loadModeName(loadMode()));
    AppSettings::keyColumn.setValue(m_ui->keyColumnCombo->currentText().trimmed());
    m_privacy->saveSettings();
}

void DatabasePage::changeEvent(QEvent *event)
{
    StepPage::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateLocalState();
}

void DatabasePage::updateMode()
{
    const bool local = usesLocalDatabase();
    m_ui->localPanel->setEnabled(local);
    m_ui->serverPanel->setEnabled(!local);
    if (local && m_restored && m_service->state() != DatabaseService::State::Running
        && m_service->state() != DatabaseService::State::Starting
        && m_service->state() != DatabaseService::State::Failed)
        m_service->start();
    if (!local)
        loadStoredPassword();
}

void DatabasePage::updateLocalState()
{
    const DatabaseService::State state = m_service->state();
    Theme::Tone tone = Theme::Tone::Neutral;
    QString text = m_service->stateText();
    switch (state) {
    case DatabaseService::State::Running:
        tone = Theme::Tone::Success;
        text = m_service->ownsServer() ? tr("Running (started by RegionMap; stops when it exits)")
                                       : tr("Running (already running; left running at exit)");
        break;
    case DatabaseService::State::Failed:
        tone = Theme::Tone::Error;
        break;
    case DatabaseService::State::NotCreated:
        text = tr("Not yet created: it is created when first needed (about a second)");
        break;
    default:
        break;
    }
    m_ui->localStatusValue->setText(text);
    m_ui->localStatusIcon->setPixmap(
        (tone == Theme::Tone::Neutral
             ? Theme::icon(QStringLiteral("status/pending"), Theme::muted(palette()))
             : Theme::toneIcon(tone, palette()))
            .pixmap(QSize(16, 16), devicePixelRatioF()));
    m_ui->localLocationValue->setText(QDir::toNativeSeparators(m_service->location()));
    const bool running = state == DatabaseService::State::Running;
    m_ui->localPsqlValue->setText(
        running ? QStringLiteral("psql \"%1\"").arg(m_service->connectionSettings().toUri())
                : QString());
    m_ui->localPsqlValue->setCursorPosition(0);
    m_ui->localPsqlLabel->setVisible(running);
    m_ui->localPsqlValue->setVisible(running);
    m_ui->localStartButton->setVisible(state == DatabaseService::State::Stopped
                                       || state == DatabaseService::State::NotCreated
                                       || state == DatabaseService::State::Failed);
    m_ui->localStartButton->setText(state == DatabaseService::State::Failed ? tr("T&ry Again")
                                                                            : tr("S&tart"));
    if (state == DatabaseService::State::Failed)
        m_ui->localBanner->showMessage(Theme::Tone::Error, m_service->lastError().message,
                                       m_service->lastError().details);
    else
        m_ui->localBanner->clear();
}

void DatabasePage::updateSslFields()
{
    const QString mode = m_ui->sslModeCombo->currentData().toString();
    const bool verify = mode == QLatin1String("verify-ca") || mode == QLatin1String("verify-full");
    m_ui->caFileEdit->setEnabled(verify);
    m_ui->caFileButton->setEnabled(verify);
    m_ui->caFileLabel->setEnabled(verify);
}

void DatabasePage::updateLoadModeHelp()
{
    switch (loadMode()) {
    case LoadMode::Replace:
        m_ui->loadModeHelp->setText(
            tr("The table is rebuilt from this run's rows. Anyone reading it sees the old table "
               "or the new one, never half of one."));
        break;
    case LoadMode::Append:
        m_ui->loadModeHelp->setText(tr("The rows are added to the table, which is created when "
                                       "missing. Its columns must match the file's."));
        break;
    case LoadMode::Upsert:
        m_ui->loadModeHelp->setText(
            tr("A row whose key is already in the table replaces the old row; the others are "
               "added. The key column must be unique in the table."));
        break;
    }
    const bool upsert = loadMode() == LoadMode::Upsert;
    m_ui->keyColumnLabel->setVisible(upsert);
    m_ui->keyColumnCombo->setVisible(upsert);
    emit statusChanged();
}

void DatabasePage::updateKeychainStatus()
{
    QString text = m_keychain->statusText();
    if (!usesLocalDatabase() && m_keychain->isStored(passwordKey()))
        text += QLatin1Char('\n')
                + tr("A password for %1 is stored.").arg(serverSettings().displayName());
    m_ui->keychainStatusLabel->setText(text);
}

} // namespace regionmap
