#pragma once

#include "common/result.h"

#include <QString>

#include <optional>

namespace regionmap::cli {

class CliContext;

// Asks on stderr and reads one line from the terminal without echo. Nothing when stdin is not a
// terminal or nothing was typed. For SecretResolver::Options::prompt.
std::optional<QString> promptForSecret(CliContext &ctx, const QString &question);

// A secret from stdin: one line without echo from a terminal (after asking on stderr), else all
// of stdin. One trailing line break (LF or CRLF) is removed. Empty input is an error.
Result<QString> readSecretFromStdin(CliContext &ctx, const QString &question);

} // namespace regionmap::cli
