#pragma once

#include <optional>

#include <QString>
#include <QStringList>
#include <QTextStream>

class QCommandLineParser;

namespace regionmap::cli {

// Output streams and helpers shared by the subcommands.
class CliContext
{
public:
    CliContext();

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // True when stderr is a terminal (progress is drawn only then).
    bool stderrIsTerminal() const { return m_stderrTty; }

    // "regionmap-cli: <message>" on stderr, plus the details indented below when given.
    void error(const QString &message, const QString &details = {});

    // Parses a subcommand's arguments. Returns the exit code when the command is done already:
    // ExitUsage after printing the parser's error, ExitOk after printing --help. Returns
    // nothing when the command should go on.
    std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments);

private:
    QTextStream m_out;
    QTextStream m_err;
    bool m_stderrTty = false;
};

} // namespace regionmap::cli
