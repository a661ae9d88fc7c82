#include "appsettings.h"
#include "commandline.h"
#include "common/translations.h"
#include "mainwindow.h"

#include <regionmap/version.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>
#include <QTimer>
#include <QWindow>

namespace {

// --smoke-test, for the package test: show the window, print its title once the window system
// has exposed it, and exit 0; exit 1 when that does not happen within 30 s.
void runSmokeTest(QApplication &app, QWidget &window)
{
    auto *poll = new QTimer(&app);
    auto *deadline = new QTimer(&app);
    deadline->setSingleShot(true);
    QObject::connect(poll, &QTimer::timeout, &app, [&window] {
        if (window.windowHandle() && window.windowHandle()->isExposed()) {
            QTextStream(stdout) << window.windowTitle() << Qt::endl;
            QCoreApplication::exit(0);
        }
    });
    QObject::connect(deadline, &QTimer::timeout, &app, [] {
        QTextStream(stderr) << "regionmap: the main window was not shown within 30 s" << Qt::endl;
        QCoreApplication::exit(1);
    });
    poll->start(10);
    deadline->start(30000);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("regionmap"));
    QApplication::setApplicationDisplayName(QStringLiteral("RegionMap"));
    QApplication::setApplicationVersion(QStringLiteral(REGIONMAP_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("io.github.regionmap.regionmap"));
    regionmap::i18n::install(regionmap::AppSettings::language.value());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Map the IP addresses in CSV files to their nearest cloud region."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption smokeTest(
        QStringLiteral("smoke-test"),
        QApplication::translate("main", "Show the main window, print its title and exit."));
    parser.addOption(smokeTest);
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QApplication::translate("main", "CSV files to open."),
                                 QStringLiteral("[files...]"));
    regionmap::CommandLine::addOptions(parser);
    parser.process(app);

    regionmap::MainWindow window;
    window.show();
    regionmap::CommandLine::apply(parser, window);
    if (parser.isSet(smokeTest))
        runSmokeTest(app, window);
    return app.exec();
}
