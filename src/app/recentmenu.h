#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QMenu;

namespace regionmap {

// A "recent" menu (Sources ▸ Recent, File ▸ Open Recent Project), filled afresh each time it is
// shown: an action per path (disabled when the path is not a readable file any more, the full
// path as its tooltip), then a separator and an action that clears the list; or, with no path,
// one disabled action that says so.
struct RecentMenu
{
    QString emptyText; // "No recent files"
    QString clearText; // "Clear Recent Files"
    std::function<QString(const QString &path)> label;
    std::function<void(const QString &path)> open;
    std::function<void()> clear;

    void fill(QMenu *menu, const QStringList &paths) const;
};

} // namespace regionmap
