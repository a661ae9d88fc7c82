#pragma once

#include "clicontext.h"
#include "exitcodes.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSet>

#include <functional>
#include <optional>
#include <vector>

namespace regionmap::cli {

// One option of a subcommand: what --help says about it, and what its value does to the
// command's request. The texts are QT_TRANSLATE_NOOP in the command's translation context, so
// that a table can be a constant and still be shown in the user's language.
template<typename Request>
struct CliOption
{
    QStringList names; // the first is the one messages use
    const char *description;
    const char *valueName; // nullptr: a flag, which takes no value
    // Called once for each value given (a flag: once, with an empty value), and once with the
    // default when the option is absent and has one. Returns what is wrong with the value.
    std::function<std::optional<QString>(Request &, const QString &value)> apply;
    const char *defaultValue = nullptr;
};

// The options that were given on the command line, by their first name.
using GivenOptions = QSet<QString>;

// Adds the table's options to the parser, parses the arguments and applies every option to the
// request in one pass. Returns the exit code when the command is done already: ExitOk after
// --help, ExitUsage after printing every problem found. Returns nothing when the command should
// go on.
template<typename Request>
std::optional<int> readOptions(CliContext &ctx, QCommandLineParser &parser,
                               const QStringList &arguments, const char *context,
                               const std::vector<CliOption<Request>> &table, Request &request,
                               GivenOptions *given = nullptr)
{
    const auto translated = [context](const char *text) {
        return text ? QCoreApplication::translate(context, text) : QString();
    };
    for (const CliOption<Request> &o : table) {
        parser.addOption(
            QCommandLineOption(o.names, translated(o.description), translated(o.valueName),
                               o.defaultValue ? QString::fromLatin1(o.defaultValue) : QString()));
    }
    if (const std::optional<int> done = ctx.parse(parser, arguments))
        return done;

    QStringList problems;
    for (const CliOption<Request> &o : table) {
        const QString &name = o.names.constFirst();
        const bool isSet = parser.isSet(name);
        if (isSet && given)
            given->insert(name);
        if (!o.apply)
            continue;
        QStringList values;
        if (o.valueName)
            values = parser.values(name); // the default when absent
        else if (isSet)
            values = QStringList {QString()};
        for (const QString &value : std::as_const(values)) {
            if (std::optional<QString> problem = o.apply(request, value))
                problems << *problem;
        }
    }
    for (const QString &problem : std::as_const(problems))
        ctx.error(problem);
    return problems.isEmpty() ? std::nullopt : std::optional<int>(ExitUsage);
}

} // namespace regionmap::cli
