#include "secretindex.h"

#include <QSettings>

namespace regionmap {

SecretIndex::SecretIndex()
    : m_settings(
        std::make_unique<QSettings>(QStringLiteral("regionmap"), QStringLiteral("regionmap")))
{ }

SecretIndex::SecretIndex(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{ }

SecretIndex::~SecretIndex() = default;

QString SecretIndex::settingsKey()
{
    return QStringLiteral("secrets/storedKeys");
}

bool SecretIndex::contains(const QString &key) const
{
    return keys().contains(key);
}

QStringList SecretIndex::keys() const
{
    QStringList list = m_settings->value(settingsKey()).toStringList();
    list.removeAll(QString());
    list.removeDuplicates();
    list.sort();
    return list;
}

void SecretIndex::markStored(const QString &key)
{
    QStringList list = keys();
    if (key.isEmpty() || list.contains(key))
        return;
    list.append(key);
    list.sort();
    m_settings->setValue(settingsKey(), list);
    m_settings->sync();
}

void SecretIndex::markRemoved(const QString &key)
{
    QStringList list = keys();
    if (list.removeAll(key) == 0)
        return;
    if (list.isEmpty())
        m_settings->remove(settingsKey());
    else
        m_settings->setValue(settingsKey(), list);
    m_settings->sync();
}

QString SecretIndex::fileName() const
{
    return m_settings->fileName();
}

void SecretIndex::sync()
{
    m_settings->sync();
}

} // namespace regionmap
