#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

namespace regionmap::test {

// What one regionmap-cli process did.
struct CliRun
{
    int code = -1; // -1: it did not start, crashed, or ran over 180 s (then it is killed)
    QByteArray out;
    QByteArray err;
    QByteArray cmdline; // /proc/<pid>/cmdline, read while the process ran (for the leak tests)
};

// The caller's environment in the C locale (UTF-8): the CLI's texts as written, untranslated.
QProcessEnvironment cLocaleEnvironment();

// Runs the regionmap-cli built with the tests, with this environment and standard input.
CliRun runCli(const QStringList &args, const QProcessEnvironment &env,
              const QByteArray &stdinData = {});

} // namespace regionmap::test
