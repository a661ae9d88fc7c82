#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace regionmap {

// What an error is about. The kind decides, in one place each, the CLI's exit code
// (cli/exitcodes.cpp) and the advice the app shows next to the message (app/erroradvice.cpp).
enum class ErrorKind {
    Unclassified, // not yet known: the job boundary classifies it (Error::orKind)
    Options, // a setting of the run is wrong or missing (a usage error on the command line)
    Input, // a data file or a region catalog cannot be used
    Database, // the server, the connection, a statement or the transaction failed
    Geolocation, // the geo database or the web service failed
    Credentials, // a password or token is missing, wrong, or the keychain is unusable
    Cancelled, // the analyst stopped the run
    Internal, // a bug: an exception or a broken invariant
};

// "options", "input", "database", ... as `regionmap-cli run --json` prints it ("error_kind").
inline QLatin1String errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Options:
        return QLatin1String("options");
    case ErrorKind::Input:
        return QLatin1String("input");
    case ErrorKind::Database:
        return QLatin1String("database");
    case ErrorKind::Geolocation:
        return QLatin1String("geolocation");
    case ErrorKind::Credentials:
        return QLatin1String("credentials");
    case ErrorKind::Cancelled:
        return QLatin1String("cancelled");
    case ErrorKind::Internal:
    case ErrorKind::Unclassified:
        break;
    }
    return QLatin1String("internal");
}

// An error for the analyst: one sentence that says what went wrong and what to do, plus the raw
// technical text (a driver or system message) for a "Details" section, and its kind.
struct Error
{
    QString message;
    QString details;
    ErrorKind kind = ErrorKind::Unclassified;

    Error() = default;
    explicit Error(QString msg, QString det = {})
        : message(std::move(msg))
        , details(std::move(det))
    { }
    Error(ErrorKind k, QString msg, QString det = {})
        : message(std::move(msg))
        , details(std::move(det))
        , kind(k)
    { }

    // This error with the kind k, unless it already has one.
    Error orKind(ErrorKind k) const
    {
        Error e = *this;
        if (e.kind == ErrorKind::Unclassified)
            e.kind = k;
        return e;
    }

    // "message (details)" for a log line or a terminal.
    QString toString() const
    {
        return details.isEmpty() ? message
                                 : message + QStringLiteral(" (") + details + QLatin1Char(')');
    }
};

// Either a value or an Error, in the style of ownCloud's Result<T, E>.
template<typename T>
class Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    { }
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    { }

    bool isOk() const { return m_data.index() == 0; }
    explicit operator bool() const { return isOk(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<>
class Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    { }

    bool isOk() const { return !m_error.has_value(); }
    explicit operator bool() const { return isOk(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace regionmap
