#pragma once

#include <QByteArray>
#include <QString>

namespace regionmap::csv {

// One field of a CSV file RegionMap writes (RFC 4180): UTF-8, double-quoted only when it holds
// a comma, a quote or a line break, with inner quotes doubled.
inline QByteArray field(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    if (!utf8.contains(',') && !utf8.contains('"') && !utf8.contains('\n') && !utf8.contains('\r'))
        return utf8;
    utf8.replace("\"", "\"\"");
    return '"' + utf8 + '"';
}

} // namespace regionmap::csv
