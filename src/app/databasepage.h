#pragma once

#include "databaseservice.h"
#include "db/connectionsettings.h"
#include "db/loadmode.h"
#include "steppage.h"

#include <QStringList>

#include <memory>

namespace Ui {
class DatabasePage;
}

namespace regionmap {

class KeychainService;
class PrivacyPanel;

// Step 3: where the rows go. The local database managed by RegionMap (the default) with its
// state and folder, or a PostgreSQL server with its password in the keychain; "Test
// connection" runs off the GUI thread. Also the target table and the load mode.
class DatabasePage : public StepPage
{
    Q_OBJECT

public:
    DatabasePage(DatabaseService *service, KeychainService *keychain, QWidget *parent = nullptr);
    ~DatabasePage() override;

    QString title() const override;
    QString description() const override;
    QString statusText() const override;
    Theme::Tone statusTone() const override;
    QString blockingProblem() const override;

    bool usesLocalDatabase() const;
    void setUseLocalDatabase(bool local);

    // The server form as connection settings, with the password typed or read from the keychain.
    ConnectionSettings serverSettings() const;
    // Fills the server form (and selects "server"); the password too, when set.
    void setServerSettings(const ConnectionSettings &settings);
    bool rememberPassword() const;
    void setRememberPassword(bool remember);
    // Keeps the typed password for this session, and in the keychain when asked to.
    void storePassword();

    // The settings a run uses: the local database's (once it runs) or the server form's.
    ConnectionSettings runSettings() const;

    // The table name as typed, or the default derived from the first data file.
    QString targetTable() const;
    void setTargetTable(const QString &name);
    LoadMode loadMode() const;
    void setLoadMode(LoadMode mode);
    QString keyColumn() const;
    // The Privacy group: what the run stores of each address, the minimum count, the hash key.
    PrivacyPanel *privacy() const { return m_privacy; }
    // From the Sources page: the first file (its name gives the default table name) and the
    // columns offered as upsert key.
    void setSourceHints(const QString &firstFile, const QStringList &columns);

    // Runs "Test connection" (off the GUI thread); connectionTested follows.
    void testConnection();
    bool isTesting() const { return m_testing; }

    void restoreSettings();
    void saveSettings() const;

signals:
    void connectionTested(bool ok, const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillServerForm(const ConnectionSettings &settings);
    void updateMode();
    void updateLocalState();
    void updateSslFields();
    void updateLoadModeHelp();
    void updateKeychainStatus();
    void loadStoredPassword();
    QString passwordKey() const;

    std::unique_ptr<Ui::DatabasePage> m_ui;
    DatabaseService *m_service;
    KeychainService *m_keychain;
    PrivacyPanel *m_privacy;
    QString m_defaultTable;
    QString m_loadedKey; // the keychain key whose password is in the field
    bool m_passwordEdited = false;
    bool m_testing = false;
    bool m_restored = false; // the local database starts once the saved choice is known
    quint64 m_testGeneration = 0;
};

} // namespace regionmap
