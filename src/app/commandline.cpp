#include "commandline.h"

#include "databaseservice.h"
#include "etl/runproject.h"
#include "geodbupdatepanel.h"
#include "geolocationpage.h"
#include "mainwindow.h"
#include "results/resultsview.h"
#include "resultspage.h"
#include "runpage.h"
#include "sourcespage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPalette>
#include <QPointer>
#include <QStyle>
#include <QTextStream>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace regionmap {

namespace {

QCommandLineOption hidden(QCommandLineOption option)
{
    option.setFlags(QCommandLineOption::HiddenFromHelp);
    return option;
}

const QString kPage = QStringLiteral("page");
const QString kRunSample = QStringLiteral("run-sample-and-wait");
const QString kUpdateGeoDb = QStringLiteral("update-geodb");
const QString kScreenshot = QStringLiteral("screenshot");
const QString kSize = QStringLiteral("window-size");
const QString kPalette = QStringLiteral("palette");
const QString kResultsTab = QStringLiteral("results-tab");

// A dark palette, to check (and show) that every colour follows the palette. The app itself
// uses the system's palette; this stands in for a dark desktop theme under Xvfb.
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabledText);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8b, 0xd9));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb6, 0xff));
    p.setColor(QPalette::Mid, QColor(0x44, 0x46, 0x4b));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1c));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4c, 0x52));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    return p;
}

void fail(const QString &message)
{
    QTextStream(stderr) << "regionmap: " << message << Qt::endl;
    QCoreApplication::exit(2);
}

// Polls until ready() holds (or about 3 minutes pass), then calls then().
void when(QObject *context, std::function<bool()> ready, std::function<void()> then,
          const QString &what)
{
    auto *timer = new QTimer(context);
    auto deadline = std::make_shared<QElapsedTimer>();
    deadline->start();
    QObject::connect(timer, &QTimer::timeout, context, [=] {
        if (ready()) {
            timer->stop();
            timer->deleteLater();
            then();
        } else if (deadline->elapsed() > 180000) {
            timer->stop();
            fail(CommandLine::tr("Gave up waiting for %1.").arg(what));
        }
    });
    timer->start(50);
}

} // namespace

void CommandLine::addOptions(QCommandLineParser &parser)
{
    parser.addOption(hidden(QCommandLineOption(
        kPage, tr("Show a step: sources, regions, database, geolocation, run or results."),
        tr("step"))));
    parser.addOption(hidden(QCommandLineOption(
        kRunSample, tr("Load the sample data, run, and wait for the run to end."))));
    parser.addOption(hidden(QCommandLineOption(
        kUpdateGeoDb, tr("Press Update Now on the Geolocation page; a screenshot is taken 2 s "
                         "into the download, or when it ends."))));
    parser.addOption(hidden(QCommandLineOption(
        kScreenshot, tr("Save a picture of the window to a PNG file, then exit."), tr("file"))));
    parser.addOption(
        hidden(QCommandLineOption(kSize, tr("Resize the window, e.g. 1280x800."), tr("WxH"))));
    parser.addOption(hidden(QCommandLineOption(
        kResultsTab, tr("Show a tab of the results: runs, summary, rows, charts or map."),
        tr("tab"))));
    parser.addOption(hidden(QCommandLineOption(
        kPalette, tr("Use a light or dark palette instead of the system's: light or dark."),
        tr("palette"))));
}

void CommandLine::apply(const QCommandLineParser &parser, MainWindow &window)
{
    if (parser.value(kPalette) == QLatin1String("dark"))
        QApplication::setPalette(darkPalette());
    else if (parser.value(kPalette) == QLatin1String("light"))
        QApplication::setPalette(QApplication::style()->standardPalette());
    if (const QString size = parser.value(kSize); !size.isEmpty()) {
        const QStringList wh = size.split(QLatin1Char('x'));
        if (wh.size() == 2 && wh[0].toInt() > 0 && wh[1].toInt() > 0)
            window.resize(wh[0].toInt(), wh[1].toInt());
        else
            return fail(tr("--window-size takes WIDTHxHEIGHT, e.g. 1280x800."));
    }
    // A .regionmap file opens as a project (a double-click); the others are data files.
    QStringList dataFiles;
    for (const QString &arg : parser.positionalArguments()) {
        if (QFileInfo(arg).suffix().compare(RunProject::suffix(), Qt::CaseInsensitive) == 0)
            window.openProject(arg);
        else
            dataFiles << arg;
    }
    if (!dataFiles.isEmpty())
        window.sourcesPage()->addFiles(dataFiles);

    std::optional<MainWindow::Step> page;
    if (parser.isSet(kPage)) {
        for (int s = 0; s <= int(MainWindow::Step::Results); ++s) {
            if (MainWindow::stepKey(MainWindow::Step(s)) == parser.value(kPage))
                page = MainWindow::Step(s);
        }
        if (!page)
            return fail(tr("Unknown step \"%1\" for --page.").arg(parser.value(kPage)));
    }

    std::optional<ResultsView::Page> resultsTab;
    if (parser.isSet(kResultsTab)) {
        const QStringList tabs {QStringLiteral("runs"), QStringLiteral("summary"),
                                QStringLiteral("rows"), QStringLiteral("charts"),
                                QStringLiteral("map")};
        const int tab = int(tabs.indexOf(parser.value(kResultsTab)));
        if (tab < 0)
            return fail(tr("Unknown tab \"%1\" for --results-tab.").arg(parser.value(kResultsTab)));
        resultsTab = ResultsView::Page(tab);
    }

    QPointer<MainWindow> win(&window);
    const QString screenshot = parser.value(kScreenshot);
    // The last action: show the page, let the window settle, save the picture, exit.
    auto finish = [win, page, resultsTab, screenshot] {
        if (!win)
            return;
        if (page)
            win->showStep(*page);
        if (resultsTab)
            win->resultsPage()->view()->setCurrentPage(*resultsTab);
        if (screenshot.isEmpty())
            return;
        QTimer::singleShot(700, win, [win, screenshot] {
            if (!win->grab().save(screenshot))
                return fail(tr("Could not write %1.").arg(screenshot));
            QCoreApplication::exit(0);
        });
    };
    // Settled: every file read, the database started (or failed), the keychain answered.
    auto settled = [win] {
        return win && !win->sourcesPage()->isBusy()
               && win->databaseService()->state() != DatabaseService::State::Starting
               && win->databaseService()->state() != DatabaseService::State::Unknown;
    };

    if (parser.isSet(kRunSample)) {
        window.sourcesPage()->clearFiles();
        window.sourcesPage()->useSampleData();
        when(
            &window, settled,
            [win, finish] {
                if (!win->startRun())
                    return fail(tr("The run could not start."));
                when(
                    win, [win] { return !win->runPage()->isRunning(); }, finish,
                    tr("the run to end"));
            },
            tr("the sample data and the database"));
        return;
    }
    if (parser.isSet(kUpdateGeoDb)) {
        when(
            &window, settled,
            [win, finish] {
                win->showStep(MainWindow::Step::Geolocation);
                win->geolocationPage()->updatePanel()->updateNow();
                QTimer::singleShot(1300, win, finish); // finish waits 700 ms more
            },
            tr("the database"));
        return;
    }
    if (page)
        window.showStep(*page);
    if (!screenshot.isEmpty())
        when(&window, settled, finish, tr("the window to settle"));
}

} // namespace regionmap
