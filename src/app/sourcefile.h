#pragma once

#include "common/result.h"
#include "csv/csvsniffer.h"
#include "theme.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace regionmap {

// One data file on the Sources page: its path, the analyst's overrides, and what the sniffer
// found (or why it could not read the file).
struct SourceFile
{
    Q_DECLARE_TR_FUNCTIONS(SourceFile)

public:
    QString path;
    SniffOverrides overrides;
    bool pending = true; // a sniff is running
    std::optional<SniffResult> sniff; // the last successful sniff
    std::optional<Error> error; // the last sniff failed
    quint64 generation = 0; // the latest sniff request, so that stale answers are dropped
    // The choices saved with this file were dropped at start: it changed since they were made.
    bool choicesDropped = false;

    bool hasOverrides() const;
    // The overrides as saved in the settings (with the file's size and time), and back: empty
    // when the saved ones are for another file or the file changed since.
    QString overridesJson() const;
    static std::optional<SniffOverrides> overridesFromJson(const QString &json, const QString &path,
                                                           bool *fileChanged);

    QString fileName() const;
    // Read with an IP column found: a run can use this file.
    bool isUsable() const;
    // Rows read in full or estimated from the size; 0 when unknown.
    qint64 rows() const;
    bool rowsExact() const;
    // "1,000 rows · IP column ip_address", or what is wrong, for the file list.
    QString summary() const;
    // Everything that needs the analyst's attention, as sentences (empty when nothing).
    QStringList problems() const;
    Theme::Tone tone() const;
};

} // namespace regionmap
