#include "privacypanel.h"

#include "appsettings.h"
#include "background.h"
#include "keychainservice.h"
#include "theme.h"

#include "secrets/credentialstore.h"
#include "secrets/privacykey.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace regionmap {

namespace {

constexpr std::array<PrivacyMode, 4> kModes {PrivacyMode::Keep, PrivacyMode::Truncate,
                                             PrivacyMode::Hash, PrivacyMode::Drop};

} // namespace

PrivacyPanel::PrivacyPanel(KeychainService *keychain, QWidget *parent)
    : QWidget(parent)
    , m_keychain(keychain)
    , m_heading(new QLabel(this))
    , m_group(new QButtonGroup(this))
    , m_minCountLabel(new QLabel(this))
    , m_minCount(new QSpinBox(this))
    , m_minCountHelp(new QLabel(this))
    , m_keyStatus(new QLabel(this))
    , m_newKey(new QPushButton(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_heading->setObjectName(QStringLiteral("privacyHeading"));
    Theme::styleHeading(m_heading, 1.15);
    layout->addWidget(m_heading);

    // Each mode: its radio button, and under it, indented, its sentence (and the hash mode's key).
    const int indent = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth)
                       + style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing);
    for (size_t i = 0; i < kModes.size(); ++i) {
        auto *radio = new QRadioButton(this);
        radio->setObjectName(QStringLiteral("privacy_") + QString(privacyModeName(kModes[i])));
        auto *caption = new QLabel(this);
        caption->setWordWrap(true);
        Theme::styleCaption(caption);
        m_group->addButton(radio, int(i));
        layout->addWidget(radio);
        auto *under = new QVBoxLayout;
        under->setContentsMargins(indent, 0, 0, 4);
        under->setSpacing(2);
        under->addWidget(caption);
        if (kModes[i] == PrivacyMode::Hash) {
            auto *keyRow = new QHBoxLayout;
            keyRow->addWidget(m_keyStatus, 1);
            keyRow->addWidget(m_newKey);
            m_keyStatus->setWordWrap(true);
            Theme::styleCaption(m_keyStatus);
            under->addLayout(keyRow);
        }
        layout->addLayout(under);
        m_radios[i] = radio;
        m_captions[i] = caption;
    }
    m_radios[0]->setChecked(true);

    auto *countRow = new QHBoxLayout;
    m_minCount->setRange(1, EtlOptions::kMaxMinCount);
    m_minCount->setValue(EtlOptions::kDefaultMinCount);
    m_minCount->setObjectName(QStringLiteral("minCountSpin"));
    m_minCountLabel->setBuddy(m_minCount);
    countRow->addWidget(m_minCountLabel);
    countRow->addWidget(m_minCount);
    countRow->addStretch(1);
    layout->addLayout(countRow);
    m_minCountHelp->setWordWrap(true);
    Theme::styleCaption(m_minCountHelp);
    layout->addWidget(m_minCountHelp);
    m_newKey->setObjectName(QStringLiteral("newPrivacyKey"));

    connect(m_group, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (!on)
            return;
        if (mode() == PrivacyMode::Hash && m_key.isEmpty() && !m_keyLoading)
            loadKey();
        update();
        emit changed();
    });
    connect(m_minCount, &QSpinBox::valueChanged, this, &PrivacyPanel::changed);
    connect(m_newKey, &QPushButton::clicked, this, &PrivacyPanel::rotateKey);
    retranslate();
    update();
}

PrivacyMode PrivacyPanel::mode() const
{
    const int id = m_group->checkedId();
    return id >= 0 ? kModes[size_t(id)] : PrivacyMode::Keep;
}

void PrivacyPanel::setMode(PrivacyMode mode)
{
    for (size_t i = 0; i < kModes.size(); ++i) {
        if (kModes[i] == mode)
            m_radios[i]->setChecked(true);
    }
}

int PrivacyPanel::minCount() const
{
    return mode() == PrivacyMode::Keep ? 0 : m_minCount->value();
}

QString PrivacyPanel::blockingProblem() const
{
    if (mode() != PrivacyMode::Hash || !m_key.isEmpty())
        return {};
    if (!m_keyProblem.isEmpty())
        return m_keyProblem;
    return tr("The key of the hash privacy mode is being read from the keychain.");
}

