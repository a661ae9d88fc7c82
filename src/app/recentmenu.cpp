#include "recentmenu.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>

namespace regionmap {

void RecentMenu::fill(QMenu *menu, const QStringList &paths) const
{
    menu->clear();
    for (const QString &path : paths) {
        QAction *a = menu->addAction(label(path));
        const QFileInfo info(path);
        a->setEnabled(info.isFile() && info.isReadable());
        a->setToolTip(QDir::toNativeSeparators(path));
        QObject::connect(a, &QAction::triggered, menu, [open = open, path] { open(path); });
    }
    if (paths.isEmpty()) {
        menu->addAction(emptyText)->setEnabled(false);
        return;
    }
    menu->addSeparator();
    QObject::connect(menu->addAction(clearText), &QAction::triggered, menu,
                     [clear = clear] { clear(); });
}

} // namespace regionmap
