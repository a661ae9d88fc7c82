#pragma once

#include <QString>

namespace regionmap::test {

// tests/data in the source tree.
QString dataDir();
QString dataFile(const QString &name);

// The regionmap-cli built alongside the tests.
QString cliPath();

// The source checkout's top folder.
QString sourceDir();

} // namespace regionmap::test
