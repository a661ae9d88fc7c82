// Test helper: starts a managed cluster in the folder given as argv[1] with the lifetime tied to
// this process, prints the server's pid, and then crashes without stopping it.
#include "db/embeddedpostgres.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <cstdlib>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 1;
    regionmap::EmbeddedPostgres::Options options;
    options.rootDir = QFile::decodeName(argv[1]);
    options.durable = false;
    auto *pg = new regionmap::EmbeddedPostgres(options);
    const regionmap::Status st = pg->start();
    if (!st) {
        std::fprintf(stderr, "%s\n", qPrintable(st.error().toString()));
        return 2;
    }
    QFile pidFile(pg->dataDir() + QStringLiteral("/postmaster.pid"));
    pidFile.open(QIODevice::ReadOnly);
    std::printf("%s\n", pidFile.readLine().trimmed().constData());
    std::fflush(stdout);
    std::abort();
}
