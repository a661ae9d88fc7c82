#pragma once

// Reads a Qt Linguist .ts file, for the translation tests: every message with its context,
// source, translation(s) and type (unfinished, vanished, obsolete).

#include <QFile>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace regionmap::test {

struct TsMessage
{
    QString context;
    QString source;
    QString type; // empty when finished
    bool numerus = false;
    QStringList translations; // one, or one per plural form
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error; // why the file could not be read
};

inline TsFile readTsFile(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = TsMessage {};
            message.context = context;
            message.numerus
                = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus) {
                message.translations = {xml.readElementText()};
                ts.messages << message;
            } else {
                while (xml.readNextStartElement())
                    message.translations << xml.readElementText();
                ts.messages << message;
            }
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1, line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return ts;
}

// The placeholders of a text: %1..%99, %n, with or without L.
inline QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2}|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

} // namespace regionmap::test
