#include "tablelock.h"

#include "common/feedback.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace regionmap {

Status TableLock::acquire(QSqlDatabase &db, const QString &table, Feedback &feedback)
{
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("SELECT pg_try_advisory_xact_lock(?, hashtext(?))")))
        return Error(ErrorKind::Database, tr("Could not ask for the table's lock."),
                     q.lastError().text());
    QElapsedTimer waited;
    bool said = false;
    for (;;) {
        q.addBindValue(kClassKey);
        q.addBindValue(table);
        if (!q.exec() || !q.next()) {
            return Error(ErrorKind::Database, tr("Could not ask for the table's lock."),
                         q.lastError().text());
        }
        if (q.value(0).toBool())
            break;
        if (!said) {
            feedback.info(tr("Another run is loading into the table \"%1\": this run waits for "
                             "it to finish, then goes on.")
                              .arg(table));
            said = true;
            waited.start();
        }
        if (feedback.isCanceled())
            return Error(ErrorKind::Cancelled, tr("The run was cancelled while it waited for the "
                                                  "other run into the table \"%1\".")
                                                   .arg(table));
        QThread::msleep(200);
    }
    if (said) {
        feedback.info(tr("The other run into the table \"%1\" has finished: this run goes on "
                         "(it waited %2 s).")
                          .arg(table)
                          .arg(waited.elapsed() / 1000.0, 0, 'f', 1));
    }
    return {};
}

} // namespace regionmap
