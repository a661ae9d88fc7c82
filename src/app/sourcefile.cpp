#include "sourcefile.h"

#include "common/plural.h"

#include <QFileInfo>
#include <QLocale>

namespace regionmap {

QString SourceFile::fileName() const
{
    return QFileInfo(path).fileName();
}

bool SourceFile::isUsable() const
{
    return !pending && !error && sniff && sniff->ipColumn >= 0;
}

qint64 SourceFile::rows() const
{
    return sniff ? sniff->estimatedRows : 0;
}

bool SourceFile::rowsExact() const
{
    return sniff && sniff->fileSize <= CsvSniffer::SampleSize;
}

QString SourceFile::summary() const
{
    if (pending)
        return tr("Reading…");
    if (error)
        return tr("Cannot be read");
    if (!sniff)
        return {};
    if (sniff->ipColumn < 0)
        return tr("No IP column found");
    const QString rowText = rowsExact() ? tr("%Ln row(s)", nullptr, pluralCount(rows()))
                                        : tr("about %Ln row(s)", nullptr, pluralCount(rows()));
    return tr("%1 · IP column: %2").arg(rowText, sniff->columnNames.value(sniff->ipColumn));
}

QStringList SourceFile::problems() const
{
    if (error)
        return {error->message};
    if (!sniff)
        return {};
    return sniff->problems;
}

Theme::Tone SourceFile::tone() const
{
    if (pending)
        return Theme::Tone::Neutral;
    if (error || !sniff || sniff->ipColumn < 0)
        return Theme::Tone::Error;
    if (!sniff->problems.isEmpty())
        return Theme::Tone::Warning;
    return Theme::Tone::Success;
}

} // namespace regionmap
