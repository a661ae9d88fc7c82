#include "regioncatalog.h"

#include "catalogparser.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace regionmap {

RegionCatalog RegionCatalog::parse(const QByteArray &source, const QString &sourceName)
{
    RegionCatalog cat;
    cat.m_name = sourceName;
    cat.m_path = sourceName;
    cat.m_sha256 = QCryptographicHash::hash(source, QCryptographicHash::Sha256).toHex();
    CatalogParser parser(cat.m_regions, cat.m_issues);
    parser.parse(source);
    cat.m_checkedOn = parser.checkedOn();
    return cat;
}

QStringList RegionCatalog::providers() const
{
    QStringList out;
    for (const Region &r : m_regions) {
        if (!r.provider.isEmpty() && !out.contains(r.provider))
            out << r.provider;
    }
    return out;
}

int RegionCatalog::count(RegionStatus status) const
{
    return int(std::count_if(m_regions.cbegin(), m_regions.cend(),
                             [status](const Region &r) { return r.status == status; }));
}

RegionCatalog RegionCatalog::withStatuses(bool includeRestricted, bool includeAnnounced) const
{
    RegionCatalog out = *this;
    out.m_regions.clear();
    for (const Region &r : m_regions) {
        if (r.status == RegionStatus::Ga
            || (r.status == RegionStatus::Restricted && includeRestricted)
            || (r.status == RegionStatus::Announced && includeAnnounced))
            out.m_regions.append(r);
    }
    return out;
}

bool RegionCatalog::hasErrors() const
{
    return std::any_of(m_issues.cbegin(), m_issues.cend(), [](const CatalogIssue &i) {
        return i.severity == CatalogIssue::Severity::Error;
    });
}

QList<CatalogIssue> RegionCatalog::errors() const
{
    QList<CatalogIssue> out;
    for (const CatalogIssue &i : m_issues) {
        if (i.severity == CatalogIssue::Severity::Error)
            out.append(i);
    }
    return out;
}

QList<CatalogIssue> RegionCatalog::warnings() const
{
    QList<CatalogIssue> out;
    for (const CatalogIssue &i : m_issues) {
        if (i.severity == CatalogIssue::Severity::Warning)
            out.append(i);
    }
    return out;
}

int RegionCatalog::indexOf(const QString &code) const
{
    for (int i = 0; i < m_regions.size(); ++i) {
        if (m_regions.at(i).code.compare(code, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

Result<RegionCatalog> RegionCatalog::checked(RegionCatalog catalog)
{
    const QList<CatalogIssue> errs = catalog.errors();
    if (errs.isEmpty())
        return catalog;
    const QString where = QDir::toNativeSeparators(catalog.m_path);
    const CatalogIssue &first = errs.first();
    QString message
        = first.line > 0 ? tr("The region catalog %1 has an error on line %2: %3")
                               .arg(where)
                               .arg(first.line)
                               .arg(first.message)
                         : tr("The region catalog %1 cannot be used: %2").arg(where, first.message);
    if (errs.size() > 1)
        message += QLatin1Char(' ')
                   + tr("%n more error(s) are listed in the details.", "", int(errs.size() - 1));
    message += QLatin1Char(' ') + tr("Correct the file, or choose another catalog.");
    QStringList details;
    for (const CatalogIssue &i : catalog.m_issues) {
        const QString kind
            = i.severity == CatalogIssue::Severity::Error ? tr("error") : tr("warning");
        details << (i.line > 0 ? tr("line %1: %2: %3").arg(i.line).arg(kind, i.message)
                               : tr("%1: %2").arg(kind, i.message));
    }
    return Error(message, details.join(QLatin1Char('\n')));
}

Result<RegionCatalog> RegionCatalog::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(
            tr("The region catalog %1 could not be read. Check that the file exists and is "
               "readable, or choose a built-in catalog.")
                .arg(QDir::toNativeSeparators(path)),
            file.errorString());
    }
    RegionCatalog cat = parse(file.readAll(), QFileInfo(path).fileName());
    cat.m_path = QFileInfo(path).absoluteFilePath();
    return checked(std::move(cat));
}

Result<RegionCatalog> RegionCatalog::builtin(const QString &name)
{
    const QString resource = QStringLiteral(":/catalogs/") + name + QStringLiteral(".csv");
    QFile file(resource);
    if (name.isEmpty() || name.contains(QLatin1Char('/')) || !file.open(QIODevice::ReadOnly)) {
        return Error(tr("There is no built-in region catalog named \"%1\". The built-in catalogs "
                        "are: %2.")
                         .arg(name, builtinNames().join(QStringLiteral(", "))));
    }
    RegionCatalog cat = parse(file.readAll(), name);
    cat.m_path = resource;
    return checked(std::move(cat));
}

Result<RegionCatalog> RegionCatalog::combine(const QList<RegionCatalog> &parts)
{
    if (parts.size() == 1)
        return parts.first();
    RegionCatalog out;
    QStringList names;
    QStringList paths;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const RegionCatalog &part : parts) {
        names << part.m_name;
        paths << part.m_path;
        hash.addData(part.m_sha256);
        if (!out.m_checkedOn.isValid()
            || (part.m_checkedOn.isValid() && part.m_checkedOn < out.m_checkedOn))
            out.m_checkedOn = part.m_checkedOn;
        out.m_issues += part.m_issues;
        for (const Region &r : part.m_regions) {
            const int at = out.indexOf(r.code);
            if (at < 0) {
                out.m_regions.append(r);
                continue;
            }
            Region &old = out.m_regions[at];
            if (!r.provider.isEmpty() && !old.provider.isEmpty() && r.provider != old.provider)
                return Error(ErrorKind::Input,
                             tr("The region code %1 is in the catalogs of both %2 and %3. Give "
                                "one of them another code.")
                                 .arg(r.code, old.provider, r.provider));
            const QString provider = r.provider.isEmpty() ? old.provider : r.provider;
            old = r;
            old.provider = provider;
        }
    }
    out.m_name = names.join(QLatin1Char('+'));
    out.m_path = paths.join(QStringLiteral(", "));
    out.m_sha256 = hash.result().toHex();
    return out;
}

QStringList RegionCatalog::builtinNames()
{
    QStringList names;
    const QStringList files = QDir(QStringLiteral(":/catalogs"))
                                  .entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
    for (const QString &f : files)
        names << QFileInfo(f).completeBaseName();
    return names;
}

} // namespace regionmap
