#pragma once

#include "geo/geosource.h"
#include "steppage.h"

#include <QDate>

#include <memory>

namespace Ui {
class GeolocationPage;
}

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QSpinBox;
class QLabel;
class QLineEdit;
QT_END_NAMESPACE

namespace regionmap {

class GeoDbUpdatePanel;
class MmdbLocator;

class KeychainService;

// Step 4: how addresses are located. The offline database (the default; DB-IP Lite City is
// found on its own) with its type, build date and the DB-IP attribution, or ipinfo.io with its
// token in the keychain.
class GeolocationPage : public StepPage
{
    Q_OBJECT

public:
    struct Choice
    {
        bool offline = true;
        QString ipv4Database; // or a combined IPv4+IPv6 file
        QString ipv6Database; // may be empty
        QString token; // ipinfo.io; memory only
        QString baseUrl;
        QString crossCheckDatabase; // a second opinion's .mmdb file; empty: none
        int crossCheckIpinfoSample = 0; // or ipinfo.io for a sample of this many rows
    };

    explicit GeolocationPage(KeychainService *keychain, QWidget *parent = nullptr);
    ~GeolocationPage() override;

    QString title() const override;
    QString description() const override;
    QString statusText() const override;
    Theme::Tone statusTone() const override;
    QString blockingProblem() const override;

    Choice choice() const;
    // Sets the database files (empty: the default DB-IP files) and reads their metadata.
    void setDatabaseFiles(const QString &ipv4, const QString &ipv6 = {});
    QString databaseType() const { return m_type; }
    QDate buildDate() const { return m_buildDate; }
    // Whether the database is older than GeoDatabaseInfo::kStaleAfterDays (a warning, with the
    // way to update, on the page).
    bool isStale() const { return !m_staleAdvice.isEmpty(); }

    // Keeps the typed token for this session, and in the keychain when asked to.
    void storeToken();

    // The cost estimate (and cache clearing) runs elsewhere; the page shows the answer.
    void setEstimateBusy(bool busy);
    void showEstimate(const QString &text, bool error = false);

    GeoDbUpdatePanel *updatePanel() const { return m_update; }

    // True when this build can use ipinfo.io (its provider exists).
    static bool ipinfoAvailable();

    void restoreSettings();
    void saveSettings() const;

signals:
    void estimateRequested();
    void clearCacheRequested();

private:
    void inspectDatabase();
    QString describeFiles(const MmdbLocator &locator);
    void showCredit();
    void updateMode();
    void updateKeychainStatus();
    void chooseFile(bool ipv6);
    void buildCrossCheck();
    void inspectCrossCheck();

    std::unique_ptr<Ui::GeolocationPage> m_ui;
    GeoDbUpdatePanel *m_update;
    QCheckBox *m_crossCheck = nullptr;
    QLineEdit *m_crossCheckFile = nullptr;
    QComboBox *m_crossCheckKind = nullptr;
    QSpinBox *m_crossCheckSample = nullptr;
    QLabel *m_crossCheckInfo = nullptr;
    QString m_crossCheckError; // the chosen second database cannot be used
    KeychainService *m_keychain;
    QString m_type;
    QDate m_buildDate;
    QString m_source; // "DB-IP", "GeoLite2 City", ...
    GeoCredit m_credit; // the chosen database's
    QString m_openError;
    QString m_openDetails;
    QString m_staleAdvice; // the age and the way to update, when the database is old
};

} // namespace regionmap
