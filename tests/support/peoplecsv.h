#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTest>

namespace regionmap::test {

// A people CSV in the reference layout with a known mix of addresses.
inline void writePeople(const QString &path, int rows, int firstId = 1)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("id,first_name,last_name,email,gender,ip_address\n");
    static const char *ips[] = {"34.148.232.131",
                                "8.8.8.8",
                                "81.2.69.142",
                                "10.1.2.3",
                                "1.1.1.1",
                                "not-an-ip",
                                "203.0.113.9",
                                "2a00:1450:4001:82a::200e",
                                "41.77.1.2",
                                "200.160.2.3",
                                "",
                                "192.168.1.1"};
    QByteArray buf;
    for (int i = 0; i < rows; ++i) {
        const int id = firstId + i;
        buf += QByteArray::number(id) + ",First" + QByteArray::number(id) + ",Last,p"
               + QByteArray::number(id) + "@example.com,Female," + ips[i % 12] + "\n";
        if (buf.size() > (1 << 20)) {
            f.write(buf);
            buf.clear();
        }
    }
    f.write(buf);
}

} // namespace regionmap::test
