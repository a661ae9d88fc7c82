#pragma once

#include <QString>
#include <QStringList>

namespace regionmap::cli {

class CliContext;

// `regionmap-cli secrets set|delete|rotate|status`: the database password, the ipinfo.io token,
// the MaxMind licence and the privacy key in the OS keychain. Values come from stdin only (read
// by secretinput.h), never from the command line, and are never printed.
int runSecretsCommand(CliContext &ctx, const QStringList &arguments);

} // namespace regionmap::cli
