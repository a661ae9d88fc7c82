#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace regionmap {

// An error for the analyst: one sentence that says what went wrong and what to do, plus the raw
// technical text (a driver or system message) for a "Details" section.
struct Error
{
    QString message;
    QString details;

    Error() = default;
    explicit Error(QString msg, QString det = {})
        : message(std::move(msg))
        , details(std::move(det))
    { }

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
