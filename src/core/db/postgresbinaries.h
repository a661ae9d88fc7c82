#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace regionmap {

// The PostgreSQL server programs (initdb, postgres, pg_ctl) that the managed database runs.
class PostgresBinaries
{
    Q_DECLARE_TR_FUNCTIONS(PostgresBinaries)

public:
    // Looks in order at $REGIONMAP_PG_BINDIR (an override, also used by the tests), at
    // `pg_config --bindir`, at the newest /usr/lib/postgresql/<major>/bin, and at a bundled
    // folder next to the executable. The first folder holding initdb and postgres wins.
    static Result<PostgresBinaries> find();

    // Uses exactly this folder, or says what is missing in it.
    static Result<PostgresBinaries> inDirectory(const QString &binDir);

    QString binDir() const { return m_binDir; }
    QString initdb() const;
    QString postgres() const;
    QString pgCtl() const;
    // The server's major version ("15"), read from `postgres --version`.
    QString majorVersion() const { return m_majorVersion; }

private:
    QString m_binDir;
    QString m_majorVersion;
};

} // namespace regionmap
