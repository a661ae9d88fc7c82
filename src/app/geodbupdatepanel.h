#pragma once

#include "theme.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
QT_END_NAMESPACE

namespace regionmap {

class GeoDbUpdater;
class KeychainService;
struct GeoDbProgress;
struct GeoDbUpdateResult;
struct Error;

// On the Geolocation page: Update Now (download, check and install the current DB-IP Lite City
// database, as `regionmap-cli geodb update` does), with progress (bytes, rate, time left) and
// Cancel, and Roll Back to the file the last update replaced.
class GeoDbUpdatePanel : public QWidget
{
    Q_OBJECT

public:
    explicit GeoDbUpdatePanel(KeychainService *keychain, QWidget *parent = nullptr);
    ~GeoDbUpdatePanel() override;

    // The download address field, for a form row's label.
    QWidget *addressField() const;
    bool isUpdating() const;
    QString statusText() const;

    void restoreSettings();
    void saveSettings() const;

public slots:
    void updateNow();
    void cancel();
    void rollBack();

signals:
    // A new (or the previous) database is the installed one now.
    void databaseChanged();

private:
    void onProgress(const GeoDbProgress &p);
    void onSucceeded(const GeoDbUpdateResult &r);
    void onFailed(const Error &e);
    void setBusy(bool busy);
    void start(const QString &user, const QString &password);
    void updateSource();
    bool maxMind() const;
    void showStatus(const QString &text, Theme::Tone tone);

    GeoDbUpdater *m_updater;
    KeychainService *m_keychain;
    QComboBox *m_source;
    QWidget *m_account; // the MaxMind account ID and licence key
    QLineEdit *m_accountId;
    QLineEdit *m_licenceKey;
    bool m_cancelled = false; // Cancel was pressed before the download started
    QLineEdit *m_url;
    QPushButton *m_update;
    QPushButton *m_cancel;
    QPushButton *m_rollBack;
    QProgressBar *m_bar;
    QLabel *m_status;
};

} // namespace regionmap
