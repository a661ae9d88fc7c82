#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace regionmap {

class CredentialStore;
struct ConnectionSettings;

// Where a secret was found. For log lines and summaries: it never carries the value's text.
enum class SecretSource {
    None, // not found anywhere
    ConnectionUri, // the password in the database address
    File, // --password-file / --token-file
    Environment, // PGPASSWORD / IPINFO_TOKEN
    PgPass, // libpq's password file
    Session, // kept in memory for this session (SessionCredentialStore)
    Keychain, // the OS keychain
    Prompt, // typed by the analyst
};

struct ResolvedSecret
{
    QString value; // the secret itself: never log it
    SecretSource source = SecretSource::None;
    QString origin; // "PGPASSWORD", "/home/ana/.pgpass, line 3", a file path, the keychain name
    QStringList notes; // why a source was skipped, e.g. "The keychain did not answer within 10 s."

    bool isFound() const { return source != SecretSource::None; }

    // "the environment variable PGPASSWORD", "the password file /home/ana/.pgpass (line 3)",
    // "the keychain (GNOME Keyring / Secret Service)", "nowhere". Never the value.
    QString describeOrigin() const;
};

// Finds the database password and the ipinfo.io token for a run, in a fixed order, and says
// where it found them:
//
//   database password: the address's password, the --password-file file, PGPASSWORD (if not
//     empty), libpq's password file (PGPASSFILE or ~/.pgpass), the session store, the
//     keychain, then the prompt;
//   ipinfo.io token:   the --token-file file, IPINFO_TOKEN, the session store, the keychain,
//     then the prompt.
//
// A source that is not configured is skipped. A keychain that is unavailable, locked or silent
// is skipped with a note. A file that was asked for but cannot be read, or is empty, is an
// error. Finding nothing is not an error (a server may trust the connection): check isFound().
//
// The keychain is waited for (BlockingCredentials), so call this from the CLI or a worker
// thread, never from the GUI thread.
class SecretResolver
{
    Q_DECLARE_TR_FUNCTIONS(SecretResolver)

public:
    struct Options
    {
        // Where PGPASSWORD, PGPASSFILE, HOME and IPINFO_TOKEN are looked up.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        QString passwordFile; // --password-file: the database password is the file's content
        QString tokenFile; // --token-file: the ipinfo.io token is the file's content
        CredentialStore *session = nullptr; // secrets kept for this session only; optional
        CredentialStore *keychain = nullptr; // the OS keychain; optional
        // The last resort, e.g. a no-echo terminal prompt in the CLI. Gets a question such as
        // "Password for ana@db:5432/sales: " and returns nothing when it cannot ask.
        std::function<std::optional<QString>(const QString &question)> prompt;
    };

    explicit SecretResolver(Options options);

    Result<ResolvedSecret> databasePassword(const ConnectionSettings &settings) const;
    Result<ResolvedSecret> ipinfoToken() const;

    // A secret file's content: one trailing line break (LF or CRLF) removed. An empty result
    // is an error. *warning is set when group or others can read the file.
    static Result<QString> readSecretFile(const QString &path, QString *warning = nullptr);

private:
    // The session store, then the keychain, then the prompt. False when none had it.
    bool fromStores(const QString &key, const QString &question, ResolvedSecret *out) const;

    Options m_options;
};

} // namespace regionmap
