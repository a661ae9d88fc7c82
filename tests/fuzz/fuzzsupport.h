#pragma once

// What the libFuzzer targets share: a broken promise aborts (libFuzzer keeps the input), and
// the input as a file in memory (memfd) that the code under test opens by its path.

#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sys/mman.h>
#include <unistd.h>

namespace regionmap::fuzz {

inline void check(bool ok, const char *what)
{
    if (!ok) {
        fprintf(stderr, "invariant broken: %s\n", what);
        abort();
    }
}

// A file holding the bytes; close() it after use. -1 when it could not be made.
inline int memoryFile(const uint8_t *data, size_t size)
{
    const int fd = memfd_create("fuzz.csv", 0);
    if (fd >= 0 && write(fd, data, size) != ssize_t(size)) {
        close(fd);
        return -1;
    }
    return fd;
}

inline QString memoryFilePath(int fd)
{
    return QStringLiteral("/proc/self/fd/%1").arg(fd);
}

} // namespace regionmap::fuzz
