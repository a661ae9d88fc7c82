#include "regiontablemodel.h"

#include "theme.h"

#include <QGuiApplication>
#include <QLocale>

namespace regionmap {

RegionTableModel::RegionTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    const QPalette pal = QGuiApplication::palette();
    m_errorIcon = Theme::toneIcon(Theme::Tone::Error, pal);
    m_warningIcon = Theme::toneIcon(Theme::Tone::Warning, pal);
}

void RegionTableModel::setCatalogs(const QList<RegionCatalog> &parts, bool includeRestricted,
                                   bool includeAnnounced)
{
    beginResetModel();
    m_rows.clear();
    m_fileIssues.clear();
    m_errors = 0;
    m_warnings = 0;
    m_regionCount = 0;
    for (const RegionCatalog &part : parts) {
        const int firstRow = int(m_rows.size());
        for (const Region &r : part.regions()) {
            Row row;
            row.region = r;
            // A later part's region replaces an earlier one of the same code, and keeps its
            // provider when it names none (as RegionCatalog::combine does).
            for (Row &earlier : m_rows) {
                if (earlier.isRegion && earlier.replacedBy.isEmpty()
                    && earlier.region.code.compare(r.code, Qt::CaseInsensitive) == 0) {
                    earlier.replacedBy = part.name();
                    if (row.region.provider.isEmpty())
                        row.region.provider = earlier.region.provider;
                }
            }
            row.excluded = (r.status == RegionStatus::Restricted && !includeRestricted)
                           || (r.status == RegionStatus::Announced && !includeAnnounced);
            m_rows.append(row);
        }
        m_regionCount += int(part.regions().size());
        addIssues(part, firstRow);
    }
    endResetModel();
}

void RegionTableModel::addIssues(const RegionCatalog &catalog, int firstRow)
{
    for (const CatalogIssue &issue : catalog.issues()) {
        const int severity = issue.severity == CatalogIssue::Severity::Error ? 0 : 1;
        if (severity == 0)
            ++m_errors;
        else
            ++m_warnings;
        const QString text
            = issue.line > 0 ? tr("Line %1: %2").arg(issue.line).arg(issue.message) : issue.message;
        Row *target = nullptr;
        // A warning concerns a region that was read: it goes next to it. An error concerns a
        // line that did not become a region (a bad coordinate, a duplicate code): it gets a row
        // of its own, with the line number.
        if (!issue.code.isEmpty() && severity == 1) {
            for (int i = firstRow; i < m_rows.size(); ++i) {
                Row &row = m_rows[i];
                if (row.isRegion && row.region.code.compare(issue.code, Qt::CaseInsensitive) == 0) {
                    target = &row;
                    break;
                }
            }
        }
        if (!target && issue.line <= 0) {
            m_fileIssues << text;
            continue;
        }
        if (!target) {
            Row row;
            row.isRegion = false;
            row.code = issue.code;
            row.line = issue.line;
            m_rows.append(row);
            target = &m_rows.last();
        }
        target->messages << text;
        target->severity = target->severity < 0 ? severity : qMin(target->severity, severity);
    }
}

bool RegionTableModel::isUsed(int row) const
{
    const Row &r = m_rows.at(row);
    return r.isRegion && r.replacedBy.isEmpty() && !r.excluded;
}

void RegionTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_fileIssues.clear();
    m_regionCount = m_errors = m_warnings = 0;
    endResetModel();
}

int RegionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RegionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == SeverityRole)
        return row.severity;
    const bool unused = row.isRegion && (!row.replacedBy.isEmpty() || row.excluded);
    if (role == Qt::ForegroundRole && unused && row.severity < 0)
        return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::ForegroundRole && index.column() == CheckColumn) {
        if (row.severity < 0)
            return Theme::muted(QGuiApplication::palette());
        return Theme::toneColor(row.severity == 0 ? Theme::Tone::Error : Theme::Tone::Warning,
                                QGuiApplication::palette());
    }
    if (role == Qt::DecorationRole && index.column() == CheckColumn && row.severity >= 0)
        return row.severity == 0 ? m_errorIcon : m_warningIcon;
    if (role == Qt::TextAlignmentRole
        && (index.column() == LatitudeColumn || index.column() == LongitudeColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case CodeColumn:
        return row.isRegion ? row.region.code : row.code;
    case ProviderColumn:
        return row.isRegion ? row.region.provider : QString();
    case NameColumn:
        return row.isRegion ? row.region.name : QString();
    case CityColumn:
        if (!row.isRegion || row.region.country.isEmpty())
            return row.isRegion ? row.region.city : QString();
        return tr("%1, %2").arg(row.region.city, row.region.country);
    case LatitudeColumn:
        return row.isRegion ? QLocale().toString(row.region.latitude, 'f', 4) : QString();
    case LongitudeColumn:
        return row.isRegion ? QLocale().toString(row.region.longitude, 'f', 4) : QString();
    case CheckColumn:
        if (row.messages.isEmpty() && !row.replacedBy.isEmpty())
            return tr("Replaced by the region of the same code in %1").arg(row.replacedBy);
        if (row.messages.isEmpty() && row.isRegion && row.region.status == RegionStatus::Restricted)
            return row.excluded
                       ? tr("Restricted: takes part only when restricted regions are included")
                       : tr("Restricted: included");
        if (row.messages.isEmpty() && row.isRegion && row.region.status == RegionStatus::Announced)
            return row.excluded
                       ? tr("Announced: takes part only when announced regions are included")
                       : tr("Announced: included");
        if (row.messages.isEmpty())
            return role == Qt::DisplayRole ? tr("OK") : QVariant();
        return row.messages.join(role == Qt::DisplayRole ? QStringLiteral(" · ")
                                                         : QStringLiteral("\n"));
    default:
        return {};
    }
}

QVariant RegionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case ProviderColumn:
        return tr("Cloud");
    case NameColumn:
        return tr("Name");
    case CityColumn:
        return tr("City");
    case LatitudeColumn:
        return tr("Latitude");
    case LongitudeColumn:
        return tr("Longitude");
    case CheckColumn:
        return tr("Check");
    default:
        return {};
    }
}

} // namespace regionmap
