#pragma once

#include "common/result.h"
#include "region.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

namespace regionmap {

// One problem found while reading a catalog. Errors stop a load; warnings are shown.
struct CatalogIssue
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    int line = 0; // 1-based line in the source; 0 when the issue concerns the whole file
    QString code; // the region code on that line, when there is one
    QString message; // a sentence for the analyst (without the file name)
};

// A list of cloud regions with their coordinates, read from a small delimited text file. The
// accepted forms and the checks are in docs/catalog-format.md.
class RegionCatalog
{
    Q_DECLARE_TR_FUNCTIONS(RegionCatalog)

public:
    RegionCatalog() = default;

    // Reads and parses a file; fails on any Error issue, with the file and line in the message
    // and every issue in the details.
    static Result<RegionCatalog> load(const QString &path);
    // A catalog shipped with RegionMap (resource :/catalogs/<name>.csv), e.g. "aws".
    static Result<RegionCatalog> builtin(const QString &name);
    static QStringList builtinNames();
    // Several catalogs as one, in order: a region of a later catalog with the code of an earlier
    // one replaces it when it names the same provider or none (a user file correcting a built-in
    // region, or adding a private data centre); the same code from two different providers is
    // an error. The name joins the parts' names with "+" ("aws+gcp"), the hash covers them all.
    static Result<RegionCatalog> combine(const QList<RegionCatalog> &parts);
    // Never fails: whatever regions could be read plus every issue (for the GUI's table).
    static RegionCatalog parse(const QByteArray &data, const QString &sourceName);

    QString name() const { return m_name; } // the file name, or the built-in name ("aws")
    QString path() const { return m_path; } // the full path, or ":/catalogs/aws.csv"
    QByteArray sha256() const { return m_sha256; } // lowercase hex of the source bytes
    // When the file says its rows were last checked ("# checked: 2026-12-05"); null if it
    // does not.
    QDate checkedOn() const { return m_checkedOn; }
    // The providers the regions name, in order of first appearance (empty names left out).
    QStringList providers() const;
    // How many regions have this status.
    int count(RegionStatus status) const;
    // This catalog with only the regions of the given statuses (generally available ones
    // always), as a run uses it.
    RegionCatalog withStatuses(bool includeRestricted, bool includeAnnounced) const;

    const QVector<Region> &regions() const { return m_regions; }
    const QList<CatalogIssue> &issues() const { return m_issues; }
    bool hasErrors() const;
    QList<CatalogIssue> errors() const;
    QList<CatalogIssue> warnings() const;

    // The index of the region with this code (case-insensitive), or -1.
    int indexOf(const QString &code) const;

private:
    static Result<RegionCatalog> checked(RegionCatalog catalog);

    QString m_name;
    QString m_path;
    QByteArray m_sha256;
    QDate m_checkedOn;
    QVector<Region> m_regions;
    QList<CatalogIssue> m_issues;
};

} // namespace regionmap
