#include "runsmodel.h"

#include "resultsexport.h"
#include "resultstext.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace regionmap {

RunsModel::RunsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RunsModel::setRuns(const QList<RunRecord> &runs)
{
    beginResetModel();
    m_runs = runs;
    endResetModel();
}

const RunRecord *RunsModel::run(int row) const
{
    return row >= 0 && row < m_runs.size() ? &m_runs.at(row) : nullptr;
}

int RunsModel::rowOfRun(qint64 runId) const
{
    for (int i = 0; i < m_runs.size(); ++i) {
        if (m_runs.at(i).runId == runId)
            return i;
    }
    return -1;
}

bool RunsModel::isBrowsable(const RunRecord &run)
{
    return run.status == QLatin1String("succeeded") && run.tableExists && run.replacedByRun == 0;
}

int RunsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RunsModel::statusText(const RunRecord &run) const
{
    if (run.status == QLatin1String("succeeded")) {
        if (run.replacedByRun > 0)
            return tr("succeeded, replaced by run %1").arg(run.replacedByRun);
        if (!run.tableExists)
            return tr("succeeded, table gone");
        return tr("succeeded");
    }
    if (run.status == QLatin1String("failed"))
        return tr("failed");
    if (run.status == QLatin1String("cancelled"))
        return tr("cancelled");
    if (run.status == QLatin1String("interrupted"))
        return tr("interrupted");
    if (run.status == QLatin1String("running"))
        return tr("running");
    return run.status;
}

QString RunsModel::toolTip(const RunRecord &run) const
{
    QStringList lines;
    lines << tr("Run %1 into the table \"%2\" (%3)").arg(run.runId).arg(run.table, run.loadMode);
    for (const QString &f : run.sourceFiles)
        lines << tr("File: %1").arg(f);
    if (!run.geoDatabase.isEmpty())
        lines << tr("Geolocation: %1, %2").arg(run.provider, run.geoDatabase);
    if (run.finishedAt.isValid()) {
        lines << tr("Took %1 s")
                     .arg(QLocale().toString(double(run.startedAt.msecsTo(run.finishedAt)) / 1000.0,
                                             'f', 1));
    }
    if (run.replacedByRun > 0)
        lines << tr("Its rows are gone: run %1 replaced the table.").arg(run.replacedByRun);
    if (!run.errorMessage.isEmpty())
        lines << run.errorMessage;
    if (!isBrowsable(run) && run.replacedByRun == 0)
        lines << tr("There are no rows to show for this run.");
    return lines.join(QLatin1Char('\n'));
}

QVariant RunsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunRecord &run = m_runs.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case RunColumn:
            return run.runId;
        case StartedColumn:
            return QLocale().toString(run.startedAt.toLocalTime(), QLocale::ShortFormat);
        case StatusColumn:
            return statusText(run);
        case TableColumn:
            return run.table;
        case ModeColumn:
            return run.loadMode;
        case FilesColumn: {
            QStringList names;
            for (const QString &f : run.sourceFiles)
                names << QFileInfo(f).fileName();
            return names.join(QStringLiteral(", "));
        }
        case CatalogColumn:
            return run.catalogName;
        case ProviderColumn:
            return run.provider;
        case ReadColumn:
            return ResultsText::count(run.rowsRead);
        case LoadedColumn:
            return ResultsText::count(run.rowsLoaded);
        case RejectedColumn:
            return ResultsText::count(run.rowsRejected);
        case LocatedColumn:
            return ResultsText::count(run.rowsLocated);
        default:
            return {};
        }
    case SortRole:
        switch (column) {
        case RunColumn:
            return run.runId;
        case StartedColumn:
            return run.startedAt;
        case ReadColumn:
            return run.rowsRead;
        case LoadedColumn:
            return run.rowsLoaded;
        case RejectedColumn:
            return run.rowsRejected;
        case LocatedColumn:
            return run.rowsLocated;
        default:
            return data(index, Qt::DisplayRole);
        }
    case ResultsExport::ExportRole:
        switch (column) {
        case StartedColumn:
            return run.startedAt.toUTC().toString(Qt::ISODateWithMs);
        case StatusColumn:
            return run.status;
        case FilesColumn:
            return run.sourceFiles.join(QLatin1Char(';'));
        case ReadColumn:
        case LoadedColumn:
        case RejectedColumn:
        case LocatedColumn:
            return data(index, SortRole);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        if (column == RunColumn || column >= ReadColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (!isBrowsable(run))
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::ToolTipRole:
        return toolTip(run);
    case RunIdRole:
        return run.runId;
    default:
        return {};
    }
}

QVariant RunsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RunColumn:
        return tr("Run");
    case StartedColumn:
        return tr("Started");
    case StatusColumn:
        return tr("Status");
    case TableColumn:
        return tr("Table");
    case ModeColumn:
        return tr("Mode");
    case FilesColumn:
        return tr("Files");
    case CatalogColumn:
        return tr("Catalog");
    case ProviderColumn:
        return tr("Provider");
    case ReadColumn:
        return tr("Read");
    case LoadedColumn:
        return tr("Loaded");
    case RejectedColumn:
        return tr("Rejected");
    case LocatedColumn:
        return tr("Located");
    default:
        return {};
    }
}

} // namespace regionmap
