#pragma once

#include <QString>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace regionmap {

// The operating-system user, for the records that say who made them (etl_runs.os_user,
// plan_scenarios.created_by): $USER (or $USERNAME, $LOGNAME), else the account of this process;
// an empty (not a null) string when nothing says.
inline QString osUserName()
{
    for (const char *name : {"USER", "USERNAME", "LOGNAME"}) {
        const QString user = qEnvironmentVariable(name);
        if (!user.isEmpty())
            return user;
    }
#ifdef Q_OS_UNIX
    passwd pw {};
    passwd *found = nullptr;
    char buffer[1024];
    if (::getpwuid_r(::geteuid(), &pw, buffer, sizeof buffer, &found) == 0 && found
        && found->pw_name)
        return QString::fromLocal8Bit(found->pw_name);
#endif
    return QLatin1String("");
}

} // namespace regionmap
