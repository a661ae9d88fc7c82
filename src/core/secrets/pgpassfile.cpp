#include "pgpassfile.h"

#include "db/connectionsettings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifndef Q_OS_WIN
#include <sys/stat.h>
#endif

namespace regionmap {

namespace {

// The byte at i, or 0 past the end (libpq works on NUL-terminated strings).
char at(const QByteArray &s, qsizetype i)
{
    return i < s.size() ? s.at(i) : '\0';
}

// libpq's pwdfMatchesString(): the position after the field's ':' when the field starting at
// pos matches token, else -1.
qsizetype matchField(const QByteArray &line, qsizetype pos, const QByteArray &token)
{
    if (at(line, pos) == '*' && at(line, pos + 1) == ':')
        return pos + 2;
    qsizetype t = 0;
    bool backslash = false;
    while (at(line, pos) != '\0') {
        if (at(line, pos) == '\\' && !backslash) {
            ++pos;
            backslash = true;
        }
        if (at(line, pos) == ':' && at(token, t) == '\0' && !backslash)
            return pos + 1;
        backslash = false;
        if (at(token, t) == '\0')
            return -1;
        if (at(line, pos) != at(token, t))
            return -1;
        ++pos;
        ++t;
    }
    return -1;
}

// The password from pos on: up to the first unescaped ':', backslashes removed.
QByteArray password(const QByteArray &line, qsizetype pos)
{
    QByteArray out;
    for (; pos < line.size() && line.at(pos) != ':'; ++pos) {
        if (line.at(pos) == '\\' && pos + 1 < line.size())
            ++pos;
        out += line.at(pos);
    }
    return out;
}

} // namespace

PgPassFile::Target PgPassFile::Target::from(const ConnectionSettings &settings)
{
    const ConnectionSettings s = settings.withLibpqDefaults();
    Target t;
    t.host = hostForMatching(s.host);
    t.port = QString::number(s.port > 0 ? s.port : 5432);
    t.database = s.database;
    t.user = s.user;
    return t;
}

QString PgPassFile::defaultSocketDir()
{
    return QStringLiteral("/var/run/postgresql");
}

QString PgPassFile::hostForMatching(const QString &host)
{
    if (host.isEmpty() || host == defaultSocketDir())
        return QStringLiteral("localhost");
    return host;
}

QString PgPassFile::defaultPath(const QProcessEnvironment &environment)
{
    const QString explicitFile = environment.value(QStringLiteral("PGPASSFILE"));
    if (!explicitFile.isEmpty())
        return explicitFile;
#ifdef Q_OS_WIN
    const QString appData = environment.value(QStringLiteral("APPDATA"));
    return QDir::cleanPath(appData + QStringLiteral("/postgresql/pgpass.conf"));
#else
    QString home = environment.value(QStringLiteral("HOME"));
    if (home.isEmpty())
        home = QDir::homePath();
    return QDir::cleanPath(home + QStringLiteral("/.pgpass"));
#endif
}

std::optional<PgPassFile::Match> PgPassFile::lookup(const QByteArray &contents,
                                                    const Target &target)
{
    if (target.database.isEmpty() || target.user.isEmpty())
        return std::nullopt;
    const QByteArray host
        = target.host.isEmpty() ? QByteArrayLiteral("localhost") : target.host.toUtf8();
    const QByteArray port
        = target.port.isEmpty() ? QByteArrayLiteral("5432") : target.port.toUtf8();
    const QByteArray database = target.database.toUtf8();
    const QByteArray user = target.user.toUtf8();

    int lineNumber = 0;
    qsizetype start = 0;
    while (start < contents.size()) {
        qsizetype end = contents.indexOf('\n', start);
        if (end < 0)
            end = contents.size();
        ++lineNumber;
        QByteArray line = contents.mid(start, end - start);
        start = end + 1;
        // libpq strips every trailing CR and LF.
        while (!line.isEmpty() && (line.endsWith('\r') || line.endsWith('\n')))
            line.chop(1);
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        qsizetype pos = matchField(line, 0, host);
        if (pos >= 0)
            pos = matchField(line, pos, port);
        if (pos >= 0)
            pos = matchField(line, pos, database);
        if (pos >= 0)
            pos = matchField(line, pos, user);
        if (pos < 0)
            continue;
        QByteArray secret = password(line, pos);
        Match m;
        m.password = QString::fromUtf8(secret);
        m.line = lineNumber;
        secret.fill('\0');
        line.fill('\0');
        return m;
    }
    return std::nullopt;
}

std::optional<PgPassFile::Match> PgPassFile::lookupFile(const QString &path, const Target &target,
                                                        QStringList *warnings)
{
    const auto warn = [warnings](const QString &text) {
        if (warnings)
            warnings->append(text);
    };
    const QFileInfo info(path);
    if (!info.exists())
        return std::nullopt;
    if (!info.isFile()) {
        warn(tr("The password file %1 is not a plain file, so it is ignored.").arg(path));
        return std::nullopt;
    }
#ifndef Q_OS_WIN
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) == 0
        && (st.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        warn(tr("The password file %1 is ignored because other users can access it; restrict "
                "it with \"chmod 600 %1\".")
                 .arg(path));
        return std::nullopt;
    }
#endif
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        warn(tr("The password file %1 could not be read (%2), so it is ignored.")
                 .arg(path, file.errorString()));
        return std::nullopt;
    }
    QByteArray contents = file.readAll();
    std::optional<Match> match = lookup(contents, target);
    contents.fill('\0');
    return match;
}

} // namespace regionmap
