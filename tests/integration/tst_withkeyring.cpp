// tests/support/with-keyring.sh, which the KEYRING tests run in: a private, unlocked keyring;
// the command's exit code and stdin pass through; everything is cleaned up afterwards, also when
// the script is stopped with SIGTERM.

#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace regionmap;

namespace {

QString script()
{
    return test::sourceDir() + QStringLiteral("/tests/support/with-keyring.sh");
}

// Running means: exists and is not a zombie waiting to be reaped by init.
bool running(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return close > 0 && line.size() > close + 2 && line.at(close + 2) != 'Z';
}

} // namespace

class TestWithKeyring : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(QFileInfo(script()).isExecutable(), qPrintable(script())); }

    void runsInAPrivateUnlockedKeyringAndCleansUp()
    {
        QProcess p;
        p.start(script(),
                {QStringLiteral("sh"), QStringLiteral("-c"),
                 QStringLiteral("echo \"$HOME\"; cat \"$HOME/../keyring.pid\"; "
                                "echo \"$DBUS_SESSION_BUS_ADDRESS\"; read line; echo \"$line\"; "
                                "printf stored-value | secret-tool store --label=t server t user t"
                                " && secret-tool lookup server t user t; echo; exit 7")});
        QVERIFY(p.waitForStarted());
        p.write("from-stdin\n");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60'000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 7);

        const QStringList lines = QString::fromUtf8(p.readAllStandardOutput())
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        const QString home = lines.at(0);
        const qint64 daemon = lines.at(1).toLongLong();
        QVERIFY2(home.contains(QLatin1String("regionmap-keyring-")), qPrintable(home));
        QVERIFY(home != QDir::homePath());
        QVERIFY(daemon > 0);
        QVERIFY(lines.at(2) != qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"));
        QCOMPARE(lines.at(3), QStringLiteral("from-stdin"));
        QCOMPARE(lines.at(4), QStringLiteral("stored-value")); // the keyring was unlocked

        QVERIFY2(!QFileInfo::exists(QFileInfo(home).path()), qPrintable(home));
        QTRY_VERIFY(!running(daemon));
    }

    void failsWhenTheCommandFails()
    {
        QProcess p;
        p.start(script(), {QStringLiteral("false")});
        QVERIFY(p.waitForFinished(60'000));
        QCOMPARE(p.exitCode(), 1);
        p.start(script(), {});
        QVERIFY(p.waitForFinished(60'000));
        QCOMPARE(p.exitCode(), 2);
    }

    void cleansUpOnSigterm()
    {
        QProcess p;
        p.start(script(), {QStringLiteral("sh"), QStringLiteral("-c"),
                           QStringLiteral("echo \"$HOME\"; cat \"$HOME/../keyring.pid\"; echo $$; "
                                          "exec sleep 120")});
        QVERIFY(p.waitForStarted());
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput()).count('\n') >= 3, 30'000);
        const QList<QByteArray> lines = out.split('\n');
        const QString home = QString::fromUtf8(lines.at(0));
        const qint64 daemon = lines.at(1).toLongLong();
        const qint64 command = lines.at(2).toLongLong();
        QVERIFY(running(daemon));
        QVERIFY(running(command));

        QSignalSpy finished(&p, &QProcess::finished);
        p.terminate();
        QVERIFY(finished.wait(20'000)); // long before the command's 120 s
        QCOMPARE(p.exitCode(), 143);
        QVERIFY2(!QFileInfo::exists(QFileInfo(home).path()), qPrintable(home));
        QTRY_VERIFY(!running(daemon));
        QTRY_VERIFY(!running(command));
    }
};

QTEST_GUILESS_MAIN(TestWithKeyring)
#include "tst_withkeyring.moc"
