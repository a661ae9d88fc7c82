#include "commandline.h"

#include "databaseservice.h"
#include "mainwindow.h"
#include "runpage.h"
#include "sourcespage.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QPointer>
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
const QString kScreenshot = QStringLiteral("screenshot");
const QString kSize = QStringLiteral("window-size");

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
        kScreenshot, tr("Save a picture of the window to a PNG file, then exit."), tr("file"))));
    parser.addOption(
        hidden(QCommandLineOption(kSize, tr("Resize the window, e.g. 1280x800."), tr("WxH"))));
}

void CommandLine::apply(const QCommandLineParser &parser, MainWindow &window)
{
    if (const QString size = parser.value(kSize); !size.isEmpty()) {
        const QStringList wh = size.split(QLatin1Char('x'));
        if (wh.size() == 2 && wh[0].toInt() > 0 && wh[1].toInt() > 0)
            window.resize(wh[0].toInt(), wh[1].toInt());
        else
            return fail(tr("--window-size takes WIDTHxHEIGHT, e.g. 1280x800."));
    }
    if (!parser.positionalArguments().isEmpty())
        window.sourcesPage()->addFiles(parser.positionalArguments());

    std::optional<MainWindow::Step> page;
    if (parser.isSet(kPage)) {
        for (int s = 0; s <= int(MainWindow::Step::Results); ++s) {
            if (MainWindow::stepKey(MainWindow::Step(s)) == parser.value(kPage))
                page = MainWindow::Step(s);
        }
        if (!page)
            return fail(tr("Unknown step \"%1\" for --page.").arg(parser.value(kPage)));
    }

    QPointer<MainWindow> win(&window);
    const QString screenshot = parser.value(kScreenshot);
    // The last action: show the page, let the window settle, save the picture, exit.
    auto finish = [win, page, screenshot] {
        if (!win)
            return;
        if (page)
            win->showStep(*page);
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
    if (page)
        window.showStep(*page);
    if (!screenshot.isEmpty())
        when(&window, settled, finish, tr("the window to settle"));
}

} // namespace regionmap
