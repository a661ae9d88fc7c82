#include "scriptedcredentialstore.h"
#include "secrets/blockingcredentials.h"
#include "secrets/credentialreply.h"
#include "secrets/qtkeychainstore.h"
#include "secrets/secretindex.h"
#include "secrets/secretkeys.h"
#include "secrets/sessioncredentialstore.h"

#include <QFile>
#include <QGuiApplication>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace regionmap;
using namespace regionmap::test;
using namespace std::chrono_literals;

using Outcome = CredentialResult::Outcome;

namespace {

// Waits for reply and returns its result; the reply is deleted afterwards.
CredentialResult await(CredentialReply *reply)
{
    QSignalSpy spy(reply, &CredentialReply::finished);
    if (!reply->isFinished() || spy.isEmpty())
        spy.wait(10'000);
    const CredentialResult r = reply->result();
    reply->deleteLater();
    return r;
}

// Runs fn on a fresh thread (which has no event loop of its own until BlockingCredentials makes
// one) while the GUI thread keeps spinning.
template<typename Fn>
CredentialResult onWorker(Fn fn)
{
    std::atomic<bool> done {false};
    CredentialResult result;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        result = fn();
        done = true;
    }));
    worker->start();
    // Generous: the guard in BlockingCredentials ends the wait well before.
    for (int i = 0; i < 1000 && !done; ++i)
        QTest::qWait(10);
    worker->wait();
    return result;
}

