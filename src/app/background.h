#pragma once

#include <QEventLoop>
#include <QFutureWatcher>
#include <QObject>
#include <QProgressDialog>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

namespace regionmap {

// Runs job() on Qt's thread pool, then done(result) in the thread of `context`, unless `context`
// is gone by then (the result is dropped). A QFutureWatcher owned by `context` carries the result:
// QFuture::then(context, ...) crashed when a page was destroyed with a job in flight (the
// continuation ran into a freed promise, QPromise::start; seen in tst_mainwindow on Qt 6.4).
// With a pool: on that pool (one thread: jobs one after another).
template<typename Job, typename Done>
void runInBackground(QObject *context, QThreadPool *pool, Job job, Done done)
{
    using R = std::invoke_result_t<Job &>;
    auto *watcher = new QFutureWatcher<R>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, done = std::move(done)]() mutable {
                         done(watcher->result());
                         watcher->deleteLater();
                     });
    watcher->setFuture(pool ? QtConcurrent::run(pool, std::move(job))
                            : QtConcurrent::run(std::move(job)));
}

template<typename Job, typename Done>
void runInBackground(QObject *context, Job job, Done done)
{
    runInBackground(context, nullptr, std::move(job), std::move(done));
}

// Runs job() on Qt's thread pool and waits for its result while the window goes on painting:
// a local event loop, and after half a second a window-modal progress dialog that says `label`
// (no input reaches the window meanwhile). For short jobs whose caller needs the answer at once,
// such as reading the sha256 of a project's files (MainWindow::openProject, saveProject).
template<typename Job>
std::invoke_result_t<Job &> waitInBackground(QWidget *window, const QString &label, Job job)
{
    using R = std::invoke_result_t<Job &>;
    QFutureWatcher<R> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    QProgressDialog dialog(label, QString(), 0, 0, window);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(500);
    dialog.setValue(0);
    watcher.setFuture(QtConcurrent::run(std::move(job)));
    if (!watcher.isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    dialog.reset();
    return watcher.result();
}

} // namespace regionmap
