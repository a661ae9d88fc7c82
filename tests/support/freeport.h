#pragma once

#include <QHostAddress>
#include <QTcpServer>

namespace regionmap::test {

// A TCP port of 127.0.0.1 that nothing listens on right now (0 when none could be found), for
// a server a test starts (a TLS cluster, PgBouncer).
inline int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace regionmap::test
