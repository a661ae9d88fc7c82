#pragma once

#include "etl/etloptions.h"

#include <QByteArray>
#include <QWidget>

#include <array>

class QButtonGroup;
class QLabel;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace regionmap {

class KeychainService;

// The Privacy group of the Database page (docs/privacy.md): what a run stores of each address,
// one sentence per mode, the minimum count of what the results show and export, and for the hash
// mode its key, read from the keychain (made there on first use) off the GUI thread, with New Key
// to rotate it.
class PrivacyPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PrivacyPanel(KeychainService *keychain, QWidget *parent = nullptr);

    PrivacyMode mode() const;
    void setMode(PrivacyMode mode);
    // The run's minimum count: the spin box's in every mode but keep, 0 (the mode's default: 1)
    // in keep, which stays as before.
    int minCount() const;
    // The hash mode's key once the keychain gave it; empty before, and in the other modes.
    QByteArray key() const { return m_key; }
    // Why a run cannot start with this choice yet (the key is being read, or cannot be kept).
    QString blockingProblem() const;

    void restoreSettings();
    void saveSettings() const;

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void update();
    void loadKey();
    void rotateKey();
    void retranslate();

    KeychainService *m_keychain;
    QLabel *m_heading;
    QButtonGroup *m_group;
    std::array<QRadioButton *, 4> m_radios {};
    std::array<QLabel *, 4> m_captions {};
    QLabel *m_minCountLabel;
    QSpinBox *m_minCount;
    QLabel *m_minCountHelp;
    QLabel *m_keyStatus;
    QPushButton *m_newKey;
    QByteArray m_key;
    QString m_keyId;
    QString m_keyProblem;
    bool m_keyLoading = false;
    int m_generation = 0; // answers to an older request are dropped
};

} // namespace regionmap
