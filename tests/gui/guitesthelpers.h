#pragma once

#include <QFile>
#include <QRandomGenerator>
#include <QString>

namespace regionmap::test {

// Writes a people CSV shaped like the reference file with `rows` data rows and global IPv4
// addresses spread over the address space (plus a few private ones), deterministically.
inline bool writePeopleCsv(const QString &path, qint64 rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QRandomGenerator rng(20260601);
    QByteArray buffer;
    buffer.reserve(1 << 20);
    buffer += "id,first_name,last_name,email,gender,ip_address\n";
    static const char *const first[] = {"Ana", "Bo", "Chidi", "Dana", "Emil", "Fatima", "Gus"};
    static const char *const last[] = {"Smith", "Laughtisse", "Okafor", "Ng", "Berg", "Silva"};
    for (qint64 i = 1; i <= rows; ++i) {
        const quint32 a = 1 + rng.bounded(222u);
        const quint32 b = rng.bounded(256u);
        const quint32 c = rng.bounded(256u);
        const quint32 d = 1 + rng.bounded(254u);
        const char *fn = first[i % 7];
        const char *ln = last[i % 6];
        buffer += QByteArray::number(i) + ',' + fn + ',' + ln + ',' + QByteArray(fn).toLower()
                  + QByteArray::number(i) + "@example.com,Female,";
        if (i % 97 == 0)
            buffer += "10.1." + QByteArray::number(b) + '.' + QByteArray::number(d);
        else
            buffer += QByteArray::number(a == 10 || a == 127 ? 11 : a) + '.' + QByteArray::number(b)
                      + '.' + QByteArray::number(c) + '.' + QByteArray::number(d);
        buffer += '\n';
        if (buffer.size() > (1 << 20) - 256) {
            if (f.write(buffer) != buffer.size())
                return false;
            buffer.clear();
        }
    }
    return f.write(buffer) == buffer.size() && f.flush();
}

// The data rows of a simple CSV file (one record per line, a header line): its lines minus one.
inline qint64 dataLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    qint64 lines = 0;
    while (!f.atEnd()) {
        if (!f.readLine().trimmed().isEmpty())
            ++lines;
    }
    return lines - 1;
}

} // namespace regionmap::test