void PrivacyPanel::loadKey()
{
    m_keyLoading = true;
    m_keyProblem.clear();
    const int generation = ++m_generation;
    CredentialStore *store = m_keychain->keychain();
    runInBackground(
        this, [store] { return PrivacyKey::loadOrCreate(store); },
        [this, generation](const Result<PrivacyKey::Loaded> &loaded) {
            if (generation != m_generation)
                return;
            m_keyLoading = false;
            if (loaded) {
                m_key = loaded->key;
                m_keyId = AddressPrivacy::keyId(m_key);
                // The keychain answered: the status bar may say so.
                if (m_keychain->availability() == KeychainService::Availability::NotChecked)
                    m_keychain->check();
            } else {
                m_keyProblem = loaded.error().message;
            }
            update();
            emit changed();
        });
    update();
}

void PrivacyPanel::rotateKey()
{
    const auto answer = QMessageBox::question(
        this, tr("Make a New Key?"),
        tr("Runs with a new key give every address a new pseudonym. The pseudonyms of earlier "
           "runs stay as they are, and can no longer be matched with those of later runs."),
        QMessageBox::Cancel | QMessageBox::Yes, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_keyLoading = true;
    m_key.clear();
    m_keyProblem.clear();
    const int generation = ++m_generation;
    CredentialStore *store = m_keychain->keychain();
    runInBackground(
        this, [store] { return PrivacyKey::rotate(store); },
        [this, generation](const Result<QByteArray> &made) {
            if (generation != m_generation)
                return;
            m_keyLoading = false;
            if (made) {
                m_key = made.value();
                m_keyId = AddressPrivacy::keyId(m_key);
            } else {
                m_keyProblem = made.error().message;
            }
            update();
            emit changed();
        });
    update();
    emit changed();
}

void PrivacyPanel::update()
{
    const bool hash = mode() == PrivacyMode::Hash;
    m_keyStatus->setVisible(hash);
    m_newKey->setVisible(hash);
    m_newKey->setEnabled(!m_keyLoading);
    if (m_keyLoading)
        m_keyStatus->setText(tr("Reading the key from the keychain…"));
    else if (!m_keyProblem.isEmpty())
        m_keyStatus->setText(m_keyProblem);
    else if (!m_key.isEmpty())
        m_keyStatus->setText(tr("Key %1, in the keychain.").arg(m_keyId));
    else
        m_keyStatus->clear();
    const bool keep = mode() == PrivacyMode::Keep;
    m_minCount->setEnabled(!keep);
    m_minCountLabel->setEnabled(!keep);
}

void PrivacyPanel::retranslate()
{
    m_heading->setText(tr("Privacy"));
    // Mnemonics that no other field of the Database page uses.
    const std::array<QString, 4> names {tr("Keep e&very address"), tr("Truncate to the &network"),
                                        tr("Hash &into pseudonyms"), tr("Drop ever&y address")};
    for (size_t i = 0; i < kModes.size(); ++i) {
        m_radios[i]->setText(names[i]);
        m_radios[i]->setAccessibleDescription(privacyModeDescription(kModes[i]));
        m_captions[i]->setText(privacyModeDescription(kModes[i]));
    }
    m_minCountLabel->setText(tr("&Minimum count:"));
    m_minCount->setSuffix(tr(" rows"));
    m_minCount->setAccessibleName(tr("Minimum count"));
    m_minCountHelp->setText(tr("Places, map cells and numbers of fewer rows are withheld from the "
                               "results, reports and exports; the row table shows every row."));
    m_newKey->setText(tr("Ne&w Key…"));
    m_newKey->setAccessibleName(tr("Make a new key for the hash privacy mode"));
}

void PrivacyPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void PrivacyPanel::restoreSettings()
{
    m_minCount->setValue(AppSettings::privacyMinCount.value());
    setMode(parsePrivacyMode(AppSettings::privacyMode.value()).value_or(PrivacyMode::Keep));
}

void PrivacyPanel::saveSettings() const
{
    AppSettings::privacyMode.setValue(QString(privacyModeName(mode())));
    AppSettings::privacyMinCount.setValue(m_minCount->value());
}

} // namespace regionmap
