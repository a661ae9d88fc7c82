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

void AppSettings::addRecentFile(const QString &path)
{
    if (path.isEmpty())
        return;
    QStringList list = recentFiles.value();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > MaxRecentFiles)
        list.removeLast();
    recentFiles.setValue(list);
}

} // namespace regionmap
