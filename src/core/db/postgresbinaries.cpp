#include "postgresbinaries.h"

#include "db/dblogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QVersionNumber>

namespace regionmap {

static bool isExecutable(const QString &path)
{
    const QFileInfo fi(path);
    return fi.isFile() && fi.isExecutable();
}

QString PostgresBinaries::initdb() const
{
    return m_binDir + QStringLiteral("/initdb");
}

QString PostgresBinaries::postgres() const
{
    return m_binDir + QStringLiteral("/postgres");
}

QString PostgresBinaries::pgCtl() const
{
    return m_binDir + QStringLiteral("/pg_ctl");
}

Result<PostgresBinaries> PostgresBinaries::inDirectory(const QString &binDir)
{
    PostgresBinaries bins;
    bins.m_binDir = QDir::cleanPath(binDir);
    for (const QString &program : {bins.initdb(), bins.postgres()}) {
        if (!isExecutable(program)) {
            return Error(tr("The PostgreSQL server program %1 was not found. Install the Debian "
                            "package \"postgresql\" (or your system's PostgreSQL server package), "
                            "or choose a database server in the settings.")
                             .arg(program));
        }
    }

    QProcess proc;
    proc.start(bins.postgres(), {QStringLiteral("--version")});
    if (!proc.waitForFinished(10000) || proc.exitCode() != 0) {
        return Error(tr("The PostgreSQL server program %1 does not run.").arg(bins.postgres()),
                     QString::fromLocal8Bit(proc.readAllStandardError()));
    }
    // "postgres (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)"
    const QString out = QString::fromLocal8Bit(proc.readAllStandardOutput());
    const QRegularExpressionMatch m
        = QRegularExpression(QStringLiteral("\\(PostgreSQL\\)\\s+(\\d+)")).match(out);
    bins.m_majorVersion = m.hasMatch() ? m.captured(1) : QString();
    return bins;
}

Result<PostgresBinaries> PostgresBinaries::find()
{
    const QString overrideDir = qEnvironmentVariable("REGIONMAP_PG_BINDIR");
    if (!overrideDir.isEmpty())
        return inDirectory(overrideDir);

    QStringList candidates;

    QProcess pgConfig;
    pgConfig.start(QStringLiteral("pg_config"), {QStringLiteral("--bindir")});
    if (pgConfig.waitForFinished(10000) && pgConfig.exitCode() == 0)
        candidates << QString::fromLocal8Bit(pgConfig.readAllStandardOutput()).trimmed();

    // Debian and Ubuntu install each major version side by side; prefer the newest.
    QDir versioned(QStringLiteral("/usr/lib/postgresql"));
    QStringList majors = versioned.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(majors.begin(), majors.end(), [](const QString &a, const QString &b) {
        return QVersionNumber::fromString(a) > QVersionNumber::fromString(b);
    });
    for (const QString &major : qAsConst(majors))
        candidates << versioned.filePath(major + QStringLiteral("/bin"));

    if (QCoreApplication::instance()) {
        candidates << QDir::cleanPath(QCoreApplication::applicationDirPath()
                                      + QStringLiteral("/../lib/regionmap/postgresql/bin"));
    }

    for (const QString &dir : qAsConst(candidates)) {
        if (isExecutable(dir + QStringLiteral("/initdb"))
            && isExecutable(dir + QStringLiteral("/postgres"))) {
            qCDebug(lcDb) << "PostgreSQL server programs found in" << dir;
            return inDirectory(dir);
        }
    }
    return Error(tr("The PostgreSQL server programs (initdb, postgres) were not found. Install the "
                    "Debian package \"postgresql\", or choose a database server in the settings."),
                 tr("Searched: %1").arg(candidates.join(QStringLiteral(", "))));
}

} // namespace regionmap
