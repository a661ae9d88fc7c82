#include "csvreader_p.h"

#include <QFileInfo>
#include <QLocale>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

#include <cerrno>
#include <cstring>

namespace regionmap {

Status CsvReader::checkFile(const QString &path)
{
    if (path.isEmpty())
        return Error(tr("No file was given. Choose a CSV file."));
    const QString shown = nativePath(path);
    const Error unreadable(tr("The file %1 cannot be opened for reading. Check that your user may "
                              "read it (its permissions and owner, and those of its folders), or "
                              "copy it to one of your folders.")
                               .arg(shown));
#ifdef Q_OS_UNIX
    // stat() itself, not QFileInfo: it tells a missing file from one that may not be reached.
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        const int err = errno;
        if (err != ENOENT && err != ENOTDIR)
            return Error(unreadable.message, QString::fromLocal8Bit(std::strerror(err)));
        return Error(
            tr("The file %1 does not exist. Check the path, or choose the file again.").arg(shown));
    }
    const bool isDir = S_ISDIR(st.st_mode);
    const bool isFile = S_ISREG(st.st_mode);
#else
    const QFileInfo info(path);
    if (!info.exists()) {
        return Error(
            tr("The file %1 does not exist. Check the path, or choose the file again.").arg(shown));
    }
    const bool isDir = info.isDir();
    const bool isFile = info.isFile();
#endif
    if (isDir)
        return Error(tr("%1 is a folder, not a CSV file. Choose a file inside it.").arg(shown));
    if (!isFile) {
        return Error(tr("%1 is not a regular file (it may be a pipe or a device), so it cannot be "
                        "read twice as an import needs. Save the data to a file and choose that.")
                         .arg(shown));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(unreadable.message, file.errorString());
    return {};
}

QString CsvReader::Private::columnLabel(int column) const
{
    if (column < 0)
        return tr("an unknown column");
    if (column < header.size() && !header.at(column).isEmpty())
        return tr("column %1 (\"%2\")").arg(num(column + 1), header.at(column));
    return tr("column %1").arg(column + 1);
}

QString CsvReader::Private::unterminatedReason(qint64 quoteLine, int field, qint64 lastLine) const
{
    lastLine = qMax(quoteLine, lastLine);
    const QString advice = tr("Close the quote, or double it (\"\") if it is part of the value.");
    if (lastLine == quoteLine) {
        return tr("The quote opened at line %1 in %2 was never closed, so the rest of the file "
                  "(1 line, line %1) was swallowed into this record.")
                   .arg(num(quoteLine), columnLabel(field))
               + QLatin1Char(' ') + advice;
    }
    return tr("The quote opened at line %1 in %2 was never closed, so the remaining %3 lines of "
              "the file (lines %1 to %4) were swallowed into this record.")
               .arg(num(quoteLine), columnLabel(field), num(lastLine - quoteLine + 1),
                    num(lastLine))
           + QLatin1Char(' ') + advice;
}

QString CsvReader::Private::tooLargeReason(qint64 firstLine, qint64 lastLine) const
{
    const QString limit = QLocale().formattedDataSize(maxRecordSize, 0);
    if (lastLine <= firstLine) {
        return tr("The record on line %1 is larger than %2, the limit for one record, and was "
                  "skipped.")
            .arg(num(firstLine), limit);
    }
    return tr("The record on lines %1 to %2 is larger than %3, the limit for one record, and was "
              "skipped. An unbalanced quote is the usual cause.")
        .arg(num(firstLine), num(lastLine), limit);
}

QString CsvReader::Private::fieldCountReason(qint64 atLine, int count) const
{
    QString text;
    switch (expectedFrom) {
    case ExpectedFrom::Header:
        text = tr("Line %1 has %2 fields, but the header has %3 columns.");
        break;
    case ExpectedFrom::FirstRecord:
        text = tr("Line %1 has %2 fields, but the first record has %3.");
        break;
    case ExpectedFrom::Set:
    case ExpectedFrom::Unknown:
        text = tr("Line %1 has %2 fields, but %3 were expected.");
        break;
    }
    text = text.arg(num(atLine), num(count), num(expected));
    const QString delimiter = delimiterName(dialect.delimiter);
    if (count > expected)
        text += QLatin1Char(' ')
                + tr("A value that contains the delimiter (%1) must be quoted.").arg(delimiter);
    else
        text += QLatin1Char(' ')
                + tr("The line may be cut short, or its delimiter may not be the %1.")
                      .arg(delimiter);
    return text;
}

} // namespace regionmap