QByteArray fileContents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Checks below rely on running on the GUI thread of a QGuiApplication.
        QVERIFY(qobject_cast<QGuiApplication *>(QCoreApplication::instance()));
    }

    void sessionStoreRoundTrip()
    {
        SessionCredentialStore store;
        QVERIFY(!store.isPersistent());
        const QString key = secretkeys::ipinfoToken();

        CredentialReply *reply = store.read(key);
        // finished() comes from the event loop, never from inside read().
        QSignalSpy spy(reply, &CredentialReply::finished);
        QCOMPARE(spy.count(), 0);
        QVERIFY(spy.wait());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(reply->result().outcome, Outcome::NotFound);
        reply->deleteLater();

        QVERIFY(await(store.write(key, QStringLiteral("one"))).isOk());
        QCOMPARE(await(store.read(key)).value, QStringLiteral("one"));
        QVERIFY(await(store.write(key, QStringLiteral("two"))).isOk());
        QCOMPARE(await(store.read(key)).value, QStringLiteral("two"));
        QVERIFY(store.contains(key));
        QVERIFY(await(store.remove(key)).isOk());
        QVERIFY(!store.contains(key));
        QCOMPARE(await(store.read(key)).outcome, Outcome::NotFound);
        // Removing nothing is fine.
        QVERIFY(await(store.remove(key)).isOk());
        QVERIFY(await(store.probe()).isOk());
        QCOMPARE(store.availabilityText(CredentialResult::ok()),
                 QStringLiteral("Keychain: not used — secrets are kept for this session only"));
    }

    void thenCallsBackAndDeletesTheReply()
    {
        SessionCredentialStore store;
        QVERIFY(await(store.write(QStringLiteral("k"), QStringLiteral("v"))).isOk());
        QPointer<CredentialReply> reply = store.read(QStringLiteral("k"));
        QString got;
        int calls = 0;
        reply->then(this, [&](const CredentialResult &r) {
            got = r.value;
            ++calls;
        });
        QTRY_COMPARE(calls, 1);
        QCOMPARE(got, QStringLiteral("v"));
        QTRY_VERIFY(reply.isNull());
    }

    void silentKeychainTimesOut()
    {
        ScriptedCredentialStore store;
        store.neverAnswer();
        store.setTimeout(150ms);
        CredentialReply *reply = store.read(secretkeys::ipinfoToken());
        QSignalSpy spy(reply, &CredentialReply::finished);
        QVERIFY(spy.wait(5000));
        QCOMPARE(reply->result().outcome, Outcome::TimedOut);
        QVERIFY(reply->result().keychainUnusable());
        QCOMPARE(reply->result().error.message,
                 QStringLiteral("The keychain did not answer within 0.15 s."));
        QCOMPARE(store.timedOut(), 1);

        // The keychain wakes up: its late answer is ignored, finished() is not emitted again.
        store.answerPendingNow(CredentialResult::ok(QStringLiteral("late")));
        QCoreApplication::processEvents();
        QTest::qWait(0);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(reply->result().outcome, Outcome::TimedOut);
        QVERIFY(reply->result().value.isEmpty());
        QCOMPARE(store.availabilityText(reply->result()),
                 QStringLiteral("Keychain: not answering — secrets are kept for this session "
                                "only"));
    }

    void timeoutMessage_data()
    {
        QTest::addColumn<int>("ms");
        QTest::addColumn<QString>("message");
        QTest::newRow("default") << 10'000 << "The keychain did not answer within 10 s.";
        QTest::newRow("fraction") << 1500 << "The keychain did not answer within 1.5 s.";
        QTest::newRow("short") << 200 << "The keychain did not answer within 0.2 s.";
    }

    void timeoutMessage()
    {
        QFETCH(int, ms);
        QTEST(CredentialStore::timeoutError(std::chrono::milliseconds(ms)).message, "message");
    }

    void answerBeforeTimeoutWins()
    {
        ScriptedCredentialStore store;
        store.setTimeout(5s);
        store.answerWith(CredentialResult::ok(QStringLiteral("quick")), 20ms);
        const CredentialResult r = await(store.read(QStringLiteral("k")));
        QCOMPARE(r.outcome, Outcome::Ok);
        QCOMPARE(r.value, QStringLiteral("quick"));
        QCOMPARE(store.timedOut(), 0);
    }

    void availabilityTexts()
    {
        ScriptedCredentialStore store;
        QCOMPARE(store.availabilityText(CredentialResult::ok()),
                 QStringLiteral("Keychain: available (scripted keychain)"));
        QCOMPARE(store.availabilityText(CredentialResult::failure(
                     Outcome::Unavailable, QtKeychainStore::unavailableError())),
                 QStringLiteral("Keychain: not available — secrets are kept for this session "
                                "only"));
        QCOMPARE(store.availabilityText(CredentialResult::failure(Outcome::Denied, Error())),
                 QStringLiteral("Keychain: locked — secrets are kept for this session only"));
    }

    void indexRecordsKeysNeverValues()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        SecretIndex index(ini);
        ScriptedCredentialStore keychain;
        keychain.setIndex(&index);
        keychain.answerWith(CredentialResult::ok());
        const QString key = QStringLiteral("regionmap/db/ana@db.example.com:5432/sales");

        QVERIFY(await(keychain.write(key, QStringLiteral("index-secret-1"))).isOk());
        QCOMPARE(keychain.lastWrittenValue(), QStringLiteral("index-secret-1"));
        QVERIFY(index.contains(key));
        QVERIFY(await(keychain.probe()).isOk());
        QCOMPARE(index.keys(), QStringList {key}); // the probe entry is never recorded

        // A second object on the same file sees it (the GUI and the CLI share the flag).
        index.sync();
        QVERIFY(SecretIndex(ini).contains(key));
        const QByteArray contents = fileContents(ini);
        QVERIFY(contents.contains("ana@db.example.com"));
        QVERIFY(!contents.contains("index-secret-1"));

        // A failed write records nothing; a read that finds nothing keeps the flag.
        const QString other = secretkeys::ipinfoToken();
        keychain.answerWith(
            CredentialResult::failure(Outcome::Unavailable, QtKeychainStore::unavailableError()));
        QVERIFY(!await(keychain.write(other, QStringLiteral("index-secret-2"))).isOk());
        QVERIFY(!index.contains(other));
        keychain.answerWith(CredentialResult::failure(Outcome::NotFound, Error()));
        QCOMPARE(await(keychain.read(key)).outcome, Outcome::NotFound);
        QVERIFY(index.contains(key));

        keychain.answerWith(CredentialResult::ok());
        QVERIFY(await(keychain.remove(key)).isOk());
        QVERIFY(!index.contains(key));
        index.sync();
        QVERIFY(!fileContents(ini).contains("index-secret"));

        // Session secrets are not flagged as stored: they are gone after the session.
        SessionCredentialStore session;
        session.setIndex(&index);
        QVERIFY(await(session.write(key, QStringLiteral("index-secret-3"))).isOk());
        QVERIFY(!index.contains(key));
    }

    void blockingIsRefusedOnTheGuiThread()
    {
        SessionCredentialStore store;
        const CredentialResult r = BlockingCredentials(&store).read(QStringLiteral("k"));
        QCOMPARE(r.outcome, Outcome::Failed);
        QVERIFY2(r.error.message.contains(QLatin1String("GUI thread")),
                 qPrintable(r.error.message));
        QVERIFY(BlockingCredentials::onGuiThread());
    }

    void blockingFromWorkerReachesStoreOnGuiThread()
    {
        SessionCredentialStore store; // lives on the GUI thread
        QVERIFY(await(store.write(QStringLiteral("k"), QStringLiteral("v"))).isOk());
        const CredentialResult r = onWorker([&store] {
            if (BlockingCredentials::onGuiThread())
                return CredentialResult::failure(Outcome::Failed, Error(QStringLiteral("?")));
            return BlockingCredentials(&store).read(QStringLiteral("k"));
        });
        QCOMPARE(r.outcome, Outcome::Ok);
        QCOMPARE(r.value, QStringLiteral("v"));

        const CredentialResult written = onWorker([&store] {
            return BlockingCredentials(&store).write(QStringLiteral("w"), QStringLiteral("x"));
        });
        QVERIFY(written.isOk());
        QCOMPARE(await(store.read(QStringLiteral("w"))).value, QStringLiteral("x"));
    }

    void blockingFromWorkerTimesOut()
    {
        ScriptedCredentialStore store;
        store.neverAnswer();
        store.setTimeout(200ms);
        const CredentialResult r
            = onWorker([&store] { return BlockingCredentials(&store).probe(); });
        QCOMPARE(r.outcome, Outcome::TimedOut);
        // Ended by the store's own timeout, which names its 0.2 s; the guard's would not.
        QCOMPARE(r.error.message, QStringLiteral("The keychain did not answer within 0.2 s."));
    }

    void wrongThreadIsAnError()
    {
        SessionCredentialStore store;
        bool finishedAtOnce = false;
        const CredentialResult r = onWorker([&store, &finishedAtOnce] {
            // Straight to the store, not through BlockingCredentials.
            CredentialReply *reply = store.read(QStringLiteral("k"));
            finishedAtOnce = reply->isFinished();
            const CredentialResult result = reply->result();
            delete reply;
            return result;
        });
        QVERIFY(finishedAtOnce);
        QCOMPARE(r.outcome, Outcome::Failed);
        QVERIFY(r.error.message.contains(QLatin1String("wrong thread")));
    }
};

QTEST_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
