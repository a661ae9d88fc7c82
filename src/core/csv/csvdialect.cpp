#include "csvdialect.h"

#include <QCoreApplication>

namespace regionmap {

QString delimiterName(char d)
{
    switch (d) {
    case ',':
        return QCoreApplication::translate("CsvDialect", "comma");
    case ';':
        return QCoreApplication::translate("CsvDialect", "semicolon");
    case '\t':
        return QCoreApplication::translate("CsvDialect", "tab");
    case '|':
        return QCoreApplication::translate("CsvDialect", "pipe");
    default:
        return QStringLiteral("\"%1\"").arg(QString::fromLatin1(&d, 1));
    }
}

QString encodingName(TextEncoding e)
{
    switch (e) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Latin1:
        return QCoreApplication::translate("CsvDialect", "Latin-1 (ISO 8859-1)");
    }
    return {};
}

} // namespace regionmap
