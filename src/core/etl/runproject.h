#pragma once

#include "common/result.h"
#include "etl/etloptions.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace regionmap {

// A saved job: a .regionmap file (JSON, versioned; docs/projects.md). It holds the run's options
// without any secret (no password, no token, no key), the database profile, and the sha256 and
// size of each source file as they were when the project was saved, so that a project whose
// files moved or changed can say so before it runs. The app saves and opens it (File ▸ Save
// Project, Open Project, a double-click), `regionmap-cli run --project FILE` runs it.
class RunProject
{
    Q_DECLARE_TR_FUNCTIONS(regionmap::RunProject)

public:
    static constexpr int kVersion = 1;
    static QString suffix() { return QStringLiteral("regionmap"); }
    static QString mimeType() { return QStringLiteral("application/x-regionmap-project"); }

    // The run's options: inputs and every other path absolute. The connection has no password;
    // with a managed database it is empty.
    EtlOptions options;
    bool managedDatabase = true; // RegionMap's local database, else options.connection
    QStringList scenarios; // names of saved planner scenarios that belong to the job

    // A source file as the project recorded it.
    struct Source
    {
        QString path; // absolute
        QString sha256; // empty: not recorded
        qint64 size = -1;
    };
    QList<Source> recorded;

    // What differs between the recorded files and the disk now.
    struct Change
    {
        enum class Kind { Missing, Changed };
        Kind kind = Kind::Changed;
        QString path;
        QString savedSha256;
        QString currentSha256; // empty when missing
        QString describe() const; // one sentence, with both sha256 when changed
    };
    // Reads each recorded file's sha256 again (seconds for big files).
    QList<Change> changes() const;

    // Reads a project; relative paths are taken from the project file's folder. An unknown
    // newer version, a file that is no project, or a value of the wrong kind is an error that
    // says which field.
    static Result<RunProject> read(const QString &file);
    // Writes the project atomically; paths relative to the file's folder where they can be, and
    // each input's size and sha256 as it is now (recorded is filled in).
    Status write(const QString &file);

    // The JSON, with paths relative to `folder`; and back, for the project file `file` (its folder
    // resolves the relative paths, its name goes into the messages).
    QJsonObject toJson(const QString &folder) const;
    static Result<RunProject> fromJson(const QJsonObject &json, const QString &file);
};

} // namespace regionmap
