#include "sourcefile.h"

#include "common/plural.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace regionmap {

QString SourceFile::fileName() const
{
    return QFileInfo(path).fileName();
}

bool SourceFile::hasOverrides() const
{
    return overrides.delimiter || overrides.hasHeader || overrides.encoding
           || !overrides.ipColumnName.isEmpty() || overrides.ipColumnIndex >= 0;
}

QString SourceFile::overridesJson() const
{
    if (!hasOverrides())
        return {};
    const QFileInfo info(path);
    QJsonObject o;
    o.insert(QStringLiteral("path"), path);
    o.insert(QStringLiteral("size"), double(info.size()));
    o.insert(QStringLiteral("modified"), double(info.lastModified().toMSecsSinceEpoch()));
    if (overrides.delimiter)
        o.insert(QStringLiteral("delimiter"), QString(QLatin1Char(*overrides.delimiter)));
    if (overrides.hasHeader)
        o.insert(QStringLiteral("header"), *overrides.hasHeader);
    if (overrides.encoding) {
        o.insert(QStringLiteral("encoding"), *overrides.encoding == TextEncoding::Latin1
                                                 ? QStringLiteral("latin1")
                                                 : QStringLiteral("utf8"));
    }
    if (!overrides.ipColumnName.isEmpty())
        o.insert(QStringLiteral("ipColumn"), overrides.ipColumnName);
    if (overrides.ipColumnIndex >= 0)
        o.insert(QStringLiteral("ipColumnIndex"), overrides.ipColumnIndex);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<SniffOverrides> SourceFile::overridesFromJson(const QString &json,
                                                            const QString &path, bool *fileChanged)
{
    if (fileChanged)
        *fileChanged = false;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    if (o.value(QStringLiteral("path")).toString() != path)
        return std::nullopt;
    const QFileInfo info(path);
    if (o.value(QStringLiteral("size")).toDouble(-1) != double(info.size())
        || o.value(QStringLiteral("modified")).toDouble(-1)
               != double(info.lastModified().toMSecsSinceEpoch())) {
        if (fileChanged)
            *fileChanged = true;
        return std::nullopt;
    }
    SniffOverrides overrides;
    const QString delimiter = o.value(QStringLiteral("delimiter")).toString();
    if (delimiter.size() == 1 && delimiter.at(0).unicode() < 128)
        overrides.delimiter = char(delimiter.at(0).unicode());
    if (o.contains(QStringLiteral("header")))
        overrides.hasHeader = o.value(QStringLiteral("header")).toBool();
    const QString encoding = o.value(QStringLiteral("encoding")).toString();
    if (encoding == QLatin1String("latin1"))
        overrides.encoding = TextEncoding::Latin1;
    else if (encoding == QLatin1String("utf8"))
        overrides.encoding = TextEncoding::Utf8;
    overrides.ipColumnName = o.value(QStringLiteral("ipColumn")).toString();
    overrides.ipColumnIndex = o.value(QStringLiteral("ipColumnIndex")).toInt(-1);
    return overrides;
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
