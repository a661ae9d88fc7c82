#pragma once

#include "common/result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace regionmap::cli {

class CliContext;

// `regionmap-cli secrets set|delete|status`: the database password and the ipinfo.io token in
// the OS keychain. Values come from stdin only, never from the command line, and are never
// printed.
int runSecretsCommand(CliContext &ctx, const QStringList &arguments);

// Asks on stderr and reads one line from the terminal without echo. Nothing when stdin is not a
// terminal or nothing was typed. For SecretResolver::Options::prompt.
std::optional<QString> promptForSecret(CliContext &ctx, const QString &question);

// A secret from stdin: one line without echo from a terminal (after asking on stderr), else all
// of stdin. One trailing line break (LF or CRLF) is removed. Empty input is an error.
Result<QString> readSecretFromStdin(CliContext &ctx, const QString &question);

} // namespace regionmap::cli
