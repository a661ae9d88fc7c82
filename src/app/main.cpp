#include "mainwindow.h"

#include <regionmap/version.h>

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("regionmap"));
    QApplication::setApplicationDisplayName(QStringLiteral("RegionMap"));
    QApplication::setApplicationVersion(QStringLiteral(REGIONMAP_VERSION_STRING));

    regionmap::MainWindow window;
    window.show();
    return app.exec();
}
