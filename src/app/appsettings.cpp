#include "appsettings.h"

#include <memory>

namespace regionmap {

std::unique_ptr<QSettings> AppSettings::open()
{
    return std::make_unique<QSettings>(QStringLiteral("regionmap"), QStringLiteral("regionmap"));
}

QString AppSettings::fileName()
{
    return open()->fileName();
}

void AppSettings::sync()
{
    open()->sync();
}

namespace {

void addRecent(const AppSettings::Entry<QStringList> &entry, const QString &path)
{
    if (path.isEmpty())
        return;
    QStringList list = entry.value();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > AppSettings::MaxRecentFiles)
        list.removeLast();
    entry.setValue(list);
}

} // namespace

void AppSettings::addRecentFile(const QString &path)
{
    addRecent(recentFiles, path);
}

void AppSettings::addRecentProject(const QString &path)
{
    addRecent(recentProjects, path);
}

} // namespace regionmap
