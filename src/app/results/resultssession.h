#pragma once

#include "regionpalette.h"
#include "results/distancehistogram.h"
#include "results/mapcells.h"
#include "results/resultscope.h"
#include "results/resultsqueries.h"
#include "results/runrecord.h"
#include "results/scopeoverview.h"
#include "results/scopeprovenance.h"
#include "results/tableinfo.h"

#include "db/connectionsettings.h"

#include <QHash>
#include <QObject>

namespace regionmap {

class QueryRunner;
class RegionSummaryModel;
class ResultRowsModel;
class RunsModel;

// The results page's state without its widgets: the connection, the scope (a run or a whole
// table), and everything read for it. All queries go through two QueryRunners (aggregates, and
// rows, so that scrolling never waits behind a summary); results arrive by signals.
class ResultsSession : public QObject
{
    Q_OBJECT

public:
    explicit ResultsSession(QObject *parent = nullptr);
    ~ResultsSession() override;

    void setConnection(const ConnectionSettings &settings);
    bool hasConnection() const { return m_connected; }
    const ConnectionSettings &connectionSettings() const { return m_settings; }

    // Reads etl_runs again.
    void refreshRuns();
    // Shows a scope: reads the table's columns, then the summary, the map and the histogram.
    void setScope(const ResultScope &scope);
    // Reads everything of the current scope again.
    void refresh();
    const ResultScope &scope() const { return m_scope; }

    // The map's grid for this cell size (cached per scope).
    void requestMapCells(double cellDegrees);

    const QList<RunRecord> &runs() const;
    const QList<TableRecord> &tables() const { return m_tables; }
    const RunRecord *runRecord(qint64 runId) const;
    const TableInfo &table() const { return m_table; }
    const ScopeOverview &overview() const { return m_overview; }
    const DistanceHistogram &histogram() const { return m_histogram; }
    const RegionPalette &palette() const { return m_palette; }
    bool hasOverview() const { return m_hasOverview; }

    RunsModel *runsModel() const { return m_runsModel; }
    RegionSummaryModel *summaryModel() const { return m_summaryModel; }
    ResultRowsModel *rowsModel() const { return m_rowsModel; }
    // The rows the cross-check puts in another region (agreement = 'different_region').
    ResultRowsModel *disagreementRowsModel() const { return m_disagreementRows; }
    // The disagreements by pair of places, for the map; answered by disagreementsLoaded().
    void requestDisagreements();
    // The most common values of a CSV column among the scope's rows (its match ignored), to
    // choose one from; answered by columnValuesLoaded().
    void requestColumnValues(const QString &column);

    // The scope's runs, files and first rejected rows (for the run report), then done() here.
    void readProvenance(std::function<void(const Result<ScopeProvenance> &)> done);

    // Any query running (aggregates, rows or export).
    bool isBusy() const;

    // Writes the rows of the row table's selection (filter and order) to a CSV file, on a
    // connection of its own.
    void exportRows(const QString &path);

signals:
    void runsLoaded();
    // Another database (setConnection).
    void connectionChanged();
    void scopeChanged(const regionmap::ResultScope &scope);
    void tableLoaded();
    void overviewLoaded();
    void histogramLoaded();
    void mapCellsLoaded(const regionmap::MapCells &cells);
    void disagreementsLoaded(const regionmap::Disagreements &disagreements);
    void columnValuesLoaded(const QString &column,
                            const QList<regionmap::ResultsQueries::ValueCount> &values);
    void busyChanged(bool busy);
    // A long step before the numbers (making an older run's points); empty when it is over.
    void preparing(const QString &message);
    void errorOccurred(const QString &message, const QString &details);
    void exportFinished(bool ok, const QString &message);

private:
    void loadScope();
    void loadAggregates(const ResultScope &scope);
    void updateBusy();

    ConnectionSettings m_settings;
    bool m_connected = false;
    QueryRunner *m_aggregates;
    QueryRunner *m_rows;
    QueryRunner *m_positions; // the row tables' snapshots, so that fetching rows never waits
    QueryRunner *m_export = nullptr;
    RunsModel *m_runsModel;
    RegionSummaryModel *m_summaryModel;
    ResultRowsModel *m_rowsModel;
    ResultRowsModel *m_disagreementRows;

    QList<TableRecord> m_tables;
    ResultScope m_scope;
    TableInfo m_table;
    ScopeOverview m_overview;
    bool m_hasOverview = false;
    DistanceHistogram m_histogram;
    RegionPalette m_palette;
    QHash<int, MapCells> m_mapCache; // by cell size in 1/1000 degree
    bool m_busy = false;
};

} // namespace regionmap
