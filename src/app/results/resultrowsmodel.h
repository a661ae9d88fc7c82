#pragma once

#include "results/rowblock.h"
#include "results/rowindexes.h"
#include "results/rowqueries.h"
#include "results/rowselection.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

class QWidget;

namespace regionmap {

class QueryRunner;

// The loaded rows of a scope, for a table view that must stay smooth on millions of rows.
// PostgreSQL filters and sorts: each filter or order gives a snapshot of the matching rows'
// positions (see RowQueries). Its head comes first: the first RowQueries::kHeadRows positions and
// the row count, after an index made on demand on a large table (RowIndexes, said in statusText()).
// The whole snapshot follows in the background on a runner of its own, so that fetching rows
// never waits behind it; rows past the head show a placeholder until it arrives. The rows
// themselves are fetched lazily, a block at a time, for what the view actually paints; at most
// kMaxCachedBlocks blocks are kept. Nothing here ever waits for the database.
class ResultRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kBlockRows = 200;
    static constexpr int kMaxCachedBlocks = 60;
    static constexpr int kBlocksPerFetch = 3;

    enum Role {
        IsNullRole = Qt::UserRole + 1, // the cell is SQL NULL
        IsLoadedRole, // the cell's block has arrived
    };

    // Rows are fetched on `runner`, the snapshots made on `positions`.
    ResultRowsModel(QueryRunner *runner, QueryRunner *positions, QObject *parent = nullptr);

    // Shows the rows of `scope` in `table`; the filter and the order start empty.
    void setSource(const TableInfo &table, const ResultScope &scope);
    void clear();
    void setFilter(const RowFilter &filter);
    // Runs the snapshot again (new rows, a changed table).
    void refresh();
    // Whether a view shows the rows (the default). While not, a new selection only is
    // remembered, and its snapshot is asked for once active again: a page nobody looks at asks
    // the server nothing, and a million-row reset does not land while the results open.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    // Active exactly while `widget` is shown (its show and hide events).
    void activeWhileVisible(QWidget *widget);

    const TableInfo &table() const { return m_table; }
    const ResultScope &scope() const { return m_scope; }
    const RowFilter &filter() const { return m_filter; }
    const RowOrder &order() const { return m_order; }
    RowSelection selection() const { return {m_table, m_scope, m_filter, m_order}; }

    // The head of a snapshot is being made (the rows shown are still the previous ones).
    bool isLoading() const { return m_snapshotPending; }
    // The head is shown; the positions of the rows after it are still coming.
    bool isPositioning() const { return m_positionsPending; }
    // What the model is waiting for, for the status line (empty when nothing).
    QString statusText() const { return m_statusText; }
    // Rows of the current selection (= rowCount()); while isCountKnown() is false, the rows
    // found so far.
    qint64 totalRows() const { return m_total; }
    bool isCountKnown() const { return m_countKnown; }
    // Blocks held in memory, for tests.
    int cachedBlocks() const { return int(m_blocks.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // By the server; a column < 0 restores the table's physical order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void loadingChanged(bool loading);
    void statusTextChanged(const QString &text);
    // A new snapshot is in place (also after an empty one).
    void snapshotReady(qint64 rows);
    // Rows `first` to `first + count - 1` came from the server (after their dataChanged).
    void rowsFetched(int first, int count);
    void errorOccurred(const QString &message, const QString &details);

private:
    struct CachedBlock
    {
        RowBlock rows;
        quint64 lastUse = 0;
    };

    void requestSnapshot();
    // Forgets the snapshot being made for the previous selection, and cancels its query.
    void dropSnapshotRequest();
    bool eventFilter(QObject *watched, QEvent *event) override;
    void requestHead(const RowSelection &selection, const RowIndexState &indexes);
    void showHead(const RowHead &head);
    void requestPositions(const RowSelection &selection);
    void showPositions(const QList<quint64> &tids);
    void setStatusText(const QString &text);
    void resetRows(const QList<quint64> &tids, qint64 total);
    // Each model's own: two models on one runner must not cancel each other's snapshot.
    const QString m_snapshotChannel = QStringLiteral("rows.snapshot.%1").arg(quintptr(this), 0, 16);
    void setLoading(bool loading);
    void want(int block) const;
    void dispatchFetches();
    void storeBlocks(const QList<int> &blocks, const RowBlock &rows);
    void evictBlocks();

    QueryRunner *m_runner;
    QueryRunner *m_positions;
    TableInfo m_table;
    ResultScope m_scope;
    RowFilter m_filter;
    RowOrder m_order;

    QList<quint64> m_tids; // positions of the rows, in order (the head's, until all arrive)
    qint64 m_total = 0; // rowCount(): the selection's rows, or the positions known
    bool m_countKnown = true;
    quint64 m_epoch = 0; // bumped by every new snapshot; stale blocks are dropped
    quint64 m_request = 0; // bumped by every new selection; stale positions are dropped
    bool m_snapshotPending = false;
    bool m_active = true;
    bool m_deferred = false; // a selection's snapshot waits for setActive(true)
    bool m_positionsPending = false;
    QString m_statusText;

    mutable QHash<int, CachedBlock> m_blocks;
    mutable QSet<int> m_wanted; // blocks the view asked for since the last dispatch
    mutable bool m_dispatchScheduled = false;
    mutable quint64 m_useClock = 0;
    QSet<int> m_inFlight;
};

} // namespace regionmap
