#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class QSettings;

namespace regionmap {

// Records in QSettings which keychain keys hold a stored secret, so the GUI can show "password
// stored" without asking the keychain. It holds key names only ("regionmap/db/ana@db:5432/x"),
// never a secret. The setting is "secrets/storedKeys", a list of keys.
class SecretIndex
{
public:
    // RegionMap's own settings: QSettings("regionmap", "regionmap"), i.e.
    // $XDG_CONFIG_HOME/regionmap/regionmap.conf on Linux, shared by the GUI and the CLI.
    SecretIndex();
    // An INI file, for tests and portable setups.
    explicit SecretIndex(const QString &iniFile);
    ~SecretIndex();

    SecretIndex(const SecretIndex &) = delete;
    SecretIndex &operator=(const SecretIndex &) = delete;

    bool contains(const QString &key) const;
    QStringList keys() const; // sorted
    void markStored(const QString &key);
    void markRemoved(const QString &key);

    // The settings file, for tests and diagnostics.
    QString fileName() const;
    // Writes pending changes to disk (QSettings also does so on its own).
    void sync();

    static QString settingsKey();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace regionmap
