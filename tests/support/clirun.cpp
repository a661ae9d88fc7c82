#include "clirun.h"

#include "testpaths.h"

#include <QFile>
#include <QProcess>

namespace regionmap::test {

QProcessEnvironment cLocaleEnvironment()
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    e.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return e;
}

CliRun runCli(const QStringList &args, const QProcessEnvironment &env, const QByteArray &stdinData)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(cliPath(), args);
    CliRun r;
    if (!p.waitForStarted())
        return r;
    QFile cmd(QStringLiteral("/proc/%1/cmdline").arg(p.processId()));
    if (cmd.open(QIODevice::ReadOnly))
        r.cmdline = cmd.readAll();
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(180000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace regionmap::test
