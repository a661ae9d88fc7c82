#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

namespace regionmap {

struct ConnectionSettings;

// libpq's password file (~/.pgpass), read by libpq's own rules so that RegionMap finds the same
// password psql would:
// - the file is $PGPASSFILE, else ~/.pgpass (HOME first, as libpq 14+ does);
// - it is ignored, with a warning, when it is not a plain file or group or others can access it;
// - lines are host:port:database:user:password; lines starting with '#' are comments; a field
//   that is exactly '*' matches anything; a backslash escapes the next character (\: and \\);
// - the host "localhost" matches a connection without a host or through the default socket
//   folder; a missing port means 5432;
// - the first matching line wins; its password ends at the first unescaped ':'.
class PgPassFile
{
    Q_DECLARE_TR_FUNCTIONS(PgPassFile)

public:
    struct Match
    {
        QString password;
        int line = 0; // 1-based
    };

    // The values a connection is matched with, as libpq compares them.
    struct Target
    {
        QString host;
        QString port;
        QString database;
        QString user;

        // From connection settings, with libpq's defaults (PGHOST, PGPORT, PGUSER, ...) applied
        // and the host mapped as libpq maps it.
        static Target from(const ConnectionSettings &settings);
    };

    // The folder libpq connects through when no host is given (Debian's build).
    static QString defaultSocketDir();

    // "localhost" for an empty host or the default socket folder, else the host unchanged.
    static QString hostForMatching(const QString &host);

    // $PGPASSFILE, else $HOME/.pgpass (else the account's home folder).
    static QString defaultPath(const QProcessEnvironment &environment);

    // Matches the text of a password file. Without a database or a user there is no match,
    // as in libpq.
    static std::optional<Match> lookup(const QByteArray &contents, const Target &target);

    // Reads and matches a file. A missing file is no match. A file libpq would ignore (not a
    // plain file, open to group or others) or cannot read is no match either, plus a sentence
    // in *warnings.
    static std::optional<Match> lookupFile(const QString &path, const Target &target,
                                           QStringList *warnings = nullptr);
};

} // namespace regionmap
