#include "clicontext.h"

#include "exitcodes.h"

#include <QCommandLineParser>

#include <QStringList>

#include <cstdio>
#include <unistd.h>

namespace regionmap::cli {

CliContext::CliContext()
    : m_out(stdout)
    , m_err(stderr)
    , m_stderrTty(::isatty(STDERR_FILENO) == 1)
{ }

void CliContext::error(const QString &message, const QString &details)
{
    m_err << "regionmap-cli: " << message << Qt::endl;
    if (!details.isEmpty()) {
        const QStringList lines = details.split(QLatin1Char('\n'));
        for (const QString &line : lines)
            m_err << "  " << line << Qt::endl;
    }
}

std::optional<int> CliContext::parse(QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments)) {
        error(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return ExitOk;
    }
    return std::nullopt;
}

} // namespace regionmap::cli
