// Reading a secret without echo, for `secrets set` and the password prompt of every command.
#include "secretinput.h"

#include "clicontext.h"

#include <QCoreApplication>
#include <QFile>

#include <csignal>
#include <cstring>
#include <termios.h>
#include <unistd.h>

namespace regionmap::cli {

namespace {

// The texts keep the secrets command's translation context, where they have always been.
struct SecretsCommandText
{
    Q_DECLARE_TR_FUNCTIONS(regionmap::cli::SecretsCommand)
};

// Far more than any password or token.
constexpr qsizetype MaxSecretSize = 64 * 1024;

// --- Reading without echo -------------------------------------------------------------------

struct termios g_savedTermios;
volatile std::sig_atomic_t g_echoOff = 0;

extern "C" void restoreEchoAndReraise(int signal)
{
    if (g_echoOff)
        ::tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTermios);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

// Turns terminal echo off for its lifetime, and back on even when the user presses Ctrl+C.
class EchoOff
{
public:
    EchoOff()
    {
        if (::tcgetattr(STDIN_FILENO, &g_savedTermios) != 0)
            return;
        struct termios quiet = g_savedTermios;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        struct sigaction action;
        std::memset(&action, 0, sizeof action);
        action.sa_handler = restoreEchoAndReraise;
        sigemptyset(&action.sa_mask);
        for (int sig : {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP})
            ::sigaction(sig, &action, &m_previous[index(sig)]);
        g_echoOff = 1;
        m_active = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
    }
    ~EchoOff()
    {
        if (m_active)
            ::tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTermios);
        g_echoOff = 0;
        for (int sig : {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP})
            ::sigaction(sig, &m_previous[index(sig)], nullptr);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    static int index(int sig)
    {
        switch (sig) {
        case SIGINT:
            return 0;
        case SIGTERM:
            return 1;
        case SIGHUP:
            return 2;
        case SIGQUIT:
            return 3;
        default:
            return 4;
        }
    }
    bool m_active = false;
    struct sigaction m_previous[5] {};
};

// One line from the terminal, without its line break; nothing at end of input.
std::optional<QByteArray> readTerminalLine()
{
    QByteArray line;
    char c = 0;
    for (;;) {
        const ssize_t n = ::read(STDIN_FILENO, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return line.isEmpty() ? std::nullopt : std::optional<QByteArray>(line);
        if (c == '\n')
            break;
        if (line.size() < MaxSecretSize + 1)
            line.append(c);
    }
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

QString toSecret(QByteArray &bytes)
{
    QString s = QString::fromUtf8(bytes);
    bytes.fill('\0');
    return s;
}

} // namespace

std::optional<QString> promptForSecret(CliContext &ctx, const QString &question)
{
    if (::isatty(STDIN_FILENO) != 1)
        return std::nullopt;
    ctx.err() << question << Qt::flush;
    std::optional<QByteArray> line;
    {
        EchoOff quiet;
        line = readTerminalLine();
    }
    if (!line || line->isEmpty())
        return std::nullopt;
    return toSecret(*line);
}

Result<QString> readSecretFromStdin(CliContext &ctx, const QString &question)
{
    if (::isatty(STDIN_FILENO) == 1) {
        std::optional<QString> typed = promptForSecret(ctx, question);
        if (!typed)
            return Error(SecretsCommandText::tr("No secret was typed; nothing was stored."));
        return *typed;
    }
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return Error(SecretsCommandText::tr("Standard input could not be read."), in.errorString());
    QByteArray bytes = in.read(MaxSecretSize + 1);
    if (bytes.size() > MaxSecretSize) {
        bytes.fill('\0');
        return Error(SecretsCommandText::tr(
            "Standard input holds more than 64 KiB, which is no password or token; "
            "nothing was stored."));
    }
    if (bytes.endsWith('\n'))
        bytes.chop(1);
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    if (bytes.isEmpty())
        return Error(SecretsCommandText::tr(
            "Standard input was empty; pipe the secret in, e.g. from a password "
            "manager. Nothing was stored."));
    return toSecret(bytes);
}

} // namespace regionmap::cli
