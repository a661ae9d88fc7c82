#include "testpaths.h"

namespace regionmap::test {

QString dataDir()
{
    const QString env = qEnvironmentVariable("REGIONMAP_TEST_DATA");
    return env.isEmpty() ? QStringLiteral(REGIONMAP_SOURCE_PATH "/tests/data") : env;
}

QString dataFile(const QString &name)
{
    return dataDir() + QLatin1Char('/') + name;
}

QString cliPath()
{
    return QStringLiteral(REGIONMAP_CLI_PATH);
}

QString sourceDir()
{
    return QStringLiteral(REGIONMAP_SOURCE_PATH);
}

} // namespace regionmap::test
